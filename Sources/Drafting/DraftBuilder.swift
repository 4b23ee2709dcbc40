import Checking
import ExampleBank
import FellowshipSupport
import Mapping
import PSF
import TextAnalysis

/// Turns an activity log into a first draft for a category: chooses the activities that cover the descriptor's
/// dimensions best within the word budget (a weighted set cover, explained), arranges them into the scheme's
/// sections, keeps the technician's own words with signposts the mapper supports, and marks with TODO what only
/// the technician can add (impact, literature). Nothing is invented.
public struct DraftBuilder: Sendable {
    public struct Choice: Sendable {
        public var activity: ActivityLog.Activity
        /// Codes this activity carries in the draft, strongest first.
        public var codes: [DimensionCode]
        /// Codes it was the first chosen activity to cover.
        public var newlyCovered: [DimensionCode]
        public var isLeadership: Bool
        public var reason: String
    }

    public struct Draft: Sendable {
        public var markdown: String
        public var choices: [Choice]
        /// Required codes no activity covers.
        public var gaps: [DimensionCode]
    }

    public let mapper: ActivityMapper
    public let framework: Framework

    public init(mapper: ActivityMapper = ActivityMapper(), framework: Framework = .psf2023) {
        self.mapper = mapper
        self.framework = framework
    }

    public func build(_ log: ActivityLog, category: Category, scheme: SchemeProfile) throws -> Draft {
        let rules = try scheme.requireRules(for: category)
        let requirement = framework.descriptor(for: category).requires
        let analyser = Analyser()
        // What each activity can evidence in the draft: codes some sentence of its prose (the activity and the
        // technician's notes) supports well enough to carry a signpost. Evidence notes become TODO lines, not prose.
        let scored: [(activity: ActivityLog.Activity, scores: [DimensionCode: Double], words: Int)] = log.activities.map { activity in
            var scores: [DimensionCode: Double] = [:]
            let prose = activity.draftProse
            for range in SentenceSplitter.sentences(in: prose) {
                for (code, score) in mapper.scores(for: String(prose[range]), analyser: analyser).scores
                where score >= DraftWriter.signpostThreshold {
                    scores[code] = max(scores[code] ?? 0, score)
                }
            }
            // Routine work with no teaching link ("I order stock") evidences nothing, whatever its words score.
            if mapper.suggestions(for: activity.text, analyser: analyser).isEmpty { scores = [:] }
            return (activity, scores, prose.split(separator: " ").count)
        }
        var needed = Set(requirement.allOf)
        if !requirement.atLeast.isEmpty { needed.formUnion(requirement.atLeast.flatMap(\.of)) }
        let budget = Int(Double(rules.wordLimit.target ?? rules.wordLimit.maximum) * 0.6)

        // Greedy weighted set cover: the activity adding the most uncovered evidence per word, until every needed
        // code is covered (for "any two Areas", the two strongest count) or nothing more helps.
        var covered: Set<DimensionCode> = []
        var chosen: [Choice] = []
        var used = 0
        var remaining = Array(scored.indices)
        func requirementMet() -> Bool { requirement.isMet(by: covered) }
        while !remaining.isEmpty {
            let gains = remaining.map { index -> (Int, Double) in
                let gain = scored[index].scores.filter { needed.contains($0.key) && !covered.contains($0.key) }.values.reduce(0, +)
                let leadershipBonus = requirement.leadership && LeadershipSignals.isLeadership(scored[index].activity.text) ? 0.5 : 0
                return (index, (gain + leadershipBonus) / Double(max(20, scored[index].words)))
            }
            guard let best = gains.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }), best.1 > 0 else { break }
            let item = scored[best.0]
            if requirementMet() && used + item.words > budget { break }
            let fresh = item.scores.keys.filter { needed.contains($0) && !covered.contains($0) }.sorted()
            covered.formUnion(item.scores.keys.filter(needed.contains))
            used += item.words
            let codes = item.scores.sorted { $0.value > $1.value }.map(\.key)
            let leader = LeadershipSignals.isLeadership(item.activity.text)
            let reason = fresh.isEmpty ? "adds stronger evidence for \(codes.prefix(3).map(\.rawValue).joined(separator: ", "))"
                : "first to evidence \(fresh.map(\.rawValue).joined(separator: ", "))"
            chosen.append(Choice(activity: item.activity, codes: codes, newlyCovered: fresh, isLeadership: leader,
                                 reason: reason + (leader ? "; shows leading or influencing colleagues" : "")))
            remaining.removeAll { $0 == best.0 }
        }
        // Then the strongest remaining activities while the word budget allows, so the draft has substance.
        for index in remaining.sorted(by: { scored[$0].scores.values.reduce(0, +) > scored[$1].scores.values.reduce(0, +) }) {
            let item = scored[index]
            guard !item.scores.isEmpty, used + item.words <= budget else { continue }
            used += item.words
            let codes = item.scores.sorted { $0.value > $1.value }.map(\.key)
            let leader = LeadershipSignals.isLeadership(item.activity.text)
            chosen.append(Choice(activity: item.activity, codes: codes, newlyCovered: [], isLeadership: leader,
                                 reason: "strong further evidence for \(codes.prefix(3).map(\.rawValue).joined(separator: ", ")), within the word budget"))
            remaining.removeAll { $0 == index }
        }
        // Senior Fellow: keep every leadership activity, since sustained leadership is the descriptor's heart.
        if requirement.leadership {
            for index in remaining where LeadershipSignals.isLeadership(scored[index].activity.text) {
                let item = scored[index]
                chosen.append(Choice(activity: item.activity, codes: item.scores.sorted { $0.value > $1.value }.map(\.key), newlyCovered: [],
                                     isLeadership: true, reason: "shows leading or influencing colleagues"))
            }
        }
        let gaps = requirement.missing(from: covered).isEmpty ? [] : needed.subtracting(covered).filter { requirement.allOf.contains($0) }.sorted()
        let markdown = DraftWriter(log: log, category: category, scheme: scheme, rules: rules, framework: framework, mapper: mapper)
            .write(chosen, gaps: gaps)
        return Draft(markdown: markdown, choices: chosen, gaps: gaps)
    }
}
