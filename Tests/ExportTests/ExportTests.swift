import Foundation
import Testing
import TestSupport
import Checking
import Claims
import XMLSupport
import ZIPFoundation
@testable import Export

private let checker = Checker()

private func report(_ path: String) throws -> CheckReport {
    try checker.check(try ClaimReader.read(Repository.path(path).path), currentYear: 2026)
}

private func docx(_ path: String, comments: Bool = false, mapping: Bool = false) throws -> Data {
    let report = try report(path)
    let document = ClaimDocument(report: report, withComments: comments, withMapping: mapping).document()
    return try DOCXRenderer.render(document, metadata: .init(title: document.title, author: "Sam Example", words: report.words.total))
}

@Suite("DOCX export")
struct DOCXExportTests {
    @Test("every required part is there, in Office's order, with w and r declared on the Word parts")
    func parts() throws {
        let data = try docx("Examples/fellow-engineering/claim.md", comments: true, mapping: true)
        let archive = try Archive(data: data, accessMode: .read)
        let paths = archive.map(\.path)
        #expect(paths.first == "[Content_Types].xml")
        for part in ["_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
                     "word/fontTable.xml", "word/theme/theme1.xml", "docProps/core.xml", "docProps/app.xml"] {
            #expect(paths.contains(part), "\(part) missing")
        }
        let read = try ExportTestsSupport.parts(data)
        for name in ["word/document.xml", "word/styles.xml", "word/settings.xml", "word/fontTable.xml"] {
            #expect(read[name]?.root?.namespaceURI == DOCXRenderer.w)
        }
    }

    @Test("headings use heading styles with outline levels; every table cell has a paragraph")
    func structure() throws {
        let read = try ExportTestsSupport.parts(try docx("Examples/fellow-engineering/claim.md", mapping: true))
        let styles = try #require(read["word/styles.xml"]?.root)
        let heading1 = try #require(styles.children(named: "style").first { $0.attribute("styleId", namespace: DOCXRenderer.w) == "Heading1" })
        #expect(heading1.child(named: "name")?.attribute("val", namespace: DOCXRenderer.w) == "heading 1")
        #expect(heading1.descendants(named: "outlineLvl").first?.attribute("val", namespace: DOCXRenderer.w) == "0")
        let body = try #require(read["word/document.xml"]?.root)
        let cells = body.descendants(named: "tc")
        #expect(!cells.isEmpty)
        #expect(cells.allSatisfy { !$0.children(named: "p").isEmpty })
        #expect(body.descendants(named: "t").allSatisfy { $0.attribute("space", namespace: "http://www.w3.org/XML/1998/namespace") == "preserve" })
    }

    @Test("findings become comments anchored on their sentences, with matching ids")
    func comments() throws {
        let read = try ExportTestsSupport.parts(try docx("Tests/Fixtures/claims/first-person-we.md", comments: true))
        let comments = try #require(read["word/comments.xml"]?.root)
        let ids = comments.children(named: "comment").compactMap { $0.attribute("id", namespace: DOCXRenderer.w) }
        #expect(!ids.isEmpty)
        #expect(comments.children(named: "comment").allSatisfy { $0.attribute("author", namespace: DOCXRenderer.w) == "fellowship check" })
        let body = try #require(read["word/document.xml"]?.root)
        let starts = body.descendants(named: "commentRangeStart").compactMap { $0.attribute("id", namespace: DOCXRenderer.w) }
        let references = body.descendants(named: "commentReference").compactMap { $0.attribute("id", namespace: DOCXRenderer.w) }
        #expect(Set(starts) == Set(ids) && Set(references) == Set(ids))
        #expect(comments.text.contains("[first-person]"))
    }

    @Test("byte-for-byte reproducible")
    func deterministic() throws {
        #expect(try docx("Examples/senior-fellow-art-design/claim.md") == docx("Examples/senior-fellow-art-design/claim.md"))
    }
}

enum ExportTestsSupport {
    static func parts(_ data: Data) throws -> [String: XMLDocument] {
        let archive = try Archive(data: data, accessMode: .read)
        var result: [String: XMLDocument] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            result[entry.path] = try XMLDocument(data: bytes)
        }
        return result
    }
}

@Suite("Plain-text export")
struct PlainTextExportTests {
    @Test("headings in capitals, blank lines between paragraphs, signposts kept, nothing a form would mangle")
    func plainText() throws {
        let claim = try report("Examples/associate-fellow-lifesci/claim.md").context.claim
        let text = PlainTextClaim.render(claim)
        #expect(text.contains("\n\nCONTEXT STATEMENT\n\n"))
        #expect(text.contains("(A2"))
        for forbidden in ["\t", "\u{00AD}", "\u{2019}", "\u{201C}", "\u{2014}", "\u{200B}"] { #expect(!text.contains(forbidden)) }
        #expect(PlainTextClaim.clean("“quoted” it’s — soft\u{00AD}hyphen\ttab") == "\"quoted\" it's - softhyphen tab")
    }
}

@Suite("Golden output")
struct GoldenTests {
    /// If a change to the Word output is intended, regenerate the golden file:
    /// `fellowship export Examples/associate-fellow-lifesci/claim.md --format docx --out /tmp/g.docx` and copy its
    /// `word/document.xml` to `Tests/Fixtures/golden/associate-fellow-lifesci.document.xml`.
    @Test("the Associate Fellow example's document.xml matches the golden file byte for byte")
    func goldenDocument() throws {
        let read = try ClaimReader.read(Repository.path("Examples/associate-fellow-lifesci/claim.md").path)
        let exported = ClaimDocument(read: read, tooltips: false)
        let document = exported.document()
        let data = try DOCXRenderer.render(document, metadata: .init(title: document.title, author: read.claim.frontMatter.applicant ?? "",
                                                                     words: exported.words.total))
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var body = Data()
        _ = try archive.extract(entry) { body.append($0) }
        let golden = try Data(contentsOf: Repository.path("Tests/Fixtures/golden/associate-fellow-lifesci.document.xml"))
        #expect(body == golden)
    }
}
