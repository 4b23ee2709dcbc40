import Checking
import Claims
import FellowshipSupport
import PSF

/// A brief for referees: the claims in the account a referee should be able to confirm first-hand (what the
/// applicant says they did, when, and the dimensions it carries), and, for schemes with a dialogic route,
/// professional-conversation questions per dimension drawn from the claim's own evidence.
public struct RefereeBrief: Sendable, Encodable {
    public struct Item: Sendable, Encodable {
        public var line: Int
        public var statement: String
        public var years: [Int]
        public var dimensions: [DimensionCode]
    }
    public struct Question: Sendable, Encodable {
        public var dimension: DimensionCode
        public var question: String
        public var basedOnLine: Int?
    }

    public var applicant: String?
    public var category: Category
    public var items: [Item]
    public var questions: [Question]
    /// True for a claim read from a Word document: `line` then counts paragraphs (not in the JSON).
    public var countsParagraphs = false

    enum CodingKeys: String, CodingKey { case applicant, category, items, questions }

    public init(report: CheckReport) {
        let context = report.context
        applicant = context.claim.frontMatter.applicant
        category = context.category
        countsParagraphs = context.claim.countsParagraphs
        // Confirmable claims: first-person sentences of the account that carry signposts the words support.
        var items: [Item] = []
        for scored in context.analysis.sentences where scored.sectionKind != .context {
            let supported = scored.sentence.signpostedCodes.filter(scored.supports).sorted()
            guard !supported.isEmpty, scored.sentence.prose.range(of: #"\bI\b"#, options: .regularExpression) != nil else { continue }
            items.append(Item(line: scored.sentence.location.line, statement: scored.sentence.prose,
                              years: LeadershipSignals.years(in: scored.sentence.prose).sorted(), dimensions: supported))
        }
        self.items = items
        questions = context.analysis.coverage.filter { $0.required || $0.status == .evidenced }.map { coverage in
            let dimension = context.framework.dimension(coverage.code)
            if let evidence = coverage.evidence.first(where: \.signposted) {
                let quote = evidence.sentence.prose.split(separator: " ").prefix(14).joined(separator: " ")
                return Question(dimension: coverage.code,
                                question: "You wrote “\(quote)…”. What did you do, how do you know it helped, and what would you change? (\(dimension.statement))",
                                basedOnLine: evidence.sentence.location.line)
            }
            return Question(dimension: coverage.code, question: dimension.questions.first ?? dimension.statement, basedOnLine: nil)
        }
    }

    public func document() -> ReportDocument {
        var blocks: [ReportDocument.Block] = []
        blocks.append(.paragraph([.text("Referees confirm that the account is accurate and that the applicant meets the \(category.name) descriptor. These are the statements in the account you should be able to confirm first-hand.")]))
        blocks.append(.heading(level: 1, text: "What the applicant says they did"))
        // The statement goes last: it is the long column, and text output wraps the last column.
        blocks.append(.table(ReportDocument.Table(header: [countsParagraphs ? "¶" : "Line", "When", "Codes", "Statement"], rows: items.map { item in
            [[.text(String(item.line))], [.text(item.years.map(String.init).joined(separator: ", "))],
             [.text(item.dimensions.map(\.rawValue).joined(separator: ", "))], [.text(item.statement)]]
        })))
        blocks.append(.heading(level: 1, text: "Questions for a professional conversation"))
        blocks.append(.list(questions.map { [.strong("\($0.dimension.rawValue): "), .text($0.question)] }))
        return ReportDocument(title: "Referee brief" + (applicant.map { " — \($0)" } ?? ""), subtitle: "\(category.name) (\(category.postNominals))", blocks: blocks)
    }
}
