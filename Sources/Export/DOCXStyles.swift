import Foundation
import XMLSupport

/// `word/styles.xml`: Normal, Title, Heading 1–3 as Word's built-in "heading N" styles with outline levels, Quote,
/// Reference (hanging indent), a shaded Signpost character style, comment styles and a grid table style; en-GB.
enum DOCXStyles {
    static func styles() throws -> Data {
        let writer = try DOCXRenderer.writer()
        DOCXRenderer.root(writer, "w:styles") {
            writer.element("w:docDefaults") {
                writer.element("w:rPrDefault") {
                    writer.element("w:rPr") {
                        writer.element("w:rFonts", ["w:ascii": "Calibri", "w:hAnsi": "Calibri", "w:eastAsia": "Calibri", "w:cs": "Calibri"])
                        writer.element("w:sz", ["w:val": "22"])
                        writer.element("w:szCs", ["w:val": "22"])
                        writer.element("w:lang", ["w:val": "en-GB", "w:eastAsia": "en-GB", "w:bidi": "ar-SA"])
                    }
                }
                writer.element("w:pPrDefault") {
                    writer.element("w:pPr") { writer.element("w:spacing", ["w:after": "160", "w:line": "264", "w:lineRule": "auto"]) }
                }
            }
            paragraphStyle(writer, id: "Normal", name: "Normal", isDefault: true)
            paragraphStyle(writer, id: "Title", name: "Title", size: 44, color: "1F3B8A", after: "120")
            paragraphStyle(writer, id: "Subtitle", name: "Subtitle", italic: true, color: "555555")
            for level in 1...3 {
                paragraphStyle(writer, id: "Heading\(level)", name: "heading \(level)", bold: true, size: [32, 26, 23][level - 1],
                               color: "1F3B8A", before: ["360", "240", "200"][level - 1], after: "120", keepNext: true, outline: level - 1)
            }
            paragraphStyle(writer, id: "Quote", name: "Quote", italic: true, indent: ("567", nil))
            paragraphStyle(writer, id: "QuoteSource", name: "Quote source", size: 18, color: "555555", indent: ("567", nil))
            paragraphStyle(writer, id: "Reference", name: "Reference", indent: ("567", "567"))
            paragraphStyle(writer, id: "ListBullet", name: "List Bullet", indent: ("567", "284"))
            paragraphStyle(writer, id: "TableText", name: "Table text", size: 20, after: "0")
            paragraphStyle(writer, id: "FormText", name: "Form text", size: 18, after: "0")
            paragraphStyle(writer, id: "CardLabel", name: "Card label", size: 16, color: "555555", after: "60")
            paragraphStyle(writer, id: "CardTitle", name: "Card title", bold: true, after: "80")
            paragraphStyle(writer, id: "CardText", name: "Card text", size: 20, after: "0")
            paragraphStyle(writer, id: "CommentText", name: "annotation text", size: 20)
            writer.element("w:style", ["w:type": "character", "w:styleId": "Signpost"]) {
                writer.element("w:name", ["w:val": "Signpost"])
                writer.element("w:qFormat")
                writer.element("w:rPr") {
                    writer.element("w:color", ["w:val": "1F3B8A"])
                    writer.element("w:sz", ["w:val": "18"])
                    writer.element("w:shd", ["w:val": "clear", "w:color": "auto", "w:fill": "E8EEFC"])
                }
            }
            writer.element("w:style", ["w:type": "character", "w:styleId": "CommentReference"]) {
                writer.element("w:name", ["w:val": "annotation reference"])
                writer.element("w:rPr") { writer.element("w:sz", ["w:val": "16"]) }
            }
            writer.element("w:style", ["w:type": "table", "w:styleId": "TableGrid"]) {
                writer.element("w:name", ["w:val": "Table Grid"])
                writer.element("w:pPr") { writer.element("w:spacing", ["w:after": "0", "w:line": "240", "w:lineRule": "auto"]) }
                writer.element("w:tblPr") {
                    writer.element("w:tblBorders") {
                        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                            writer.element("w:\(side)", ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "BFBFBF"])
                        }
                    }
                    writer.element("w:tblCellMar") {
                        writer.element("w:left", ["w:w": "85", "w:type": "dxa"])
                        writer.element("w:right", ["w:w": "85", "w:type": "dxa"])
                    }
                }
            }
        }
        return try writer.finish()
    }

    // swiftlint:disable:next function_parameter_count
    private static func paragraphStyle(_ writer: XMLWriter, id: String, name: String, isDefault: Bool = false, bold: Bool = false,
                                       italic: Bool = false, size: Int? = nil, color: String? = nil, before: String? = nil,
                                       after: String? = nil, keepNext: Bool = false, outline: Int? = nil, indent: (String, String?)? = nil) {
        var attributes: [(String, String)] = [("w:type", "paragraph")]
        if isDefault { attributes.append(("w:default", "1")) }
        attributes.append(("w:styleId", id))
        writer.element("w:style", attributes: attributes) {
            writer.element("w:name", ["w:val": name])
            if !isDefault {
                writer.element("w:basedOn", ["w:val": "Normal"])
                writer.element("w:next", ["w:val": "Normal"])
            }
            if outline != nil { writer.element("w:uiPriority", ["w:val": "9"]) }
            writer.element("w:qFormat")
            if keepNext || before != nil || after != nil || outline != nil || indent != nil {
                writer.element("w:pPr") {
                    if keepNext {
                        writer.element("w:keepNext")
                        writer.element("w:keepLines")
                    }
                    if before != nil || after != nil {
                        var spacing: [(String, String)] = []
                        if let before { spacing.append(("w:before", before)) }
                        if let after { spacing.append(("w:after", after)) }
                        writer.element("w:spacing", attributes: spacing)
                    }
                    if let (left, hanging) = indent {
                        var attributes = [("w:left", left)]
                        if let hanging { attributes.append(("w:hanging", hanging)) }
                        writer.element("w:ind", attributes: attributes)
                    }
                    if let outline { writer.element("w:outlineLvl", ["w:val": String(outline)]) }
                }
            }
            if bold || italic || size != nil || color != nil {
                writer.element("w:rPr") {
                    if bold { writer.element("w:b") }
                    if italic { writer.element("w:i") }
                    if let color { writer.element("w:color", ["w:val": color]) }
                    if let size {
                        writer.element("w:sz", ["w:val": String(size)])
                        writer.element("w:szCs", ["w:val": String(size)])
                    }
                }
            }
        }
    }
}
