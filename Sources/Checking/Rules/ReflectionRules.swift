import Claims
import FellowshipSupport
import PSF

/// A warning on each paragraph of the account long enough to be an example (50+ words) that shows none of `pattern`.
/// The screen settles most paragraphs (a word the pattern matches is there) without running the expression.
private func examples(in context: CheckContext, lacking pattern: TextPattern, screen: WordScreen, rule: String, message: String,
                      hint: String) -> [Finding] {
    context.accountSections.flatMap(\.paragraphs)
        .filter { paragraph in
            guard !paragraph.isListItem && WordCount.words(in: paragraph.text) >= 50 else { return false }
            switch screen.verdict(paragraph.text) {
            case .matches: return false
            case .cannotMatch: return true
            case .unknown: return !pattern.matches(paragraph.text)
            }
        }
        .map { Finding(rule: rule, severity: .warning, location: $0.location, message: message, hint: hint) }
}

/// `impact-missing`: an example with no evidence that it worked.
struct ImpactMissingRule: Rule {
    let id = "impact-missing"
    let summary = "An example gives no evidence that it worked."

    static let impact = TextPattern(
        #"\b(feedback|survey|evaluat\w*|results?|improv\w*|increas\w*|decreas\w*|reduc\w*|fewer|more students|pass(ed|es)? rate|pass(ed|es)?|marks?|grades?|per ?cent|percent|told me|said|commented|comments?|noticed|observed|outcomes?|impact|evidence|data|records?|incidents?|attendance|uptake|adopted|as a result|led to|now use|now uses|since then|cut|halved|doubled|rose|fell|dropped|success\w*|succeed\w*|it worked)\b|\d+ ?%|\b\d+\b"#,
        caseInsensitive: true)

    /// Whole words the expression matches (any number standing alone too).
    static let screen = WordScreen(
        words: ["feedback", "survey", "result", "results", "fewer", "pass", "passed", "mark", "marks", "grade", "grades", "percent", "said",
                "commented", "comment", "comments", "noticed", "observed", "outcome", "outcomes", "impact", "evidence", "data", "record",
                "records", "incident", "incidents", "attendance", "uptake", "adopted", "cut", "halved", "doubled", "rose", "fell", "dropped"],
        prefixes: ["evaluat", "improv", "increas", "decreas", "reduc", "success"],
        phrases: ["more students", "pass rate", "passed rate", "per cent", "told me", "as a result", "led to", "now use", "now uses",
                  "since then"],
        digitsMatch: true)

    func check(_ context: CheckContext) -> [Finding] {
        examples(in: context, lacking: Self.impact, screen: Self.screen, rule: id,
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

    /// Whole words the expression matches.
    static let screen = WordScreen(
        words: ["because", "why", "learned", "learnt", "lesson", "lessons", "would", "change", "changed", "instead", "however", "although",
                "purpose", "reason"],
        prefixes: ["reflect", "realis", "aim"],
        phrases: ["so that", "in order to", "i found", "i noticed", "this showed", "this meant", "this taught", "which meant", "as a result",
                  "next time", "now i", "i now", "rather than", "what worked", "did not work", "so students", "so they", "to help"])

    func check(_ context: CheckContext) -> [Finding] {
        examples(in: context, lacking: Self.reflection, screen: Self.screen, rule: id,
                 message: "This example is descriptive: it says what you did but not why, or what you learned from it.",
                 hint: "Add the why (your reasoning, ideally with literature), what you learned, and what you changed (Rolfe: what? so what? now what?).")
    }
}
