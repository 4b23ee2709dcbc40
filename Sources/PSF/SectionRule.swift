import Foundation

/// One section a scheme expects, recognised by the headings people give it.
public struct SectionRule: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var kind: Kind
    /// The heading a new claim uses.
    public var title: String
    /// Wordings accepted as this section's heading, compared without case or punctuation.
    public var headings: [String]
    public var required: Bool
    /// Whether its words count towards the category's limit.
    public var counted: Bool
    /// A limit of its own, where the scheme sets one.
    public var words: SectionWords?

    /// What a section is for, which decides the checks that apply to it.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case context
        case account
        case reflectiveAccount = "reflective-account"
        case caseStudy = "case-study"
        case references
    }

    /// Lower-cased, punctuation and numbering dropped, spaces folded: "1. Context Statement:" → "context statement".
    public static func normalise(_ heading: String) -> String {
        let lowered = heading.lowercased()
        let kept = lowered.unicodeScalars.map { $0.properties.isAlphabetic || $0.properties.numericType != nil ? Character($0) : " " }
        var words = String(kept).split(separator: " ")
        while let first = words.first, first.allSatisfy(\.isNumber), words.count > 1 { words.removeFirst() }
        return words.joined(separator: " ")
    }
}

/// A section's own word limit.
public struct SectionWords: Sendable, Codable, Hashable {
    public var target: Int?
    public var maximum: Int?
    public var source: String?
}
