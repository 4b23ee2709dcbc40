/// A PSF 2023 descriptor (D1–D4): the criteria a claim for one category must meet.
public struct Descriptor: Sendable, Codable, Hashable, Identifiable {
    /// `D1` … `D4`.
    public var id: String
    /// The category the descriptor is for.
    public var category: Category
    /// A one-line summary in our words.
    public var summary: String
    /// The official criteria statements (D1.1 …).
    public var criteria: [Criterion]
    /// What can be checked by machine.
    public var requires: Requirement
    /// False for D4, which the tool models but does not fully support.
    public var inScope: Bool

    enum CodingKeys: String, CodingKey {
        case id, category, summary, criteria, requires
        case inScope = "in_scope"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        category = try container.decode(Category.self, forKey: .category)
        summary = try container.decode(String.self, forKey: .summary)
        criteria = try container.decode([Criterion].self, forKey: .criteria)
        requires = try container.decode(Requirement.self, forKey: .requires)
        inScope = try container.decodeIfPresent(Bool.self, forKey: .inScope) ?? true
    }
}

/// One criterion of a descriptor, such as D1.1.
public struct Criterion: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    /// The official statement.
    public var statement: String
}

/// The machine-checkable minimum of a descriptor.
public struct Requirement: Sendable, Codable, Hashable {
    /// Every one of these must be evidenced.
    public var allOf: [DimensionCode]
    /// At least `count` of each group of codes must be evidenced (D1: two of the five Areas).
    public var atLeast: [Choice]
    /// Whether evidence of leading or influencing others' practice is required (D3, D4).
    public var leadership: Bool
    /// Whether strategic leadership is required (D4).
    public var strategic: Bool
    /// How many years the record should usually span, where the guidance says so.
    public var sustainedYears: Int?
    /// Where that figure comes from.
    public var sustainedNote: String?

    /// `count` of the codes in `of`.
    public struct Choice: Sendable, Codable, Hashable {
        public var count: Int
        public var of: [DimensionCode]
    }

    enum CodingKeys: String, CodingKey {
        case allOf = "all_of", atLeast = "at_least", leadership, strategic
        case sustainedYears = "sustained_years", sustainedNote = "sustained_note"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        allOf = try container.decodeIfPresent([DimensionCode].self, forKey: .allOf) ?? []
        atLeast = try container.decodeIfPresent([Choice].self, forKey: .atLeast) ?? []
        leadership = try container.decodeIfPresent(Bool.self, forKey: .leadership) ?? false
        strategic = try container.decodeIfPresent(Bool.self, forKey: .strategic) ?? false
        sustainedYears = try container.decodeIfPresent(Int.self, forKey: .sustainedYears)
        sustainedNote = try container.decodeIfPresent(String.self, forKey: .sustainedNote)
    }

    /// True when `evidenced` meets every dimension minimum (leadership is judged separately).
    public func isMet(by evidenced: Set<DimensionCode>) -> Bool {
        missing(from: evidenced).isEmpty
    }

    /// What is still needed, in plain words, one item per unmet part (empty when met).
    public func missing(from evidenced: Set<DimensionCode>) -> [String] {
        var needs: [String] = []
        let absent = allOf.filter { !evidenced.contains($0) }
        if !absent.isEmpty { needs.append("evidence of \(absent.map(\.rawValue).joined(separator: ", "))") }
        for choice in atLeast {
            let have = choice.of.filter(evidenced.contains).count
            if have < choice.count {
                needs.append("\(choice.count - have) more of \(choice.of.map(\.rawValue).joined(separator: ", "))")
            }
        }
        return needs
    }

    /// Every code a claim is required to evidence outright (not counting choices).
    public var requiredCodes: Set<DimensionCode> { Set(allOf) }

    /// What it takes, in one line: "V1, V3, K1, K2, K3; any 2 of A1, A2, A3, A4, A5" and the like.
    public var summary: String {
        var parts: [String] = []
        if allOf.count == DimensionCode.allCases.count {
            parts.append("all fifteen dimensions")
        } else if !allOf.isEmpty {
            parts.append(allOf.map(\.rawValue).joined(separator: ", "))
        }
        for choice in atLeast {
            parts.append("any \(choice.count) of \(choice.of.map(\.rawValue).joined(separator: ", "))")
        }
        if strategic {
            parts.append("sustained strategic leadership")
        } else if leadership {
            parts.append("a sustained record of leading or influencing others' practice")
        }
        if let years = sustainedYears { parts.append("over about \(years) years or more") }
        return parts.joined(separator: "; ")
    }
}
