import Foundation
import Testing
import TestSupport
import FellowshipSupport
import PSF
@testable import Claims

@Suite("Reading claims")
struct ClaimReaderTests {
    static let claim = """
    ---
    title: My account
    applicant: Alex Example
    discipline: Engineering
    category: fellow
    ---

    # Context statement

    I am a senior technician in a mechanical engineering workshop.

    # Account of professional practice

    ## Area 1: designing the induction

    I redesigned the lathe induction around three short demonstrations (A1, A2). Students
    practise each step straight away, because skills are learned by doing (Kolb, 1984).
    As Race (2019) argues, feedback should come quickly [A3].

    - I keep a *competence record* for every student.

    # References

    Kolb, D.A. (1984) Experiential learning. Englewood Cliffs: Prentice Hall.
    Race, P. (2019) The lecturer's toolkit. 5th edn. Abingdon: Routledge.
    """

    @Test("front matter, sections by the scheme's wordings, subheadings, paragraphs and list items")
    func structure() throws {
        let read = try ClaimReader.parse(Self.claim, file: "c.md")
        #expect(read.category == .fellow)
        #expect(read.scheme.id == "advance-he-direct")
        #expect(read.claim.frontMatter.applicant == "Alex Example")
        let kinds = read.claim.sections.map(\.kind)
        #expect(kinds == [.context, .account, .references])
        #expect(read.claim.sections[1].subheadings.map(\.text) == ["Area 1: designing the induction"])
        #expect(read.claim.sections[1].paragraphs.count == 2)
        #expect(read.claim.sections[1].paragraphs[1].isListItem)
        #expect(read.claim.sections[1].paragraphs[1].text == "I keep a competence record for every student.")
    }

    @Test("every sentence knows its line and column in the file")
    func positions() throws {
        let read = try ClaimReader.parse(Self.claim, file: "c.md")
        let lines = Self.claim.split(separator: "\n", omittingEmptySubsequences: false)
        for sentence in read.claim.sentences {
            let line = lines[sentence.location.line - 1]
            let start = line.index(line.startIndex, offsetBy: sentence.location.column - 1)
            let firstWord = sentence.text.split(separator: " ")[0]
            #expect(line[start...].hasPrefix(firstWord), "\(sentence.location) does not start ‘\(sentence.text)’")
        }
        let students = try #require(read.claim.sentences.first { $0.text.hasPrefix("Students") })
        #expect(students.location.line == 16)
        #expect(students.location.column == 78)
    }

    @Test("signposts and citations per sentence; references parsed")
    func signpostsAndCitations() throws {
        let read = try ClaimReader.parse(Self.claim, file: "c.md")
        let sentences = read.claim.sentences
        #expect(sentences.first { $0.text.contains("three short") }?.signpostedCodes == [.a1, .a2])
        #expect(sentences.first { $0.text.contains("feedback should") }?.signpostedCodes == [.a3])
        let prose = read.claim.sections.filter { $0.kind != .references }.flatMap(\.paragraphs).flatMap(\.sentences)
        #expect(prose.flatMap(\.citations).map(\.key).sorted() == ["kolb-1984", "race-2019"])
        #expect(read.claim.references.compactMap(\.key) == ["kolb-1984", "race-2019"])
    }

    @Test("multi-author and possessive citations name the first author")
    func citationForms() {
        let here = SourceLocation(file: "x")
        let keys = { (text: String) in Citation.citations(in: text, at: here).map(\.key) }
        #expect(keys("As Rolfe, Freshwater and Jasper (2001) suggest") == ["rolfe-2001"])
        #expect(keys("I used Sweller's (1988) idea") == ["sweller-1988"])
        #expect(keys("(Biggs and Tang, 2011, p. 58; Kolb, 1984)") == ["biggs-2011", "kolb-1984"])
        #expect(keys("In 2023 I ran 12 sessions (about 40 students)").isEmpty)
    }

    @Test("word counts leave out signposts, headings and uncounted references")
    func wordCount() throws {
        let read = try ClaimReader.parse(Self.claim, file: "c.md")
        let count = WordCount(claim: read.claim, rules: read.rules)
        #expect(count.sections.map(\.counted) == [true, true, false])
        #expect(count.sections[0].words == 10)
        #expect(count.total == count.sections[0].words + count.sections[1].words)
        // "(A1, A2)" and "[A3]" are not words; "(Kolb, 1984)" is two.
        #expect(count.sections[1].words == 9 + 14 + 8 + 8)
    }

    @Test("command-line category and scheme override the front matter")
    func overrides() throws {
        let read = try ClaimReader.parse(Self.claim, file: "c.md", category: .associateFellow, scheme: "institution-psf2023-a")
        #expect(read.category == .associateFellow)
        #expect(read.scheme.id == "institution-psf2023-a")
    }

    @Test("bad input is a plain error with file:line:column", arguments: [
        ("", "empty", 1),
        ("# Context statement\n\nText.", "front matter", 1),
        ("---\ncategory: fellow\n", "not closed", 1),
        ("---\ncategory: [fellow\n---\n", "YAML", 3),
        ("---\ncategory: professor\n---\n# Context\n", "category", 2),
        ("---\ncategory: fellow\nscheme: nowhere\n---\n", "scheme", 3),
        ("---\napplicant: A\n---\n# Context\n", "category", 1),
        ("---\ncategory: principal-fellow\n---\n", "does not cover", 0),
    ])
    func badInput(text: String, word: String, line: Int) {
        do {
            _ = try ClaimReader.parse(text, file: "bad.md")
            Issue.record("accepted: \(text)")
        } catch let error as InputError {
            #expect(error.description.contains(word) || (error.hint ?? "").contains(word), "\(error)")
            if line > 0 { #expect(error.location?.line == line, "\(error)") }
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("a heading-only file and a file with only prose still parse")
    func sparseFiles() throws {
        let headings = try ClaimReader.parse("---\ncategory: fellow\n---\n# Context statement\n# Account of practice\n", file: "h.md")
        #expect(headings.claim.sections.count == 2 && headings.claim.paragraphs.isEmpty)
        let prose = try ClaimReader.parse("---\ncategory: fellow\n---\nI run inductions.\n", file: "p.md")
        #expect(prose.claim.sections.count == 1 && prose.claim.sections[0].rule == nil)
    }
}
