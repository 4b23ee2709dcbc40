import PSF

/// Word counts as a scheme counts them.
public struct WordCount: Sendable, Hashable {
    public struct SectionCount: Sendable, Hashable {
        public var title: String
        public var words: Int
        /// Whether the section counts towards the limit.
        public var counted: Bool
        public var maximum: Int?
    }

    public var total: Int
    public var sections: [SectionCount]

    /// Counts `claim` under `rules`: signposts, headings and references excluded unless the scheme counts them.
    public init(claim: Claim, rules: CategoryRules) {
        var sections: [SectionCount] = []
        var total = 0
        for section in claim.sections {
            let isReferences = section.kind == .references
            var words = 0
            for paragraph in section.paragraphs {
                let text = rules.counting.signposts ? paragraph.text : Signposts.stripped(from: paragraph.text)
                words += Self.words(in: text)
            }
            if rules.counting.headings {
                words += (section.heading.map { Self.words(in: $0.text) } ?? 0) + section.subheadings.reduce(0) { $0 + Self.words(in: $1.text) }
            }
            let counted = (section.rule?.counted ?? true) && (!isReferences || rules.counting.references)
            if counted { total += words }
            sections.append(SectionCount(title: section.title, words: words, counted: counted, maximum: section.rule?.words?.maximum))
        }
        self.total = total
        self.sections = sections
    }

    /// Words as a form counts them: runs separated by white space that hold a letter or a digit.
    public static func words(in text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "—" || $0 == "–" })
            .filter { $0.contains { $0.isLetter || $0.isNumber } }.count
    }
}
