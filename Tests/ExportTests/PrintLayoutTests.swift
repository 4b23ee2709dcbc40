import Foundation
import Reporting
import Testing
import XMLSupport
@testable import Export

@Suite("Printed packs in Word")
struct PrintLayoutTests {
    let cards = (1...8).map { ReportDocument.Card(label: "Card \($0)", title: "Title \($0)", text: "I show students how to do thing \($0).") }

    func body(_ blocks: [ReportDocument.Block]) throws -> XMLElement {
        let data = try DOCXRenderer.render(ReportDocument(title: "Pack", blocks: blocks), metadata: .init(title: "Pack", author: "", words: 0))
        let document = try #require(try ExportTestsSupport.parts(data)["word/document.xml"])
        return try #require(document.root)
    }

    @Test("cards go six to a sheet: dashed cut lines, rows that never split, a page break between sheets")
    func cardSheets() throws {
        let root = try body([.cards(cards)])
        let tables = root.descendants(named: "tbl")
        #expect(tables.count == 2)
        #expect(tables.first?.descendants(named: "tr").count == 3 && tables.last?.descendants(named: "tr").count == 1)
        #expect(tables.allSatisfy { $0.descendants(named: "insideV").first?.attribute("val", namespace: DOCXRenderer.w) == "dashed" })
        #expect(root.descendants(named: "cantSplit").count == 4)
        #expect(root.descendants(named: "br").filter { $0.attribute("type", namespace: DOCXRenderer.w) == "page" }.count == 1)
        // The empty half of the last row still holds a paragraph, as Word requires.
        #expect(root.descendants(named: "tc").allSatisfy { !$0.children(named: "p").isEmpty })
    }

    @Test("heat-map cells are filled by status; form rows have a height; column widths follow the shares")
    func tables() throws {
        let heat = ReportDocument.Table(header: ["Person", "V1", "V2"], rows: [[[.strong("AB")], [.status(kind: "evidenced", text: "●")], [.status(kind: "missing", text: "○")]]],
                                        kind: .heatMap)
        let form = ReportDocument.Table(header: ["Field", "Answer"], rows: [[[.text("Name")], [.text("")]]], kind: .form(rowHeight: 10), widths: [1, 3])
        let root = try body([.table(heat), .pageBreak, .table(form)])
        let fills = root.descendants(named: "shd").compactMap { $0.attribute("fill", namespace: DOCXRenderer.w) }
        #expect(fills == ["CDEBD3", "F6C9C9"])
        #expect(root.descendants(named: "trHeight").first?.attribute("val", namespace: DOCXRenderer.w) == String(DOCXLayout.twips(millimetres: 10)))
        let grid = root.descendants(named: "tbl").last?.descendants(named: "gridCol").compactMap { $0.attribute("w", namespace: DOCXRenderer.w) }
        #expect(grid == ["2409", "7228"])
    }
}
