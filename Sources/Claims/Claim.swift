import FellowshipSupport
import PSF

/// A fellowship claim as one immutable tree: front matter, then sections of headings and paragraphs, each
/// paragraph split into sentences with their signposts and citations, every node with its position in the file.
/// The checker, the reports and the exporters all read this one tree.
public struct Claim: Sendable {
    /// The file as the user named it.
    public var file: String
    public var frontMatter: FrontMatter
    /// Sections in document order. Text before the first recognised heading is in a section with no rule.
    public var sections: [Section]
    /// Reference-list entries, from the section of kind `references`.
    public var references: [Reference]
    /// For a claim read from a Word document: where its lines came from, and notes on the conversion. Nil for Markdown.
    public var convertedFrom: ConvertedSource? = nil

    /// Every paragraph of every section, in order.
    public var paragraphs: [Paragraph] { sections.flatMap(\.paragraphs) }
    /// Every sentence, in order.
    public var sentences: [Sentence] { paragraphs.flatMap(\.sentences) }
}

/// One section: its heading (absent for text before the first heading), the scheme section it is, and its content.
public struct Section: Sendable {
    public var heading: Heading?
    /// The scheme's section this heading was recognised as, when it was.
    public var rule: SectionRule?
    /// Subheadings inside the section, in order (free wording).
    public var subheadings: [Heading]
    public var paragraphs: [Paragraph]

    /// The title to show: the heading text, or the rule's title.
    public var title: String { heading?.text ?? rule?.title ?? "(before the first heading)" }
    public var kind: SectionRule.Kind? { rule?.kind }
}

/// A heading with its level and position.
public struct Heading: Sendable, Hashable {
    public var text: String
    public var level: Int
    public var location: SourceLocation
}

/// A paragraph (or list item) of prose.
public struct Paragraph: Sendable {
    /// The plain text, markup removed, line breaks as spaces.
    public var text: String
    public var location: SourceLocation
    public var sentences: [Sentence]
    /// True for an item of a bulleted or numbered list.
    public var isListItem: Bool
}

/// One sentence with its signposts and citations.
public struct Sentence: Sendable {
    public var text: String
    /// Where the sentence starts in the file.
    public var location: SourceLocation
    /// Signpost groups written in or after the sentence.
    public var signposts: [Signposts.Group]
    public var citations: [Citation]

    /// PSF 2023 codes signposted in this sentence.
    public var signpostedCodes: Set<DimensionCode> { Set(signposts.flatMap(\.codes)) }
    /// The sentence without its signposts: what the words themselves say.
    public var prose: String { Signposts.stripped(from: text) }
}
