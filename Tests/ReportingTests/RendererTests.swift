import Checking
import FellowshipSupport
import Foundation
import Testing
@testable import Reporting
import XMLSupport

@Suite("Report renderers")
struct RendererTests {
    let document = ReportDocument(title: "Report <&>", subtitle: "claim.md", blocks: [
        .heading(level: 1, text: "Dimensions"),
        .paragraph([.strong("Bold "), .text("\"><script>alert(1)</script>"), .badge(code: "A2", tooltip: "Teach \"and\" support")]),
        .table(ReportDocument.Table(header: ["Code", "Where"], rows: [[[.text("A2")], [.text(String(repeating: "long words here ", count: 12))]]])),
        .list([[.text("one")], [.text("two")]]),
        .quote(text: "I run inductions.", source: "claim.md:12"),
    ])

    @Test("HTML is well-formed, self-contained, escaped, with badges carrying their statement as a tooltip")
    func html() throws {
        let data = try HTMLRenderer.render(document)
        let page = String(decoding: data, as: UTF8.self)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(!page.contains("<script>") && page.contains("&lt;script&gt;"))
        #expect(page.contains("title=\"Teach &quot;and&quot; support\""))
        #expect(page.contains("<th scope=\"row\">") && page.contains("@media print"))
        // libxml2 reads it back as XML (the DOCTYPE line removed: our reader refuses DTDs by design).
        let body = page.replacingOccurrences(of: "<!DOCTYPE html>\n", with: "")
        let parsed = try XMLDocument(data: Data(body.utf8))
        #expect(parsed.root?.name == "html")
    }

    @Test("text fits the width and keeps every word")
    func text() {
        let rendered = TextRenderer.render(document, width: 60)
        #expect(rendered.split(separator: "\n").allSatisfy { $0.count <= 60 })
        #expect(rendered.contains("DIMENSIONS"))
        #expect(rendered.contains("  • two"))
    }

    @Test("cards print six to a sheet; page breaks are inline styles LibreOffice honours; heat maps and widths have their classes")
    func printLayout() throws {
        let cards = (1...13).map { ReportDocument.Card(label: "Card \($0)", title: "T\($0)", text: "Text \($0)") }
        let heat = ReportDocument.Table(header: ["Person", "V1"], rows: [[[.strong("AB")], [.status(kind: "missing", text: "○")]]], kind: .heatMap, widths: [1, 1])
        let page = String(decoding: try HTMLRenderer.render(ReportDocument(title: "Pack", blocks: [.cards(cards), .pageBreak, .table(heat)])), as: UTF8.self)
        #expect(page.components(separatedBy: "<div class=\"sheet\">").count - 1 == 3)
        #expect(page.components(separatedBy: "<div class=\"card\">").count - 1 == 13)
        #expect(page.contains("style=\"break-before:page;page-break-before:always\""))
        #expect(page.contains("<table class=\"heat\">") && page.contains("<td class=\"fill-missing\">"))
        #expect(page.contains("<col style=\"width:50%\"/>"))
    }

    @Test("a wide table wraps every column within the width, keeping every word")
    func wideTable() {
        let long = "Use scholarship, or research, or professional learning, or other evidence-informed approaches as a basis for effective practice"
        let table = ReportDocument.Table(header: ["Code", "Statement", "Plain"], rows: [[[.text("V3")], [.text(long)], [.text(long)]]])
        let rendered = TextRenderer.render(ReportDocument(title: "T", blocks: [.table(table)]), width: 80)
        #expect(rendered.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let words = rendered.split(whereSeparator: { $0 == " " || $0 == "\n" })
        #expect(words.filter { $0 == "evidence-informed" }.count == 2)
    }

    @Test("diff: alike findings are counted, not merged; a moved word count is the same warning")
    func diffMatching() {
        func finding(_ rule: String, _ line: Int, _ message: String) -> Finding {
            Finding(rule: rule, severity: .warning, location: SourceLocation(file: "t.md", line: line, column: 1), message: message, hint: "h")
        }
        let old = (1...5).map { finding("first-person", $0, $0 == 1 ? "‘We’ hides your part." : "‘we’ hides your part.") }
            + [finding("word-limit", 1, "The claim has 1902 words."), finding("impact-missing", 9, "No impact."), finding("impact-missing", 12, "No impact.")]
        let new = (1...4).map { finding("first-person", $0 + 10, "‘we’ hides your part.") }
            + [finding("word-limit", 1, "The claim has 2817 words."), finding("impact-missing", 30, "No impact."), finding("impact-missing", 40, "No impact."),
               finding("impact-missing", 50, "No impact.")]
        let matched = DraftDiff.match(old, new)
        #expect(matched.fixed.map(\.rule) == ["first-person"])
        #expect(matched.introduced.map(\.rule) == ["impact-missing"] && matched.introduced.first?.location.line == 50)
    }
}
