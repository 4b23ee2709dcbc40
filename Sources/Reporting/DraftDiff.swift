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
        /// The line of the strongest evidence: in the new draft for a gain, in the old one for a loss.
        public var line: Int?
        /// `line 12`, or `¶12` in a Word document (not in the JSON).
        public var place: String?

        enum CodingKeys: String, CodingKey { case code, before, after, line }
    }
    public struct FindingChange: Sendable, Encodable {
        public var rule: String
        public var severity: Severity
        /// The line in the old draft for a fixed finding, in the new one for an introduced one.
        public var line: Int
        public var column: Int
        public var dimension: DimensionCode?
        public var message: String
        /// `line 12`, or `¶12` in a Word document (not in the JSON).
        public var place: String

        enum CodingKeys: String, CodingKey { case rule, severity, line, column, dimension, message }
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
        let oldPlaces = old.context.claim.countsParagraphs
        let newPlaces = new.context.claim.countsParagraphs
        let pairs = zip(old.dimensions, new.dimensions)
        gained = pairs.filter { rank($1.status) > rank($0.status) }.map { before, after in
            DimensionChange(code: before.code, before: before.status, after: after.status, line: after.evidence.first?.line,
                            place: after.evidence.first.map { PlaceName.of($0.line, inParagraphs: newPlaces) })
        }
        lost = pairs.filter { rank($1.status) < rank($0.status) }.map { before, after in
            DimensionChange(code: before.code, before: before.status, after: after.status, line: before.evidence.first?.line,
                            place: before.evidence.first.map { PlaceName.of($0.line, inParagraphs: oldPlaces) })
        }
        func change(inParagraphs: Bool) -> (Finding) -> FindingChange {
            { finding in
                FindingChange(rule: finding.rule, severity: finding.severity, line: finding.location.line, column: finding.location.column,
                              dimension: finding.dimension, message: finding.message,
                              place: PlaceName.of(finding.location.line, inParagraphs: inParagraphs))
            }
        }
        let matched = Self.match(old.findings, new.findings)
        fixed = matched.fixed.map(change(inParagraphs: oldPlaces))
        introduced = matched.introduced.map(change(inParagraphs: newPlaces))
        let before = Dictionary(old.words.sections.map { ($0.title, $0.words) }, uniquingKeysWith: +)
        let after = Dictionary(new.words.sections.map { ($0.title, $0.words) }, uniquingKeysWith: +)
        var titles = new.words.sections.map(\.title)
        for title in old.words.sections.map(\.title) where !titles.contains(title) { titles.append(title) }
        sections = titles.map { SectionChange(title: $0, before: before[$0] ?? 0, after: after[$0] ?? 0) }
        wordsBefore = old.words.total
        wordsAfter = new.words.total
    }

    /// Findings are the same finding when rule, dimension and message agree, numbers aside (a word count that
    /// moved is the same warning). Several alike findings are counted, not merged: five "we" warnings down to
    /// four is one fixed. Within a kind, the ones fixed are the old draft's last, the ones new the new draft's last.
    static func match(_ old: [Finding], _ new: [Finding]) -> (fixed: [Finding], introduced: [Finding]) {
        func key(_ finding: Finding) -> String {
            let message = String(finding.message.lowercased().map { $0.isNumber ? "#" : $0 })
            return "\(finding.rule)|\(finding.dimension?.rawValue ?? "")|\(message)"
        }
        let oldGroups = Dictionary(grouping: old, by: key)
        let newGroups = Dictionary(grouping: new, by: key)
        var fixed: [Finding] = []
        var introduced: [Finding] = []
        for finding in old {
            let group = oldGroups[key(finding)] ?? []
            let keep = newGroups[key(finding)]?.count ?? 0
            if let position = group.firstIndex(where: { $0.location == finding.location && $0.message == finding.message }), position >= keep {
                fixed.append(finding)
            }
        }
        for finding in new {
            let group = newGroups[key(finding)] ?? []
            let had = oldGroups[key(finding)]?.count ?? 0
            if let position = group.firstIndex(where: { $0.location == finding.location && $0.message == finding.message }), position >= had {
                introduced.append(finding)
            }
        }
        return (fixed, introduced)
    }

    /// The diff as a document for the text renderer.
    public func document() -> ReportDocument {
        var blocks: [ReportDocument.Block] = []
        let delta = wordsAfter - wordsBefore
        blocks.append(.paragraph([.text("Counted words: \(wordsBefore.formatted()) → \(wordsAfter.formatted()) (\(delta >= 0 ? "+" : "")\(delta.formatted())).")]))
        blocks.append(.heading(level: 1, text: "Dimensions"))
        if gained.isEmpty && lost.isEmpty {
            blocks.append(.paragraph([.text("No change.")]))
        }
        blocks.append(.list(gained.map { [.status(kind: "evidenced", text: "gained "),
                                          .text("\($0.code.rawValue): \($0.before.rawValue) → \($0.after.rawValue)\($0.place.map { " (new draft, \($0))" } ?? "")")] }
            + lost.map { [.status(kind: "missing", text: "lost "),
                          .text("\($0.code.rawValue): \($0.before.rawValue) → \($0.after.rawValue)\($0.place.map { " (was shown at \($0) of the old draft)" } ?? "")")] }))
        blocks.append(.heading(level: 1, text: "Findings"))
        blocks.append(.list(fixed.map { [.status(kind: "evidenced", text: "fixed "), .text("old \($0.place) [\($0.rule)] \($0.message)")] }
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
