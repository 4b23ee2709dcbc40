import Checking
import Claims
import FellowshipSupport
import PSF
import Reporting

/// A claim as a report document: title block, sections in order, paragraphs with their signposts as badges,
/// the references, and optionally the check findings as comments and a mapping appendix.
public struct ClaimDocument {
    public var read: ClaimReader.Result
    /// The check report, needed only for comments and the mapping appendix (checking costs the mapper's start-up).
    public var report: CheckReport?
    public var withComments: Bool
    public var withMapping: Bool
    /// Whether badges carry the dimension's statement as a tooltip (HTML shows it; Word has nowhere to put it).
    public var tooltips: Bool

    public init(read: ClaimReader.Result, report: CheckReport? = nil, withComments: Bool = false, withMapping: Bool = false,
                tooltips: Bool = true) {
        self.read = read
        self.report = report
        self.withComments = withComments
        self.withMapping = withMapping
        self.tooltips = tooltips
    }

    /// From a check report (comments and mapping available).
    public init(report: CheckReport, withComments: Bool = false, withMapping: Bool = false) {
        let context = report.context
        self.init(read: ClaimReader.Result(claim: context.claim, category: context.category, scheme: context.scheme, rules: context.rules),
                  report: report, withComments: withComments, withMapping: withMapping)
    }

    /// The Word document's properties: title and author, and the claim's front matter as custom properties
    /// (`fellowship.category` …), so `fellowship import` gives back the same claim.
    public func metadata(title: String) -> DOCXRenderer.Metadata {
        let front = read.claim.frontMatter
        var properties: [(name: String, value: String)] = []
        func add(_ name: String, _ value: String?) {
            if let value, !value.isEmpty { properties.append(("fellowship.\(name)", value)) }
        }
        add("title", front.title)
        add("applicant", front.applicant)
        add("role", front.role)
        add("discipline", front.discipline)
        add("institution", front.institution)
        add("category", read.category.rawValue)
        add("scheme", front.scheme)
        add("disable", front.disable.joined(separator: ", "))
        return DOCXRenderer.Metadata(title: title, author: front.applicant ?? "", words: words.total, properties: properties)
    }

    /// Counted words, as the scheme counts them.
    public var words: WordCount { WordCount(claim: read.claim, rules: read.rules) }

