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

    /// Words as a form counts them: runs separated by white space (or a dash) that hold a letter or a digit.
    /// Scans Unicode scalars, not Characters: it runs over every paragraph several times per check.
    public static func words(in text: String) -> Int {
        var count = 0
        var inWord = false
        var wordHasContent = false
        for scalar in text.unicodeScalars {
            let separator = scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{2014}" || scalar == "\u{2013}"
                || (scalar.value > 0x7F && scalar.properties.isWhitespace)
            if separator {
                if inWord && wordHasContent { count += 1 }
                inWord = false
                wordHasContent = false
            } else {
                inWord = true
                if !wordHasContent {
                    if scalar.isASCII {
                        let value = scalar.value
                        wordHasContent = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                    } else {
                        wordHasContent = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    }
                }
            }
        }
        if inWord && wordHasContent { count += 1 }
        return count
    }
}
