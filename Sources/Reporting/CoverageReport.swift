import Checking
import Claims
import ExampleBank
import FellowshipSupport
import PSF

/// A mentor's view of a claim: which dimensions it evidences, where and how strongly, what is missing (with bank
/// examples from the applicant's discipline), the word budget and the findings.
public struct CoverageReport: Sendable, Encodable {
    public struct Cell: Sendable, Encodable {
        public var line: Int
        public var text: String
        public var score: Double
        public var strength: String
        public var signposted: Bool
    }
    public struct Row: Sendable, Encodable {
        public var code: DimensionCode
        public var statement: String
        public var required: Bool
        public var status: ClaimAnalysis.Status
        /// Strongest evidence per section title.
        public var sections: [String: Cell]
    }
    public struct Gap: Sendable, Encodable {
        public struct Example: Sendable, Encodable {
            public var id: String
            public var title: String
            public var activity: String
            public var claimPhrasing: String
            enum CodingKeys: String, CodingKey { case id, title, activity, claimPhrasing = "claim_phrasing" }
        }
        public var code: DimensionCode
        public var status: ClaimAnalysis.Status
        public var question: String
        public var examples: [Example]
    }

    public var file: String
    public var applicant: String?
    public var category: Category
    public var scheme: String
    public var sections: [String]
    public var rows: [Row]
    public var gaps: [Gap]
    public var words: CheckReport.Words
    public var findings: [Finding]
    public var summary: CheckReport.Summary
    /// True for a claim read from a Word document: `line` then counts paragraphs (not in the JSON, where findings say).
    public var countsParagraphs = false

    enum CodingKeys: String, CodingKey { case file, applicant, category, scheme, sections, rows, gaps, words, findings, summary }

    /// "strong", "clear" or "some", from a calibrated score.
    static func strength(of score: Double) -> String {
        score >= 0.7 ? "strong" : score >= 0.45 ? "clear" : "some"
    }

    public init(report: CheckReport, bank: ExampleBank) {
        let context = report.context
        file = report.file
        countsParagraphs = context.claim.countsParagraphs
        applicant = context.claim.frontMatter.applicant
        category = report.category
        scheme = context.scheme.name
        sections = context.claim.sections.filter { $0.kind != .references }.map(\.title)
        rows = context.analysis.coverage.map { coverage in
            var cells: [String: Cell] = [:]
            for evidence in coverage.evidence {
                let cell = Cell(line: evidence.sentence.location.line, text: evidence.sentence.text, score: (evidence.score * 100).rounded() / 100,
                                strength: Self.strength(of: evidence.score), signposted: evidence.signposted)
                // A signposted sentence is the one to show: it is what the author offers as evidence.
                if let existing = cells[evidence.sectionTitle], (existing.signposted ? 1 : 0, existing.score) >= (cell.signposted ? 1 : 0, cell.score) { continue }
                cells[evidence.sectionTitle] = cell
            }
            return Row(code: coverage.code, statement: context.framework.dimension(coverage.code).statement,
                       required: coverage.required, status: coverage.status, sections: cells)
        }
        let discipline = context.claim.frontMatter.discipline.flatMap { try? bank.resolveDiscipline($0) }
            ?? context.claim.frontMatter.discipline.flatMap { text in
                BankSearch(bank: bank).results(for: text, limit: 1).first.flatMap { bank.discipline(id: $0.entry.discipline) }
            }
        gaps = context.analysis.coverage.filter { $0.status == .missing || $0.status == .signposted }.map { coverage in
            var filter = BankFilter(dimensions: [coverage.code], primaryOnly: true)
            if let discipline { filter.disciplines = [discipline.id] }
            var examples = bank.entries(matching: filter)
            if examples.isEmpty { examples = bank.entries(matching: BankFilter(dimensions: [coverage.code], primaryOnly: true)) }
            return Gap(code: coverage.code, status: coverage.status, question: context.framework.dimension(coverage.code).questions.first ?? "",
                       examples: examples.prefix(3).map { Gap.Example(id: $0.id, title: $0.title, activity: $0.activity, claimPhrasing: $0.claimPhrasing) })
        }
        words = report.words
        findings = report.findings
        summary = report.summary
    }