    public func document() -> ReportDocument {
        let claim = read.claim
        // The framework is loaded only when a statement is shown (tooltips, the mapping appendix).
        let framework: Framework? = tooltips || withMapping ? Framework.psf2023 : nil
        let words = self.words
        let front = claim.frontMatter
        var blocks: [ReportDocument.Block] = []
        var details: [String] = []
        if let applicant = front.applicant { details.append(applicant) }
        if let role = front.role { details.append(role) }
        if let institution = front.institution { details.append(institution) }
        let findingsBySentence = withComments ? Self.attach(report?.findings ?? [], to: claim) : [:]
        let loose = findingsBySentence["whole claim"] ?? []
        let detailsLine = details.joined(separator: ", ")
        if loose.isEmpty {
            blocks.append(.paragraph([.text(detailsLine)]))
        } else {
            blocks.append(.paragraph([.commented(text: detailsLine.isEmpty ? "Claim" : detailsLine,
                                                 comments: loose.map { ReportDocument.Comment(author: "fellowship check", text: "[\($0.rule)] \($0.message) \($0.hint)") })]))
        }
        blocks.append(.paragraph([.text("\(read.category.name) (\(read.category.postNominals)) · \(read.scheme.name) · "),
                                  .text("\(words.total) of \(read.rules.wordLimit.maximum) words")]))
        for section in claim.sections {
            if let heading = section.heading { blocks.append(.heading(level: 1, text: heading.text)) }
            if section.kind == .references {
                blocks.append(.references(claim.references.map(\.text)))
                continue
            }
            var subheadings = section.subheadings[...]
            for paragraph in section.paragraphs {
                while let next = subheadings.first, next.location.line < paragraph.location.line {
                    blocks.append(.heading(level: 2, text: next.text))
                    subheadings = subheadings.dropFirst()
                }
                var inlines: [ReportDocument.Inline] = paragraph.isListItem ? [.text("• ")] : []
                for (index, sentence) in paragraph.sentences.enumerated() {
                    if index > 0 { inlines.append(.text(" ")) }
                    inlines.append(contentsOf: Self.inlines(for: sentence, findings: findingsBySentence, framework: framework))
                }
                blocks.append(.paragraph(inlines))
            }
            for heading in subheadings { blocks.append(.heading(level: 2, text: heading.text)) }
        }
        if withMapping, let report {
            blocks.append(.heading(level: 1, text: "Appendix: where each dimension is evidenced"))
            blocks.append(.table(ReportDocument.Table(header: ["Dimension", "Status", "Where"], rows: report.dimensions.map { row in
                // "Account of professional practice: lines 21, 33" — one entry per section, in claim order.
                var order: [String] = []
                var lines: [String: [Int]] = [:]
                for item in row.evidence where item.signposted {
                    if lines[item.section] == nil { order.append(item.section) }
                    lines[item.section, default: []].append(item.line)
                }
                let places = order.map { section in
                    let numbers = (lines[section] ?? []).sorted().map(String.init)
                    // A claim read from Word is placed by paragraph: "¶21, ¶33".
                    if claim.countsParagraphs { return "\(section): " + numbers.map { "¶" + $0 }.joined(separator: ", ") }
                    return "\(section): line\(numbers.count == 1 ? "" : "s") \(numbers.joined(separator: ", "))"
                }.joined(separator: "; ")
                return [[.badge(code: row.code.rawValue, tooltip: framework?.dimension(row.code).statement ?? "")],
                        [.text(row.status.rawValue.replacingOccurrences(of: "-", with: " "))], [.text(places.isEmpty ? "—" : places)]]
            })))
        }
        return ReportDocument(title: front.title ?? "Account of professional practice", subtitle: nil, blocks: blocks)
    }

    /// Each finding keyed by the sentence it falls in (`line:column` of the sentence start), or "whole claim".
    static func attach(_ findings: [Finding], to claim: Claim) -> [String: [Finding]] {
        let sentences = claim.sentences
        var result: [String: [Finding]] = [:]
        for finding in findings {
            let line = finding.location.line
            let holder = sentences.last { sentence in
                sentence.location.line < line || (sentence.location.line == line && sentence.location.column <= finding.location.column)
            }
            let key = holder.map { "\($0.location.line):\($0.location.column)" }
            if let holder, let key, holder.location.line >= line - 3 {
                result[key, default: []].append(finding)
            } else {
                result["whole claim", default: []].append(finding)
            }
        }
        return result
    }

    /// A sentence's text with its signposts as badges; findings at the sentence become comments on it.
    static func inlines(for sentence: Sentence, findings: [String: [Finding]], framework: Framework?) -> [ReportDocument.Inline] {
        var inlines: [ReportDocument.Inline] = []
        var cursor = sentence.text.startIndex
        for group in sentence.signposts {
            let before = String(sentence.text[cursor..<group.range.lowerBound])
            if !before.isEmpty { inlines.append(.text(before)) }
            let codes = group.codes.map(\.rawValue) + group.unknown
            let tooltip = framework.map { framework in
                group.codes.map { "\($0.rawValue): \(framework.dimension($0).statement)" }.joined(separator: "; ")
            } ?? ""
            inlines.append(.badge(code: "(" + codes.joined(separator: ", ") + ")", tooltip: tooltip))
            cursor = group.range.upperBound
        }
        let rest = String(sentence.text[cursor...])
        if !rest.isEmpty { inlines.append(.text(rest)) }
        let notes = findings["\(sentence.location.line):\(sentence.location.column)"] ?? []
        guard !notes.isEmpty else { return inlines }
        let comments = notes.map { ReportDocument.Comment(author: "fellowship check", text: "[\($0.rule)] \($0.message) \($0.hint)") }
        return [.commented(text: sentence.text, comments: comments)]
    }
}
