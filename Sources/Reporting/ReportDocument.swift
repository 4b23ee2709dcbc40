/// A report as a small document model (headings, paragraphs, tables, lists, badges), built once and written by
/// each renderer (text, HTML; DOCX later), so every output format gets every report.
public struct ReportDocument: Sendable {
    public var title: String
    public var subtitle: String?
    public var blocks: [Block]

    public init(title: String, subtitle: String? = nil, blocks: [Block] = []) {
        self.title = title
        self.subtitle = subtitle
        self.blocks = blocks
    }

    public enum Block: Sendable {
        case heading(level: Int, text: String)
        case paragraph([Inline])
        case table(Table)
        case list([[Inline]])
        /// A quoted passage from the claim, with where it is.
        case quote(text: String, source: String)
        /// A reference list: each entry with a hanging indent.
        case references([String])
    }

    /// Runs of text inside a block.
    public enum Inline: Sendable {
        case text(String)
        case strong(String)
        case emphasis(String)
        /// A dimension code as a small badge; the tooltip gives its statement.
        case badge(code: String, tooltip: String)
        /// A status word drawn in its colour (evidenced, signposted, missing, not-required, error, warning, info).
        case status(kind: String, text: String)
        /// Text with margin comments attached (a mentor's notes, or check findings), each by its author.
        case commented(text: String, comments: [Comment])
    }

    /// A margin comment.
    public struct Comment: Sendable, Hashable {
        public var author: String
        public var text: String
        public init(author: String, text: String) {
            self.author = author
            self.text = text
        }
    }

    public struct Table: Sendable {
        public var header: [String]
        public var rows: [[[Inline]]]
        public init(header: [String], rows: [[[Inline]]]) {
            self.header = header
            self.rows = rows
        }
    }
}

extension Array where Element == ReportDocument.Inline {
    /// The plain text of the runs.
    var plainText: String {
        map { inline in
            switch inline {
            case .text(let text), .strong(let text), .emphasis(let text): return text
            case .badge(let code, _): return code
            case .status(_, let text): return text
            case .commented(let text, _): return text
            }
        }.joined()
    }
}
