import FellowshipSupport
import XMLSupport

/// One paragraph of a Word document as a reader sees it: tracked changes accepted, runs joined, and what its
/// formatting says (heading level, title, list item, all in bold, which table cell).
struct WordParagraph {
    /// Where a paragraph sits in a table (tables are read row by row, cell by cell).
    struct Cell: Hashable {
        var table: Int
        var row: Int
        var column: Int
        /// The paragraph's place in its cell, from 0.
        var index: Int
        /// A row marked to repeat as the table's header.
        var isHeaderRow: Bool
    }

    /// The text: runs joined, a tab as a tab, a line break as a line feed (callers fold white space as they need).
    var text = ""
    /// 1–9 for a heading, by style or outline level.
    var headingLevel: Int?
    var isTitle = false
    var isSubtitle = false
    var isListItem = false
    /// True when every visible character is bold.
    var isBold = false
    var cell: Cell?
    /// Margin comments anchored here (read only when comments are kept).
    var comments: [WordComment] = []
    /// The paragraph number (¶), counting paragraphs with text from the top; 0 for an empty one.
    var number = 0
    /// A deleted paragraph mark (tracked): accepting the deletion joins this paragraph to the next.
    var markDeleted = false

    /// The text with runs of white space (tabs, line breaks) folded to single spaces; set once reading is done.
    var plainText = ""
    /// Words in `plainText` (runs between spaces).
    var words: Int {
        plainText.isEmpty ? 0 : plainText.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
    }

    /// Tabs, line breaks and repeated spaces as one space; none at either end. Works on UTF-8 bytes (every
    /// character folded is ASCII), and returns most text, which needs nothing, as it is.
    static func fold(_ text: String) -> String {
        let bytes = text.utf8
        var needsWork = bytes.first == 0x20 || bytes.last == 0x20
        var previousWasSpace = false
        for byte in bytes where !needsWork {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D || (byte == 0x20 && previousWasSpace) { needsWork = true }
            previousWasSpace = byte == 0x20
        }
        guard needsWork else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(0x20) }
                pendingSpace = false
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}

/// A margin comment: who wrote it and what it says.
struct WordComment: Hashable {
    var author: String
    var text: String
}

/// Reads the paragraphs of `word/document.xml` in order: body paragraphs, tables flattened row by row, content
/// controls opened, insertions kept and deletions dropped, footnote marks, fields' codes and drawings left out.
struct WordParagraphReader {
    let styles: WordStyles
    /// Comments by id; empty unless comments are kept.
    let comments: [String: WordComment]
    private(set) var paragraphs: [WordParagraph] = []
    private var cells: [WordParagraph.Cell] = []
    private var tables = 0

    init(styles: WordStyles, comments: [String: WordComment] = [:]) {
        self.styles = styles
        self.comments = comments
    }

    /// Reads `w:document`, then joins paragraphs whose marks were deleted and numbers the ones with text.
    mutating func read(document root: XMLElement) {
        guard let body = root.child(named: "body") else { return }
        blocks(in: body)
        var joined: [WordParagraph] = []
        var carry: WordParagraph?
        for var paragraph in paragraphs {
            if var before = carry {
                before.text += paragraph.text
                before.comments += paragraph.comments
                before.markDeleted = paragraph.markDeleted
                paragraph = before
                carry = nil
            }
            if paragraph.markDeleted { carry = paragraph } else { joined.append(paragraph) }
        }
        if let carry { joined.append(carry) }
        var number = 0
        for index in joined.indices {
            joined[index].plainText = WordParagraph.fold(joined[index].text)
            guard !joined[index].plainText.isEmpty else { continue }
            number += 1
            joined[index].number = number
        }
        paragraphs = joined
    }

    private mutating func blocks(in container: XMLElement) {
        for element in container.children {
            switch element.name {
            case "p": paragraph(element)
            case "tbl": table(element)
            case "sdt":
                if !Self.showsPlaceholder(element), let content = element.child(named: "sdtContent") { blocks(in: content) }
            case "customXml", "ins", "moveTo", "smartTag": blocks(in: element)
            default: break // sectPr, bookmarks, deletions (del, moveFrom), proofing marks
            }
        }
    }

    private mutating func table(_ element: XMLElement) {
        tables += 1
        let table = tables
        var row = 0
        for child in Self.unwrapped(element.children, named: "tr") {
            let properties = child.child(named: "trPr")
            if properties?.child(named: "del") != nil { continue }
            let isHeader = properties?.child(named: "tblHeader").map(WordStyles.isOn) ?? false
            var column = 0
            for cell in Self.unwrapped(child.children, named: "tc") {
                cells.append(WordParagraph.Cell(table: table, row: row, column: column, index: 0, isHeaderRow: isHeader))
                blocks(in: cell)
                cells.removeLast()
                column += 1
            }
            row += 1
        }
    }

