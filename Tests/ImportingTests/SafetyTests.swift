import FellowshipSupport
import Foundation
import Testing
import TestSupport
@testable import Importing

/// What a converted document is refused for, as the one plain line a user sees.
private func refusal(_ data: Data, file: String = "draft.docx", limits: DOCXArchive.Limits? = nil) -> InputError? {
    do {
        if let limits {
            _ = try WordDocument.read(data, file: file, keepComments: false, limits: limits)
        } else {
            _ = try ClaimSource.importWord(data: data, file: file, category: .fellow)
        }
        return nil
    } catch let error as InputError {
        return error
    } catch {
        Issue.record("not an InputError: \(error)")
        return nil
    }
}

private let xxe = """
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="\(TestDocuments.w)"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>
"""

private let billionLaughs = """
<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document xmlns:w="\(TestDocuments.w)"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>
"""

@Suite("A .docx is untrusted input: each attack is refused in plain words, and no part is ever extracted")
struct SafetyTests {
    @Test("a well-formed document is read (the baseline the refusals are measured against)")
    func baseline() throws {
        let data = try TestDocuments.docx(body: TestDocuments.text("Context statement", style: "Heading1")
                                          + TestDocuments.text("I run the first-year practical."))
        #expect(refusal(data) == nil)
    }

