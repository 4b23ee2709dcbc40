/// Splits prose into sentences, keeping each sentence's range in the original text.
///
/// A sentence ends at `.`, `!` or `?` followed by white space and a capital letter, a digit, a quote or a bracket
/// (or the end of the text). Signposts written just after the full stop, `… bench. (A2, K4)`, stay with the
/// sentence before them. Abbreviations such as "e.g.", "i.e.", "et al." and "p. 58" do not end a sentence.
public enum SentenceSplitter {
    private static let abbreviations: Set<String> = ["e.g", "eg", "i.e", "ie", "al", "etc", "p", "pp", "vs", "cf", "dr", "mr",
                                                      "mrs", "ms", "prof", "no", "fig", "approx", "c", "ca", "st", "vol", "ed", "eds"]

    /// The ranges of each sentence in `text`, trimmed of surrounding white space; empty sentences are skipped.
    ///
    /// Only a character that is exactly `.`, `!`, `?` or a line feed can end a sentence, and each starts with that
    /// byte: so the text is scanned as bytes for those, and each is looked at as a character (is it a whole
    /// character there, not part of one with an accent or a mark before it?) only then. Walking every character
    /// cost milliseconds on a long claim.
    public static func sentences(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start = text.startIndex
        var index = text.startIndex
        let utf8 = text.utf8
        for offset in candidateOffsets(in: text) {
            let candidate = utf8.index(utf8.startIndex, offsetBy: offset)
            // Characters between candidates end nothing; a candidate inside a character is not a stop.
            guard candidate >= index, candidate.samePosition(in: text) != nil else { continue }
            index = candidate
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

    /// Byte offsets of every `.`, `!`, `?` and line feed, in order.
    private static func candidateOffsets(in text: String) -> [Int] {
        var copy = text
        return copy.withUTF8 { bytes in
            var offsets: [Int] = []
            for (offset, byte) in bytes.enumerated() where byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x0A {
                offsets.append(offset)
            }
            return offsets
        }
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
