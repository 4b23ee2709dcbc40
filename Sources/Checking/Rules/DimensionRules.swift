import Claims
import FellowshipSupport
import PSF

/// `dimension-missing`: a dimension the category requires is not evidenced by any sentence (a signpost alone does not count).
struct DimensionMissingRule: Rule {
    let id = "dimension-missing"
    let summary = "A dimension the category requires is not evidenced."

    func check(_ context: CheckContext) -> [Finding] {
        let top = SourceLocation(file: context.claim.file, line: 1, column: 1)
        var findings: [Finding] = []
        for code in context.descriptor.requires.allOf {
            let coverage = context.analysis.coverage(of: code)
            guard coverage.status != .evidenced else { continue }
            let statement = context.framework.dimension(code).statement
            if let signpost = coverage.signposts.first {
                findings.append(Finding(rule: id, severity: .error, location: signpost.location, dimension: code,
                                        message: "\(code) (\(statement.lowercased())) is signposted, but no sentence shows it in its own words.",
                                        hint: "Describe what you did that shows \(code), e.g. \(Self.prompt(for: code, in: context))"))
            } else if let untagged = coverage.evidence.first {
                findings.append(Finding(rule: id, severity: .error, location: untagged.sentence.location, dimension: code,
                                        message: "\(code) (\(statement.lowercased())) is never signposted; \(context.category.nameWithArticle) claim needs it shown.",
                                        hint: "This sentence seems to evidence \(code): if you agree, add (\(code)) after it; if not, add an example that does."))
            } else {
                findings.append(Finding(rule: id, severity: .error, location: top, dimension: code,
                                        message: "\(code) (\(statement.lowercased())) is not evidenced anywhere; \(context.category.nameWithArticle) claim needs it.",
                                        hint: "Add an example that shows it. \(Self.prompt(for: code, in: context))"))
            }
        }
        for choice in context.descriptor.requires.atLeast {
            let evidenced = choice.of.filter(context.analysis.evidencedCodes.contains)
            guard evidenced.count < choice.count else { continue }
            findings.append(Finding(rule: id, severity: .error, location: top,
                                    message: "A \(context.category.name) claim needs evidence in at least \(choice.count) of \(choice.of.map(\.rawValue).joined(separator: ", ")); it shows \(evidenced.isEmpty ? "none" : evidenced.map(\.rawValue).joined(separator: ", ")).",
                                    hint: "Add a concrete example of another Area: designing a session (A1), teaching or demonstrating (A2), assessing and feedback (A3), supporting learners (A4) or your own development (A5)."))
        }
        return findings
    }

    /// The dimension's first guiding question, to start the technician off.
    static func prompt(for code: DimensionCode, in context: CheckContext) -> String {
        context.framework.dimension(code).questions.first ?? ""
    }
}

/// `dimension-unsupported`: a signpost next to a sentence whose words do not support the code.
struct DimensionUnsupportedRule: Rule {
    let id = "dimension-unsupported"
    let summary = "A signpost sits next to text that does not show that dimension."

    func check(_ context: CheckContext) -> [Finding] {
        context.analysis.sentences.flatMap { item -> [Finding] in
            item.sentence.signpostedCodes.sorted().compactMap { code in
                guard !item.supports(code) else { return nil }
                let group = item.sentence.signposts.first { $0.codes.contains(code) }
                var location = item.sentence.location
                if let group { location.column += item.sentence.text.distance(from: item.sentence.text.startIndex, to: group.range.lowerBound) }
                return Finding(rule: id, severity: .warning, location: location, dimension: code,
                               message: "The sentence signposted \(code) does not show \(code) in its own words (\(context.framework.dimension(code).statement.lowercased())).",
                               hint: "Say what you did that evidences \(code), or move the signpost to the sentence that does.")
            }
        }
    }
}

/// `dimension-untagged`: evidence the mapper sees for a dimension the author never signposts.
struct DimensionUntaggedRule: Rule {
    let id = "dimension-untagged"
    let summary = "A sentence evidences a dimension the claim never signposts."

    func check(_ context: CheckContext) -> [Finding] {
        context.analysis.coverage.compactMap { coverage in
            guard coverage.signposts.isEmpty, !context.descriptor.requires.allOf.contains(coverage.code),
                  let strongest = coverage.evidence.first(where: { !$0.signposted }) else { return nil }
            return Finding(rule: id, severity: .info, location: strongest.sentence.location, dimension: coverage.code,
                           message: "This sentence seems to evidence \(coverage.code) (\(context.framework.dimension(coverage.code).statement.lowercased())), which the claim never signposts.",
                           hint: "If you agree, add (\(coverage.code)) after the sentence so the assessor sees it.")
        }
    }
}
