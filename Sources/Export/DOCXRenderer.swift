import Foundation
import Reporting
import XMLSupport

/// Writes a report document as a Word file (Office Open XML), every part through the libxml2 writer.
///
/// Headings use Word's built-in "heading N" styles with outline levels (navigation pane, table of contents);
/// signposts are subtly shaded runs; references have a hanging indent; every table cell holds a paragraph;
/// commented text carries real Word comments. The output is byte-for-byte reproducible.
public enum DOCXRenderer {
    /// What goes into the document's properties.
    public struct Metadata: Sendable {
        public var title: String
        public var author: String
        public var words: Int
        /// Custom document properties (`docProps/custom.xml`), in order; none by default.
        public var properties: [(name: String, value: String)]
        public init(title: String, author: String, words: Int, properties: [(name: String, value: String)] = []) {
            self.title = title
            self.author = author
            self.words = words
            self.properties = properties
        }
    }

    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    public static func render(_ document: ReportDocument, metadata: Metadata) throws -> Data {
        var comments: [ReportDocument.Comment] = []
        let body = try writeDocument(document, comments: &comments)
        var package = DOCXPackage()
        let hasCustom = !metadata.properties.isEmpty
        package.add("[Content_Types].xml", try DOCXParts.contentTypes(hasComments: !comments.isEmpty, hasCustom: hasCustom))
        package.add("_rels/.rels", try DOCXParts.packageRelationships(hasCustom: hasCustom))
        package.add("word/document.xml", body)
        package.add("word/_rels/document.xml.rels", try DOCXParts.documentRelationships(hasComments: !comments.isEmpty))
        package.add("word/styles.xml", try DOCXStyles.styles())
        package.add("word/settings.xml", try DOCXParts.settings())
        package.add("word/fontTable.xml", try DOCXParts.fontTable())
        package.add("word/theme/theme1.xml", Data(DOCXParts.theme.utf8))
        if !comments.isEmpty { package.add("word/comments.xml", try DOCXParts.comments(comments)) }
        package.add("docProps/core.xml", try DOCXParts.core(metadata))
        package.add("docProps/app.xml", try DOCXParts.app(metadata))
        if hasCustom { package.add("docProps/custom.xml", try DOCXParts.custom(metadata.properties)) }
        return try package.zipped()
    }

    static func writer() throws -> XMLWriter {
        guard let writer = XMLWriter() else { throw XMLError.writerFailed }
        writer.startDocument()
        return writer
    }

    /// The root element of a WordprocessingML part, with the `w` and `r` namespaces declared.
    static func root(_ writer: XMLWriter, _ name: String, _ content: () -> Void) {
        writer.element(name, ["xmlns:w": w, "xmlns:r": r], content)
    }

    private static func writeDocument(_ document: ReportDocument, comments: inout [ReportDocument.Comment]) throws -> Data {
        let writer = try writer()
        var collected: [ReportDocument.Comment] = []
        root(writer, "w:document") {
            writer.element("w:body") {
                paragraph(writer, style: "Title") { run(writer, document.title) }
                if let subtitle = document.subtitle { paragraph(writer, style: "Subtitle") { run(writer, subtitle) } }
                for block in document.blocks { write(block, to: writer, comments: &collected) }
                writer.element("w:sectPr") {
                    writer.element("w:pgSz", ["w:w": "11906", "w:h": "16838"])
                    writer.element("w:pgMar", ["w:top": "1247", "w:right": "1134", "w:bottom": "1247", "w:left": "1134",
                                               "w:header": "709", "w:footer": "709", "w:gutter": "0"])
                }
            }
        }
        comments = collected
        return try writer.finish()
    }

