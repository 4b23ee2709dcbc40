/// Dimension signposts written inline in claim text: `(A2, K4)`, `[V1]`, `(A2; K1 and K4)`.
///
/// A signpost is a bracketed group made only of dimension-like codes and separators. Citations such as
/// `(Kolb, 1984)` are not signposts. Retired codes (`K6`) are recognised so a checker can flag them.
/// Scanned by hand over UTF-8: this runs on every sentence of every claim and every bank entry.
public enum Signposts {
    /// One bracketed group of codes in a text.
    public struct Group: Sendable, Hashable {
        /// Range of the whole group, brackets included.
        public var range: Range<String.Index>
        /// Codes in the group that PSF 2023 knows, in the order written.
        public var codes: [DimensionCode]
        /// Code-like items PSF 2023 does not have (K6, V6, A7).
        public var unknown: [String]
    }

    /// Every signpost group in `text`, in order.
    public static func groups(in text: String) -> [Group] {
        // Scanned as bytes by position (String indices are slow to step); only the groups found get String indices.
        var copy = text
        let found = copy.withUTF8 { bytes -> [(range: Range<Int>, codes: [DimensionCode], unknown: [String])] in
            var found: [(range: Range<Int>, codes: [DimensionCode], unknown: [String])] = []
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "["), let group = group(in: bytes, openingAt: index) {
                    found.append(group)
                    index = group.range.upperBound
                } else {
                    index += 1
                }
            }
            return found
        }
        guard !found.isEmpty else { return [] }
        let utf8 = text.utf8
        return found.map { group in
            let lower = utf8.index(utf8.startIndex, offsetBy: group.range.lowerBound)
            let upper = utf8.index(lower, offsetBy: group.range.count)
            return Group(range: lower..<upper, codes: group.codes, unknown: group.unknown)
        }
    }

    /// Parses `(V1, K2 and A3)` starting at the bracket, or nil if the brackets hold anything else.
    private static func group(in bytes: UnsafeBufferPointer<UInt8>, openingAt start: Int)
        -> (range: Range<Int>, codes: [DimensionCode], unknown: [String])? {
        let closing = bytes[start] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
        var index = start + 1
        var codes: [DimensionCode] = []
        var unknown: [String] = []
        var expectingCode = true
        while true {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            if byte == closing {
                guard !expectingCode, !(codes.isEmpty && unknown.isEmpty) else { return nil }
                return (start..<(index + 1), codes, unknown)
            }
            if expectingCode {
                let letter = byte & 0xDF // upper case
                guard letter == UInt8(ascii: "V") || letter == UInt8(ascii: "K") || letter == UInt8(ascii: "A") else { return nil }
                let digitIndex = index + 1
                guard digitIndex < bytes.count, (0x30...0x39).contains(bytes[digitIndex]) else { return nil }
                let after = digitIndex + 1
                // "A12" or "K1a" is not a code.
                if after < bytes.count, isAlphanumeric(bytes[after]) { return nil }
                let raw = String(UnicodeScalar(letter)) + String(UnicodeScalar(bytes[digitIndex]))
                if let code = DimensionCode(rawValue: raw) { codes.append(code) } else { unknown.append(raw) }
                index = after
                expectingCode = false
            } else {
                switch byte {
                case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "/"), UInt8(ascii: "&"):
                    index += 1
                case UInt8(ascii: "a"):
                    guard index + 4 <= bytes.count, bytes[index + 1] == UInt8(ascii: "n"), bytes[index + 2] == UInt8(ascii: "d"),
                          bytes[index + 3] == 0x20 else { return nil }
                    index += 3
                default:
                    return nil
                }
                expectingCode = true
            }
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// The set of PSF 2023 codes signposted anywhere in `text`.
    public static func codes(in text: String) -> Set<DimensionCode> {
        Set(groups(in: text).flatMap(\.codes))
    }

    /// `text` with every signpost group removed and the space before it, for counting words or mapping prose alone.
    public static func stripped(from text: String) -> String {
        let groups = groups(in: text)
        guard !groups.isEmpty else { return text }
        var result = ""
        var cursor = text.startIndex
        for group in groups {
            var end = group.range.lowerBound
            // Drop the spaces before the bracket so "evidence (A2)." becomes "evidence.".
            while end > cursor, text[text.index(before: end)] == " " { end = text.index(before: end) }
            result += text[cursor..<end]
            cursor = group.range.upperBound
        }
        result += text[cursor...]
        return result
    }
}
