import CCMark
import FellowshipSupport
import PSF
import TextAnalysis

/// Reads a claim's Markdown body with the reference CommonMark library, keeping source positions.
struct MarkdownReader {
    let file: String
    /// The body's raw lines, for placing sentences at their exact line and column.
    let lines: [Substring]
    /// Lines taken by the front matter, added to every line number.
    let lineOffset: Int
    let rules: CategoryRules?

    /// The sections of the body, recognised by the scheme's heading wordings.
    func sections(of body: String) -> [Section] {
        var sections: [Section] = []
        guard let document = body.withCString({ cmark_parse_document($0, body.utf8.count, CMARK_OPT_SOURCEPOS) }) else {
            return sections
        }
        defer { cmark_node_free(document) }
        var current: Section?
        let headings = rules.map(HeadingMatcher.init)
        func add(_ paragraph: Paragraph) {
            if current == nil { current = Section(heading: nil, rule: nil, subheadings: [], paragraphs: []) }
            current?.paragraphs.append(paragraph)
        }
        var node = cmark_node_first_child(document)
        while let block = node {
            switch cmark_node_get_type(block) {
            case CMARK_NODE_HEADING:
                let heading = Heading(text: inlineText(of: block).trimmed, level: Int(cmark_node_get_heading_level(block)),
                                      location: location(of: block))
                if let rule = headings?.section(forHeading: heading.text) {
                    if let finished = current { sections.append(finished) }
                    current = Section(heading: heading, rule: rule, subheadings: [], paragraphs: [])
                } else if current != nil {
                    current?.subheadings.append(heading)
                } else {
                    current = Section(heading: heading, rule: nil, subheadings: [], paragraphs: [])
                }
            case CMARK_NODE_PARAGRAPH:
                add(paragraph(from: block, isListItem: false))
            case CMARK_NODE_LIST, CMARK_NODE_BLOCK_QUOTE:
                for paragraph in nestedParagraphs(in: block) { add(paragraph) }
            default:
                break
            }
            node = cmark_node_next(block)
        }
        if let finished = current { sections.append(finished) }
        return sections
    }

    private func nestedParagraphs(in block: OpaquePointer) -> [Paragraph] {
        var result: [Paragraph] = []
        let isList = cmark_node_get_type(block) == CMARK_NODE_LIST
        var child = cmark_node_first_child(block)
        while let node = child {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH: result.append(paragraph(from: node, isListItem: isList))
            case CMARK_NODE_ITEM, CMARK_NODE_LIST, CMARK_NODE_BLOCK_QUOTE:
                let inner = nestedParagraphs(in: node)
                result.append(contentsOf: inner.map { var item = $0; item.isListItem = item.isListItem || isList; return item })
            default: break
            }
            child = cmark_node_next(node)
        }
        return result
    }

    private func location(of node: OpaquePointer) -> SourceLocation {
        SourceLocation(file: file, line: Int(cmark_node_get_start_line(node)) + lineOffset, column: Int(cmark_node_get_start_column(node)))
    }

    /// Plain text of a block's inlines: markup dropped, line breaks as spaces.
    func inlineText(of node: OpaquePointer) -> String {
        var text = ""
        var child = cmark_node_first_child(node)
        while let inline = child {
            switch cmark_node_get_type(inline) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(inline) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            case CMARK_NODE_HTML_INLINE:
                break
            default:
                text += inlineText(of: inline)
            }
            child = cmark_node_next(inline)
        }
        return text
    }

    private func paragraph(from node: OpaquePointer, isListItem: Bool) -> Paragraph {
        let text = inlineText(of: node)
        let start = location(of: node)
        let firstLine = Int(cmark_node_get_start_line(node)) - 1
        let lastLine = min(lines.count - 1, Int(cmark_node_get_end_line(node)) - 1)
        var cursor = (line: max(0, firstLine), column: max(0, Int(cmark_node_get_start_column(node)) - 1))
        var sentences: [Sentence] = []
        for range in SentenceSplitter.sentences(in: text) {
            let sentenceText = String(text[range])
            let where_ = place(sentenceText, from: &cursor, lastLine: lastLine) ?? start
            sentences.append(Sentence(text: sentenceText, location: where_, signposts: Signposts.groups(in: sentenceText),
                                      citations: Citation.citations(in: sentenceText, at: where_)))
        }
        return Paragraph(text: text, location: start, sentences: sentences, isListItem: isListItem)
    }

    /// Finds the sentence's first word in the raw lines at or after the cursor, and moves the cursor past it.
    /// The cursor counts UTF-8 bytes within a line; only the reported column is turned into characters.
    private func place(_ sentence: String, from cursor: inout (line: Int, column: Int), lastLine: Int) -> SourceLocation? {
        // Only the first word is needed: no splitting of the whole sentence (this runs for every sentence).
        let firstWord = sentence.prefix { $0 != " " }
        guard !firstWord.isEmpty, cursor.line <= lastLine else { return nil }
        let needle = Array(firstWord.utf8)
        var line = cursor.line
        var start = cursor.column
        while line <= lastLine, line < lines.count {
            let found = lines[line].utf8.withContiguousStorageIfAvailable { Self.find(needle, in: $0, from: start) }
                ?? Array(lines[line].utf8).withUnsafeBufferPointer { Self.find(needle, in: $0, from: start) }
            if let (offset, column) = found {
                cursor = (line, offset + needle.count)
                return SourceLocation(file: file, line: line + 1 + lineOffset, column: column)
            }
            line += 1
            start = 0
        }
        return nil
    }

    /// The first offset at or after `start` where `needle` occurs in the line's bytes, with its column in
    /// characters (counted directly when every byte before it is ASCII other than a carriage return, where one byte
    /// is one character).
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (offset: Int, column: Int)? {
        guard start + needle.count <= bytes.count else { return nil }
        for offset in start...(bytes.count - needle.count) where bytes[offset] == needle[0] {
            guard bytes[offset..<(offset + needle.count)].elementsEqual(needle) else { continue }
            let before = bytes[0..<offset]
            let column = before.allSatisfy({ $0 < 0x80 && $0 != 0x0D })
                ? offset + 1 : String(decoding: UnsafeBufferPointer(rebasing: before), as: UTF8.self).count + 1
            return (offset, column)
        }
        return nil
    }

    /// Reference-list entries: each source line of the references section's paragraphs, continuation lines joined.
    func references(in section: Section) -> [Reference] {
        var references: [Reference] = []
        for paragraph in section.paragraphs {
            let first = paragraph.location.line - lineOffset - 1
            var index = max(0, first)
            var current: (text: String, line: Int)?
            while index < lines.count, !lines[index].trimmed.isEmpty {
                var raw = lines[index].trimmed
                for marker in ["- ", "* ", "+ "] where raw.hasPrefix(marker) { raw = String(raw.dropFirst(2)) }
                raw = raw.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "_", with: " ").trimmed
                let startsNew = raw.first.map { $0.isUppercase || $0.isNumber } ?? false
                if startsNew || current == nil {
                    if let done = current { references.append(Reference(text: done.text, location: SourceLocation(file: file, line: done.line, column: 1))) }
                    current = (raw, index + 1 + lineOffset)
                } else {
                    current?.text += " " + raw
                }
                index += 1
            }
            if let done = current { references.append(Reference(text: done.text, location: SourceLocation(file: file, line: done.line, column: 1))) }
        }
        // A reference paragraph is read from its own lines; skip duplicates when a paragraph was also a list item.
        var seen: Set<Int> = []
        return references.filter { seen.insert($0.location.line).inserted }
    }
}
