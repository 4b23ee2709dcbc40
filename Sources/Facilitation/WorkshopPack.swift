import ExampleBank
import Foundation
import PSF
import Reporting

/// A printable session pack for one discipline: the dimensions in technician language, cut-out activity cards
/// with a separate answer key, a card-sorting exercise, reflective prompts, a planning sheet and the category
/// guidance, and (given the team's logs) what the team's practice already shows and rarely shows.
public struct WorkshopPack: Sendable {
    public var discipline: Discipline
    public var category: Category?
    public var scheme: SchemeProfile
    public var cards: [BankEntry]
    public var team: TeamPractice?
    let guide: WorkshopGuide
    let framework: Framework

    /// Chooses the cards for `discipline` (12–20, as the guide sets for the category) from `bank`.
    public init(bank: ExampleBank, discipline: Discipline, category: Category? = nil, scheme: SchemeProfile = SchemeCatalogue.standard,
                team: TeamPractice? = nil, framework: Framework = .psf2023) {
        let guide = WorkshopGuide.bundled
        self.guide = guide
        self.framework = framework
        self.discipline = discipline
        self.category = category
        self.scheme = scheme
        self.team = team
        cards = CardSelection(bank: bank, discipline: discipline, category: category, count: guide.cards.count(for: category),
                              leadershipCards: guide.cards.seniorFellowLeadership).entries
    }

    /// The pack as a document for the HTML, Word and text renderers. Each part starts on a new page.
    public func document() -> ReportDocument {
        var blocks = sessionPlan()
        if let team { blocks += teamSection(team) }
        blocks += [.pageBreak] + dimensionsPage()
        blocks += [.pageBreak] + cardPages()
        blocks += [.pageBreak] + sortingSheet()
        blocks += [.pageBreak] + answerKey()
        blocks += [.pageBreak] + promptsPage()
        blocks += [.pageBreak] + PlanningSheet(guide: guide.planning, referees: referees).blocks()
        blocks += [.pageBreak] + CategoryGuidance(guide: guide.categories, framework: framework, scheme: scheme, category: category).blocks()
        let focus = category.map { " · \($0.name) (\($0.postNominals))" } ?? ""
        return ReportDocument(title: guide.title,
                              subtitle: guide.subtitle.replacingOccurrences(of: "{discipline}", with: disciplineInSentence) + focus,
                              blocks: blocks)
    }

    /// The discipline's name as it reads mid-sentence: "engineering workshops", but "IT" and "AV" kept.
    private var disciplineInSentence: String {
        guard let first = discipline.name.first, discipline.name.dropFirst().first?.isLowercase ?? false else { return discipline.name }
        return first.lowercased() + discipline.name.dropFirst()
    }

    private var referees: Int? {
        category.flatMap { scheme.rules(for: $0)?.referees?.count }
    }

    private func badge(_ code: DimensionCode) -> ReportDocument.Inline {
        .badge(code: code.rawValue, tooltip: framework.dimension(code).statement)
    }

    private func sessionPlan() -> [ReportDocument.Block] {
        let total = guide.session.plan.reduce(0) { $0 + $1.minutes }
        return [
            .heading(level: 1, text: guide.session.heading),
            .paragraph([.text(guide.session.intro)]),
            .table(.init(header: ["Minutes", "What happens"], rows: guide.session.plan.map { [[.text(String($0.minutes))], [.text($0.activity)]] }
                + [[[.strong(String(total))], [.strong("in all")]]], widths: [12, 88])),
        ]
    }

    private func teamSection(_ team: TeamPractice) -> [ReportDocument.Block] {
        let size = team.members.count
        var blocks: [ReportDocument.Block] = [
            .heading(level: 1, text: guide.team.heading),
            .paragraph([.text(guide.team.intro), .text(" Logs read: \(size) (\(team.members.joined(separator: ", "))).")]),
            .table(.init(header: ["Dimension", "People who show it", "Activities"], rows: team.rows.map { row in
                let kind = row.people == 0 ? "missing" : Double(row.people) < guide.team.rarelyShare * Double(size) ? "signposted" : "evidenced"
                return [[badge(row.code)], [.status(kind: kind, text: "\(row.people) of \(size)")], [.text(String(row.activities))]]
            }, kind: .heatMap, widths: [20, 40, 40])),
        ]
        let rare = team.rarelyShown(share: guide.team.rarelyShare)
        blocks.append(.heading(level: 2, text: guide.team.focusHeading))
        if rare.isEmpty {
            blocks.append(.paragraph([.text("Every dimension is shown by at least half of the team. Use the session to turn that practice into written evidence: the why and the impact.")]))
        } else {
            blocks.append(.list(rare.map { row in
                [badge(row.code), .text(" \(guide.dimensions.plain[row.code.rawValue] ?? framework.dimension(row.code).statement) "),
                 .emphasis("(\(row.people) of \(size) people). Ask: \(framework.dimension(row.code).questions.first ?? "")")]
            }))
        }
        return blocks
    }

