import Foundation
import Testing
import TestSupport

@Suite("CLI: check and coverage")
struct CheckCLITests {
    @Test("a sound example: exit 0, a dimension table, word counts and a verdict")
    func soundClaim() throws {
        let result = try CLIRunner.run(["check", Repository.path("Examples/fellow-engineering/claim.md").path])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("Dimensions for Fellow (D2)"))
        #expect(result.stdout.contains("Words:"))
        #expect(result.stdout.contains("Verdict: 0 errors"))
    }

    @Test("a flawed claim: editor-style lines with rule ids and hints, exit 1")
    func flawedClaim() throws {
        let path = Repository.path("Tests/Fixtures/claims/personal-data-email.md").path
        let result = try CLIRunner.run(["check", path])
        #expect(result.status == 1)
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("[personal-data]") })
        #expect(line.range(of: #"^.+\.md:\d+:\d+: error: \[personal-data\] "#, options: .regularExpression) != nil, "\(line)")
        #expect(result.stdout.contains("  hint: "))
    }

    @Test("--disable, --category and --json")
    func options() throws {
        let path = Repository.path("Tests/Fixtures/claims/personal-data-email.md").path
        let disabled = try CLIRunner.run(["check", path, "--disable", "personal-data"])
        #expect(disabled.status == 0 && !disabled.stdout.contains("[personal-data]"))
        let asFellow = try CLIRunner.run(["check", Repository.path("Examples/associate-fellow-lifesci/claim.md").path, "--category", "FHEA", "--json"])
        #expect(asFellow.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(asFellow.stdout.utf8)) as? [String: Any])
        #expect(object["category"] as? String == "fellow")
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "dimension-missing" && $0["dimension"] as? String != nil })
    }

    @Test("bad input: one plain line with file:line:column and a hint, exit 2, nothing written", arguments: [
        ("", "empty"),
        ("# Context statement\n\nI teach.\n", "front matter"),
        ("---\ncategory: [fellow\n---\n", "YAML"),
        ("---\ncategory: professor\n---\n", "category"),
        ("---\ncategory: fellow\nscheme: nowhere\n---\n", "scheme"),
    ])
    func badInput(text: String, word: String) throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("claim.md")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["check", file.path])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.hasPrefix(file.path + ":"), "\(result.stderr)")
        #expect(result.stderr.contains(word) && result.stderr.contains("hint:"), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["claim.md"])
    }

    @Test("invalid UTF-8, a 20 MB file, a heading-only file, a missing file and an unknown rule")
    func otherBadInput() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("binary.md")
        try Data("---\ncategory: fellow\n---\nI teach \u{00}".utf8 + [0xC3, 0x28]).write(to: binary)
        let utf8 = try CLIRunner.run(["check", binary.path])
        #expect(utf8.status == 2 && utf8.stderr.contains("UTF-8") && utf8.stderr.contains(":4:"), "\(utf8.stderr)")
        let huge = folder.appendingPathComponent("huge.md")
        try Data(repeating: 0x61, count: 20 * 1_048_576).write(to: huge)
        let big = try CLIRunner.run(["check", huge.path])
        #expect(big.status == 2 && big.stderr.contains("too large"), "\(big.stderr)")
        let headings = folder.appendingPathComponent("headings.md")
        try "---\ncategory: fellow\n---\n# Context statement\n# Account of practice\n".write(to: headings, atomically: true, encoding: .utf8)
        let sparse = try CLIRunner.run(["check", headings.path])
        #expect(sparse.status == 1 && sparse.stdout.contains("[section-empty]"), "\(sparse.stdout)")
        #expect(try CLIRunner.run(["check", folder.appendingPathComponent("none.md").path]).status == 2)
        let unknownRule = try CLIRunner.run(["check", headings.path, "--disable", "no-such-rule"])
        #expect(unknownRule.status == 2 && unknownRule.stderr.contains("first-person"))
    }

    @Test("coverage: text matrix, JSON, and a self-contained HTML file written atomically")
    func coverage() throws {
        let claim = Repository.path("Examples/senior-fellow-art-design/claim.md").path
        let text = try CLIRunner.run(["coverage", claim])
        #expect(text.status == 0 && text.stdout.contains("DIMENSIONS BY SECTION"))
        let json = try CLIRunner.run(["coverage", claim, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["rows"] as? [Any])?.count == 15)
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("coverage.html")
        let html = try CLIRunner.run(["coverage", claim, "--format", "html", "--out", out.path])
        #expect(html.status == 0)
        let page = try String(contentsOf: out, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<style>") && !page.contains("<script") && !page.contains("http://") && !page.contains("https://"))
        #expect(page.contains("@page{size:A4"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["coverage.html"])
        let same = try CLIRunner.run(["coverage", claim, "--format", "html", "--out", claim])
        #expect(same.status == 2, "the claim itself is never overwritten")
    }

    @Test("coverage of a claim with gaps lists bank examples from the applicant's discipline")
    func coverageGaps() throws {
        let claim = Repository.path("Tests/Fixtures/claims/dimension-missing.md").path
        let json = try CLIRunner.run(["coverage", claim, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let gaps = try #require(object["gaps"] as? [[String: Any]])
        #expect(!gaps.isEmpty)
        for gap in gaps {
            let examples = try #require(gap["examples"] as? [[String: Any]])
            #expect((2...3).contains(examples.count))
            #expect(examples.allSatisfy { ($0["id"] as? String)?.hasPrefix("lifesci-") == true })
        }
    }

    @Test("user text in the HTML report is escaped: an injection stays inert")
    func injection() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let claim = folder.appendingPathComponent("claim.md")
        try """
        ---
        applicant: "\\"><script>alert(1)</script>"
        category: fellow
        ---
        # Context statement

        I run inductions "><script>alert(1)</script> for students (A2).
        """.write(to: claim, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("c.html")
        _ = try CLIRunner.run(["coverage", claim.path, "--format", "html", "--out", out.path])
        let page = try String(contentsOf: out, encoding: .utf8)
        #expect(!page.contains("<script>"))
        #expect(page.contains("&lt;script&gt;"))
    }
}

@Suite("CLI: export")
struct ExportCLITests {
    @Test("docx, html and txt beside the claim by default; --out elsewhere")
    func formats() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let claim = folder.appendingPathComponent("claim.md")
        try FileManager.default.copyItem(at: Repository.path("Examples/associate-fellow-lifesci/claim.md"), to: claim)
        for format in ["docx", "html", "txt"] {
            let result = try CLIRunner.run(["export", claim.path, "--format", format])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("claim.\(format)").path))
        }
        let docx = try Data(contentsOf: folder.appendingPathComponent("claim.docx"))
        #expect(docx.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a zip file")
        let html = try String(contentsOf: folder.appendingPathComponent("claim.html"), encoding: .utf8)
        #expect(html.contains("class=\"badge\"") && html.contains("title=\"A2: Teach and/or support learning"))
    }

    @Test("bad input: missing output folder, output equal to the claim, a claim that fails to parse: exit 2, nothing left behind")
    func badInput() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let claim = folder.appendingPathComponent("claim.md")
        try FileManager.default.copyItem(at: Repository.path("Examples/associate-fellow-lifesci/claim.md"), to: claim)
        let original = try Data(contentsOf: claim)
        let noFolder = try CLIRunner.run(["export", claim.path, "--format", "docx", "--out", folder.appendingPathComponent("nope/claim.docx").path])
        #expect(noFolder.status == 2 && noFolder.stderr.contains("folder"))
        let same = try CLIRunner.run(["export", claim.path, "--format", "txt", "--out", claim.path])
        #expect(same.status == 2 && same.stderr.contains("overwrite"))
        #expect(try Data(contentsOf: claim) == original)
        let broken = folder.appendingPathComponent("broken.md")
        try "---\ncategory: [fellow\n---\n".write(to: broken, atomically: true, encoding: .utf8)
        let unreadable = try CLIRunner.run(["export", broken.path, "--format", "docx"])
        #expect(unreadable.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["broken.md", "claim.md"])
    }
}

