import Claims
import FellowshipSupport
import PSF

/// `recency`: evidence dated more than five years back (citations excluded).
struct RecencyRule: Rule {
    let id = "recency"
    let summary = "Evidence dated more than five years ago."

    static let citation = TextPattern(#"\([^()]*\b(19|20)\d\d[a-z]?[^()]*\)|\b[A-Z][A-Za-z'\-]+(?: (?:and|&) [A-Z][A-Za-z'\-]+| et al\.?)? \((19|20)\d\d[a-z]?\)"#)
    static let year = TextPattern(#"\b(19[5-9]\d|20\d\d)\b"#)

    func check(_ context: CheckContext) -> [Finding] {
        let cutoff = context.currentYear - 5
        var findings: [Finding] = []
        for paragraph in context.proseSections.flatMap(\.paragraphs) {
            for sentence in paragraph.sentences {
                // A year starts "19" or "20"; taking citations out only puts spaces in, so it cannot make one.
                let prose = sentence.prose
                guard TextScreen.contains(prose, "19") || TextScreen.contains(prose, "20") else { continue }
                let text = Self.citation.removing(from: prose)
                let old = Self.year.ranges(in: text).compactMap { Int(text[$0]) }.filter { $0 < cutoff && $0 <= context.currentYear }
                guard let year = old.min() else { continue }
                findings.append(Finding(rule: id, severity: .info, location: sentence.location,
                                        message: "This evidence is from \(year), more than five years ago; assessors look for recent practice.",
                                        hint: "Keep it if it sets the scene, but make sure your main examples are from the last three to five years."))
                break
            }
        }
        return findings
    }
}
