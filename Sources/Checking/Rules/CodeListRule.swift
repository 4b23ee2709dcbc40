import Claims
import FellowshipSupport
import PSF

/// `code-list`: bare lists of codes, or more signposts than one sentence can carry.
struct CodeListRule: Rule {
    let id = "code-list"
    let summary = "Bare lists of codes, or more signposts than a sentence can carry."

    static let codeOrSeparator = TextPattern(#"\b[VKAvka][0-9]\b|[(),;/&\[\]:.\-–]|\band\b"#)
    /// More than this many codes in one sentence is more than it can evidence.
    static let maximumPerSentence = 4

    func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for paragraph in context.proseSections.flatMap(\.paragraphs) {
            // Only short paragraphs can be a bare list; the test is cheap for everything else.
            if paragraph.text.utf8.count < 200 {
                let codes = Signposts.groups(in: paragraph.text).flatMap(\.codes).count
                    + paragraph.text.split(separator: " ").filter { DimensionCode(parsing: $0.filter { $0.isLetter || $0.isNumber }) != nil }.count
                let words = WordCount.words(in: Self.codeOrSeparator.removing(from: paragraph.text))
                if codes >= 2 && words <= 3 {
                findings.append(Finding(rule: id, severity: .warning, location: paragraph.location,
                                        message: "This is a bare list of codes; assessors need each code shown by an example, not listed.",
                                        hint: "Delete the list and put each code in brackets after the sentence that evidences it, e.g. ‘… before they work alone (A2, A3).’"))
                    continue
                }
            }
            for sentence in paragraph.sentences {
                let count = sentence.signposts.flatMap(\.codes).count
                let sentenceWords = WordCount.words(in: sentence.prose)
                guard count > Self.maximumPerSentence || (count >= 3 && sentenceWords < count * 5) else { continue }
                findings.append(Finding(rule: id, severity: .warning, location: sentence.location,
                                        message: "This sentence carries \(count) signposts for \(sentenceWords) words, more than it can evidence.",
                                        hint: "Keep the one to three codes the sentence really shows, and evidence the others with their own examples."))
            }
        }
        return findings
    }
}
