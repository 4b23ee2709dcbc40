import Checking
import Claims
import Export
import FellowshipSupport
import Foundation
import Testing
import TestSupport
@testable import Importing

private let examples = ["Examples/associate-fellow-lifesci/claim.md", "Examples/fellow-engineering/claim.md",
                        "Examples/senior-fellow-art-design/claim.md"]

/// The claim exported to Word exactly as `fellowship export --format docx` does it.
private func exported(_ read: ClaimReader.Result, report: CheckReport? = nil, comments: Bool = false, mapping: Bool = false) throws -> Data {
    let document = ClaimDocument(read: read, report: report, withComments: comments, withMapping: mapping, tooltips: false)
    let model = document.document()
    return try DOCXRenderer.render(model, metadata: document.metadata(title: model.title))
}

/// White space folded, for comparing text that went through Word's runs.
private func folded(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

/// The claim tree without positions: what a claim says and how it is arranged.
private struct Shape: Equatable {
    var frontMatter: FrontMatter
    var sections: [[String]]
    var references: [String]

    init(_ claim: Claim) {
        frontMatter = claim.frontMatter
        sections = claim.sections.map { section in
            ["heading: \(section.heading.map { "\($0.level) \($0.text)" } ?? "none") rule: \(section.rule?.id ?? "none")"]
                + section.subheadings.map { "subheading: \($0.level) \($0.text)" }
                + section.paragraphs.map { paragraph in
                    (paragraph.isListItem ? "- " : "") + folded(paragraph.text) + " | " + paragraph.sentences.map { folded($0.text) }.joined(separator: " | ")
                        + " | " + paragraph.sentences.flatMap(\.citations).map(\.key).joined(separator: ",")
                        + " | " + paragraph.sentences.map { $0.signpostedCodes.map(\.rawValue).sorted().joined(separator: ",") }.joined(separator: ";")
                }
        }
        references = claim.references.map { folded($0.text) }
    }
}

@Suite("Round trip: export to Word, then read the Word file, gives back the same claim")
struct RoundTripTests {
    @Test("every example: same front matter, sections, subheadings, paragraphs, sentences, signposts, citations, references", arguments: examples)
    func sameTree(path: String) throws {
        let original = try ClaimReader.read(Repository.path(path).path)
        let data = try exported(original)
        let back = try ClaimSource.importWord(data: data, file: "claim.docx")
        #expect(Shape(back.result.claim) == Shape(original.claim))
        #expect(back.result.category == original.category)
        #expect(back.result.scheme.id == original.scheme.id)
        #expect(back.notes.isEmpty)
        // And the Markdown written by import reads back as the same claim too.
        let again = try ClaimReader.parse(back.markdown, file: "claim.md")
        #expect(Shape(again.claim) == Shape(original.claim))
    }

    @Test("every example: checking the Word file finds what checking the Markdown finds, at paragraphs instead of lines", arguments: examples)
    func sameCheck(path: String) throws {
        let checker = Checker()
        let original = try ClaimReader.read(Repository.path(path).path)
        let markdown = try checker.check(original, currentYear: 2026)
        let word = try checker.check(try ClaimSource.importWord(data: try exported(original), file: "claim.docx").result, currentYear: 2026)
        #expect(word.words.total == markdown.words.total)
        #expect(word.words.sections.map(\.words) == markdown.words.sections.map(\.words))
        #expect(word.dimensions.map(\.status) == markdown.dimensions.map(\.status))
        #expect(word.findings.map(\.rule).sorted() == markdown.findings.map(\.rule).sorted())
        #expect(word.findings.allSatisfy { $0.location.isParagraph || $0.location.line == 0 })
        #expect(word.findings.allSatisfy { $0.location.file == "claim.docx" })
    }

    @Test("with check findings as comments and the mapping appendix, the claim still comes back the same")
    func withCommentsAndAppendix() throws {
        let original = try ClaimReader.read(Repository.path("Tests/Fixtures/claims/first-person-we.md").path)
        let report = try Checker().check(original, currentYear: 2026)
        let data = try exported(original, report: report, comments: true, mapping: true)
        let back = try ClaimSource.importWord(data: data, file: "claim.docx")
        #expect(Shape(back.result.claim) == Shape(original.claim))
        let kept = try ClaimSource.importWord(data: data, file: "claim.docx", keepComments: true)
        #expect(kept.markdown.contains("<!-- Comment from fellowship check: [first-person]"))
        #expect(Shape(kept.result.claim) == Shape(original.claim))
    }

    @Test("a claim without a title or applicant comes back without them (the export's placeholder title is not taken)")
    func sparseFrontMatter() throws {
        let text = "---\ncategory: fellow\n---\n\n# Context statement\n\nI run the first-year lathe induction for 120 students (A2).\n"
        let original = try ClaimReader.parse(text, file: "sparse.md")
        let back = try ClaimSource.importWord(data: try exported(original), file: "sparse.docx")
        #expect(Shape(back.result.claim) == Shape(original.claim))
        #expect(back.result.claim.frontMatter.title == nil)
    }

    @Test("a Word claim's findings in JSON carry the paragraph and its first words; a Markdown claim's JSON is unchanged")
    func json() throws {
        let original = try ClaimReader.read(Repository.path("Tests/Fixtures/claims/first-person-we.md").path)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let markdownFinding = try #require(try Checker().check(original, currentYear: 2026).findings.first { $0.location.line > 1 })
        let markdownJSON = String(decoding: try encoder.encode(markdownFinding), as: UTF8.self)
        #expect(!markdownJSON.contains("paragraph") && !markdownJSON.contains("excerpt"))
        let word = try Checker().check(try ClaimSource.importWord(data: try exported(original), file: "we.docx").result, currentYear: 2026)
        let wordFinding = try #require(word.findings.first { $0.rule == "first-person" })
        let object = try #require(try JSONSerialization.jsonObject(with: try encoder.encode(wordFinding)) as? [String: Any])
        #expect(object["paragraph"] as? Int == wordFinding.location.line)
        #expect(object["line"] as? Int == wordFinding.location.line)
        #expect((object["excerpt"] as? String)?.isEmpty == false)
        #expect(wordFinding.location.description.hasPrefix("we.docx:¶\(wordFinding.location.line) (“"))
    }
}

@Suite("ClaimSource: one reader for every command, by content")
struct ClaimSourceTests {
    @Test("a Markdown claim is read exactly as ClaimReader reads it, whatever its extension")
    func markdownUnchanged() throws {
        let path = Repository.path("Examples/fellow-engineering/claim.md").path
        let direct = try ClaimReader.read(path)
        let viaSource = try ClaimSource.read(path)
        #expect(Shape(viaSource.claim) == Shape(direct.claim))
        #expect(viaSource.claim.paragraphs.map(\.location) == direct.claim.paragraphs.map(\.location))
        #expect(viaSource.claim.convertedFrom == nil)
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let renamed = folder.appendingPathComponent("claim.txt").path
        try FileManager.default.copyItem(atPath: path, toPath: renamed)
        #expect(Shape(try ClaimSource.read(renamed).claim) == Shape(direct.claim))
    }

    @Test("a Word document is read by content even when named .md, and errors keep the Markdown reader's wording")
    func byContent() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try ClaimReader.read(Repository.path("Examples/fellow-engineering/claim.md").path)
        let disguised = folder.appendingPathComponent("claim.md").path
        try exported(original).write(to: URL(fileURLWithPath: disguised))
        let read = try ClaimSource.read(disguised)
        #expect(read.claim.convertedFrom != nil)
        #expect(Shape(read.claim) == Shape(original.claim))
        let missing = folder.appendingPathComponent("nowhere.docx").path
        #expect { try ClaimSource.read(missing) } throws: { ($0 as? InputError)?.cause == "there is no file here" }
    }

    @Test("macro-enabled documents and templates are Word too; a spreadsheet's main part is not",
          arguments: [("application/vnd.ms-word.document.macroEnabled.main+xml", true),
                      ("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", true),
                      ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", false)])
    func wordVariants(type: String, accepted: Bool) throws {
        let data = try TestDocuments.docx(body: TestDocuments.text("Context statement", style: "Heading1") + TestDocuments.text("I run inductions."),
                                          mainType: type)
        let read = Result { try ClaimSource.importWord(data: data, file: "draft.docm", category: .fellow) }
        if accepted {
            #expect((try? read.get())?.result.claim.paragraphs.map(\.text) == ["I run inductions."])
        } else {
            #expect(throws: InputError("this is a zip archive, not a Word document", at: SourceLocation(file: "draft.docm"),
                                       hint: "give a .docx saved from Word, LibreOffice or Google Docs")) { try read.get() }
        }
    }

    @Test("an unknown scheme named in a Word document's properties is reported at the document")
    func errorsPointAtTheDocument() throws {
        let custom = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="fellowship.scheme"><vt:lpwstr>no-such-scheme</vt:lpwstr></property></Properties>
        """
        let data = try TestDocuments.docx(body: TestDocuments.text("Context statement", style: "Heading1") + TestDocuments.text("I run inductions."),
                                          extraParts: [("docProps/custom.xml", custom)])
        #expect {
            _ = try ClaimSource.importWord(data: data, file: "draft.docx", category: .fellow)
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.location?.description == "draft.docx" && error.cause == "there is no scheme called ‘no-such-scheme’"
        }
    }

    @Test("converted positions: a Markdown line becomes its paragraph (columns counted inside it), a made line the whole file")
    func convertedPositions() {
        let source = ConvertedSource(file: "draft.docx", lines: [nil, .init(paragraph: 7, excerpt: "I run the…", prefix: 2)])
        let item = source.location(for: SourceLocation(file: "draft.docx", line: 2, column: 10))
        #expect(item == SourceLocation(file: "draft.docx", line: 7, column: 8, isParagraph: true, excerpt: "I run the…"))
        #expect(item.description == "draft.docx:¶7 (“I run the…”)")
        #expect(source.location(for: SourceLocation(file: "draft.docx", line: 1, column: 1)).description == "draft.docx")
        #expect(source.location(for: SourceLocation(file: "draft.docx", line: 99, column: 1)).description == "draft.docx")
        #expect(source.location(for: SourceLocation(file: "other.md", line: 2, column: 1)).description == "other.md:2:1")
        let error = source.relocate(InputError("something is wrong", at: SourceLocation(file: "draft.docx", line: 2, column: 3)))
        #expect(error.description == "draft.docx:¶7 (“I run the…”): something is wrong")
        #expect(SourceLocation(file: "claim.md", line: 4, column: 2).description == "claim.md:4:2")
    }
}
