import Checking
import Claims
import FellowshipSupport
import PSF

/// What changed between two drafts of a claim, for a mentor: dimensions gained or lost, findings fixed or
/// introduced, and the word count per section.
public struct DraftDiff: Sendable, Encodable {
    public struct DimensionChange: Sendable, Encodable {
        public var code: DimensionCode
        public var before: ClaimAnalysis.Status
        public var after: ClaimAnalysis.Status
    }
    public struct FindingChange: Sendable, Encodable {
        public var rule: String
        public var severity: Severity
        public var line: Int
        public var message: String
        /// `line 12`, or `¶12` in a Word document (not in the JSON).
        public var place: String

        enum CodingKeys: String, CodingKey { case rule, severity, line, message }
    }
    public struct SectionChange: Sendable, Encodable {
        public var title: String
        public var before: Int
        public var after: Int
    }

    public var old: String
    public var new: String
    public var gained: [DimensionChange]
    public var lost: [DimensionChange]
    public var fixed: [FindingChange]
    public var introduced: [FindingChange]
    public var sections: [SectionChange]
    public var wordsBefore: Int
    public var wordsAfter: Int

    /// Findings are matched by rule, dimension and message rather than by line, since lines move between drafts.
    public init(old: CheckReport, new: CheckReport) {
        self.old = old.file
        self.new = new.file
        func rank(_ status: ClaimAnalysis.Status) -> Int {
            switch status { case .evidenced: return 2; case .signposted: return 1; default: return 0 }
        }
        let pairs = zip(old.dimensions, new.dimensions).map { DimensionChange(code: $0.code, before: $0.status, after: $1.status) }
        gained = pairs.filter { rank($0.after) > rank($0.before) }
        lost = pairs.filter { rank($0.after) < rank($0.before) }
        func key(_ finding: Finding) -> String { "\(finding.rule)|\(finding.dimension?.rawValue ?? "")|\(finding.message)" }
        let oldKeys = Set(old.findings.map(key))
        let newKeys = Set(new.findings.map(key))
        func change(in report: CheckReport) -> (Finding) -> FindingChange {
            { finding in
                FindingChange(rule: finding.rule, severity: finding.severity, line: finding.location.line, message: finding.message,
                              place: PlaceName.of(finding.location.line, inParagraphs: report.context.claim.countsParagraphs))
            }
        }
        fixed = old.findings.filter { !newKeys.contains(key($0)) }.map(change(in: old))
        introduced = new.findings.filter { !oldKeys.contains(key($0)) }.map(change(in: new))
        let before = Dictionary(old.words.sections.map { ($0.title, $0.words) }, uniquingKeysWith: +)
        let after = Dictionary(new.words.sections.map { ($0.title, $0.words) }, uniquingKeysWith: +)
        var titles = new.words.sections.map(\.title)
        for title in old.words.sections.map(\.title) where !titles.contains(title) { titles.append(title) }
        sections = titles.map { SectionChange(title: $0, before: before[$0] ?? 0, after: after[$0] ?? 0) }
        wordsBefore = old.words.total
        wordsAfter = new.words.total
    }

    /// The diff as a document for the text renderer.
    public func document() -> ReportDocument {
        var blocks: [ReportDocument.Block] = []
        let delta = wordsAfter - wordsBefore
        blocks.append(.paragraph([.text("Counted words: \(wordsBefore) → \(wordsAfter) (\(delta >= 0 ? "+" : "")\(delta)).")]))
        blocks.append(.heading(level: 1, text: "Dimensions"))
        if gained.isEmpty && lost.isEmpty {
            blocks.append(.paragraph([.text("No change.")]))
        }
        blocks.append(.list(gained.map { [.status(kind: "evidenced", text: "gained "), .text("\($0.code.rawValue): \($0.before.rawValue) → \($0.after.rawValue)")] }
            + lost.map { [.status(kind: "missing", text: "lost "), .text("\($0.code.rawValue): \($0.before.rawValue) → \($0.after.rawValue)")] }))
        blocks.append(.heading(level: 1, text: "Findings"))
        blocks.append(.list(fixed.map { [.status(kind: "evidenced", text: "fixed "), .text("[\($0.rule)] \($0.message)")] }
            + introduced.map { [.status(kind: "error", text: "new "), .text("\($0.place) [\($0.rule)] \($0.message)")] }))
        if fixed.isEmpty && introduced.isEmpty { blocks.append(.paragraph([.text("No change.")])) }
        blocks.append(.heading(level: 1, text: "Words per section"))
        blocks.append(.table(ReportDocument.Table(header: ["Section", "Before", "After", "Change"], rows: sections.map { section in
            let change = section.after - section.before
            return [[.text(section.title)], [.text(String(section.before))], [.text(String(section.after))], [.text((change >= 0 ? "+" : "") + String(change))]]
        })))
        return ReportDocument(title: "Changes between drafts", subtitle: "\(old) → \(new)", blocks: blocks)
    }
}
