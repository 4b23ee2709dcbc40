import ExampleBank
import PSF

/// Chooses a workshop's activity cards from one discipline of the bank.
///
/// The cards must make a good sorting exercise: every dimension the category needs is the main point of at least
/// one card, all five Areas appear, and a Senior Fellow session gets enough cards about leading colleagues.
/// The choice is deterministic, so two facilitators printing the same pack get the same cards.
struct CardSelection {
    var entries: [BankEntry]

    init(bank: ExampleBank, discipline: Discipline, category: Category?, count: Int, leadershipCards: Int) {
        let pool = bank.entries.filter { $0.discipline == discipline.id }
        let preferred: (BankEntry) -> Int = { entry in
            // Lower is better: the level that matches the session first.
            switch (category, entry.level) {
            case (.associateFellow?, .d1): return 0
            case (.associateFellow?, .d2): return 1
            case (.associateFellow?, _): return 3
            case (.seniorFellow?, .d3): return 0
            case (.seniorFellow?, .d2): return 1
            case (.fellow?, .d2): return 0
            case (.fellow?, .d1): return 1
            default: return 2
            }
        }
        var chosen: [BankEntry] = []
        func take(_ entry: BankEntry) {
            if !chosen.contains(where: { $0.id == entry.id }) { chosen.append(entry) }
        }
        if category == .seniorFellow {
            for entry in pool.filter({ $0.level == .d3 }).prefix(leadershipCards) { take(entry) }
        }
        // Greedy cover: each round takes the card that is the main point for the most dimensions still uncovered.
        var uncovered = Set(DimensionCode.allCases).subtracting(chosen.flatMap(\.primaryCodes))
        while !uncovered.isEmpty, chosen.count < count {
            let candidates = pool.filter { entry in !chosen.contains(where: { $0.id == entry.id }) }
            guard let best = candidates.max(by: { lhs, rhs in
                let left = (Set(lhs.primaryCodes).intersection(uncovered).count, -preferred(lhs))
                let right = (Set(rhs.primaryCodes).intersection(uncovered).count, -preferred(rhs))
                return left < right
            }), !Set(best.primaryCodes).isDisjoint(with: uncovered) else { break }
            take(best)
            uncovered.subtract(best.primaryCodes)
        }
        for entry in pool.sorted(by: { preferred($0) < preferred($1) }) where chosen.count < count { take(entry) }
        // Bank order mixes the dimensions well; keeping it stops the cards arriving grouped by answer.
        let order = Dictionary(uniqueKeysWithValues: pool.enumerated().map { ($1.id, $0) })
        entries = chosen.sorted { (order[$0.id] ?? 0) < (order[$1.id] ?? 0) }
    }
}
