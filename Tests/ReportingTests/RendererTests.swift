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
}
