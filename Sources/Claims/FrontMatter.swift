import FellowshipSupport
import PSF

/// The YAML block at the top of a claim file, between `---` lines.
public struct FrontMatter: Sendable, Codable, Hashable {
    public var title: String?
    public var applicant: String?
    public var role: String?
    public var discipline: String?
    public var institution: String?
    /// The category as written (`fellow`, `FHEA`, `D2` …), parsed by ``category(in:)``.
    public var category: String?
    /// A bundled scheme id or a path to a profile.
    public var scheme: String?
    /// Rule ids switched off for this claim.
    public var disable: [String]

    enum CodingKeys: String, CodingKey { case title, applicant, role, discipline, institution, category, scheme, disable }

    public init(title: String? = nil, applicant: String? = nil, role: String? = nil, discipline: String? = nil,
                institution: String? = nil, category: String? = nil, scheme: String? = nil, disable: [String] = []) {
        self.title = title
        self.applicant = applicant
        self.role = role
        self.discipline = discipline
        self.institution = institution
        self.category = category
        self.scheme = scheme
        self.disable = disable
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        applicant = try container.decodeIfPresent(String.self, forKey: .applicant)
        role = try container.decodeIfPresent(String.self, forKey: .role)
        discipline = try container.decodeIfPresent(String.self, forKey: .discipline)
        institution = try container.decodeIfPresent(String.self, forKey: .institution)
        category = try container.decodeIfPresent(String.self, forKey: .category)
        scheme = try container.decodeIfPresent(String.self, forKey: .scheme)
        if let list = try? container.decodeIfPresent([String].self, forKey: .disable) {
            disable = list
        } else {
            disable = (try container.decodeIfPresent(String.self, forKey: .disable))?
                .split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) ?? []
        }
    }
}

/// Splits `---` front matter from the Markdown body.
enum FrontMatterSplitter {
    /// The YAML text, the body, and how many lines the front matter block took (for line numbers in the body).
    static func split(_ text: String, file: String) throws -> (yaml: String, body: String, bodyLineOffset: Int) {
        let lines = text.lines
        guard let first = lines.first, first.trimmed == "---" else {
            throw InputError("the claim has no front matter", at: SourceLocation(file: file, line: 1, column: 1),
                             hint: "start the file with a block between two --- lines giving at least the category, e.g.\n  ---\n  applicant: Your Name\n  category: fellow\n  ---")
        }
        guard let closing = lines.dropFirst().firstIndex(where: { $0.trimmed == "---" || $0.trimmed == "..." }) else {
            throw InputError("the front matter is not closed", at: SourceLocation(file: file, line: 1, column: 1),
                             hint: "end it with a line holding only ---")
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return (yaml, body, closing + 1)
    }
}
