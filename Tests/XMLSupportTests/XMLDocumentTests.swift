import Foundation
import Testing
@testable import XMLSupport

@Suite("XML reader safety")
struct XMLDocumentTests {
    @Test("reads elements, namespaces and attributes")
    func readsStructure() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Context</w:t></w:r></w:p></w:body>
        </w:document>
        """
        let document = try XMLDocument(data: Data(xml.utf8))
        let root = try #require(document.root)
        #expect(root.name == "document")
        #expect(root.namespaceURI == "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
        let style = try #require(root.descendants(named: "pStyle").first)
        #expect(style.attribute("val", namespace: "http://schemas.openxmlformats.org/wordprocessingml/2006/main") == "Heading1")
        #expect(root.descendants(named: "t").map(\.text) == ["Context"])
    }

    @Test("refuses an external entity (XXE)")
    func refusesExternalEntity() {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <foo>&xxe;</foo>
        """
        #expect(throws: XMLError.documentTypeDeclaration) { try XMLDocument(data: Data(xml.utf8)) }
    }

    @Test("refuses an entity loop (billion laughs)")
    func refusesEntityLoop() {
        var declarations = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 {
            let previous = String(repeating: "&lol\(level - 1);", count: 10)
            declarations += "<!ENTITY lol\(level) \"\(previous)\">"
        }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [\(declarations)]><lolz>&lol9;</lolz>"
        #expect(throws: XMLError.documentTypeDeclaration) { try XMLDocument(data: Data(xml.utf8)) }
    }

    @Test("refuses a DTD even after a comment, and a doctype hidden by whitespace")
    func refusesDoctypeAfterComment() {
        let xml = "<?xml version=\"1.0\"?>\n<!-- hello -->\n<!DOCTYPE a SYSTEM \"http://example.invalid/a.dtd\"><a/>"
        #expect(throws: XMLError.documentTypeDeclaration) { try XMLDocument(data: Data(xml.utf8)) }
    }

    @Test("reports malformed XML with a line")
    func reportsMalformed() {
        do {
            _ = try XMLDocument(data: Data("<a>\n<b></a>".utf8))
            Issue.record("malformed XML was accepted")
        } catch let error {
            guard case .malformed(_, let line) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(line == 2)
        }
    }

    @Test("empty input is malformed, not a crash")
    func emptyInput() {
        #expect(throws: XMLError.self) { try XMLDocument(data: Data()) }
    }

    @Test("text mentioning <!DOCTYPE inside the body is not mistaken for a DTD")
    func doctypeTextInBody() throws {
        let xml = "<a><![CDATA[<!DOCTYPE x>]]></a>"
        let document = try XMLDocument(data: Data(xml.utf8))
        #expect(document.root?.text == "<!DOCTYPE x>")
    }
}
