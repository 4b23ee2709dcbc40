import Foundation
import Testing
import TestSupport

/// Exports an example to `folder/name.docx` with the built binary, as a user would.
private func exportedExample(_ example: String, to folder: URL, name: String = "draft") throws -> String {
    let target = folder.appendingPathComponent("\(name).docx").path
    let result = try CLIRunner.run(["export", Repository.path("Examples/\(example)/claim.md").path, "--format", "docx", "--out", target])
    #expect(result.status == 0, "\(result.stderr)")
    return target
}

@Suite("CLI: Word drafts in (import, and every command reading a .docx)")
struct ImportCLITests {
    @Test("import writes the claim atomically, refuses to overwrite unless --force, and prints to stdout without --out")
    func importWrites() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = try exportedExample("fellow-engineering", to: folder)
        let out = folder.appendingPathComponent("claim.md").path
        let first = try CLIRunner.run(["import", draft, "--out", out])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("Wrote \(out): Fellow,") && first.stderr.contains("Next: fellowship check"), "\(first.stderr)")
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written.hasPrefix("---\ntitle: ") && written.contains("\ncategory: fellow\n") && written.contains("\n# Context statement\n"))
        let again = try CLIRunner.run(["import", draft, "--out", out])
        #expect(again.status == 2 && again.stderr.contains("a file is already there"), "\(again.stderr)")
        try "mine".write(toFile: out, atomically: true, encoding: .utf8)
        let forced = try CLIRunner.run(["import", draft, "--out", out, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == written)
        let piped = try CLIRunner.run(["import", draft])
        #expect(piped.status == 0 && piped.stdout == written)
        let check = try CLIRunner.run(["check", out])
        #expect(check.status != 2, "\(check.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["claim.md", "draft.docx"])
    }

    @Test("check, coverage, brief, diff and export accept a .docx, with ¶ locations and the paragraph's first words")
    func commandsReadWord() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = try exportedExample("associate-fellow-lifesci", to: folder)
        let markdown = Repository.path("Examples/associate-fellow-lifesci/claim.md").path
        let check = try CLIRunner.run(["check", draft])
        #expect(check.status == 0, "\(check.stderr)")
        let finding = try #require(check.stdout.split(separator: "\n").first { $0.contains("[dimension-untagged]") })
        #expect(finding.range(of: #"^.+draft\.docx:¶\d+ \(“[^”]+”\): note: \[dimension-untagged\] "#, options: .regularExpression) != nil, "\(finding)")
        #expect(check.stdout.range(of: #"V1  evidenced    ¶\d+"#, options: .regularExpression) != nil, "\(check.stdout)")
        let markdownCheck = try CLIRunner.run(["check", markdown])
        #expect(markdownCheck.stdout.split(separator: "\n").last == check.stdout.split(separator: "\n").last)
        let json = try CLIRunner.run(["check", draft, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty && findings.allSatisfy { $0["paragraph"] as? Int == $0["line"] as? Int && $0["excerpt"] is String })
        let markdownJSON = try CLIRunner.run(["check", markdown, "--json"])
        #expect(!markdownJSON.stdout.contains("\"paragraph\"") && !markdownJSON.stdout.contains("\"excerpt\""))

        let coverage = try CLIRunner.run(["coverage", draft])
        #expect(coverage.status == 0 && coverage.stdout.contains("¶"), "\(coverage.stderr)")
        let brief = try CLIRunner.run(["brief", draft])
        #expect(brief.status == 0 && brief.stdout.contains("WHAT THE APPLICANT SAYS THEY DID") && brief.stdout.contains("  ¶   When"), "\(brief.stderr)")
        let diff = try CLIRunner.run(["diff", markdown, draft])
        #expect(diff.status == 0 && diff.stdout.contains("Counted words:") && diff.stdout.contains("(+0)"), "\(diff.stdout)")
        let text = folder.appendingPathComponent("claim.txt").path
        let export = try CLIRunner.run(["export", draft, "--format", "txt", "--out", text])
        #expect(export.status == 0, "\(export.stderr)")
        let overwrite = try CLIRunner.run(["export", draft, "--format", "docx"])
        #expect(overwrite.status == 2 && overwrite.stderr.contains("overwrite the input"), "\(overwrite.stderr)")
    }

    @Test("a document with no recognisable sections: read as one account of practice, and stderr says so")
    func noSections() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let claim = folder.appendingPathComponent("plain.md")
        try "---\ncategory: fellow\n---\n\nI run the lathe induction for 120 first-year students each year (A2).\n\nI changed it in 2023.\n"
            .write(to: claim, atomically: true, encoding: .utf8)
        let draft = folder.appendingPathComponent("plain.docx").path
        #expect(try CLIRunner.run(["export", claim.path, "--format", "docx", "--out", draft]).status == 0)
        let result = try CLIRunner.run(["import", draft])
        #expect(result.status == 0)
        #expect(result.stderr.contains("plain.docx: note: no sections were recognised"), "\(result.stderr)")
        #expect(result.stdout.contains("\n# Account of professional practice\n"))
        let check = try CLIRunner.run(["check", draft])
        #expect(check.stderr.contains("note: no sections were recognised") && check.stdout.contains("[section-missing]"))
    }

    @Test("bad input: one plain line and a hint, exit 2, nothing written", arguments: [
        ("renamed.docx", Data("---\ncategory: fellow\n---\nhello\n".utf8), "holds plain text"),
        ("scan.pdf", Data("%PDF-1.4\n1 0 obj".utf8), "this is a PDF"),
        ("empty.docx", Data(), "the file is empty"),
        ("locked.docx", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 100)
            + Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), "encrypted (password-protected)"),
    ])
    func badInput(name: String, data: Data, words: String) throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try data.write(to: file)
        for command in [["import", file.path, "--out", folder.appendingPathComponent("out.md").path], ["check", file.path]] {
            let result = try CLIRunner.run(command)
            #expect(result.status == 2, "\(command[0]): \(result.stderr)")
            #expect(result.stderr.hasPrefix(file.path + ": error: ") && result.stderr.contains(words) && result.stderr.contains("hint:"), "\(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [name])
    }

    @Test("import of a Markdown claim says it is already one, and how to check it")
    func wrongKind() throws {
        let markdown = try CLIRunner.run(["import", Repository.path("Examples/fellow-engineering/claim.md").path])
        #expect(markdown.status == 2 && markdown.stderr.contains("not a Word document") && markdown.stderr.contains("fellowship check"))
    }
}
