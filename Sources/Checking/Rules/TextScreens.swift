/// Cheap byte scans that settle, for most sentences, what a rule's regular expression would say, so the expression
/// (slow on Linux, and run on every sentence) runs only when the scan cannot tell. A screen never guesses: it
/// answers only when the answer is certain, and otherwise leaves it to the expression, so findings are exactly
/// those of the expressions alone.
enum TextScreen {
    /// Whether `text` contains `needle` (ASCII, matched exactly, case and all).
    static func contains(_ text: String, _ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = pattern.first else { return true }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= pattern.count else { return false }
            for start in 0...(bytes.count - pattern.count) where bytes[start] == first {
                var offset = 1
                while offset < pattern.count && bytes[start + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            return false
        }
    }

    /// Whether `text` may hold `count` decimal digits in a row, as a regular expression's `\d` sees them (any
    /// Unicode decimal digit). Non-ASCII characters not known to be something else count as digits, to be safe.
    static func mayHoldDigits(_ text: String, inARow count: Int) -> Bool {
        var run = 0
        for scalar in text.unicodeScalars {
            run = mayBeDigit(scalar) ? run + 1 : 0
            if run >= count { return true }
        }
        return false
    }

    /// Whether `text` may hold `count` digits with at most one space or hyphen between any two of them (the shape
    /// of `\d{2,4}[\s\-]?\d{3,4}[\s\-]?\d{3,4}`; anything white space-like counts as a space, to be safe).
    static func mayHoldDigits(_ text: String, spacedAtMostSingly count: Int) -> Bool {
        var digits = 0
        var gap = 0
        for scalar in text.unicodeScalars {
            if mayBeDigit(scalar) {
                digits += 1
                gap = 0
                if digits >= count { return true }
            } else if digits > 0, gap == 0, scalar == "-" || scalar.properties.isWhitespace || isSeparator(scalar) {
                gap = 1
            } else {
                digits = 0
                gap = 0
            }
        }
        return false
    }

    private static func mayBeDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        let category = scalar.properties.generalCategory
        return category == .decimalNumber || category == .unassigned
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned: return true
        default: return false
        }
    }
}

/// What a case-insensitive `\b(word|word|prefix\w*|two words|…)\b` expression would say about a text, from a byte
/// scan.
///
/// A text is *plain* when its only non-ASCII characters are punctuation, symbols or spaces that are not letters:
/// then the expression's `\w` characters are exactly the ASCII letters, digits and `_`, and its word boundaries
/// are exactly the edges of runs of them. (A non-ASCII letter, mark, digit or unassigned character could be a word
/// character, or be read by a case-insensitive match as an ASCII letter: ſ, K, ligatures…)
///
/// - `matches`: a whole word of the text (a run of ASCII word characters with, on each side, an ASCII non-word
///   character, the end of the text, or in a plain text any non-ASCII character) is one of `words` or starts with
///   one of `prefixes`, or whole words separated by single spaces are one of `phrases` (ASCII case ignored). Each is
///   an alternative of the expression, so it matches.
/// - `cannotMatch`: the text is plain and either none of `fragments` (pieces every match must contain) occurs in
///   it with ASCII case ignored, or the expression is `exact` (nothing but `\b(…)\b` over the listed words,
///   prefixes and phrases) and nothing matched.
/// - `unknown`: run the expression.
struct WordScreen: Sendable {
    enum Verdict { case matches, cannotMatch, unknown }

    /// Whole words (lower case) the expression certainly matches, packed for lookup without making strings.
    private let words: Set<WordKey>
    /// Beginnings of words (lower case, as UTF-8) the expression certainly matches, for `prefix\w*` alternatives.
    private let prefixes: [[UInt8]]
    /// Runs of whole words (lower case, as UTF-8) separated by one space each, for `two words` alternatives.
    private let phrases: [[[UInt8]]]
    /// Whether any run of ASCII digits standing alone is a match (for `\b\d+\b`).
    private let digitsMatch: Bool
    /// Pieces (lower case, as UTF-8) every match must contain; nil when the expression has no such list.
    private let fragments: [[UInt8]]?
    /// Whether the expression is exactly `\b(…)\b` over `words`, `prefixes` and `phrases`, so no match there means
    /// no match at all.
    private let exact: Bool

