import Foundation
import Testing
@testable import XMLSupport

@Suite("XML writer")
struct XMLWriterTests {
    @Test("escapes markup in text and attributes")
    func escapes() throws {
        let writer = try #require(XMLWriter())
        writer.startDocument()
        writer.element("root", ["title": "\"><script>alert(1)</script>"], text: "a < b && c > d")
        let xml = try writer.finishString()
        #expect(xml.contains("title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""))
        #expect(xml.contains(">a &lt; b &amp;&amp; c &gt; d</root>"))
        #expect(!xml.contains("<script>"))
    }

    @Test("strips characters XML cannot carry, keeps tabs and newlines")
    func stripsIllegalCharacters() throws {
        let writer = try #require(XMLWriter())
        writer.startDocument()
        writer.element("p", ["a": "x\u{01}y"], text: "bell\u{07}, tab\t, line\n, nul\u{0}, ffff\u{FFFF}, é")
        let data = try writer.finish()
        let xml = String(decoding: data, as: UTF8.self)
        #expect(xml.contains("a=\"xy\""))
        #expect(xml.contains("bell, tab\t, line\n, nul, ffff, é"))
        // And libxml2 itself reads it back.
        let document = try XMLDocument(data: data)
        #expect(document.root?.text == "bell, tab\t, line\n, nul, ffff, é")
    }

    @Test("HTML syntax closes empty non-void elements in full")
    func htmlSyntax() throws {
        let writer = try #require(XMLWriter(syntax: .html))
        writer.element("div") { writer.element("td"); writer.element("br") }
        let html = try writer.finishString()
        #expect(html.contains("<td></td>"))
        #expect(html.contains("<br/>"))
    }

    @Test("finish closes open elements")
    func closesOpenElements() throws {
        let writer = try #require(XMLWriter())
        writer.start("a")
        writer.start("b")
        let xml = try writer.finishString()
        #expect(xml.contains("<a><b/></a>"))
    }

    @Test("sanitised leaves ordinary text untouched")
    func sanitisedIsIdentityOnCleanText() {
        let text = "I demonstrate the lathe (A2, K4) — “quoted” ✓"
        #expect(XMLText.sanitised(text) == text)
    }
}
