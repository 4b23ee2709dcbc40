import Foundation

/// A sign that text was written for the retired UKPSF 2011, which gets an application returned unassessed.
public struct LegacyMarker: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    /// A regular expression matched against claim text.
    public var pattern: String
    /// Why it matters, in plain words.
    public var why: String
    /// What to write instead.
    public var hint: String

    /// Ranges of `text` where the marker occurs.
    public func matches(in text: String) -> [Range<String.Index>] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let whole = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: whole).compactMap { Range($0.range, in: text) }
    }
}
