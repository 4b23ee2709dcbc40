import Claims
import FellowshipSupport
import PSF

/// The result of checking a claim: word counts, the dimension table and the findings, as the JSON contract has them.
public struct CheckReport: Sendable, Encodable {
    public struct Words: Sendable, Encodable {
        public struct SectionWords: Sendable, Encodable {
            public var title: String
            public var words: Int
            public var counted: Bool
        }
        public var total: Int
        public var limit: Int
        public var target: Int?
        public var sections: [SectionWords]
    }

    public struct DimensionRow: Sendable, Encodable {
        public struct EvidenceItem: Sendable, Encodable {
            public var line: Int
            public var text: String
            public var signposted: Bool
            public var score: Double
            public var section: String
        }
        public var code: DimensionCode
        public var required: Bool
        public var status: ClaimAnalysis.Status
        public var evidence: [EvidenceItem]
    }

    public struct Summary: Sendable, Encodable {
        public var errors: Int
        public var warnings: Int
        public var infos: Int
    }

    public var file: String
    public var category: Category
    public var scheme: String
    public var words: Words
    public var dimensions: [DimensionRow]
    public var findings: [Finding]
    public var summary: Summary
    /// The context the report was made from, for reports that need more (coverage, exports).
    public let context: CheckContext

    enum CodingKeys: String, CodingKey { case file, category, scheme, words, dimensions, findings, summary }

    init(context: CheckContext, findings: [Finding]) {
        self.context = context
        file = context.claim.file
        category = context.category
        scheme = context.scheme.id
        let count = WordCount(claim: context.claim, rules: context.rules)
        words = Words(total: count.total, limit: context.rules.wordLimit.maximum, target: context.rules.wordLimit.target,
                      sections: count.sections.map { Words.SectionWords(title: $0.title, words: $0.words, counted: $0.counted) })
        dimensions = context.analysis.coverage.map { coverage in
            DimensionRow(code: coverage.code, required: coverage.required, status: coverage.status,
                         evidence: coverage.evidence.prefix(5).map {
                             DimensionRow.EvidenceItem(line: $0.sentence.location.line, text: $0.sentence.text, signposted: $0.signposted,
                                                       score: ($0.score * 100).rounded() / 100, section: $0.sectionTitle)
                         })
        }
        self.findings = findings
        summary = Summary(errors: findings.filter { $0.severity == .error }.count,
                          warnings: findings.filter { $0.severity == .warning }.count,
                          infos: findings.filter { $0.severity == .info }.count)
    }

    /// True when nothing of error severity was found.
    public var passes: Bool { summary.errors == 0 }
}

extension Finding: Encodable {
    enum CodingKeys: String, CodingKey { case rule, severity, line, column, paragraph, excerpt, dimension, message, hint }

    /// In a Word document `line` holds the paragraph number, which `paragraph` and `excerpt` then make explicit.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(severity, forKey: .severity)
        try container.encode(location.line, forKey: .line)
        try container.encode(location.column, forKey: .column)
        if location.isParagraph {
            try container.encode(location.line, forKey: .paragraph)
            try container.encodeIfPresent(location.excerpt, forKey: .excerpt)
        }
        try container.encode(dimension, forKey: .dimension) // null where it does not apply
        try container.encode(message, forKey: .message)
        try container.encode(hint, forKey: .hint)
    }
}
