extension StringProtocol {
    /// The text without leading and trailing white space (Swift-native: Foundation's version bridges to NSString,
    /// which is slow enough to matter when trimming thousands of strings at start-up).
    public var trimmed: String {
        // Most text is already trimmed: check the end bytes before walking Characters.
        let bytes = utf8
        if let first = bytes.first, first > 0x20, first < 0x80 {
            let last = bytes[bytes.index(bytes.startIndex, offsetBy: bytes.count - 1)]
            if last > 0x20 && last < 0x80 { return String(self) }
        }
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        return String(self[first...last])
    }
}

extension String {
    /// The lines of the text (split at line feeds, empty lines kept), found by scanning bytes: splitting a long
    /// string by Character runs grapheme breaking over all of it, which costs milliseconds on a claim.
    public var lines: [Substring] {
        var result: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == 0x0A {
                result.append(self[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        result.append(self[start..<utf8.endIndex])
        return result
    }
}
