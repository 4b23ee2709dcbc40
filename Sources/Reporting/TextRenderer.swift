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
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Columns sized to their content, the last one wrapped into the width that is left.
    private static func renderTable(_ table: ReportDocument.Table, width: Int) -> [String] {
        let rows = [table.header] + table.rows.map { $0.map(\.plainText) }
        let columns = table.header.count
        var widths = (0..<columns).map { column in rows.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        let fixed = widths.dropLast().reduce(0) { $0 + $1 + 2 }
        widths[columns - 1] = max(12, min(widths[columns - 1], width - fixed - 2))
        var lines: [String] = []
        for (index, row) in rows.enumerated() {
            var prefix = "  "
            for column in 0..<(columns - 1) {
                let cell = row.indices.contains(column) ? row[column] : ""
                prefix += cell.padding(toLength: widths[column], withPad: " ", startingAt: 0) + "  "
            }
            let last = row.indices.contains(columns - 1) ? row[columns - 1] : ""
            let wrapped = TextWrapping.wrap(last, width: prefix.count + widths[columns - 1], indent: String(repeating: " ", count: prefix.count), firstIndent: prefix)
            lines.append(contentsOf: wrapped)
            if index == 0 { lines.append("  " + String(repeating: "─", count: min(width - 2, fixed + widths[columns - 1]))) }
        }
        return lines
    }
}
