import FellowshipSupport

/// A bank entry exactly as written in YAML, before validation. Overlay files are decoded into records; the
/// bundled bank is compiled into records by the ResourceEmbedder build tool, so start-up parses no YAML.
/// ``BankEntry/init(record:)`` turns a record into an entry and is the one place entries are validated.
struct BankRecord: Decodable, Sendable {
    struct Mapping: Decodable, Sendable {
        var code: String
        var strength: String
        var why: String
    }
    struct Jargon: Decodable, Sendable {
        var term: String
        var gloss: String
    }

    var id: String
    var title: String
    var activity: String
    var roles: [String]
    var level: String
    var dimensions: [Mapping]
    var claimPhrasing: String
    var impactEvidence: [String]
    var prompts: [String]
    var jargon: [Jargon]
    var tags: [String]

    enum CodingKeys: String, CodingKey {
        case id, title, activity, roles, level, dimensions, prompts, jargon, tags
        case claimPhrasing = "claim_phrasing", impactEvidence = "impact_evidence"
    }

    init(id: String, title: String, activity: String, roles: [String], level: String, dimensions: [Mapping],
         claimPhrasing: String, impactEvidence: [String], prompts: [String], jargon: [Jargon], tags: [String]) {
        self.id = id
        self.title = title
        self.activity = activity
        self.roles = roles
        self.level = level
        self.dimensions = dimensions
        self.claimPhrasing = claimPhrasing
        self.impactEvidence = impactEvidence
        self.prompts = prompts
        self.jargon = jargon
        self.tags = tags
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        activity = try container.decode(String.self, forKey: .activity)
        roles = try container.decodeIfPresent([String].self, forKey: .roles) ?? []
        level = try container.decode(String.self, forKey: .level)
        dimensions = try container.decodeIfPresent([Mapping].self, forKey: .dimensions) ?? []
        claimPhrasing = try container.decode(String.self, forKey: .claimPhrasing)
        impactEvidence = try container.decodeIfPresent([String].self, forKey: .impactEvidence) ?? []
        prompts = try container.decodeIfPresent([String].self, forKey: .prompts) ?? []
        jargon = try container.decodeIfPresent([Jargon].self, forKey: .jargon) ?? []
        tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
    }
}

/// One bank file as written: the discipline, then its records.
struct BankFileRecord: Decodable, Sendable {
    var discipline: Discipline
    var entries: [BankRecord]
}

/// A problem with one field of a record: the path to it (for a `file:line:column`), the cause and a hint.
struct BankProblem: Error {
    var path: [String]
    var cause: String
    var hint: String
}

extension BankFileRecord {
    /// Unpacks the form the ResourceEmbedder writes for bundled files (see BankCompiler there): records split by
    /// U+001E, fields by U+001F, list items by U+001D, parts of an item by U+001C, fields in a fixed order.
    /// It works on the raw UTF-8 bytes in place: this runs at every start-up, and Character-level splitting cost
    /// milliseconds.
    init?(packed: String) {
        guard let file = PackedText.withBytes(of: packed, Self.unpack) else { return nil }
        self = file
    }

    private static func unpack(_ bytes: PackedText.Bytes) -> BankFileRecord? {
        let records = bytes.split(bytes.all, by: PackedText.record)
        guard let header = records.first.map({ bytes.split($0, by: PackedText.field) }), header.count == 3 else { return nil }
        let discipline = Discipline(id: bytes.string(header[0]), name: bytes.string(header[1]), description: bytes.string(header[2]))
        var entries: [BankRecord] = []
        entries.reserveCapacity(records.count)
        for record in records.dropFirst() {
            let fields = bytes.split(record, by: PackedText.field)
            guard fields.count == 11 else { return nil }
            let items = { (index: Int) in bytes.split(fields[index], by: PackedText.item).map(bytes.string) }
            let parts = { (index: Int) in
                bytes.split(fields[index], by: PackedText.item).map { bytes.split($0, by: PackedText.part).map(bytes.string) }
            }
            let dimensions = parts(5).compactMap { $0.count == 3 ? BankRecord.Mapping(code: $0[0], strength: $0[1], why: $0[2]) : nil }
            let jargon = parts(9).compactMap { $0.count == 2 ? BankRecord.Jargon(term: $0[0], gloss: $0[1]) : nil }
            entries.append(BankRecord(id: bytes.string(fields[0]), title: bytes.string(fields[1]), activity: bytes.string(fields[2]),
                                      roles: items(3), level: bytes.string(fields[4]), dimensions: dimensions,
                                      claimPhrasing: bytes.string(fields[6]), impactEvidence: items(7), prompts: items(8), jargon: jargon,
                                      tags: items(10)))
        }
        return BankFileRecord(discipline: discipline, entries: entries)
    }
}
