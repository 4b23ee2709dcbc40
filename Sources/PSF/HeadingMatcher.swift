/// Finds the section rule a heading belongs to, with every accepted wording normalised once: a claim has many
/// headings, and normalising each rule's wordings again for each heading cost milliseconds.
public struct HeadingMatcher: Sendable {
    private let sections: [(rule: SectionRule, wordings: [String])]

    /// A matcher for the sections of `rules`.
    public init(rules: CategoryRules) {
        sections = rules.sections.map { ($0, $0.headings.map(SectionRule.normalise)) }
    }

    /// The section rule a heading belongs to, matched against the accepted wordings (case and punctuation ignored):
    /// an exact wording first, then a heading that starts with a wording and goes on ("Case study 1: leading the
    /// induction redesign" still names case study 1).
    public func section(forHeading heading: String) -> SectionRule? {
        let key = SectionRule.normalise(heading)
        if let exact = sections.first(where: { $0.wordings.contains(key) }) {
            return exact.rule
        }
        return sections.first { $0.wordings.contains { key.hasPrefix($0 + " ") } }?.rule
    }
}
