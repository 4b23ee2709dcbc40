import Claims
import FellowshipSupport
import PSF

/// What the importer made of a document: the Markdown and where each of its lines came from.
struct Conversion {
    var markdown: String
    var source: ConvertedSource
    var category: Category
    /// The headings recognised as the scheme's sections, in order.
    var sections: [String]
    /// Paragraphs with text in the document.
    var paragraphs: Int
}

/// Decides what each paragraph of a Word document is (title, front-matter field, section heading, subheading,
/// prose, list item, template guidance) and writes the claim.
struct ClaimImporter {
    let file: String
    let scheme: SchemeProfile
    let categoryOverride: Category?
    let schemeName: String?

    /// The heading `fellowship export --with-mapping` gives its appendix, which is a report, not the claim.
    static let appendixHeading = "Appendix: where each dimension is evidenced"
    /// The title `fellowship export` gives a claim that has none.
    static let exportDefaultTitle = "Account of professional practice"

    private enum Block {
        case heading(level: Int, text: String, from: WordParagraph)
        case paragraph(text: String, isListItem: Bool, from: WordParagraph)
    }

    func convert(_ document: WordDocument) throws -> Conversion {
        let paragraphs = document.paragraphs.filter { $0.number > 0 }
        guard !paragraphs.isEmpty else {
            throw InputError("the Word document is empty: it holds no text", at: SourceLocation(file: file),
                             hint: "check that this is the document you meant")
        }
        let properties = document.properties
        let labels = SectionLabels(rules: scheme.categories)
        let formTables = Set(paragraphs.compactMap { paragraph -> Int? in
            guard let cell = paragraph.cell, cell.column == 0, cell.index == 0, paragraph.words <= 12,
                  labels.section(for: paragraph.plainText, allowingPrefix: true) != nil else { return nil }
            return cell.table
        })
        let details = [properties.claimField("applicant"), properties.claimField("role"), properties.claimField("institution")]
            .compactMap { $0 }.joined(separator: ", ")

        var blocks: [Block] = []
        var title: (text: String, from: WordParagraph?)?
        var fields: [String: (value: String, from: WordParagraph)] = [:]
        var statusCategory: (category: Category, from: WordParagraph)?
        var preamble: [WordParagraph] = []
        var titleBlockOpen = true
        var labelRows: Set<[Int]> = []
        var consumed: Set<Int> = []

        for paragraph in paragraphs where !consumed.contains(paragraph.number) {
            let text = paragraph.plainText
            let words = paragraph.words
            if titleBlockOpen && preamble.count < 12 { preamble.append(paragraph) }
            if let cell = paragraph.cell {
                let row = [cell.table, cell.row]
                if cell.column == 0 && cell.index > 0 && labelRows.contains(row) { continue } // the template's guidance
                if cell.column == 0 && cell.index == 0 {
                    if words <= 12, labels.section(for: text, allowingPrefix: true) != nil {
                        labelRows.insert(row)
                        blocks.append(.heading(level: 1, text: text, from: paragraph))
                        titleBlockOpen = false
                        continue
                    }
                    if titleBlockOpen, let key = TitleBlock.key(forLabel: text) {
                        let answer = paragraphs.filter { $0.cell.map { [$0.table, $0.row] == row && $0.column > 0 } ?? false }
                        if let first = answer.first {
                            fields[key] = (answer.map(\.plainText).joined(separator: " "), first)
                            consumed.formUnion(answer.map(\.number))
                            continue
                        }
                    }
                }
                if cell.isHeaderRow && !labelRows.contains(row) { continue }
                if cell.row == 0 && formTables.contains(cell.table) && !labelRows.contains(row) && words <= 6 { continue }
            }
            if paragraph.isTitle && title == nil && titleBlockOpen {
                title = (text, paragraph)
                continue
            }
            if titleBlockOpen {
                if paragraph.isSubtitle { continue }
                if let category = TitleBlock.exportStatusCategory(text) {
                    statusCategory = (category, paragraph)
                    continue
                }
                if properties.isOurExport && !details.isEmpty && text == details { continue }
                if paragraph.headingLevel == nil, let field = TitleBlock.field(in: text) {
                    fields[field.key] = (field.value, paragraph)
                    continue
                }
            }
            if let level = headingLevel(of: paragraph, text: text, words: words, labels: labels) {
                if properties.isOurExport && text == Self.appendixHeading { break }
                blocks.append(.heading(level: level, text: text, from: paragraph))
                if labels.section(for: text, allowingPrefix: true) != nil { titleBlockOpen = false }
                continue
            }
            let bullet = ["• ", "•\t", "◦ ", "▪ ", "– "].first { paragraph.text.hasPrefix($0) }
            let body = bullet.map { WordParagraph.fold(String(paragraph.text.dropFirst($0.count))) } ?? text
            guard !body.isEmpty else { continue }
            blocks.append(.paragraph(text: body, isListItem: paragraph.isListItem || bullet != nil, from: paragraph))
            if words > 20 { titleBlockOpen = false }
        }

        let category = try resolveCategory(properties: properties, fields: fields, status: statusCategory, preamble: preamble)
        let rules = scheme.rules(for: category.category)
        let sectionsOfCategory = SectionLabels(rules: rules.map { [$0] } ?? [])
        var notes: [String] = []
        let recognised = blocks.compactMap { block -> String? in
            guard case let .heading(_, text, _) = block, sectionsOfCategory.section(for: text, allowingPrefix: true) != nil else { return nil }
            return text
        }
        if recognised.isEmpty, let rules {
            let account = rules.sections.first { $0.kind == .account } ?? rules.sections.first { $0.kind == .reflectiveAccount }
                ?? rules.sections.first { $0.kind != .references }
            if let account {
                blocks.insert(.heading(level: 1, text: account.title, from: WordParagraph()), at: 0)
                notes.append("no sections were recognised (no heading reads like ‘Context statement’ or ‘\(account.title)’), "
                             + "so the whole text is read as one \(account.title.lowercased())")
            }
        }
        guard blocks.contains(where: { if case .paragraph = $0 { return true } else { return false } }) else {
            throw InputError("the Word document has a title and headings but no text to read as a claim", at: SourceLocation(file: file),
                             hint: "check that this is the draft you meant, with its text in the document itself (not in text boxes)")
        }

        var writer = ClaimMarkdownWriter()
        writeFrontMatter(into: &writer, title: title, fields: fields, category: category, properties: properties)
        writeBody(blocks, sections: sectionsOfCategory, into: &writer)
        let source = ConvertedSource(file: file, lines: writer.origins, notes: notes)
        return Conversion(markdown: writer.text, source: source, category: category.category, sections: recognised,
                             paragraphs: paragraphs.count)
    }

