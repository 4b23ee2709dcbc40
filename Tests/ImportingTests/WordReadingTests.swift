import Claims
import FellowshipSupport
import Foundation
import PSF
import Testing
@testable import Importing

private typealias T = TestDocuments

private let prose = "I run the first-year microbiology practical for about 420 students a year and sign each of them off on aseptic technique (A2)."

/// Imports a document built from `body`, as `draft.docx`.
private func imported(_ body: String, category: Category? = .fellow, keepComments: Bool = false, title: String? = nil,
                      creator: String? = nil, comments: String? = nil) throws -> ImportedClaim {
    let data = try T.docx(body: body, title: title, creator: creator, comments: comments)
    return try ClaimSource.importWord(data: data, file: "draft.docx", category: category, keepComments: keepComments)
}

/// Section headings with their rule ids, in order.
private func sections(_ claim: ImportedClaim) -> [String] {
    claim.result.claim.sections.map { ($0.heading?.text ?? "-") + "=" + ($0.rule?.id ?? "none") }
}

@Suite("Reading Word documents: headings, runs, tables, tracked changes, comments")
struct WordReadingTests {
    @Test("headings by style id, by style name (a localised id), by outline level and through basedOn")
    func headingStyles() throws {
        let claim = try imported(T.text("Context statement", style: "Heading1") + T.text(prose)
                                 + T.text("Account of professional practice", style: "berschrift1") + T.text(prose)
                                 + T.text("Area 1: inductions", style: "MyHeading") + T.text(prose)
                                 + T.text("References", style: "SectionHead") + T.text("Kolb, D.A. (1984) Experiential learning."))
        #expect(sections(claim) == ["Context statement=context", "Account of professional practice=account", "References=references"])
        let account = claim.result.claim.sections[1]
        #expect(account.subheadings.map(\.text) == ["Area 1: inductions"])
        #expect(account.subheadings.first?.level == 2)
        #expect(claim.result.claim.references.map(\.text) == ["Kolb, D.A. (1984) Experiential learning."])
        #expect(claim.markdown.contains("\n# Context statement\n"))
        #expect(claim.markdown.contains("\n## Area 1: inductions\n"))
    }

    @Test("bold-only short lines are headings; a bold sentence and bold words in prose are not")
    func boldHeadings() throws {
        let claim = try imported(T.paragraph(T.run("Context statement", bold: true)) + T.text(prose)
                                 + T.paragraph(T.run("Account of practice:", bold: true)) + T.text(prose)
                                 + T.paragraph(T.run("Area 2", bold: true) + T.run(" – ", bold: true) + T.run("teaching at the bench", bold: true))
                                 + T.paragraph(T.run("This whole sentence is in bold but it is prose.", bold: true))
                                 + T.paragraph(T.run("Some ") + T.run("bold", bold: true) + T.run(" words in a sentence"))
                                 + T.paragraph("<w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t>Reflection</w:t></w:r>"))
        #expect(sections(claim) == ["Context statement=context", "Account of practice:=account"])
        let account = claim.result.claim.sections[1]
        #expect(account.subheadings.map(\.text) == ["Area 2 – teaching at the bench", "Reflection"])
        #expect(account.paragraphs.map(\.text).contains("This whole sentence is in bold but it is prose."))
        #expect(account.paragraphs.map(\.text).contains("Some bold words in a sentence"))
    }

    @Test("a line that is exactly a section's name is a heading even in plain text")
    func plainLabels() throws {
        let claim = try imported(T.text("Context statement") + T.text(prose) + T.text("Account of practice (max 2,500 words)") + T.text(prose)
                                 + T.text("Context is everything in a lab, and my context is a busy teaching floor."))
        #expect(sections(claim) == ["Context statement=context", "Account of practice (max 2,500 words)=account"])
        #expect(claim.result.claim.sections[1].paragraphs.count == 2)
    }

