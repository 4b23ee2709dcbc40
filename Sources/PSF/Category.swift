import Foundation
import FellowshipSupport

/// A category of fellowship. Advance HE stresses these are not a hierarchy and not tied to role.
public enum Category: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    case associateFellow = "associate-fellow"
    case fellow = "fellow"
    case seniorFellow = "senior-fellow"
    case principalFellow = "principal-fellow"

    /// The category's name, such as "Senior Fellow".
    public var name: String {
        switch self {
        case .associateFellow: return "Associate Fellow"
        case .fellow: return "Fellow"
        case .seniorFellow: return "Senior Fellow"
        case .principalFellow: return "Principal Fellow"
        }
    }

    /// AFHEA, FHEA, SFHEA or PFHEA.
    public var postNominals: String {
        switch self {
        case .associateFellow: return "AFHEA"
        case .fellow: return "FHEA"
        case .seniorFellow: return "SFHEA"
        case .principalFellow: return "PFHEA"
        }
    }

    /// The descriptor id, D1–D4.
    public var descriptorID: String {
        switch self {
        case .associateFellow: return "D1"
        case .fellow: return "D2"
        case .seniorFellow: return "D3"
        case .principalFellow: return "D4"
        }
    }

    public var description: String { rawValue }

    /// The name with its article, for the middle of a sentence: "an Associate Fellow", "a Fellow".
    public var nameWithArticle: String {
        (self == .associateFellow ? "an " : "a ") + name
    }

    /// Accepts the id, the name, the post-nominals or the descriptor (`fellow`, `Senior Fellow`, `SFHEA`, `D3`), any case.
    public init?(parsing text: String) {
        let key = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            .replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")
        let match = Category.allCases.first { category in
            category.rawValue == key || category.postNominals.lowercased() == key
                || category.descriptorID.lowercased() == key
                || category.name.lowercased().replacingOccurrences(of: " ", with: "-") == key
                || Category.shortAliases[category, default: []].contains(key)
        }
        guard let match else { return nil }
        self = match
    }

    private static let shortAliases: [Category: [String]] = [
        .associateFellow: ["af", "associate", "afhea"],
        .fellow: ["f", "fhea"],
        .seniorFellow: ["sf", "senior", "sfhea"],
        .principalFellow: ["pf", "principal", "pfhea"],
    ]

    /// Parses user input, or explains what is accepted.
    public static func parse(_ text: String, at location: SourceLocation? = nil) throws -> Category {
        guard let category = Category(parsing: text) else {
            throw InputError("‘\(text)’ is not a fellowship category", at: location,
                             hint: "use associate-fellow (AFHEA, D1), fellow (FHEA, D2), senior-fellow (SFHEA, D3) or principal-fellow (PFHEA, D4)")
        }
        return category
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let category = Category(parsing: text) else {
            throw DecodingError.invalid("‘\(text)’ is not a fellowship category",
                                        hint: "use associate-fellow, fellow, senior-fellow or principal-fellow",
                                        at: decoder.codingPath)
        }
        self = category
    }
}
