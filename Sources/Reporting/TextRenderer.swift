import FellowshipSupport

/// Writes a report as plain text for the terminal, wrapped to a width.
public enum TextRenderer {
    public static func render(_ document: ReportDocument, width: Int = 80) -> String {
        var lines = [document.title]
        if let subtitle = document.subtitle { lines.append(contentsOf: TextWrapping.wrap(subtitle, width: width)) }
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                lines.append("")
                lines.append(level <= 1 ? text.uppercased() : text)
            case .paragraph(let inlines):
                lines.append(contentsOf: TextWrapping.wrap(inlines.plainText, width: width))
            case .list(let items):
                for item in items { lines.append(contentsOf: TextWrapping.wrap(item.plainText, width: width, indent: "    ", firstIndent: "  • ")) }
            case .quote(let text, let source):
                lines.append(contentsOf: TextWrapping.wrap("“\(text)”", width: width, indent: "    ", firstIndent: "    "))
                lines.append("      — \(source)")
            case .references(let entries):
                for entry in entries { lines.append(contentsOf: TextWrapping.wrap(entry, width: width, indent: "    ")) }
            case .table(let table):
                lines.append(contentsOf: renderTable(table, width: width))
            case .cards(let cards):
                for card in cards {
                    lines.append("")
                    lines.append(contentsOf: TextWrapping.wrap("\(card.label): \(card.title)", width: width, indent: "  ", firstIndent: "  "))
                    lines.append(contentsOf: TextWrapping.wrap(card.text, width: width, indent: "    ", firstIndent: "    "))
                }
            case .pageBreak:
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Columns sized to their content; when they do not fit the width, the widest are narrowed and every cell
    /// wraps within its own column.
    private static func renderTable(_ table: ReportDocument.Table, width: Int) -> [String] {
        let rows = [table.header] + table.rows.map { $0.map(\.plainText) }
        let columns = table.header.count
        guard columns > 0 else { return [] }
        let widths = columnWidths(rows, columns: columns, available: width - 2 - 2 * (columns - 1))
        var lines: [String] = []
        for (index, row) in rows.enumerated() {
            let cells = (0..<columns).map { column -> [String] in
                let text = row.indices.contains(column) ? row[column] : ""
                return text.isEmpty ? [""] : TextWrapping.wrap(text, width: widths[column])
            }
            for line in 0..<(cells.map(\.count).max() ?? 1) {
                let parts = (0..<columns).map { column in
                    let piece = line < cells[column].count ? cells[column][line] : ""
                    return column == columns - 1 ? piece : piece.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                }
                lines.append(("  " + parts.joined(separator: "  ")).trimmingTrailingSpaces)
            }
            if index == 0 { lines.append("  " + String(repeating: "─", count: min(width - 2, widths.reduce(0, +) + 2 * (columns - 1)))) }
        }
        return lines
    }

    /// Natural widths, then the widest column narrowed one step at a time until the row fits, never below its
    /// longest word (up to 16 characters), so words are not split.
    private static func columnWidths(_ rows: [[String]], columns: Int, available: Int) -> [Int] {
        let cells = (0..<columns).map { column in rows.map { $0.indices.contains(column) ? $0[column] : "" } }
        var widths = cells.map { max(1, $0.map(\.count).max() ?? 0) }
        let floors = cells.map { column in
            min(16, max(1, column.flatMap { $0.split(separator: " ").map(\.count) }.max() ?? 1))
        }
        while widths.reduce(0, +) > available {
            let narrowable = widths.indices.filter { widths[$0] > floors[$0] }
            guard let widest = narrowable.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        return widths
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