    /// The report as a document for the text and HTML renderers.
    public func document() -> ReportDocument {
        var blocks: [ReportDocument.Block] = []
        let verdict = summary.errors == 0 ? "No errors" : "\(summary.errors) error\(summary.errors == 1 ? "" : "s") to fix"
        blocks.append(.paragraph([.strong("\(category.name) (\(category.postNominals)), \(scheme). "),
                                  .status(kind: summary.errors == 0 ? "evidenced" : "error", text: verdict),
                                  .text(", \(summary.warnings) warning\(summary.warnings == 1 ? "" : "s"), \(summary.infos) note\(summary.infos == 1 ? "" : "s"). "),
                                  .text("Words: \(words.total.formatted()) of \(words.limit.formatted())\(words.target.map { " (aim for \($0.formatted())+)" } ?? "").")]))
        blocks.append(.heading(level: 1, text: "Dimensions by section"))
        // "Case study 1: Leading the …" is known by its number; long titles are cut so the matrix stays narrow.
        let shortTitles = sections.map { title -> String in
            let head = title.split(separator: ":", maxSplits: 1).first.map(String.init) ?? title
            return head.count > 20 ? String(head.prefix(19)) + "…" : head
        }
        blocks.append(.paragraph([.text("Each cell: how strongly the section's best sentence shows the dimension, and its line; * marks evidence not yet signposted.")]))
        blocks.append(.table(ReportDocument.Table(header: ["Dimension", "Status"] + shortTitles, rows: rows.map { row in
            var cells: [[ReportDocument.Inline]] = [[.badge(code: row.code.rawValue, tooltip: row.statement)],
                                                   [.status(kind: row.status.rawValue, text: row.status.rawValue.replacingOccurrences(of: "-", with: " "))]]
            for title in sections {
                if let cell = row.sections[title] {
                    let place = countsParagraphs ? "¶\(cell.line)" : String(cell.line)
                    cells.append([.text("\(cell.strength) \(place)\(cell.signposted ? "" : "*")")])
                } else {
                    cells.append([.text("·")])
                }
            }
            return cells
        })))
        blocks.append(.heading(level: 1, text: "Strongest evidence for each dimension"))
        for row in rows {
            // In section order, so a tie between sections is settled the same way on every run (a dictionary's
            // order is not).
            guard let best = sections.compactMap({ row.sections[$0] }).max(by: { $0.score < $1.score }) else { continue }
            blocks.append(.paragraph([.badge(code: row.code.rawValue, tooltip: row.statement), .text(" \(row.statement) — \(best.strength)")]))
            blocks.append(.quote(text: best.text, source: "\(file):\(countsParagraphs ? "¶" : "")\(best.line)"))
        }
        if !gaps.isEmpty {
            blocks.append(.heading(level: 1, text: "Gaps, with examples to discuss"))
            for gap in gaps {
                let row = rows[gap.code.order]
                blocks.append(.heading(level: 2, text: "\(gap.code.rawValue): \(row.statement)"))
                blocks.append(.paragraph([.status(kind: gap.status.rawValue, text: gap.status == .signposted ? "Signposted, but no sentence shows it. " : "Not evidenced. "),
                                          .text("Ask: \(gap.question)")]))
                blocks.append(.list(gap.examples.map { [.strong("\($0.id) \($0.title): "), .text($0.activity)] }))
            }
        }
        blocks.append(.heading(level: 1, text: "Word budget"))
        blocks.append(.table(ReportDocument.Table(header: ["Section", "Words", "Counted"], rows: words.sections.map {
            [[.text($0.title)], [.text(String($0.words))], [.text($0.counted ? "yes" : "no")]]
        } + [[[.strong("Total counted")], [.strong("\(words.total) of \(words.limit)")], [.text("")]]])))
        if !findings.isEmpty {
            blocks.append(.heading(level: 1, text: "Findings"))
            blocks.append(.list(findings.map { finding in
                [.status(kind: finding.severity.rawValue, text: finding.severity.rawValue), .text(" \(PlaceName.of(finding.location.line, inParagraphs: countsParagraphs)) [\(finding.rule)] \(finding.message) "),
                 .emphasis(finding.hint)]
            }))
        }
        let who = applicant.map { " — \($0)" } ?? ""
        return ReportDocument(title: "Coverage report\(who)", subtitle: file, blocks: blocks)
    }
}
