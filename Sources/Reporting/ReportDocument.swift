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
        /// Cut-out cards for a printed pack, six to an A4 page; each card's border is its cut line.
        case cards([Card])
        /// The next block starts a new printed page.
        case pageBreak
    }

    /// One cut-out card: a label ("Card 7"), a title and the text on its front.
    public struct Card: Sendable, Hashable {
        public var label: String
        public var title: String
        public var text: String
        public init(label: String, title: String, text: String) {
            self.label = label
            self.title = title
            self.text = text
        }
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
        /// How a table is drawn.
        public enum Kind: Sendable, Hashable {
            /// An ordinary grid.
            case grid
            /// A heat map: a cell holding one status is filled with that status's colour.
            case heatMap
            /// A form to fill in by hand: every row at least this many millimetres tall.
            case form(rowHeight: Int)
        }
        public var header: [String]
        public var rows: [[[Inline]]]
        public var kind: Kind
        /// Each column's share of the width (any units; they are summed), or nil for equal columns.
        public var widths: [Int]?
        public init(header: [String], rows: [[[Inline]]], kind: Kind = .grid, widths: [Int]? = nil) {
            self.header = header
            self.rows = rows
            self.kind = kind
            self.widths = widths.flatMap { $0.count == header.count && $0.allSatisfy { $0 > 0 } ? $0 : nil }
        }

        /// Each column's share of the width, in per cent of the whole.
        public var shares: [Double] {
            let weights = widths ?? Array(repeating: 1, count: max(1, header.count))
            let total = Double(weights.reduce(0, +))
            return weights.map { Double($0) / total }
        }
    }
}

extension Array where Element == ReportDocument.Inline {
    /// The kind of the status when the runs are exactly one status (a heat-map cell), else nil.
    var soleStatus: String? {
        guard count == 1, case .status(let kind, _) = self[0] else { return nil }
        return kind
    }

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