    @Test("a template's table form: labels in the first column, answers beside or below, guidance and header rows dropped")
    func tableForm() throws {
        func cell(_ content: String) -> String { "<w:tc>\(content)</w:tc>" }
        func row(_ cells: String, header: Bool = false) -> String { "<w:tr>\(header ? "<w:trPr><w:tblHeader/></w:trPr>" : "")\(cells)</w:tr>" }
        let cover = "<w:tbl>" + row(cell(T.text("Name:")) + cell(T.text("Sam Example")))
            + row(cell(T.text("Job title")) + cell(T.text("Senior Technician")))
            + row(cell(T.text("Category applied for")) + cell(T.text("Senior Fellow (SFHEA)"))) + "</w:tbl>"
        let form = "<w:tbl>" + row(cell(T.text("Section")) + cell(T.text("Your response")), header: true)
            + row(cell(T.text("Context statement (up to 500 words)") + T.text("Describe your role and who you support."))
                  + cell(T.text(prose) + T.text("Second paragraph of context.")))
            + row(cell(T.text("Reflective account of practice")))
            + row(cell(T.text(prose)))
            + row(cell(T.text("Case study 1: leading the induction redesign")) + cell(T.text(prose)))
            + "</w:tbl>"
        let claim = try imported(cover + form, category: nil)
        #expect(claim.result.category == .seniorFellow)
        #expect(sections(claim) == ["Context statement (up to 500 words)=context", "Reflective account of practice=reflective-account",
                                    "Case study 1: leading the induction redesign=case-study-1"])
        let text = claim.result.claim.paragraphs.map(\.text)
        #expect(!text.contains("Describe your role and who you support."))
        #expect(!text.contains("Section") && !text.contains("Your response"))
        #expect(text.contains("Second paragraph of context."))
        let front = claim.result.claim.frontMatter
        #expect(front.applicant == "Sam Example" && front.role == "Senior Technician")
        #expect(claim.markdown.contains("category: senior-fellow"))
    }

    @Test("runs are joined, tabs and line breaks become spaces; footnote marks, field codes and hidden text are left out")
    func runs() throws {
        let runs = T.run("I run") + "<w:r><w:tab/><w:t>the</w:t><w:br/><w:t>first-year</w:t></w:r>"
            + "<w:r><w:footnoteReference w:id=\"2\"/></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + T.run(" practical") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>secret</w:t></w:r>"
            + "<w:hyperlink r:id=\"rId9\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" + T.run(" for 420 students.") + "</w:hyperlink>"
        let claim = try imported(T.text("Context statement", style: "Heading1") + T.paragraph(runs))
        #expect(claim.result.claim.paragraphs.map(\.text) == ["I run the first-year practical for 420 students."])
    }

    @Test("tracked changes read as accepted: insertions kept, deletions (text, paragraph marks, moves) dropped")
    func trackedChanges() throws {
        let changed = T.paragraph(T.run("I ") + "<w:del w:id=\"1\" w:author=\"Mentor\"><w:r><w:delText>helped with</w:delText></w:r></w:del>"
                                  + "<w:ins w:id=\"2\" w:author=\"Mentor\">" + T.run("designed and ran") + "</w:ins>" + T.run(" the induction."))
        let joined = T.paragraph(T.run("The first half of a sentence"), properties: "<w:rPr><w:del w:id=\"3\" w:author=\"Mentor\"/></w:rPr>")
            + T.text(" and its second half.")
        let moved = "<w:moveFrom w:id=\"4\" w:author=\"M\">" + T.run("gone") + "</w:moveFrom>"
        let claim = try imported(T.text("Context statement", style: "Heading1") + changed + joined + T.paragraph(T.run("Kept") + moved + T.run(".")))
        #expect(claim.result.claim.paragraphs.map(\.text) == ["I designed and ran the induction.", "The first half of a sentence and its second half.", "Kept."])
    }

    @Test("lists by numbering, list style or bullet character become Markdown list items")
    func lists() throws {
        let numbered = T.paragraph(T.run("first item"), properties: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>")
        let styled = T.text("second item", style: "ListParagraph")
        let typed = T.text("•\tthird item")
        let claim = try imported(T.text("Context statement", style: "Heading1") + T.text(prose) + numbered + styled + typed + T.text("After the list."))
        let paragraphs = claim.result.claim.paragraphs
        #expect(paragraphs.map(\.isListItem) == [false, true, true, true, false])
        #expect(paragraphs.map(\.text) == [prose, "first item", "second item", "third item", "After the list."])
        #expect(claim.markdown.contains("- first item\n- second item\n- third item\n\nAfter the list."))
    }

    @Test("comments are left out by default and kept as notes the checks ignore with --keep-comments")
    func comments() throws {
        let body = T.text("Context statement", style: "Heading1")
            + T.paragraph("<w:commentRangeStart w:id=\"0\"/>" + T.run(prose) + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>")
        let comment = "<w:comment w:id=\"0\" w:author=\"Jo Mentor\"><w:p><w:r><w:t>Say what changed -- and how you know.</w:t></w:r></w:p></w:comment>"
        let plain = try imported(body, comments: comment)
        #expect(!plain.markdown.contains("Jo Mentor"))
        let kept = try imported(body, keepComments: true, comments: comment)
        #expect(kept.markdown.contains("<!-- Comment from Jo Mentor: Say what changed ‐‐ and how you know. -->"))
        #expect(kept.result.claim.paragraphs.map(\.text) == plain.result.claim.paragraphs.map(\.text))
    }

    @Test("content controls are opened, and a control still showing its placeholder is skipped")
    func contentControls() throws {
        let filled = "<w:sdt><w:sdtPr/><w:sdtContent>" + T.text(prose) + "</w:sdtContent></w:sdt>"
        let placeholder = "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + T.text("Click or tap here to enter text.") + "</w:sdtContent></w:sdt>"
        let claim = try imported(T.text("Context statement", style: "Heading1") + filled + placeholder)
        #expect(claim.result.claim.paragraphs.map(\.text) == [prose])
    }

    @Test("locations are paragraph numbers with the paragraph's first words; empty paragraphs are not counted")
    func locations() throws {
        let claim = try imported(T.text("My claim", style: "Title") + "<w:p/>" + T.text("Context statement", style: "Heading1") + "<w:p/>"
                                 + T.text(prose + " I work with about twenty staff. We all help."))
        let paragraph = try #require(claim.result.claim.paragraphs.first)
        #expect(paragraph.location.description == "draft.docx:¶3 (“I run the first-year…”)")
        #expect(paragraph.sentences.allSatisfy { $0.location.line == 3 && $0.location.isParagraph })
        #expect(paragraph.sentences.map(\.location.column) == paragraph.sentences.map(\.location.column).sorted())
        #expect(claim.result.claim.sections.first?.heading?.location.description == "draft.docx:¶2 (“Context statement”)")
        #expect(claim.result.claim.frontMatter.title == "My claim")
    }

    @Test("special characters come back exactly: Markdown marks in Word text are escaped, not interpreted")
    func escaping() throws {
        let tricky = ["*not emphasis* and _not_ either, `no code`, a <b>tag</b> and &amp; an entity",
                      "# not a heading", "- not a list", "1. not numbered", "> not a quote", "[a link](http://x) and snake_case_words",
                      "Costs rose by 10% (from £3 to £3.30) #worth it", "C:\\Users\\lab\\file"]
        let claim = try imported(T.text("Context statement", style: "Heading1") + tricky.map { T.text($0) }.joined()
                                 + T.text("Case study #", style: "Heading2"))
        let paragraphs = claim.result.claim.paragraphs
        #expect(paragraphs.map(\.text) == tricky)
        #expect(paragraphs.allSatisfy { !$0.isListItem })
        #expect(claim.result.claim.sections.count == 1)
        #expect(claim.result.claim.sections[0].subheadings.map(\.text) == ["Case study #"])
    }

    @Test("the title block gives the front matter; core properties fill gaps; a category is found when named without doubt")
    func titleBlock() throws {
        let claim = try imported(T.text("Application for Associate Fellowship", style: "Title") + T.text("Name: Alex Smith")
                                 + T.text("Role: Workshop Technician") + T.text("Institution: A UK university")
                                 + T.text("Context statement", style: "Heading1") + T.text(prose),
                                 category: nil, creator: "Microsoft Office User")
        #expect(claim.result.category == .associateFellow)
        let front = claim.result.claim.frontMatter
        #expect(front.title == "Application for Associate Fellowship")
        #expect(front.applicant == "Alex Smith" && front.role == "Workshop Technician" && front.institution == "A UK university")
        #expect(!claim.result.claim.paragraphs.contains { $0.text.hasPrefix("Name:") })
        let fromCore = try imported(T.text("Context statement", style: "Heading1") + T.text(prose), title: "Draft claim", creator: "Jo Bloggs")
        #expect(fromCore.result.claim.frontMatter.title == "Draft claim" && fromCore.result.claim.frontMatter.applicant == "Jo Bloggs")
        #expect(TitleBlock.mentionedCategory(in: "Fellowship application") == nil)
        #expect(TitleBlock.mentionedCategory(in: "SFHEA claim") == .seniorFellow)
        #expect(TitleBlock.mentionedCategory(in: "FHEA or SFHEA?") == nil)
    }

    @Test("no category anywhere: a plain refusal asking for --category")
    func noCategory() throws {
        #expect {
            _ = try imported(T.text("Context statement", style: "Heading1") + T.text(prose), category: nil)
        } throws: { error in
            (error as? InputError)?.cause == "the document does not say which category the claim is for"
        }
    }

    @Test("no recognisable sections: the whole text is one account of practice, and a note says so")
    func noSections() throws {
        let claim = try imported(T.text("My teaching") + T.text(prose) + T.text("Another paragraph about inductions."))
        #expect(sections(claim) == ["Account of professional practice=account"])
        #expect(claim.notes.count == 1)
        #expect(claim.notes.first?.contains("no sections were recognised") == true)
        #expect(claim.result.claim.paragraphs.count == 3)
        #expect(claim.result.claim.sections[0].heading?.location.description == "draft.docx")
    }
}
