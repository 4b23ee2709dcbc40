import Foundation
import FellowshipSupport

/// The rules of one fellowship scheme: for each category, the sections a claim needs, the word limits and how
/// words are counted, referees and case studies. Every figure says where it came from (`source`, `checked`).
public struct SchemeProfile: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var description: String
    /// Where the figures come from.
    public var source: String
    /// When and how they were last checked.
    public var checked: String
    /// True when the figures still need confirming against the scheme's own documents.
    public var provisional: Bool
    /// True for the profile used when none is named.
    public var isDefault: Bool
    /// The rules per category, for the categories this scheme covers.
    public var categories: [CategoryRules]

    enum CodingKeys: String, CodingKey {
        case id, name, description, source, checked, provisional, categories
        case isDefault = "default"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        description = try container.decodeIfPresent(String.self, forKey: .description) ?? ""
        source = try container.decode(String.self, forKey: .source)
        checked = try container.decode(String.self, forKey: .checked)
        provisional = try container.decodeIfPresent(Bool.self, forKey: .provisional) ?? false
        isDefault = try container.decodeIfPresent(Bool.self, forKey: .isDefault) ?? false
        categories = try container.decode([CategoryRules].self, forKey: .categories)
        let isWellFormed = id.first.map { $0.isASCII && ($0.isLowercase || $0.isNumber) } == true
            && id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
        guard isWellFormed else {
            throw DecodingError.invalid("the scheme id ‘\(id)’ should be lower-case letters, digits and hyphens",
                                        hint: "for example my-university-2025", at: container.codingPath + [CodingKeys.id])
        }
        guard !categories.isEmpty else {
            throw DecodingError.invalid("the scheme covers no categories", hint: "add at least one entry under ‘categories:’",
                                        at: container.codingPath + [CodingKeys.categories])
        }
        var seen: Set<Category> = []
        for (index, rules) in categories.enumerated() where !seen.insert(rules.category).inserted {
            throw DecodingError.invalid("the category \(rules.category) is described twice",
                                        hint: "keep one entry per category",
                                        at: container.codingPath + [CodingKeys.categories, IndexKey(index)])
        }
    }

    /// The rules for `category`, or nil when this scheme does not cover it.
    public func rules(for category: Category) -> CategoryRules? {
        categories.first { $0.category == category }
    }

    /// The rules for `category`, or a plain error saying which categories the scheme does cover.
    public func requireRules(for category: Category) throws -> CategoryRules {
        guard let rules = rules(for: category) else {
            throw InputError("the scheme ‘\(id)’ does not cover \(category.name) claims",
                             hint: "it covers \(categories.map(\.category.rawValue).joined(separator: ", ")); choose another with --scheme")
        }
        return rules
    }
}

/// An integer coding key, for pointing at an item of a list.
struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { String(intValue ?? 0) }
    init(_ index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { return nil }
}