    /// The heading level a paragraph's style or look gives it, or nil for prose.
    private func headingLevel(of paragraph: WordParagraph, text: String, words: Int, labels: SectionLabels) -> Int? {
        if let level = paragraph.headingLevel { return min(level, 6) }
        if paragraph.isTitle { return 1 }
        if paragraph.isBold && !paragraph.isListItem && words <= 12 && text.utf8.count <= 160,
           let last = text.last, !".;,".contains(last) {
            return labels.section(for: text, allowingPrefix: true) != nil ? 1 : 2
        }
        if words <= 8, labels.section(for: text, allowingPrefix: false) != nil { return 1 }
        return nil
    }

    private func resolveCategory(properties: CoreProperties, fields: [String: (value: String, from: WordParagraph)],
                                 status: (category: Category, from: WordParagraph)?,
                                 preamble: [WordParagraph]) throws -> (category: Category, from: WordParagraph?) {
        if let categoryOverride { return (categoryOverride, nil) }
        if let written = properties.claimField("category"), let category = Category(parsing: written) { return (category, nil) }
        if let field = fields["category"] {
            if let category = Category(parsing: field.value) ?? TitleBlock.mentionedCategory(in: field.value)
                ?? field.value.split(separator: " ").lazy.compactMap({ Category(parsing: String($0)) }).first {
                return (category, field.from)
            }
        }
        if let status { return (status.category, status.from) }
        // Title-like lines only: a sentence of the claim may mention another category ("I mentor Associate Fellows").
        for paragraph in preamble where paragraph.words <= 15 {
            if let category = TitleBlock.mentionedCategory(in: paragraph.plainText) { return (category, paragraph) }
        }
        if let title = properties.title, let category = TitleBlock.mentionedCategory(in: title) { return (category, nil) }
        throw InputError("the document does not say which category the claim is for", at: SourceLocation(file: file),
                         hint: "pass --category associate-fellow (or fellow, senior-fellow; AFHEA, FHEA, SFHEA also work)")
    }