    private static func write(_ block: ReportDocument.Block, to writer: XMLWriter, comments: inout [ReportDocument.Comment]) {
        switch block {
        case .heading(let level, let text):
            paragraph(writer, style: "Heading\(min(3, max(1, level)))") { run(writer, text) }
        case .paragraph(let inlines):
            paragraph(writer, style: nil) { write(inlines, to: writer, comments: &comments) }
        case .list(let items):
            for item in items {
                paragraph(writer, style: "ListBullet") {
                    run(writer, "•\t")
                    write(item, to: writer, comments: &comments)
                }
            }
        case .quote(let text, let source):
            paragraph(writer, style: "Quote") { run(writer, text) }
            paragraph(writer, style: "QuoteSource") { run(writer, source) }
        case .references(let entries):
            for entry in entries { paragraph(writer, style: "Reference") { run(writer, entry) } }
        case .pageBreak:
            DOCXLayout.pageBreak(writer)
        case .cards(let cards):
            DOCXLayout.cards(cards, to: writer)
        case .table(let table):
            let columns = max(1, table.header.count)
            let widths = table.shares.map { Int(($0 * 9638).rounded(.down)) }
            writer.element("w:tbl") {
                writer.element("w:tblPr") {
                    writer.element("w:tblStyle", ["w:val": "TableGrid"])
                    writer.element("w:tblW", ["w:w": "5000", "w:type": "pct"])
                    writer.element("w:tblLook", ["w:val": "04A0", "w:firstRow": "1", "w:lastRow": "0", "w:firstColumn": "1",
                                                 "w:lastColumn": "0", "w:noHBand": "0", "w:noVBand": "1"])
                }
                writer.element("w:tblGrid") { for width in widths { writer.element("w:gridCol", ["w:w": String(width)]) } }
                let header: [[ReportDocument.Inline]] = table.header.map { [.strong($0)] }
                for (index, row) in ([header] + table.rows).enumerated() {
                    writer.element("w:tr") {
                        if index == 0 {
                            writer.element("w:trPr") { writer.element("w:tblHeader") }
                        } else if case .form(let height) = table.kind {
                            writer.element("w:trPr") { writer.element("w:trHeight", ["w:val": String(DOCXLayout.twips(millimetres: height)), "w:hRule": "atLeast"]) }
                        }
                        for column in 0..<columns {
                            writer.element("w:tc") {
                                writer.element("w:tcPr") {
                                    writer.element("w:tcW", ["w:w": String(widths[column]), "w:type": "dxa"])
                                    if index > 0, table.kind == .heatMap, column > 0, column < row.count, let fill = DOCXLayout.fill(for: row[column]) {
                                        writer.element("w:shd", ["w:val": "clear", "w:color": "auto", "w:fill": fill])
                                    }
                                }
                                // Every cell needs a paragraph, even an empty one.
                                paragraph(writer, style: table.kind == .grid || table.kind == .heatMap ? "TableText" : "FormText") {
                                    if column < row.count { write(row[column], to: writer, comments: &comments) }
                                }
                            }
                        }
                    }
                }
            }
            paragraph(writer, style: nil) {}
        }
    }

    private static func write(_ inlines: [ReportDocument.Inline], to writer: XMLWriter, comments: inout [ReportDocument.Comment]) {
        for inline in inlines {
            switch inline {
            case .text(let text): run(writer, text)
            case .strong(let text): run(writer, text, bold: true)
            case .emphasis(let text): run(writer, text, italic: true)
            case .badge(let code, _): run(writer, code, characterStyle: "Signpost")
            case .status(_, let text): run(writer, text, bold: true)
            case .commented(let text, let notes):
                let first = comments.count
                let ids = notes.indices.map { String(first + $0) }
                comments.append(contentsOf: notes)
                for id in ids { writer.element("w:commentRangeStart", ["w:id": id]) }
                run(writer, text)
                for id in ids {
                    writer.element("w:commentRangeEnd", ["w:id": id])
                    writer.element("w:r") {
                        writer.element("w:rPr") { writer.element("w:rStyle", ["w:val": "CommentReference"]) }
                        writer.element("w:commentReference", ["w:id": id])
                    }
                }
            }
        }
    }

    static func paragraph(_ writer: XMLWriter, style: String?, _ content: () -> Void) {
        writer.element("w:p") {
            if let style { writer.element("w:pPr") { writer.element("w:pStyle", ["w:val": style]) } }
            content()
        }
    }

    /// A run of text: `xml:space="preserve"` keeps its spaces; tabs become `w:tab`.
    static func run(_ writer: XMLWriter, _ text: String, bold: Bool = false, italic: Bool = false, characterStyle: String? = nil) {
        guard !text.isEmpty else { return }
        writer.element("w:r") {
            if bold || italic || characterStyle != nil {
                writer.element("w:rPr") {
                    if let characterStyle { writer.element("w:rStyle", ["w:val": characterStyle]) }
                    if bold { writer.element("w:b") }
                    if italic { writer.element("w:i") }
                }
            }
            let pieces = text.split(separator: "\t", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index > 0 { writer.element("w:tab") }
                if !piece.isEmpty { writer.element("w:t", ["xml:space": "preserve"], text: String(piece)) }
            }
        }
    }
}
