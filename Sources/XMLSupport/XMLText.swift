/// Text made safe for XML 1.0: characters XML cannot carry at all are removed.
///
/// libxml2's writers escape `<`, `&` and quotes but pass control characters through, which makes a document that
/// no reader will open. XML 1.0 allows tab, line feed, carriage return, and U+0020 and above except the surrogates
/// (which a Swift string cannot hold) and U+FFFE/U+FFFF.
public enum XMLText {
    /// `text` without the characters XML 1.0 forbids.
    public static func sanitised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter(isAllowed))
        return String(scalars)
    }

    /// Whether XML 1.0 can carry the scalar.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
