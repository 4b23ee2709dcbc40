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
        var groups: [Group] = []
        let bytes = text.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "["), let group = group(in: text, openingAt: index) {
                groups.append(group)
                index = group.range.upperBound
            } else {
                index = bytes.index(after: index)
            }
        }
        return groups
    }

    /// Parses `(V1, K2 and A3)` starting at the bracket, or nil if the brackets hold anything else.
    private static func group(in text: String, openingAt start: String.Index) -> Group? {
        let bytes = text.utf8
        let closing = bytes[start] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
        var index = bytes.index(after: start)
        var codes: [DimensionCode] = []
        var unknown: [String] = []
        var expectingCode = true
        func skipSpaces() {
            while index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x09 { index = bytes.index(after: index) }
        }
        while true {
            skipSpaces()
            guard index < bytes.endIndex else { return nil }
            let byte = bytes[index]
            if byte == closing {
                guard !expectingCode, !(codes.isEmpty && unknown.isEmpty) else { return nil }
                return Group(range: start..<bytes.index(after: index), codes: codes, unknown: unknown)
            }
            if expectingCode {
                let letter = byte & 0xDF // upper case
                guard letter == UInt8(ascii: "V") || letter == UInt8(ascii: "K") || letter == UInt8(ascii: "A") else { return nil }
                let digitIndex = bytes.index(after: index)
                guard digitIndex < bytes.endIndex, (0x30...0x39).contains(bytes[digitIndex]) else { return nil }
                let after = bytes.index(after: digitIndex)
                // "A12" or "K1a" is not a code.
                if after < bytes.endIndex, isAlphanumeric(bytes[after]) { return nil }
                let raw = String(UnicodeScalar(letter)) + String(UnicodeScalar(bytes[digitIndex]))
                if let code = DimensionCode(rawValue: raw) { codes.append(code) } else { unknown.append(raw) }
                index = after
                expectingCode = false
            } else {
                switch byte {
                case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "/"), UInt8(ascii: "&"):
                    index = bytes.index(after: index)
                case UInt8(ascii: "a"):
                    guard text.utf8[index...].starts(with: "and ".utf8) else { return nil }
                    index = bytes.index(index, offsetBy: 3)
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