    @Test("an archive over 50 MB is refused from its size, before it is read")
    func archiveTooLarge() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.docx").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data([0x50, 0x4B, 0x03, 0x04])))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 51 * 1_048_576) // sparse: no 51 MB on disk
        try handle.close()
        #expect(throws: InputError.self) { try ClaimSource.read(path, category: .fellow) }
        let error = try #require(refusalAtPath(path))
        #expect(error.cause.contains("too large") && error.cause.contains("50 MB"))
        // The same limit in memory, lowered to keep the test small.
        let small = try TestDocuments.docx(body: TestDocuments.text("Some text."))
        #expect(refusal(small, limits: .init(archiveSize: 100))?.cause.contains("too large") == true)
    }

    @Test("a part that inflates far beyond its size (honest headers) is refused before inflating")
    func ratioFromHeaders() throws {
        let bomb = Data(count: 20 * 1_048_576) // 20 MB of zeros deflate to about 20 KB: 1,000 to 1
        let entries = TestDocuments.minimalEntries().filter { $0.path != "word/document.xml" } + [try .deflated("word/document.xml", bomb)]
        let error = try #require(refusal(TestDocuments.rawZip(entries)))
        #expect(error.cause.contains("zip bomb"))
    }

    @Test("a part whose header lies about its size is stopped while inflating, at the ratio")
    func ratioWhileInflating() throws {
        let bomb = Data(count: 5 * 1_048_576)
        let entries = TestDocuments.minimalEntries().filter { $0.path != "word/document.xml" }
            + [try .deflated("word/document.xml", bomb, claimedSize: 1_000)]
        let error = try #require(refusal(TestDocuments.rawZip(entries)))
        #expect(error.cause.contains("zip bomb"))
    }

    @Test("all parts together may not inflate beyond the total (200 MB; lowered here), whatever the headers say")
    func totalWhileInflating() throws {
        let text = String(repeating: "I run the first-year practical and sign students off. ", count: 4_000) // ~200 KB, 20:1
        let document = "<?xml version=\"1.0\"?><w:document xmlns:w=\"\(TestDocuments.w)\"><w:body><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:body></w:document>"
        let entries = TestDocuments.minimalEntries().filter { $0.path != "word/document.xml" }
            + [try .deflated("word/document.xml", Data(document.utf8), claimedSize: 100)]
        let data = TestDocuments.rawZip(entries)
        let error = try #require(refusal(data, limits: .init(totalInflated: 150_000)))
        #expect(error.cause.contains("zip bomb"))
        // Honest headers over the total are refused before anything is inflated.
        let honest = TestDocuments.rawZip(TestDocuments.minimalEntries().filter { $0.path != "word/document.xml" }
                                          + [try .deflated("word/document.xml", Data(document.utf8))])
        #expect(refusal(honest, limits: .init(totalInflated: 150_000))?.cause.contains("zip bomb") == true)
        #expect(refusal(honest) == nil)
    }

    @Test("more than 10,000 entries is refused")
    func tooManyEntries() throws {
        let padding = (0..<10_001).map { TestDocuments.RawEntry.stored("customXml/item\($0).xml", Data()) }
        let error = try #require(refusal(TestDocuments.rawZip(TestDocuments.minimalEntries() + padding)))
        #expect(error.cause.contains("more than 10,000 parts"))
    }

    @Test("entry paths that climb out or are absolute are refused", arguments: ["../../evil.xml", "word/../../evil.xml", "/etc/passwd", "C:/Windows/evil.xml", "\\evil.xml"])
    func unsafePaths(path: String) throws {
        let data = TestDocuments.rawZip(TestDocuments.minimalEntries() + [.stored(path, Data("x".utf8))])
        let error = try #require(refusal(data))
        #expect(error.cause.contains("outside itself"))
    }

    @Test("a DTD with an external entity (XXE) in the body is refused, and nothing of the entity is read")
    func externalEntity() throws {
        let error = try #require(refusal(TestDocuments.rawZip(TestDocuments.minimalEntries(document: xxe))))
        #expect(error.cause.contains("DTD") && error.cause.contains("word/document.xml"))
    }

    @Test("a DTD in any other part read (styles, properties) is refused too")
    func externalEntityInOtherParts() throws {
        let styles = "<?xml version=\"1.0\"?><!DOCTYPE w:styles SYSTEM \"http://example.com/evil.dtd\"><w:styles xmlns:w=\"\(TestDocuments.w)\"/>"
        let entries = TestDocuments.minimalEntries().map { $0.path == "word/styles.xml" ? .stored($0.path, Data(styles.utf8)) : $0 }
        #expect(refusal(TestDocuments.rawZip(entries))?.cause.contains("word/styles.xml") == true)
        let core = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><cp:coreProperties xmlns:cp=\"c\">&e;</cp:coreProperties>"
        let withCore = TestDocuments.minimalEntries().map { $0.path == "docProps/core.xml" ? .stored($0.path, Data(core.utf8)) : $0 }
        #expect(refusal(TestDocuments.rawZip(withCore))?.cause.contains("DTD") == true)
    }

    @Test("an entity loop (billion laughs) is refused before any expansion")
    func billionLaughsRefused() throws {
        let error = try #require(refusal(TestDocuments.rawZip(TestDocuments.minimalEntries(document: billionLaughs))))
        #expect(error.cause.contains("DTD"))
    }

    @Test("an OpenDocument text file (.odt) is named as such")
    func openDocument() throws {
        let odt = try TestDocuments.zip([("mimetype", Data("application/vnd.oasis.opendocument.text".utf8)),
                                         ("content.xml", Data("<office:document-content xmlns:office=\"o\"/>".utf8))])
        #expect(refusal(odt, file: "draft.odt")?.cause == "this is an OpenDocument text file (.odt), not a Word document")
    }

    @Test("a PDF, a renamed text file, a workbook, another zip and an RTF file are each named")
    func notWord() throws {
        #expect(refusal(Data("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8))?.cause.contains("this is a PDF") == true)
        #expect(refusal(Data("{\\rtf1\\ansi Hello}".utf8))?.cause.contains("Rich Text") == true)
        let workbook = try TestDocuments.zip([("xl/workbook.xml", Data("<workbook/>".utf8))])
        #expect(refusal(workbook)?.cause.contains("Excel workbook") == true)
        let other = try TestDocuments.zip([("notes.txt", Data("hello".utf8))])
        #expect(refusal(other)?.cause == "this is a zip archive, not a Word document")
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let renamed = folder.appendingPathComponent("draft.docx").path
        try "# Context statement\n\nI run the practical.\n".write(toFile: renamed, atomically: true, encoding: .utf8)
        #expect(refusalAtPath(renamed)?.cause == "this file is named as a Word document but holds plain text")
    }

    @Test("a password-protected document (OLE compound file with an EncryptedPackage stream) says it is encrypted")
    func encrypted() throws {
        var ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 504)
        ole += Data("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) + Data(count: 50)
        ole += Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) + Data(count: 512)
        let error = try #require(refusal(ole))
        #expect(error.cause == "this document is encrypted (password-protected)")
        #expect(error.hint == "open it in Word, remove the password, save, and try again")
        // An old .doc is a compound file too, without that stream.
        let doc = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 504)
            + Data("WordDocument".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(refusal(doc)?.cause.contains("old-style Word document (.doc") == true)
        // A zip whose entries are encrypted (the legacy zip flag) is refused the same way.
        let flagged = TestDocuments.minimalEntries().map { entry -> TestDocuments.RawEntry in
            var copy = entry
            copy.flags = 1
            return copy
        }
        #expect(refusal(TestDocuments.rawZip(flagged))?.cause.hasPrefix("this document is encrypted (password-protected)") == true)
    }

    @Test("an empty document, an empty file and a document with only a title are refused (exit 2 in the CLI)")
    func empty() throws {
        let blank = try TestDocuments.docx(body: "<w:p/><w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p>")
        #expect(refusal(blank)?.cause == "the Word document is empty: it holds no text")
        #expect(refusal(Data())?.cause == "the file is empty")
        let titleOnly = try TestDocuments.docx(body: TestDocuments.text("My fellowship claim", style: "Title")
                                               + TestDocuments.text("Context statement", style: "Heading1"))
        #expect(refusal(titleOnly)?.cause.contains("no text to read as a claim") == true)
    }

    @Test("a deflate stream that runs past its part (ZIPFoundation's own reader waits forever on it) is refused as damaged",
          .timeLimit(.minutes(1)))
    func truncatedStream() throws {
        // A stored block announcing 65,535 bytes when seven follow: inflating never ends, it just wants more.
        var endless = TestDocuments.RawEntry.stored("word/document.xml", Data([0x00, 0xFF, 0xFF, 0x00, 0x00, 0x41, 0x42]))
        endless.method = 8
        endless.uncompressedSize = 100
        let withEndless = TestDocuments.minimalEntries().filter { $0.path != "word/document.xml" } + [endless]
        #expect(refusal(TestDocuments.rawZip(withEndless))?.cause.contains("damaged") == true)
        // A real stream cut in half.
        let text = String(repeating: "I sign students off on the lathe before they work alone. ", count: 400)
        let document = "<?xml version=\"1.0\"?><w:document xmlns:w=\"\(TestDocuments.w)\"><w:body><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:body></w:document>"
        var entry = try TestDocuments.RawEntry.deflated("word/document.xml", Data(document.utf8))
        entry.stored = entry.stored.prefix(entry.stored.count / 2)
        // Put it last, so nothing but the directory follows its bytes.
        let entries = TestDocuments.minimalEntries().filter { $0.path != "word/document.xml" } + [entry]
        let error = try #require(refusal(TestDocuments.rawZip(entries)))
        #expect(error.cause.contains("damaged"))
    }

    @Test("a wrong checksum, a broken directory and malformed XML are each 'damaged'")
    func damaged() throws {
        let wrongCRC = TestDocuments.minimalEntries().map { entry -> TestDocuments.RawEntry in
            var copy = entry
            if copy.path == "word/document.xml" { copy.crc ^= 0xFFFF }
            return copy
        }
        #expect(refusal(TestDocuments.rawZip(wrongCRC))?.cause.contains("damaged (its part word/document.xml") == true)
        let cut = TestDocuments.rawZip(TestDocuments.minimalEntries())
        #expect(refusal(Data(cut.prefix(cut.count - 30)))?.cause.contains("damaged") == true)
        let malformed = "<?xml version=\"1.0\"?><w:document xmlns:w=\"\(TestDocuments.w)\"><w:body><w:p></w:body>"
        let error = try #require(refusal(TestDocuments.rawZip(TestDocuments.minimalEntries(document: malformed))))
        #expect(error.cause.contains("word/document.xml is not well-formed XML"))
    }

    @Test("damaged copies of a real document (bytes changed, cut short) are read or refused, never a crash or a hang",
          .timeLimit(.minutes(2)))
    func mutations() throws {
        let body = TestDocuments.text("Context statement", style: "Heading1")
            + String(repeating: TestDocuments.text("I run the first-year practical for 420 students (A2)."), count: 20)
            + "<w:tbl><w:tr><w:tc>" + TestDocuments.text("Account of practice") + "</w:tc><w:tc>" + TestDocuments.text("I sign students off.")
            + "</w:tc></w:tr></w:tbl>" + TestDocuments.paragraph(TestDocuments.run("Area 1", bold: true))
            + TestDocuments.paragraph(TestDocuments.run("an item"), properties: "<w:numPr><w:numId w:val=\"1\"/></w:numPr>")
        // Deflated (as Word writes it) and stored (so changed bytes land in the XML itself).
        let deflated = try TestDocuments.docx(body: body)
        let stored = TestDocuments.rawZip(TestDocuments.minimalEntries(document: "<?xml version=\"1.0\"?><w:document xmlns:w=\"\(TestDocuments.w)\"><w:body>\(body)</w:body></w:document>"))
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let rounds = Int(ProcessInfo.processInfo.environment["FELLOWSHIP_FUZZ_ROUNDS"] ?? "") ?? 400
        var outcomes = (read: 0, refused: 0)
        for round in 0..<rounds {
            var data = round.isMultiple(of: 2) ? deflated : stored
            if round < rounds * 4 / 5 {
                for _ in 0..<(1 + next(8)) { data[next(data.count)] = UInt8(next(256)) }
            } else {
                data = data.prefix(next(data.count))
            }
            do {
                _ = try ClaimSource.importWord(data: data, file: "fuzz.docx", category: .fellow)
                outcomes.read += 1
            } catch is InputError {
                outcomes.refused += 1
            }
        }
        #expect(outcomes.read + outcomes.refused == rounds)
        #expect(outcomes.refused > 0 && outcomes.read > 0)
    }

    @Test("paths inside the package: relative and plain pass, anything climbing out fails")
    func pathRules() {
        #expect(DOCXArchive.isSafe("word/document.xml"))
        #expect(DOCXArchive.isSafe("[Content_Types].xml"))
        #expect(!DOCXArchive.isSafe("word/../../x"))
        #expect(!DOCXArchive.isSafe(""))
        #expect(WordDocument.resolve("../customXml/item1.xml", from: "word") == "customXml/item1.xml")
        #expect(WordDocument.resolve("../../evil.xml", from: "word") == nil)
        #expect(WordDocument.resolve("/word/document.xml", from: "") == "word/document.xml")
    }
}

/// The refusal for a file on disk, read as every command reads it.
private func refusalAtPath(_ path: String) -> InputError? {
    do {
        _ = try ClaimSource.read(path, category: .fellow)
        return nil
    } catch {
        return error as? InputError
    }
}