    /// Elements named `name`, looking inside content controls and custom XML that wrap rows or cells.
    private static func unwrapped(_ elements: [XMLElement], named name: String) -> [XMLElement] {
        elements.flatMap { element -> [XMLElement] in
            if element.name == name { return [element] }
            if element.name == "sdt", let content = element.child(named: "sdtContent") { return unwrapped(content.children, named: name) }
            if element.name == "customXml" { return unwrapped(element.children, named: name) }
            return []
        }
    }

    private static func showsPlaceholder(_ sdt: XMLElement) -> Bool {
        sdt.child(named: "sdtPr")?.child(named: "showingPlcHdr").map(WordStyles.isOn) ?? false
    }

    private mutating func paragraph(_ element: XMLElement) {
        var paragraph = WordParagraph()
        var style: String?
        var outline: Int?
        if let properties = element.child(named: "pPr") {
            for property in properties.children {
                switch property.name {
                case "pStyle": style = property.attribute("val")
                case "outlineLvl": outline = property.attribute("val").flatMap { Int($0) }
                case "numPr":
                    let id = property.child(named: "numId")?.attribute("val")
                    if id != "0" { paragraph.isListItem = true }
                case "rPr": paragraph.markDeleted = property.child(named: "del") != nil || property.child(named: "moveFrom") != nil
                default: break
                }
            }
        }
        if let style {
            paragraph.headingLevel = styles.headingLevel(of: style)
            paragraph.isTitle = styles.isTitle(style)
            paragraph.isSubtitle = styles.isSubtitle(style)
            paragraph.isListItem = paragraph.isListItem || styles.isList(style)
        }
        if let outline, (0...8).contains(outline) { paragraph.headingLevel = outline + 1 }
        if var cell = cells.last {
            cell.index = paragraphs.reversed().prefix { $0.cell.map { ($0.table, $0.row, $0.column) == (cell.table, cell.row, cell.column) } ?? false }.count
            paragraph.cell = cell
        }
        var runs = RunState(paragraphBold: style.map(styles.isBold) ?? false)
        inlines(in: element, into: &paragraph, runs: &runs)
        paragraph.isBold = runs.sawText && runs.allBold
        paragraphs.append(paragraph)
    }

    /// What the runs of one paragraph have shown so far.
    private struct RunState {
        var paragraphBold: Bool
        var sawText = false
        var allBold = true
        var seenComments: Set<String> = []
    }

    private func inlines(in container: XMLElement, into paragraph: inout WordParagraph, runs: inout RunState) {
        for element in container.children {
            switch element.name {
            case "r": run(element, into: &paragraph, runs: &runs)
            case "hyperlink", "smartTag", "ins", "moveTo", "fldSimple", "customXml", "dir", "bdo":
                inlines(in: element, into: &paragraph, runs: &runs)
            case "sdt":
                if !Self.showsPlaceholder(element), let content = element.child(named: "sdtContent") {
                    inlines(in: content, into: &paragraph, runs: &runs)
                }
            case "commentRangeStart":
                comment(element.attribute("id"), into: &paragraph, runs: &runs)
            default: break // pPr, deletions, bookmarks, proofing marks, maths and drawings
            }
        }
    }

    private func run(_ element: XMLElement, into paragraph: inout WordParagraph, runs: inout RunState) {
        var bold = runs.paragraphBold
        var hidden = false
        for child in element.children {
            switch child.name {
            case "rPr":
                if let style = child.child(named: "rStyle")?.attribute("val"), styles.isBold(style) { bold = true }
                if let toggle = child.child(named: "b") { bold = WordStyles.isOn(toggle) }
                if let vanish = child.child(named: "vanish") { hidden = WordStyles.isOn(vanish) }
            case "t":
                guard !hidden else { continue }
                let text = child.text
                paragraph.text += text
                if text.contains(where: { !$0.isWhitespace }) {
                    runs.sawText = true
                    if !bold { runs.allBold = false }
                }
            case "tab", "ptab": paragraph.text += "\t"
            case "br", "cr": paragraph.text += "\n"
            case "noBreakHyphen": paragraph.text += "-"
            case "commentReference": comment(child.attribute("id"), into: &paragraph, runs: &runs)
            default: break // deleted text, field codes, footnote and endnote marks, drawings, soft hyphens
            }
        }
    }

    private func comment(_ id: String?, into paragraph: inout WordParagraph, runs: inout RunState) {
        guard let id, let comment = comments[id], runs.seenComments.insert(id).inserted else { return }
        paragraph.comments.append(comment)
    }
}

extension WordComment {
    /// Comments by id from `word/comments.xml`.
    static func read(_ root: XMLElement?) -> [String: WordComment] {
        guard let root else { return [:] }
        var result: [String: WordComment] = [:]
        for element in root.children where element.name == "comment" {
            guard let id = element.attribute("id") else { continue }
            let text = element.descendants(named: "p").map { WordParagraph.fold($0.descendants(named: "t").map(\.text).joined()) }
                .filter { !$0.isEmpty }.joined(separator: " ")
            result[id] = WordComment(author: element.attribute("author")?.trimmed.nilIfEmpty ?? "a reviewer", text: text)
        }
        return result
    }
}
