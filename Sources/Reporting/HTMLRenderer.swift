import Foundation
import XMLSupport

/// Writes a report as one self-contained HTML file: inline CSS (screen and A4 print), no scripts, no external
/// fonts. Every piece of user text goes through the libxml2 writer, which escapes it in text and attributes.
public enum HTMLRenderer {
    public static func render(_ document: ReportDocument) throws -> Data {
        guard let writer = XMLWriter(syntax: .html) else { throw XMLError.writerFailed }
        writer.raw(trusted: "<!DOCTYPE html>\n")
        writer.element("html", ["lang": "en-GB"]) {
            writer.element("head") {
                writer.element("meta", ["charset": "utf-8"])
                writer.element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                writer.element("title", text: document.title)
                writer.element("style", text: stylesheet)
            }
            writer.element("body") {
                writer.element("main") {
                    writer.element("h1", text: document.title)
                    if let subtitle = document.subtitle { writer.element("p", ["class": "subtitle"], text: subtitle) }
                    for block in document.blocks { write(block, to: writer) }
                }
            }
        }
        return try writer.finish()
    }

    private static func write(_ block: ReportDocument.Block, to writer: XMLWriter) {
        switch block {
        case .heading(let level, let text):
            writer.element("h\(min(6, max(2, level + 1)))", text: text)
        case .paragraph(let inlines):
            writer.element("p") { write(inlines, to: writer) }
        case .list(let items):
            writer.element("ul") {
                for item in items { writer.element("li") { write(item, to: writer) } }
            }
        case .quote(let text, let source):
            writer.element("blockquote") {
                writer.element("p", text: text)
                writer.element("cite", text: source)
            }
        case .references(let entries):
            writer.element("ol", ["class": "references"]) {
                for entry in entries { writer.element("li", text: entry) }
            }
        case .pageBreak:
            // Inline, because LibreOffice honours page breaks only in a style attribute.
            writer.element("div", ["class": "page-break", "style": "break-before:page;page-break-before:always"], text: "")
        case .cards(let cards):
            writeCards(cards, to: writer)
        case .table(let table):
            writeTable(table, to: writer)
        }
    }

    /// Six cards to a sheet, so each printed page holds whole cards and the cut lines meet.
    private static func writeCards(_ cards: [ReportDocument.Card], to writer: XMLWriter) {
        for start in stride(from: 0, to: cards.count, by: 6) {
            writer.element("div", ["class": "sheet"]) {
                for card in cards[start..<min(cards.count, start + 6)] {
                    writer.element("div", ["class": "card"]) {
                        writer.element("p", ["class": "card-label"], text: card.label)
                        writer.element("p", ["class": "card-title"], text: card.title)
                        writer.element("p", ["class": "card-text"], text: card.text)
                    }
                }
            }
        }
    }

    private static func writeTable(_ table: ReportDocument.Table, to writer: XMLWriter) {
        var attributes: [(String, String)] = []
        var rowAttributes: [(String, String)] = []
        switch table.kind {
        case .grid: break
        case .heatMap: attributes.append(("class", "heat"))
        case .form(let height):
            attributes.append(("class", "form"))
            rowAttributes.append(("style", "height:\(height)mm"))
        }
        writer.element("table", attributes: attributes) {
            if table.widths != nil {
                writer.element("colgroup") {
                    for share in table.shares { writer.element("col", ["style": "width:\(Int((share * 100).rounded()))%"]) }
                }
            }
            writer.element("thead") {
                writer.element("tr") { for cell in table.header { writer.element("th", ["scope": "col"], text: cell) } }
            }
            writer.element("tbody") {
                for row in table.rows {
                    writer.element("tr", attributes: rowAttributes) {
                        for (index, cell) in row.enumerated() {
                            if index == 0 {
                                writer.element("th", ["scope": "row"]) { write(cell, to: writer) }
                            } else if table.kind == .heatMap, let kind = cell.soleStatus {
                                writer.element("td", ["class": "fill-\(kind)"]) { write(cell, to: writer) }
                            } else {
                                writer.element("td") { write(cell, to: writer) }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func write(_ inlines: [ReportDocument.Inline], to writer: XMLWriter) {
        for inline in inlines {
            switch inline {
            case .text(let text): writer.text(text)
            case .strong(let text): writer.element("strong", text: text)
            case .emphasis(let text): writer.element("em", text: text)
            case .badge(let code, let tooltip): writer.element("abbr", ["class": "badge", "title": tooltip], text: code)
            case .status(let kind, let text): writer.element("span", ["class": "status \(kind)"], text: text)
            case .commented(let text, let comments):
                let note = comments.map { "\($0.author): \($0.text)" }.joined(separator: "\n")
                writer.element("mark", ["title": note], text: text)
            }
        }
    }

    static let stylesheet = """
    body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1d1d1f;margin:0;background:#fafafa}
    main{max-width:60rem;margin:0 auto;padding:2rem 1.5rem;background:#fff}
    h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
    h3{font-size:1.05rem;margin-top:1.4rem}.subtitle{color:#555;margin-top:0}
    table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.75rem 0}
    th,td{border:1px solid #d0d0d0;padding:.3rem .45rem;text-align:left;vertical-align:top}thead th{background:#f0f0f0}
    .badge{display:inline-block;font-size:.75rem;font-weight:600;padding:0 .35rem;border-radius:.6rem;background:#e8eefc;color:#1f3b8a;text-decoration:none;border:1px solid #c5d3f5}
    .status{font-weight:600}.evidenced{color:#17652b}.signposted{color:#8a5a00}.missing,.error{color:#a61b1b}.not-required,.info{color:#666}.warning{color:#8a5a00}
    ol.references{list-style:none;padding-left:0}ol.references li{padding-left:2em;text-indent:-2em;margin:.25rem 0}
    mark{background:#fff4c2;border-bottom:1px dotted #8a5a00}
    table.heat td{text-align:center;font-size:.8rem}table.heat .status{font-weight:600}
    .fill-evidenced{background:#cdebd3}.fill-signposted{background:#fbe3b4}.fill-missing{background:#f6c9c9}.fill-not-required{background:#f3f3f3}
    table.form td{height:inherit}
    .sheet{display:grid;grid-template-columns:1fr 1fr;margin:1rem 0}
    .card{border:1px dashed #777;padding:5mm 6mm;min-height:60mm;box-sizing:border-box;font-size:10.5pt}
    .card p{margin:0 0 2mm}.card-label{font-size:8.5pt;color:#555;text-transform:uppercase;letter-spacing:.05em}.card-title{font-weight:700}
    .page-break{height:0}
    blockquote{margin:.4rem 0 .8rem;padding:.3rem .8rem;border-left:3px solid #c5d3f5;background:#f7f9ff}blockquote p{margin:.2rem 0}cite{font-size:.8rem;color:#555}
    @media print{@page{size:A4;margin:18mm 16mm}body{background:#fff;font-size:10.5pt}main{max-width:none;padding:0}
    h1{font-size:17pt}h2{font-size:13.5pt;margin-top:1.2rem}h3{font-size:11.5pt}table{font-size:9pt}
    h2,h3{break-after:avoid;page-break-after:avoid}blockquote,li,tr{break-inside:avoid;page-break-inside:avoid}a{color:inherit}
    .page-break{break-before:page;page-break-before:always}
    .sheet{margin:0;break-inside:avoid;page-break-inside:avoid}.sheet+.sheet{break-before:page;page-break-before:always}
    .card{height:74mm;min-height:0}}
    """
}
