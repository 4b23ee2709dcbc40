import Reporting
import XMLSupport

/// The printed-pack parts of a Word document: page breaks, cut-out card sheets and heat-map fills.
enum DOCXLayout {
    /// Word measures lengths in twentieths of a point; a millimetre is about 56.7 of them.
    static func twips(millimetres: Int) -> Int {
        Int((Double(millimetres) * 1440 / 25.4).rounded())
    }

    /// A page break in a paragraph of its own, drawn 1 pt high so the page it lands on loses no space.
    static func pageBreak(_ writer: XMLWriter) {
        writer.element("w:p") {
            writer.element("w:pPr") {
                writer.element("w:spacing", ["w:before": "0", "w:after": "0", "w:line": "20", "w:lineRule": "exact"])
            }
            writer.element("w:r") { writer.element("w:br", ["w:type": "page"]) }
        }
    }

    /// Cards six to a page: each sheet a two-column table with dashed borders (the cut lines) and rows tall enough
    /// for a card's text, the sheets separated by page breaks. Rows grow rather than hide text that does not fit.
    static func cards(_ cards: [ReportDocument.Card], to writer: XMLWriter) {
        let columnWidth = 9638 / 2
        for start in stride(from: 0, to: cards.count, by: 6) {
            if start > 0 { pageBreak(writer) }
            let sheet = Array(cards[start..<min(cards.count, start + 6)])
            writer.element("w:tbl") {
                writer.element("w:tblPr") {
                    // Schema order: tblW, tblBorders, tblLayout, tblCellMar.
                    writer.element("w:tblW", ["w:w": String(columnWidth * 2), "w:type": "dxa"])
                    writer.element("w:tblBorders") {
                        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                            writer.element("w:\(side)", ["w:val": "dashed", "w:sz": "6", "w:space": "0", "w:color": "777777"])
                        }
                    }
                    writer.element("w:tblLayout", ["w:type": "fixed"])
                    writer.element("w:tblCellMar") {
                        for side in ["top", "left", "bottom", "right"] {
                            writer.element("w:\(side)", ["w:w": "227", "w:type": "dxa"])
                        }
                    }
                }
                writer.element("w:tblGrid") { for _ in 0..<2 { writer.element("w:gridCol", ["w:w": String(columnWidth)]) } }
                for rowStart in stride(from: 0, to: sheet.count, by: 2) {
                    writer.element("w:tr") {
                        writer.element("w:trPr") {
                            writer.element("w:cantSplit")
                            writer.element("w:trHeight", ["w:val": String(twips(millimetres: 72)), "w:hRule": "atLeast"])
                        }
                        for column in 0..<2 {
                            writer.element("w:tc") {
                                writer.element("w:tcPr") { writer.element("w:tcW", ["w:w": String(columnWidth), "w:type": "dxa"]) }
                                if rowStart + column < sheet.count {
                                    let card = sheet[rowStart + column]
                                    DOCXRenderer.paragraph(writer, style: "CardLabel") { DOCXRenderer.run(writer, card.label) }
                                    DOCXRenderer.paragraph(writer, style: "CardTitle") { DOCXRenderer.run(writer, card.title) }
                                    DOCXRenderer.paragraph(writer, style: "CardText") { DOCXRenderer.run(writer, card.text) }
                                } else {
                                    DOCXRenderer.paragraph(writer, style: "CardText") {}
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The fill for a heat-map cell that holds one status, in the same colours as the HTML report.
    static func fill(for cell: [ReportDocument.Inline]) -> String? {
        guard cell.count == 1, case .status(let kind, _) = cell[0] else { return nil }
        return ["evidenced": "CDEBD3", "signposted": "FBE3B4", "missing": "F6C9C9", "not-required": "F3F3F3"][kind]
    }
}
