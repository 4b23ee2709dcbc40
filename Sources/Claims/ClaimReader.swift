import FellowshipSupport
import PSF

/// Reads a claim file into a ``Claim``: front matter (validated, with positions), then the Markdown body.
public enum ClaimReader {
    /// The largest claim accepted (a 7,000-word claim is about 45 KB).
    public static let sizeLimit = 2 * 1_048_576

    /// What a read produced: the claim and the category and scheme it is to be judged against.
    public struct Result: Sendable {
        public var claim: Claim
        public var category: Category
        public var scheme: SchemeProfile
        public var rules: CategoryRules

        public init(claim: Claim, category: Category, scheme: SchemeProfile, rules: CategoryRules) {
            self.claim = claim
            self.category = category
            self.scheme = scheme
            self.rules = rules
        }
    }

    /// Reads `path`. `category` and `scheme` from the command line override the front matter.
    public static func read(_ path: String, category categoryOverride: Category? = nil, scheme schemeOverride: String? = nil) throws -> Result {
        let text = try TextFile.read(path, sizeLimit: sizeLimit)
        return try parse(text, file: path, category: categoryOverride, scheme: schemeOverride)
    }

    /// Parses claim text already in memory.
    public static func parse(_ text: String, file: String, category categoryOverride: Category? = nil,
                             scheme schemeOverride: String? = nil) throws -> Result {
        guard !text.trimmed.isEmpty else {
            throw InputError("the claim file is empty", at: SourceLocation(file: file, line: 1, column: 1),
                             hint: "start from a template: fellowship new --category fellow")
        }
        let normalised = text.utf8.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        let (yaml, body, offset) = try FrontMatterSplitter.split(normalised, file: file)
        let frontMatter: FrontMatter
        if yaml.trimmed.isEmpty {
            frontMatter = FrontMatter()
        } else {
            do {
                frontMatter = try YAMLLoader.decode(FrontMatter.self, from: yaml, file: file)
            } catch var error as InputError {
                // Positions inside the front matter are one line below the opening ---.
                if var location = error.location, location.line > 0 { location.line += 1; error.location = location }
                throw error
            }
        }
        let category: Category
        if let categoryOverride {
            category = categoryOverride
        } else if let written = frontMatter.category {
            let line = lineNumber(of: "category:", in: normalised) ?? 1
            category = try Category.parse(written, at: SourceLocation(file: file, line: line, column: 1))
        } else {
            throw InputError("the front matter does not say which category the claim is for", at: SourceLocation(file: file, line: 1, column: 1),
                             hint: "add a line such as ‘category: fellow’ (or associate-fellow, senior-fellow), or pass --category")
        }
        let scheme: SchemeProfile
        do {
            scheme = try SchemeCatalogue.resolve(schemeOverride ?? frontMatter.scheme)
        } catch var error as InputError {
            if error.location == nil, schemeOverride == nil {
                error.location = SourceLocation(file: file, line: lineNumber(of: "scheme:", in: normalised) ?? 1, column: 1)
            }
            throw error
        }
        let rules = try scheme.requireRules(for: category)
        let lines = body.lines
        let reader = MarkdownReader(file: file, lines: lines, lineOffset: offset, rules: rules)
        let sections = reader.sections(of: body)
        let references = sections.filter { $0.kind == .references }.flatMap(reader.references(in:))
        let claim = Claim(file: file, frontMatter: frontMatter, sections: sections, references: references)
        return Result(claim: claim, category: category, scheme: scheme, rules: rules)
    }

    private static func lineNumber(of key: String, in text: String) -> Int? {
        text.lines.firstIndex { $0.hasPrefix(key) }.map { $0 + 1 }
    }
}
