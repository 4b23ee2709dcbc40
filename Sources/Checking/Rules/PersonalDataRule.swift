import Claims
import FellowshipSupport
import PSF

/// `personal-data`: student email addresses, ID numbers, phone numbers, named students.
struct PersonalDataRule: Rule {
    let id = "personal-data"
    let summary = "Email addresses, student ID or phone numbers, or named students."

    /// Each pattern with what it finds and a screen: a byte scan that is false only when the pattern cannot match
    /// (see ``TextScreen``), so most sentences skip the expressions.
    static let patterns: [(TextPattern, String, @Sendable (String) -> Bool)] = [
        (TextPattern(#"\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\b"#), "an email address",
         { TextScreen.contains($0, "@") }),
        // At least 2 + 3 + 3 digits, at most one space or hyphen between any two.
        (TextPattern(#"(\+44\s?\(?0?\)?\s?|\b0)\d{2,4}[\s\-]?\d{3,4}[\s\-]?\d{3,4}\b"#), "a phone number",
         { TextScreen.mayHoldDigits($0, spacedAtMostSingly: 8) }),
        // At least six digits in a row either way.
        (TextPattern(#"\b(student|ID|registration|matriculation|candidate)\s*(number|no\.?|ID)?\s*:?\s*[A-Z]?\d{6,10}\b|\b\d{7,10}\b"#, caseInsensitive: true), "what looks like a student ID number",
         { TextScreen.mayHoldDigits($0, inARow: 6) }),
        // Case-sensitive: " called " or " named " must be there as written.
        (TextPattern(#"\b(student|learner|pupil|apprentice|trainee|mentee|undergraduate|postgraduate)s?,? (called|named) [A-Z][a-z]+"#, caseInsensitive: false), "a student's name",
         { TextScreen.contains($0, " called ") || TextScreen.contains($0, " named ") }),
        // Case-sensitive: an article and one of the three nouns must be there as written.
        (TextPattern(#"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?,? (?:a|an|one of (?:my|the)) (?:first|second|third|fourth|final|MSc|PhD|placement|mature|disabled|international)[- ]?(?:year )?(?:student|learner|apprentice)"#), "a student's name",
         { (TextScreen.contains($0, "student") || TextScreen.contains($0, "learner") || TextScreen.contains($0, "apprentice"))
             && (TextScreen.contains($0, " a ") || TextScreen.contains($0, " an ") || TextScreen.contains($0, " one of ")) }),
    ]

    func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for sentence in context.claim.sections.filter({ $0.kind != .references }).flatMap(\.paragraphs).flatMap(\.sentences) {
            for (pattern, what, screen) in Self.patterns where screen(sentence.text) {
                for range in pattern.ranges(in: sentence.text) {
                    // Years and word counts are not ID numbers.
                    if what.contains("ID"), let number = Int(sentence.text[range].filter(\.isNumber)), number < 100_000 { continue }
                    var location = sentence.location
                    location.column += sentence.text.offset(of: range)
                    findings.append(Finding(rule: id, severity: .error, location: location,
                                            message: "This contains \(what). Claims must not identify students or share personal contact details.",
                                            hint: "Remove it, or describe the person by their situation (‘a second-year student’)."))
                }
            }
        }
        return findings
    }
}