    private func dimensionsPage() -> [ReportDocument.Block] {
        [
            .heading(level: 1, text: guide.dimensions.heading),
            .paragraph([.text(guide.dimensions.intro)]),
            .table(.init(header: ["", "The framework says", "In technician language"], rows: framework.dimensions.map { dimension in
                [[badge(dimension.code)], [.text(dimension.statement)], [.text(guide.dimensions.plain[dimension.code.rawValue] ?? dimension.explanation)]]
            }, widths: [8, 44, 48])),
        ]
    }

    private func cardPages() -> [ReportDocument.Block] {
        [
            .heading(level: 1, text: "Activity cards"),
            .paragraph([.text("Cut along the dashed lines. Each card is something a technician in \(disciplineInSentence) does; the answers are on a separate page, so keep it apart.")]),
            .cards(cards.enumerated().map { index, entry in
                ReportDocument.Card(label: "Card \(index + 1)", title: entry.title, text: entry.activity)
            }),
        ]
    }

    private func sortingSheet() -> [ReportDocument.Block] {
        [
            .heading(level: 1, text: guide.exercise.heading),
            .list(guide.exercise.instructions.map { [.text($0)] }),
            .heading(level: 2, text: guide.exercise.sheetHeading),
            .table(.init(header: ["", "In technician language", "Card numbers, and why"], rows: framework.dimensions.map { dimension in
                [[badge(dimension.code)], [.text(guide.dimensions.plain[dimension.code.rawValue] ?? dimension.statement)], [.text("")]]
            }, kind: .form(rowHeight: 9), widths: [7, 55, 38])),
        ]
    }

    private func answerKey() -> [ReportDocument.Block] {
        let perCard: [[[ReportDocument.Inline]]] = cards.enumerated().map { index, entry in
            var why: [ReportDocument.Inline] = []
            for mapped in entry.dimensions.sorted(by: { ($0.strength == .primary ? 0 : 1, $0.code) < ($1.strength == .primary ? 0 : 1, $1.code) }) {
                if !why.isEmpty { why.append(.text(" ")) }
                why += [badge(mapped.code), .text(mapped.strength == .primary ? " (main) " : " (also) "), .text(mapped.why)]
            }
            return [[.strong(String(index + 1))], [.text(entry.title)], why]
        }
        let number = Dictionary(uniqueKeysWithValues: cards.enumerated().map { ($1.id, $0 + 1) })
        let perDimension: [[[ReportDocument.Inline]]] = DimensionCode.allCases.map { code in
            let main = cards.filter { $0.mapping(for: code)?.strength == .primary }.compactMap { number[$0.id] }
            let also = cards.filter { entry in entry.mapping(for: code).map { $0.strength != .primary } ?? false }.compactMap { number[$0.id] }
            return [[badge(code)], [.text(main.isEmpty ? "none" : main.map(String.init).joined(separator: ", "))],
                    [.text(also.isEmpty ? "none" : also.map(String.init).joined(separator: ", "))]]
        }
        return [
            .heading(level: 1, text: guide.exercise.keyHeading),
            .paragraph([.emphasis(guide.exercise.keyIntro)]),
            .table(.init(header: ["Card", "Activity", "Dimensions, and why"], rows: perCard, widths: [7, 25, 68])),
            .heading(level: 1, text: guide.exercise.dimensionKeyHeading),
            .table(.init(header: ["Dimension", "The main point of cards", "Also shown by cards"], rows: perDimension, widths: [16, 42, 42])),
        ]
    }

    private func promptsPage() -> [ReportDocument.Block] {
        var blocks: [ReportDocument.Block] = [
            .heading(level: 1, text: guide.prompts.heading),
            .paragraph([.text(guide.prompts.intro)]),
            .list(guide.prompts.general.map { [.text($0)] }),
        ]
        let rare = team.map { $0.rarelyShown(share: guide.team.rarelyShare).map(\.code) } ?? []
        let focus = rare.isEmpty ? DimensionCode.allCases : rare
        blocks.append(.heading(level: 2, text: rare.isEmpty ? "A question for each dimension" : "Questions for the dimensions the team rarely shows"))
        blocks.append(.list(focus.flatMap { code in
            let questions = framework.dimension(code).questions
            return (rare.isEmpty ? Array(questions.prefix(1)) : questions).map { [badge(code), .text(" \($0)")] }
        }))
        blocks.append(.paragraph([.emphasis(guide.prompts.scaffold)]))
        return blocks
    }
}
