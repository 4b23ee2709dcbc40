/// Data the ResourceEmbedder packs at build time into one string, so start-up unpacks it with a byte scan instead
/// of parsing YAML: records are separated by U+001E, fields by U+001F, list items by U+001D and parts of an item by
/// U+001C. No packed text may contain these characters (the embedder refuses such data).
///
/// Packing and unpacking live together here so that what the build writes is exactly what start-up reads.
public enum PackedText {
    /// The separators, from the outermost in.
    public static let record: UInt8 = 0x1E, field: UInt8 = 0x1F, item: UInt8 = 0x1D, part: UInt8 = 0x1C

    /// Whether `text` holds a separator, and so cannot be packed.
    public static func containsSeparator(_ text: some StringProtocol) -> Bool {
        text.utf8.contains { $0 >= 0x1C && $0 <= 0x1F }
    }

    /// `pieces` joined by `separator`.
    public static func join(_ pieces: some Sequence<String>, by separator: UInt8) -> String {
        pieces.joined(separator: String(UnicodeScalar(separator)))
    }

    /// The pieces of `text` between `separator`s (empty text gives no pieces; empty pieces are kept otherwise).
    /// The pieces share the storage of `text`: no copies.
    public static func split(_ text: Substring, by separator: UInt8) -> [Substring] {
        guard !text.isEmpty else { return [] }
        var pieces: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            if bytes[index] == separator {
                pieces.append(Substring(bytes[start..<index]))
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        pieces.append(Substring(bytes[start..<bytes.endIndex]))
        return pieces
    }

    /// The pieces of a whole string, as for a substring.
    public static func split(_ text: String, by separator: UInt8) -> [Substring] {
        split(text[...], by: separator)
    }
}
