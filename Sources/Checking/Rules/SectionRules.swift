import Claims
import FellowshipSupport
import PSF

/// `section-missing`: a section the scheme requires has no heading in the claim.
struct SectionMissingRule: Rule {
    let id = "section-missing"
    let summary = "A section the scheme requires is missing."

    func check(_ context: CheckContext) -> [Finding] {
        let present = Set(context.claim.sections.compactMap { $0.rule?.id })
        return context.rules.sections.filter { $0.required && !present.contains($0.id) && $0.kind != .caseStudy }.map { rule in
            Finding(rule: id, severity: .error, location: SourceLocation(file: context.claim.file, line: 1, column: 1),
                    message: "There is no ‘\(rule.title)’ section, which \(context.scheme.name) asks for in \(context.category.nameWithArticle) claim.",
                    hint: "Add a heading ‘# \(rule.title)’ and write that section (headings such as \(rule.headings.prefix(3).map { "‘\($0)’" }.joined(separator: ", ")) are recognised).")
        }
    }
}

/// `case-studies`: Senior Fellow claims need exactly the scheme's number of case studies.
struct CaseStudiesRule: Rule {
    let id = "case-studies"
    let summary = "A Senior Fellow claim has the wrong number of case studies."

    func check(_ context: CheckContext) -> [Finding] {
        guard let expected = context.rules.caseStudies?.count else { return [] }
        let found = context.claim.sections.filter { $0.kind == .caseStudy }
        guard found.count != expected else { return [] }
        let location = found.last?.heading?.location ?? SourceLocation(file: context.claim.file, line: 1, column: 1)
        return [Finding(rule: id, severity: .error, location: location,
                        message: "The claim has \(found.count) case \(found.count == 1 ? "study" : "studies"); \(context.category.name) claims need exactly \(expected).",
                        hint: "Give each case study its own heading, ‘# Case study 1: …’ and ‘# Case study 2: …’, each a sustained example of leading or influencing others.")]
    }
}

/// `section-empty`: a heading with nothing under it.
struct SectionEmptyRule: Rule {
    let id = "section-empty"
    let summary = "A section has a heading but no text."

    func check(_ context: CheckContext) -> [Finding] {
        context.claim.sections.compactMap { section in
            guard let heading = section.heading, section.paragraphs.allSatisfy({ $0.text.trimmed.isEmpty }) else { return nil }
            let required = section.rule?.required ?? false
            return Finding(rule: id, severity: required ? .error : .warning, location: heading.location,
                           message: "The section ‘\(heading.text)’ is empty.",
                           hint: required ? "Write this section: the scheme requires it." : "Write this section or remove the heading.")
        }
    }
}
