import Claims
import FellowshipSupport
import PSF

/// `first-person`: "we" and "our team" where the applicant's own part is unclear.
struct FirstPersonRule: Rule {
    let id = "first-person"
    let summary = "\"We\" or \"our team\" where your own part is unclear."

    static let plural = TextPattern(#"\b(we|our|ours|us|ourselves)\b"#, caseInsensitive: true)
    static let singular = TextPattern(#"\b(I|my|me|myself|mine)\b"#)
    /// Settles most sentences (no "we" or "our" at all) before `plural` runs. It is `exact`: change it with `plural`.
    static let pluralScreen = WordScreen(words: ["we", "our", "ours", "us", "ourselves"], exact: true)

    func check(_ context: CheckContext) -> [Finding] {
        context.proseSections.filter { $0.kind != .context }.flatMap(\.paragraphs).flatMap(\.sentences).compactMap { sentence in
            let prose = sentence.prose
            guard Self.pluralScreen.verdict(prose) != .cannotMatch, let first = Self.plural.ranges(in: prose).first, !Self.singular.matches(prose) else { return nil }
            var location = sentence.location
            location.column += prose.offset(of: first)
            return Finding(rule: id, severity: .warning, location: location,
                           message: "‘\(prose[first])’ hides your own part: assessors judge what you did.",
                           hint: "Say what you did yourself: ‘I designed…’, ‘my part was…’.")
        }
    }
}