    private func origin(_ paragraph: WordParagraph?, prefix: Int = 0) -> ConvertedSource.Origin? {
        guard let paragraph, paragraph.number > 0 else { return nil }
        return ConvertedSource.Origin(paragraph: paragraph.number, excerpt: ClaimMarkdownWriter.excerpt(paragraph.plainText), prefix: prefix)
    }

    private func writeFrontMatter(into writer: inout ClaimMarkdownWriter, title: (text: String, from: WordParagraph?)?,
                                  fields: [String: (value: String, from: WordParagraph)], category: (category: Category, from: WordParagraph?),
                                  properties: CoreProperties) {
        writer.line("---")
        if let (text, from) = titleValue(title: title, fields: fields, properties: properties) {
            writer.line("title: " + ClaimMarkdownWriter.yaml(text), from: origin(from))
        }
        for key in ["applicant", "role", "discipline", "institution"] {
            if let field = fields[key] {
                writer.line("\(key): " + ClaimMarkdownWriter.yaml(field.value), from: origin(field.from))
            } else if let value = properties.claimField(key) ?? (key == "applicant" ? properties.personalCreator : nil) {
                writer.line("\(key): " + ClaimMarkdownWriter.yaml(value))
            }
        }
        writer.line("category: \(category.category.rawValue)", from: origin(category.from))
        if let scheme = schemeName ?? properties.claimField("scheme") { writer.line("scheme: " + ClaimMarkdownWriter.yaml(scheme)) }
        if let disabled = properties.claimField("disable") {
            let ids = disabled.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            if !ids.isEmpty { writer.line("disable: [\(ids.joined(separator: ", "))]") }
        }
        writer.line("---")
    }

    /// The title: the document's title paragraph, else a "Claim title:" field, else its properties. Our own export
    /// writes a title paragraph even for a claim without a title; its properties say whether there was one.
    private func titleValue(title: (text: String, from: WordParagraph?)?, fields: [String: (value: String, from: WordParagraph)],
                            properties: CoreProperties) -> (String, WordParagraph?)? {
        if properties.isOurExport {
            if let written = properties.claimField("title") { return (title?.text ?? written, title?.from) }
            guard let title, title.text != Self.exportDefaultTitle else { return nil }
            return (title.text, title.from)
        }
        if let title { return (title.text, title.from) }
        if let field = fields["title"] { return (field.value, field.from) }
        return properties.title.map { ($0, nil) }
    }

    private func writeBody(_ blocks: [Block], sections: SectionLabels, into writer: inout ClaimMarkdownWriter) {
        var inReferences = false
        var previousWasListItem = false
        for block in blocks {
            switch block {
            case let .heading(level, text, paragraph):
                if let rule = sections.section(for: text, allowingPrefix: true) { inReferences = rule.kind == .references }
                writer.blank()
                writer.line(String(repeating: "#", count: level) + " " + ClaimMarkdownWriter.escapedHeading(text),
                            from: origin(paragraph, prefix: level + 1))
                previousWasListItem = false
            case let .paragraph(text, isListItem, paragraph):
                if !(isListItem && previousWasListItem) { writer.blank() }
                if inReferences {
                    // Read line by line by the reference reader: one reference a line, as written (no escapes).
                    let lines = paragraph.text.split(whereSeparator: \.isNewline).map { WordParagraph.fold(String($0)) }.filter { !$0.isEmpty }
                    for (index, line) in (lines.isEmpty ? [text] : lines).enumerated() {
                        writer.line((isListItem && index == 0 ? "- " : "") + line, from: origin(paragraph))
                    }
                } else if isListItem {
                    writer.line("- " + ClaimMarkdownWriter.escaped(text), from: origin(paragraph, prefix: 2))
                } else {
                    writer.line(ClaimMarkdownWriter.escaped(text), from: origin(paragraph))
                }
                previousWasListItem = isListItem
                for comment in paragraph.comments where !comment.text.isEmpty {
                    writer.blank()
                    writer.line(ClaimMarkdownWriter.comment(author: comment.author, text: comment.text), from: origin(paragraph))
                    previousWasListItem = false
                }
            }
        }
    }
}
