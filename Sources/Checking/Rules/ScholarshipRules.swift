import Claims
import FellowshipSupport
import PSF

/// `scholarship-missing`: no literature or evidence-informed basis anywhere (V3, K3).
struct ScholarshipMissingRule: Rule {
    let id = "scholarship-missing"
    let summary = "No literature or evidence-informed basis anywhere (V3, K3)."

    func check(_ context: CheckContext) -> [Finding] {
        let cited = context.claim.sentences.contains { !$0.citations.isEmpty }
        guard !cited && context.claim.references.isEmpty else { return [] }
        return [Finding(rule: id, severity: .warning, location: SourceLocation(file: context.claim.file, line: 1, column: 1), dimension: .v3,
                        message: "The claim cites no literature or other evidence base for its practice.",
                        hint: "Show what informs your practice: a text on how people learn skills, a guide from your professional body or a course you took, cited in Harvard style, e.g. (Kolb, 1984), with a reference list.")]
    }
}

/// `citation-unmatched`: an in-text citation missing from the references, or a reference never cited.
struct CitationUnmatchedRule: Rule {
    let id = "citation-unmatched"
    let summary = "A citation missing from the references, or a reference never cited."

    func check(_ context: CheckContext) -> [Finding] {
        let citations = context.claim.sections.filter { $0.kind != .references }.flatMap(\.paragraphs).flatMap(\.sentences).flatMap(\.citations)
        let referenceKeys = Set(context.claim.references.compactMap(\.key))
        let referenceAuthors = Set(context.claim.references.compactMap { $0.author?.lowercased() })
        var findings: [Finding] = []
        var reported: Set<String> = []
        for citation in citations where !referenceKeys.contains(citation.key) && reported.insert(citation.key).inserted {
            let nearMiss = referenceAuthors.contains(citation.author.lowercased())
            findings.append(Finding(rule: id, severity: .warning, location: citation.location,
                                    message: "(\(citation.author), \(citation.year)) is cited but not in the references\(nearMiss ? " with that year" : "").",
                                    hint: nearMiss ? "Check the year matches the reference list." : "Add the full reference under ‘# References’."))
        }
        let citedKeys = Set(citations.map(\.key))
        for reference in context.claim.references {
            guard let key = reference.key, !citedKeys.contains(key) else { continue }
            findings.append(Finding(rule: id, severity: .warning, location: reference.location,
                                    message: "This reference is never cited in the text.",
                                    hint: "Cite it where it informs your practice, e.g. (\(reference.author ?? "Author"), \(reference.year ?? "year")), or remove it."))
        }
        return findings
    }
}
