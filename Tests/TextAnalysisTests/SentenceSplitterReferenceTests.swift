import Foundation
import Testing
@testable import TextAnalysis

/// The sentence splitter scans bytes for stops; these hold it to the character-by-character splitter it replaced
/// (kept here as the reference) on every claim and labelled statement in the repository and on hostile text.
@Suite("Sentence splitter against its reference")
struct SentenceSplitterReferenceTests {
    static let corpus: [String] = {
        var texts = [
            "", ".", "..", "!?", "a.b", "Done. Next", "Done.\u{301} Next", "x\u{0600}. Next one", "e.g. this. And that.", "p. 58. Next",
            "Line one\n\nLine two", "Line\r\n\r\nTwo", "\n\n\n", "It works! (A2) Then.", "It works. (A2, K4)Then more.", "“Quote.” Next",
            "Ends with ’. ’Tis", "Emoji 👩‍🔬. Next", "🇬🇧. Flags", "Tab.\tNext", "Number. 3 things", "Cafe\u{301}. Élan. x",
            "(V1). [K2] done", "Dr. Who. Mr. X.", "A.B.C. Done", "ends.", "ends. ", " lead", "a\n\nb\n\nc",
        ]
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for folder in ["Examples", "Tests/Fixtures/claims", "Tests/Fixtures/mapper"] {
            let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)
            while let name = enumerator?.nextObject() as? String {
                guard name.hasSuffix(".md") || name.hasSuffix(".yaml") || name.hasSuffix(".txt") else { continue }
                guard let text = try? String(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(name), encoding: .utf8) else { continue }
                texts.append(text)
                texts += text.components(separatedBy: "\n\n")
            }
        }
        return texts
    }()

    @Test("the same ranges as the character-by-character splitter")
    func sameAsReference() {
        for text in Self.corpus {
            #expect(SentenceSplitter.sentences(in: text) == ReferenceSplitter.sentences(in: text), "\(text.prefix(80))")
        }
    }
}

/// The splitter as it was, character by character.
enum ReferenceSplitter {
    private static let abbreviations: Set<String> = ["e.g", "eg", "i.e", "ie", "al", "etc", "p", "pp", "vs", "cf", "dr", "mr",
                                                      "mrs", "ms", "prof", "no", "fig", "approx", "c", "ca", "st", "vol", "ed", "eds"]

    /// The ranges of each sentence in `text`, trimmed of surrounding white space; empty sentences are skipped.
    static func sentences(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "." || character == "!" || character == "?" {
                var end = next
                // Closing quotes or brackets straight after the stop belong to the sentence.
                while end < text.endIndex, "\"'”’)]".contains(text[end]) { end = text.index(after: end) }
                if isBoundary(in: text, stop: index, after: end) {
                    // A signpost group after the stop, "… bench. (A2, K4)", belongs to this sentence.
                    let groupEnd = signpostEnd(in: text, from: end)
                    append(start..<groupEnd, in: text, to: &ranges)
                    start = groupEnd
                    index = groupEnd
                    continue
                }
            } else if character == "\n", next < text.endIndex, text[next] == "\n" {
                append(start..<index, in: text, to: &ranges)
                start = next
            }
            index = next
        }
        append(start..<text.endIndex, in: text, to: &ranges)
        return ranges
    }

    private static func isBoundary(in text: String, stop: String.Index, after end: String.Index) -> Bool {
        guard end < text.endIndex else { return true }
        guard text[end].isWhitespace else { return false }
        if text[stop] == "." {
            // The word before the stop: an abbreviation does not end a sentence.
            var wordStart = stop
            while wordStart > text.startIndex {
                let previous = text.index(before: wordStart)
                guard text[previous].isLetter || text[previous] == "." else { break }
                wordStart = previous
            }
            if abbreviations.contains(text[wordStart..<stop].lowercased()) { return false }
        }
        var look = end
        while look < text.endIndex, text[look].isWhitespace { look = text.index(after: look) }
        guard look < text.endIndex else { return true }
        let first = text[look]
        return first.isUppercase || first.isNumber || "\"'“‘([".contains(first)
    }

    private static func signpostEnd(in text: String, from index: String.Index) -> String.Index {
        var look = index
        while look < text.endIndex, text[look] == " " { look = text.index(after: look) }
        guard look < text.endIndex, text[look] == "(" || text[look] == "[" else { return index }
        guard let close = text[look...].firstIndex(where: { $0 == ")" || $0 == "]" }) else { return index }
        let inside = text[text.index(after: look)..<close]
        let isSignpost = !inside.isEmpty && inside.split(whereSeparator: { ", ;/&".contains($0) }).allSatisfy { part in
            part == "and" || (part.count == 2 && "VKAvka".contains(part.first!) && part.last!.isNumber) // safe: count == 2
        }
        return isSignpost ? text.index(after: close) : index
    }

    private static func append(_ range: Range<String.Index>, in text: String, to ranges: inout [Range<String.Index>]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, text[lower].isWhitespace { lower = text.index(after: lower) }
        while upper > lower, text[text.index(before: upper)].isWhitespace { upper = text.index(before: upper) }
        if lower < upper { ranges.append(lower..<upper) }
    }
}