    /// Words (ASCII, up to 16 letters: longer ones are ignored, which only means the expression decides; an `exact`
    /// screen takes none longer). Phrases are words separated by single spaces.
    init(words: Set<String>, prefixes: [String] = [], phrases: [String] = [], digitsMatch: Bool = false, fragments: [String]? = nil,
         exact: Bool = false) {
        self.words = Set(words.compactMap { word in Array(word.utf8).withUnsafeBufferPointer { WordKey($0[...]) } })
        self.prefixes = prefixes.map { Array($0.utf8) }
        self.phrases = phrases.map { $0.split(separator: " ").map { Array($0.utf8) } }
        self.digitsMatch = digitsMatch
        self.fragments = fragments?.map { Array($0.utf8) }
        self.exact = exact && self.words.count == words.count
    }

    /// Up to 16 bytes of a word, packed into two integers.
    private struct WordKey: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count: Int

        init?(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
            guard bytes.count <= 16 else { return nil }
            count = bytes.count
            for (offset, byte) in bytes.enumerated() {
                if offset < 8 { low |= UInt64(byte) << (8 * offset) } else { high |= UInt64(byte) << (8 * (offset - 8)) }
            }
        }
    }

    /// A run of ASCII word characters, and whether a word boundary certainly stands at each end.
    private struct Run {
        var start: Int
        var end: Int
        var boundedBefore: Bool
        var boundedAfter: Bool
    }

    func verdict(_ text: String) -> Verdict {
        var text = text
        return text.withUTF8 { bytes in
            let plain = !bytes.contains { $0 >= 0x80 } || Self.onlyInertNonASCII(bytes)
            // The text with ASCII letters in lower case, and its runs of word characters.
            var lowered = [UInt8](bytes)
            var runs: [Run] = []
            var index = 0
            while index < bytes.count {
                guard bytes[index] < 0x80, Self.isWordByte(bytes[index]) else {
                    index += 1
                    continue
                }
                let start = index
                while index < bytes.count && bytes[index] < 0x80 && Self.isWordByte(bytes[index]) {
                    if bytes[index] >= 0x41 && bytes[index] <= 0x5A { lowered[index] += 32 }
                    index += 1
                }
                runs.append(Run(start: start, end: index, boundedBefore: plain || start == 0 || bytes[start - 1] < 0x80,
                                boundedAfter: plain || index == bytes.count || bytes[index] < 0x80))
            }
            let found = lowered.withUnsafeBufferPointer { lowered -> Bool in
                for (position, run) in runs.enumerated() {
                    let word = lowered[run.start..<run.end]
                    if run.boundedBefore && run.boundedAfter {
                        if let key = WordKey(word), words.contains(key) { return true }
                        if prefixes.contains(where: { word.starts(with: $0) }) { return true }
                        if digitsMatch && word.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return true }
                    }
                    if run.boundedBefore && phrases.contains(where: { matchesPhrase($0, at: position, runs, lowered) }) { return true }
                }
                return false
            }
            if found { return .matches }
            guard plain else { return .unknown }
            if exact { return .cannotMatch }
            guard let fragments else { return .unknown }
            return fragments.contains(where: { Self.occurs($0, in: lowered) }) ? .unknown : .cannotMatch
        }
    }

    /// Whether the runs from `position` on are the phrase's words, one space apart, the last a whole word.
    private func matchesPhrase(_ phrase: [[UInt8]], at position: Int, _ runs: [Run], _ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        guard position + phrase.count <= runs.count else { return false }
        for (offset, word) in phrase.enumerated() {
            let run = runs[position + offset]
            guard lowered[run.start..<run.end].elementsEqual(word) else { return false }
            if offset > 0 {
                let previous = runs[position + offset - 1]
                guard run.start == previous.end + 1, lowered[previous.end] == 0x20 else { return false }
            }
        }
        return runs[position + phrase.count - 1].boundedAfter
    }

    /// Whether `needle` occurs in `haystack` (a plain scan: fragments are short and few).
    private static func occurs(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            var offset = 1
            while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }

    /// `[A-Za-z0-9_]`: the ASCII characters a regular expression's `\w` matches.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }

    /// Whether every non-ASCII character is punctuation, a symbol or a space that is not also a letter.
    private static func onlyInertNonASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars where !scalar.isASCII {
            switch scalar.properties.generalCategory {
            case .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation,
                 .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol, .spaceSeparator, .lineSeparator, .paragraphSeparator:
                if scalar.properties.isAlphabetic { return false }
            default:
                return false
            }
        }
        return true
    }
}
