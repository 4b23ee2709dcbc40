import Foundation
import FellowshipSupport

/// One of the fifteen PSF 2023 dimensions, by its code.
public enum DimensionCode: String, CaseIterable, Sendable, Codable, Comparable, CustomStringConvertible {
    case v1 = "V1", v2 = "V2", v3 = "V3", v4 = "V4", v5 = "V5"
    case k1 = "K1", k2 = "K2", k3 = "K3", k4 = "K4", k5 = "K5"
    case a1 = "A1", a2 = "A2", a3 = "A3", a4 = "A4", a5 = "A5"

    /// The group the code belongs to, from its letter.
    public var group: DimensionGroup {
        switch rawValue.first {
        case "V": return .values
        case "K": return .knowledge
        default: return .activities
        }
    }

    /// Position in the framework's own order (V1 … A5), as in `allCases` (a switch: the mapper asks this constantly).
    public var order: Int {
        switch self {
        case .v1: return 0
        case .v2: return 1
        case .v3: return 2
        case .v4: return 3
        case .v5: return 4
        case .k1: return 5
        case .k2: return 6
        case .k3: return 7
        case .k4: return 8
        case .k5: return 9
        case .a1: return 10
        case .a2: return 11
        case .a3: return 12
        case .a4: return 13
        case .a5: return 14
        }
    }

    /// The five Areas of Activity.
    public static let areas: [DimensionCode] = [.a1, .a2, .a3, .a4, .a5]

    public var description: String { rawValue }

    public static func < (lhs: DimensionCode, rhs: DimensionCode) -> Bool {
        lhs.order < rhs.order
    }

    /// Parses `v1`, `V1` or ` V1 `; nil for anything else (including the retired K6).
    public init?(parsing text: some StringProtocol) {
        if let exact = DimensionCode(rawValue: String(text)) {
            self = exact
            return
        }
        self.init(rawValue: text.trimmed.uppercased())
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = DimensionCode(parsing: text) else {
            let legacy = text.uppercased() == "K6" ? " (K6 belonged to the 2011 framework)" : ""
            throw DecodingError.invalid("‘\(text)’ is not a PSF 2023 dimension code\(legacy)",
                                        hint: "use one of V1–V5, K1–K5 or A1–A5", at: decoder.codingPath)
        }
        self = code
    }
}

/// The three groups of dimensions.
public enum DimensionGroup: String, CaseIterable, Sendable, Codable {
    case values, knowledge, activities

    /// The framework's name for the group.
    public var name: String {
        switch self {
        case .values: return "Professional Values"
        case .knowledge: return "Core Knowledge"
        case .activities: return "Areas of Activity"
        }
    }
}

