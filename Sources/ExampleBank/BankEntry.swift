import Foundation
import FellowshipSupport
import PSF

/// One curated example: something a technician does, in their words, mapped to PSF 2023 with the reason for each code.
public struct BankEntry: Sendable, Encodable, Hashable, Identifiable {
    /// Stable id, `<discipline>-NNN`, such as `lifesci-014`.
    public var id: String
    public var title: String
    /// First person, technician language, 1–3 sentences.
    public var activity: String
    /// The discipline id (from the file the entry is in).
    public var discipline: String
    public var roles: [Role]
    /// The descriptor the activity typically supports (D1–D3).
    public var level: Level
    public var dimensions: [MappedDimension]
    /// How the activity reads in a claim, with signposts inline.
    public var claimPhrasing: String
    /// What the technician could cite to show it worked.
    public var impactEvidence: [String]
    /// Reflective questions that draw out the why, the evidence and the change.
    public var prompts: [String]
    public var jargon: [JargonTerm]
    public var tags: [String]

    enum CodingKeys: String, CodingKey {
        case id, title, activity, discipline, roles, level, dimensions, prompts, jargon, tags
        case claimPhrasing = "claim_phrasing", impactEvidence = "impact_evidence"
    }

    /// Codes mapped as primary.
    public var primaryCodes: [DimensionCode] { dimensions.filter { $0.strength == .primary }.map(\.code) }
    /// Every mapped code.
    public var codes: [DimensionCode] { dimensions.map(\.code) }

    /// The mapping for `code`, if the entry has one.
    public func mapping(for code: DimensionCode) -> MappedDimension? {
        dimensions.first { $0.code == code }
    }

    /// Validates a record as written and builds the entry; every problem names the field it is in.
    init(record: BankRecord, discipline: String) throws(BankProblem) {
        func text(_ value: String, _ field: String) throws(BankProblem) -> String {
            let trimmed = value.trimmed
            if trimmed.isEmpty { throw BankProblem(path: [field], cause: "‘\(field)’ is empty", hint: "fill it in") }
            return trimmed
        }
        func nonEmpty(_ values: [String], _ field: String) throws(BankProblem) -> [String] {
            let kept = values.map(\.trimmed).filter { !$0.isEmpty }
            if kept.isEmpty {
                throw BankProblem(path: [field], cause: "‘\(field)’ needs at least one item", hint: "add a ‘- ’ line under it")
            }
            return kept
        }
        id = try text(record.id, "id")
        title = try text(record.title, "title")
        activity = try text(record.activity, "activity")
        self.discipline = discipline
        claimPhrasing = try text(record.claimPhrasing, "claim_phrasing")
        impactEvidence = try nonEmpty(record.impactEvidence, "impact_evidence")
        prompts = try nonEmpty(record.prompts, "prompts")
        jargon = record.jargon.map { JargonTerm(term: $0.term, gloss: $0.gloss) }
        tags = record.tags
        guard Self.isWellFormedID(id) else {
            throw BankProblem(path: ["id"], cause: "the id ‘\(id)’ should be the discipline id, a hyphen and three digits",
                              hint: "for example lifesci-014")
        }
        guard id.hasPrefix(discipline + "-") else {
            throw BankProblem(path: ["id"], cause: "the entry id ‘\(id)’ does not start with the discipline id ‘\(discipline)-’",
                              hint: "number entries \(discipline)-001, \(discipline)-002 …")
        }
        var roles: [Role] = []
        for (index, text) in record.roles.enumerated() {
            guard let role = Role(parsing: text) else {
                throw BankProblem(path: ["roles", String(index)], cause: "‘\(text)’ is not one of the roles we know",
                                  hint: "use one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            roles.append(role)
        }
        if roles.isEmpty { throw BankProblem(path: ["roles"], cause: "‘roles’ needs at least one role", hint: "for example [technician]") }
        self.roles = roles
        guard let level = Level(rawValue: record.level.uppercased()) else {
            throw BankProblem(path: ["level"], cause: "‘\(record.level)’ is not a level", hint: "use D1, D2 or D3")
        }
        self.level = level
        var dimensions: [MappedDimension] = []
        for (index, mapping) in record.dimensions.enumerated() {
            let path = ["dimensions", String(index)]
            guard let code = DimensionCode(parsing: mapping.code) else {
                let legacy = mapping.code.uppercased() == "K6" ? " (K6 belonged to the 2011 framework)" : ""
                throw BankProblem(path: path + ["code"], cause: "‘\(mapping.code)’ is not a PSF 2023 dimension code\(legacy)",
                                  hint: "use one of V1–V5, K1–K5 or A1–A5")
            }
            guard let strength = MappedDimension.Strength(rawValue: mapping.strength.lowercased()) else {
                throw BankProblem(path: path + ["strength"], cause: "‘\(mapping.strength)’ is not a strength",
                                  hint: "use primary or supporting")
            }
            let why = mapping.why.trimmed
            if !Self.hasWords(why, atLeast: 5) {
                throw BankProblem(path: path + ["why"], cause: "the why for \(code) is missing or too short",
                                  hint: "say in one plain sentence why this activity evidences \(code)")
            }
            if dimensions.contains(where: { $0.code == code }) {
                throw BankProblem(path: path, cause: "\(code) is mapped twice", hint: "keep one mapping per code")
            }
            dimensions.append(MappedDimension(code: code, strength: strength, why: why))
        }
        if dimensions.isEmpty {
            throw BankProblem(path: ["dimensions"], cause: "the entry maps no dimensions", hint: "add at least one code with its why")
        }
        if !dimensions.contains(where: { $0.strength == .primary }) {
            throw BankProblem(path: ["dimensions"], cause: "no dimension is marked primary",
                              hint: "mark the one or two the activity most clearly evidences as primary")
        }
        self.dimensions = dimensions
        if let stray = Signposts.codes(in: claimPhrasing).sorted().first(where: { code in !dimensions.contains { $0.code == code } }) {
            throw BankProblem(path: ["claim_phrasing"], cause: "the claim phrasing signposts \(stray), which the entry does not map",
                              hint: "map \(stray) with a why, or remove it from the phrasing")
        }
    }
}

extension BankEntry {
    /// `word-word-NNN`: lower-case letters and digits in hyphenated words, ending in three digits.
    /// Checked on UTF-8 bytes (this runs for every entry at start-up): any byte outside ASCII means a character
    /// outside `a-z0-9-`, so the id is not well formed.
    static func isWellFormedID(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard let hyphen = bytes.lastIndex(of: UInt8(ascii: "-")), bytes.count - hyphen - 1 == 3, hyphen > 0 else { return false }
        guard bytes[(hyphen + 1)...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        var previousWasHyphen = true
        for byte in bytes[..<hyphen] {
            if byte == UInt8(ascii: "-") {
                if previousWasHyphen { return false }
                previousWasHyphen = true
            } else if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                previousWasHyphen = false
            } else {
                return false
            }
        }
        return !previousWasHyphen
    }

    /// Whether `text` has at least `count` words between spaces (as `split(separator: " ").count >= count`), stopping
    /// as soon as it has: a why is long, and only its first few words need walking.
    static func hasWords(_ text: String, atLeast count: Int) -> Bool {
        var words = 0
        var inWord = false
        for character in text {
            if character == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words >= count { return true }
            }
        }
        return words >= count
    }
}

/// One code of an entry's mapping, with how strongly and why.
public struct MappedDimension: Sendable, Codable, Hashable {
    public var code: DimensionCode
    public var strength: Strength
    /// One plain sentence saying why this activity evidences this dimension.
    public var why: String

