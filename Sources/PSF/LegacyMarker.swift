import Foundation
import FellowshipSupport

/// A sign that text was written for the retired UKPSF 2011, which gets an application returned unassessed.
public struct LegacyMarker: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    /// A regular expression matched against claim text.
    public var pattern: String
    /// Why it matters, in plain words.
    public var why: String
    /// What to write instead.
    public var hint: String
    /// The pattern compiled once: a checker runs every marker over every sentence.
    private let compiled: CompiledPattern

    enum CodingKeys: String, CodingKey { case id, pattern, why, hint }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        pattern = try container.decode(String.self, forKey: .pattern)
        why = try container.decode(String.self, forKey: .why)
        hint = try container.decode(String.self, forKey: .hint)
        compiled = CompiledPattern(pattern)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(pattern, forKey: .pattern)
        try container.encode(why, forKey: .why)
        try container.encode(hint, forKey: .hint)
    }

    public static func == (lhs: LegacyMarker, rhs: LegacyMarker) -> Bool { lhs.id == rhs.id && lhs.pattern == rhs.pattern }
    public func hash(into hasher: inout Hasher) { hasher.combine(id); hasher.combine(pattern) }

    /// Ranges of `text` where the marker occurs.
    public func matches(in text: String) -> [Range<String.Index>] {
        compiled.ranges(in: text)
    }
}
