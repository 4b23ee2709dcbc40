/// Turns text into tokens: folds quotes and case, splits into words keeping where each came from, expands
/// abbreviations, folds spellings and stems.
///
/// Not shareable between threads (it owns a stemmer and a cache); make one per task. It is cheap to make.
/// `Analyser()` (from TextAnalysis) uses the bundled ``AnalysisData``.
public final class Analyser {
    public let data: AnalysisData
    private let stemmer = Stemmer()
    private var stemCache: [String: String] = [:]
    /// Everything known about a lower-case surface word, so a repeated word costs one lookup.
    private var wordCache: [String: AnalysedWord] = [:]

    private struct AnalysedWord {
        let word: String
        let stem: String
        let isStopword: Bool
    }

    public init(data: AnalysisData) {
        self.data = data
    }

    /// The tokens of `text`, in order.
    public func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5 + 1)
        for (raw, range) in Self.words(in: text) {
            let lowered = Self.lowercased(raw)
            if let cached = wordCache[lowered] {
                tokens.append(Token(word: cached.word, stem: cached.stem, range: range, isStopword: cached.isStopword))
            } else if let expansion = data.expansions[lowered] {
                for word in expansion {
                    tokens.append(Token(word: word, stem: stem(word), range: range, isStopword: data.stopwords.contains(word)))
                }
            } else {
                let word = data.fold(lowered)
                let analysed = AnalysedWord(word: word, stem: stem(word), isStopword: data.stopwords.contains(word))
                wordCache[lowered] = analysed
                tokens.append(Token(word: word, stem: analysed.stem, range: range, isStopword: analysed.isStopword))
            }
        }
        return tokens
    }

    /// The stem of one lower-case word (cached).
    public func stem(_ word: String) -> String {
        if let cached = stemCache[word] { return cached }
        let stem = data.stemOverrides[word] ?? stemmer.stem(word)
        stemCache[word] = stem
        return stem
    }

    /// Words: runs of letters and digits, with `&`, `:` or `-` kept only inside shorthand (`h&s`, `1:1`,
    /// `1-2-1`); apostrophes, straight or curly, dropped inside words (`student’s` → `students`); other hyphens split.
    static func words(in text: String) -> [(Substring, Range<String.Index>)] {
        var result: [(Substring, Range<String.Index>)] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var start: String.Index?
        var hasApostrophe = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if isWordScalar(scalar) {
                if start == nil { start = index }
            } else if let begin = start, next < scalars.endIndex,
                      isJoiner(scalar, between: text[begin..<index], and: scalars[next]) {
                if scalar == "'" || scalar == "\u{2019}" { hasApostrophe = true }
            } else {
                if let begin = start { result.append(word(text, begin..<index, hasApostrophe)) }
                start = nil
                hasApostrophe = false
            }
            index = next
        }
        if let begin = start { result.append(word(text, begin..<scalars.endIndex, hasApostrophe)) }
        return result
    }

    private static func word(_ text: String, _ range: Range<String.Index>, _ hasApostrophe: Bool) -> (Substring, Range<String.Index>) {
        guard hasApostrophe else { return (text[range], range) }
        let cleaned = text[range].unicodeScalars.filter { $0 != "'" && $0 != "\u{2019}" }
        return (Substring(String(String.UnicodeScalarView(cleaned))), range)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func isJoiner(_ scalar: Unicode.Scalar, between before: Substring, and next: Unicode.Scalar) -> Bool {
        let nextIsDigit = next.isASCII && next.properties.numericType != nil
        let nextIsLetter = isWordScalar(next) && !nextIsDigit
        switch scalar {
        case "'", "\u{2019}": return nextIsLetter // student's, don't
        case "&": return before.count <= 2 && nextIsLetter // h&s, r&d
        case ":", "-": return before.allSatisfy(\.isNumber) && nextIsDigit // 1:1, 1-2-1
        default: return false
        }
    }

    /// Lower case, fast for ASCII.
    static func lowercased(_ word: Substring) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            // Most words are already lower case: no copy of the bytes then.
            if !word.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return String(word) }
            return String(decoding: word.utf8.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 + 32 : $0 }, as: UTF8.self)
        }
        return word.lowercased()
    }
}
