import Claims
import FellowshipSupport
import PSF

/// A warning on each paragraph of the account long enough to be an example (50+ words) that shows none of `pattern`.
private func examples(in context: CheckContext, lacking pattern: TextPattern, rule: String, message: String, hint: String) -> [Finding] {
    context.accountSections.flatMap(\.paragraphs)
        .filter { !$0.isListItem && WordCount.words(in: $0.text) >= 50 && !pattern.matches($0.text) }
        .map { Finding(rule: rule, severity: .warning, location: $0.location, message: message, hint: hint) }
}

/// `impact-missing`: an example with no evidence that it worked.
struct ImpactMissingRule: Rule {
    let id = "impact-missing"
    let summary = "An example gives no evidence that it worked."

    static let impact = TextPattern(
        #"\b(feedback|survey|evaluat\w*|results?|improv\w*|increas\w*|decreas\w*|reduc\w*|fewer|more students|pass(ed|es)? rate|pass(ed|es)?|marks?|grades?|per ?cent|percent|told me|said|commented|comments?|noticed|observed|outcomes?|impact|evidence|data|records?|incidents?|attendance|uptake|adopted|as a result|led to|now use|now uses|since then|cut|halved|doubled|rose|fell|dropped|success\w*|succeed\w*|it worked)\b|\d+ ?%|\b\d+\b"#,
        caseInsensitive: true)

    func check(_ context: CheckContext) -> [Finding] {
        examples(in: context, lacking: Self.impact, rule: id,
                 message: "This example says what you did but not how you know it worked.",
                 hint: "Add evidence of impact: student or colleague feedback, numbers (pass rates, incidents, uptake), what changed as a result.")
    }
}

/// `descriptive`: an example with no why: no reasoning, reflection or change.
struct DescriptiveRule: Rule {
    let id = "descriptive"
    let summary = "An example describes what you did but not why, or what you learned."

    static let reflection = TextPattern(
        #"\b(because|so that|in order to|why|reflect\w*|realis\w*|learn(ed|t)|I found|I noticed|this (showed|meant|taught)|which meant|as a result|lessons?|next time|would|changed?|now I|I now|rather than|instead|however|although|what worked|did not work|didn't work|so students|so they|to help|aim\w*|purpose|reason)\b|\([A-Z][^()]*\d{4}\)"#,
        caseInsensitive: true)

    func check(_ context: CheckContext) -> [Finding] {
        examples(in: context, lacking: Self.reflection, rule: id,
                 message: "This example is descriptive: it says what you did but not why, or what you learned from it.",
                 hint: "Add the why (your reasoning, ideally with literature), what you learned, and what you changed (Rolfe: what? so what? now what?).")
    }
}