@Suite("CLI: build, category, new")
struct DraftingCLITests {
    @Test("build writes a draft that check accepts without blocking errors")
    func build() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("draft.md").path
        let built = try CLIRunner.run(["build", Repository.path("Examples/senior-fellow-art-design/activities.yaml").path,
                                       "--category", "senior-fellow", "--out", out])
        #expect(built.status == 0, "\(built.stderr)")
        let checked = try CLIRunner.run(["check", out, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(checked.stdout.utf8)) as? [String: Any])
        let rules = ((object["findings"] as? [[String: Any]]) ?? []).compactMap { $0["rule"] as? String }
        #expect(!rules.contains("dimension-missing") && !rules.contains("section-missing") && !rules.contains("case-studies"))
    }

    @Test("bad logs: empty, no teaching link (says what counts), unknown category, malformed YAML: exit 2, nothing written",
          arguments: [
              ("", ["build"], "empty"),
              ("activities:\n  - text: I order stock and chase suppliers.\n  - text: I service the compressors.\n", ["build"], "demonstrating"),
              ("activities:\n  - text: I run the lathe inductions for first years.\n", ["build", "--category", "professor"], "category"),
              ("activities:\n  - text: [I run\n", ["category"], "YAML"),
          ])
    func badLogs(text: String, command: [String], word: String) throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("log.yaml")
        try text.write(to: log, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("draft.md").path
        let arguments = [command[0], log.path] + command.dropFirst() + (command[0] == "build" ? ["--out", out] : [])
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(word), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("category --json follows the contract; new prints a claim that check can read")
    func categoryAndNew() throws {
        let result = try CLIRunner.run(["category", Repository.path("Examples/senior-fellow-technical-manager-chemistry/activities.yaml").path, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["recommended"] as? String == "senior-fellow")
        #expect((object["categories"] as? [[String: Any]])?.count == 3)
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let claim = folder.appendingPathComponent("new.md").path
        #expect(try CLIRunner.run(["new", "--category", "FHEA", "--discipline", "engineering", "--out", claim]).status == 0)
        let checked = try CLIRunner.run(["check", claim])
        #expect(checked.status == 1 && checked.stdout.contains("[section-empty]") && !checked.stdout.contains("[section-missing]"))
        #expect(try CLIRunner.run(["new", "--category", "FHEA", "--out", claim]).status == 2, "never overwrites")
    }
}

@Suite("CLI: interview")
struct InterviewCLITests {
    @Test("answers piped on stdin become an activity log that category and build can read")
    func pipedInterview() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("log.yaml").path
        let answers = """
        Sam Example
        Technician
        Chemistry
        I demonstrate titration to first years in the teaching lab and watch each of them do one before they work alone
        Fewer wasted burettes, and students said they felt more confident
        When a student with dyspraxia struggled with the burette I set up a clamp stand at a lower height and went through it one to one
        They completed the practical
        I sign off first years on the rotary evaporator and give them written feedback on their technique
        All passed at the second attempt
        done
        """
        let result = try CLIRunner.run(["interview", "--out", log], stdin: answers)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("That sounds like"))
        let category = try CLIRunner.run(["category", log, "--json"])
        #expect(category.status == 0, "\(category.stderr)")
        let again = try CLIRunner.run(["interview", "--out", log], stdin: "done\n")
        #expect(again.status == 2, "never overwrites an existing log")
        let nothing = try CLIRunner.run(["interview", "--out", folder.appendingPathComponent("empty.yaml").path], stdin: "")
        #expect(nothing.status == 2 && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("empty.yaml").path))
    }
}

