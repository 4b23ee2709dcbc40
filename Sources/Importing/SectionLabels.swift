import PSF

/// A scheme's section headings, for telling which lines of a document name a section, before the category is
/// known (every category's wordings) or after (one category's).
///
/// The wordings are normalised once: a document has hundreds of lines to test, and normalising every wording of
/// every category for each line costs more than reading the whole document.
struct SectionLabels {
    /// Per category, each accepted wording normalised, with its section.
    private let wordings: [[(key: String, rule: SectionRule)]]

    init(rules: [CategoryRules]) {
        wordings = rules.map { rules in
            rules.sections.flatMap { rule in rule.headings.map { (SectionRule.normalise($0), rule) } }
        }
    }

    /// The section `text` names: exactly (case, punctuation, numbering and a bracketed note such as "(300 words)"
    /// aside), or, when `allowingPrefix`, also as the start of a longer heading ("Case study 1: leading the
    /// induction redesign"), as ``CategoryRules/section(forHeading:)`` matches a Markdown heading.
    func section(for text: String, allowingPrefix: Bool) -> SectionRule? {
        if allowingPrefix {
            let key = SectionRule.normalise(text)
            for category in wordings {
                if let exact = category.first(where: { $0.key == key }) { return exact.rule }
                if let prefix = category.first(where: { key.hasPrefix($0.key + " ") }) { return prefix.rule }
            }
            return nil
        }
        var stripped = text
        if let open = stripped.firstIndex(of: "("), stripped.hasSuffix(")") { stripped = String(stripped[..<open]) }
        let key = SectionRule.normalise(stripped)
        guard !key.isEmpty else { return nil }
        for category in wordings {
            if let exact = category.first(where: { $0.key == key }) { return exact.rule }
        }
        return nil
    }
}