    public enum Strength: String, Sendable, Codable, CaseIterable {
        case primary, supporting
    }
}

/// A technician term and what it means.
public struct JargonTerm: Sendable, Codable, Hashable {
    public var term: String
    public var gloss: String
}

/// The descriptor level an activity typically supports.
public enum Level: String, Sendable, Codable, CaseIterable, Comparable {
    case d1 = "D1", d2 = "D2", d3 = "D3"

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let level = Level(rawValue: text.uppercased()) else {
            throw DecodingError.invalid("‘\(text)’ is not a level", hint: "use D1, D2 or D3", at: decoder.codingPath)
        }
        self = level
    }
}

/// Technical roles, from the HE Technical Taxonomy's bands and common local titles.
public enum Role: String, Sendable, Codable, CaseIterable {
    case apprentice
    case assistantTechnician = "assistant technician"
    case technician
    case seniorTechnician = "senior technician"
    case technicalSpecialist = "technical specialist"
    case technicalTutor = "technical tutor"
    case seniorTechnicalTutor = "senior technical tutor"
    case technicalManager = "technical manager"
    case headOfTechnicalServices = "head of technical services"

    /// Accepts the role with hyphens or any case (`senior-technician`, `Senior Technician`).
    public init?(parsing text: String) {
        if let exact = Role(rawValue: text) {
            self = exact
            return
        }
        self.init(rawValue: String(text.lowercased().map { $0 == "-" ? " " : $0 }).trimmed)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let role = Role(parsing: text) else {
            throw DecodingError.invalid("‘\(text)’ is not one of the roles we know",
                                        hint: "use one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))", at: decoder.codingPath)
        }
        self = role
    }
}