@Suite("CLI: diff")
struct DiffCLITests {
    @Test("between two drafts: findings fixed and introduced, dimensions gained, words per section; --json")
    func diff() throws {
        let flawed = Repository.path("Tests/Fixtures/claims/first-person-we.md").path
        let clean = Repository.path("Examples/associate-fellow-lifesci/claim.md").path
        let text = try CLIRunner.run(["diff", flawed, clean])
        #expect(text.status == 0 && text.stdout.contains("fixed old line ") && text.stdout.contains("[first-person]"))
        let json = try CLIRunner.run(["diff", clean, flawed, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["introduced"] as? [[String: Any]])?.contains { $0["rule"] as? String == "first-person" } == true)
        #expect((object["fixed"] as? [Any])?.isEmpty == true)
        #expect((object["sections"] as? [[String: Any]])?.count == 3)
        let asFellow = try CLIRunner.run(["diff", Repository.path("Tests/Fixtures/claims/dimension-missing.md").path,
                                          Repository.path("Examples/fellow-engineering/claim.md").path, "--json"])
        let gained = try #require(try JSONSerialization.jsonObject(with: Data(asFellow.stdout.utf8)) as? [String: Any])
        #expect(((gained["gained"] as? [Any]) ?? []).count >= 5)
        #expect(try CLIRunner.run(["diff", clean, "/no/such.md"]).status == 2)
    }
}

@Suite("CLI: brief")
struct BriefCLITests {
    @Test("a referee brief lists confirmable statements with their dimensions, and questions drawn from the claim")
    func brief() throws {
        let claim = Repository.path("Examples/fellow-engineering/claim.md").path
        let text = try CLIRunner.run(["brief", claim])
        #expect(text.status == 0 && text.stdout.contains("WHAT THE APPLICANT SAYS THEY DID"))
        #expect(text.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let json = try CLIRunner.run(["brief", claim, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.count >= 10 && items.allSatisfy { !(($0["dimensions"] as? [String]) ?? []).isEmpty })
        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(questions.count == 15)
        #expect(questions.contains { ($0["question"] as? String)?.hasPrefix("You wrote") == true })
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("brief.docx").path
        #expect(try CLIRunner.run(["brief", claim, "--format", "docx", "--out", out]).status == 0)
        #expect(FileManager.default.fileExists(atPath: out))
        #expect(try CLIRunner.run(["brief", claim, "--format", "docx"]).status == 2)
    }
}
