import Claims
import FellowshipSupport
import PSF

/// `word-limit`: total and per-section words against the scheme, counted as the scheme counts them.
struct WordLimitRule: Rule {
    let id = "word-limit"
    let summary = "The claim or a section is over its word limit, or well under the target."

    func check(_ context: CheckContext) -> [Finding] {
        let count = WordCount(claim: context.claim, rules: context.rules)
        let limit = context.rules.wordLimit
        let top = SourceLocation(file: context.claim.file, line: 1, column: 1)
        var findings: [Finding] = []
        if count.total > limit.ceiling {
            findings.append(Finding(rule: id, severity: .error, location: top,
                                    message: "The claim has \(count.total) counted words; the limit for \(context.category.name) in \(context.scheme.name) is \(limit.maximum).",
                                    hint: "Cut \(count.total - limit.ceiling) words: keep the examples that carry the most dimensions and their evidence of impact; trim description."))
        } else if let target = limit.target, count.total < target {
            findings.append(Finding(rule: id, severity: .warning, location: top,
                                    message: "The claim has \(count.total) counted words, under the \(target) this tool suggests aiming for (limit \(limit.maximum)).",
                                    hint: "Use the room: add evidence of impact and reflection (why, how you know it worked, what you changed) to your examples."))
        }
        for (section, sectionCount) in zip(context.claim.sections, count.sections) {
            guard let maximum = sectionCount.maximum, sectionCount.words > maximum else { continue }
            findings.append(Finding(rule: id, severity: .error, location: section.heading?.location ?? top,
                                    message: "The section ‘\(section.title)’ has \(sectionCount.words) words; its limit is \(maximum).",
                                    hint: "Shorten this section by \(sectionCount.words - maximum) words."))
        }
        return findings
    }
}
