import Foundation
import TestSupport
import Testing

@Suite("fellowship workshop and cohort, end to end")
struct FacilitatorCLITests {
    @Test("workshop: HTML and Word packs written; a discipline found from part of its name")
    func workshop() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("pack.html").path
        let result = try CLIRunner.run(["workshop", "--discipline", "Art", "--category", "fellow", "--out", html])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("Card 12") && page.contains("Answer key") && page.contains("Planning my claim"))
        let word = folder.appendingPathComponent("pack.docx").path
        let docx = try CLIRunner.run(["workshop", "--discipline", "ENGINEERING", "--format", "docx", "--out", word])
        #expect(docx.status == 0 && FileManager.default.fileExists(atPath: word))
        let text = try CLIRunner.run(["workshop", "--discipline", "lifesci", "--format", "text"])
        #expect(text.status == 0 && text.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test("workshop: an unknown discipline lists the known ones; an ambiguous one names the matches; Word needs --out")
    func workshopBadInput() throws {
        let unknown = try CLIRunner.run(["workshop", "--discipline", "astrology"])
        #expect(unknown.status == 2 && unknown.stderr.contains("no discipline matches") && unknown.stderr.contains("eng (Engineering"))
        let ambiguous = try CLIRunner.run(["workshop", "--discipline", "s"])
        #expect(ambiguous.status == 2 && ambiguous.stderr.contains("matches more than one discipline"))
        let word = try CLIRunner.run(["workshop", "--discipline", "eng", "--format", "docx"])
        #expect(word.status == 2 && word.stderr.contains("--out"))
        let team = try CLIRunner.run(["workshop", "--discipline", "eng", "--team-log", "/nonexistent/logs"])
        #expect(team.status == 2 && team.stderr.contains("does not exist"))
    }

    @Test("workshop --team-log: the team's own practice, with a log that is not a log skipped")
    func workshopTeam() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Repository.path("Examples/fellow-engineering/activities.yaml"), to: folder.appendingPathComponent("ae.yaml"))
        try "title: not a log\n".write(to: folder.appendingPathComponent("x.yaml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["workshop", "--discipline", "eng", "--team-log", folder.path, "--format", "text"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("WHAT THE TEAM'S OWN PRACTICE ALREADY SHOWS") && result.stdout.contains("Logs read: 1 (AE)"))
        #expect(result.stderr.contains("x.yaml") && result.stderr.contains("skipped"))
    }

    @Test("cohort: a folder with a broken file is reported and the rest checked; JSON for machines; progress over ten files")
    func cohort() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for index in 1...11 {
            try FileManager.default.copyItem(at: Repository.path("Examples/associate-fellow-lifesci/claim.md"), to: folder.appendingPathComponent("c\(index).md"))
        }
        try "---\ncategory: [\n---\n".write(to: folder.appendingPathComponent("broken.md"), atomically: true, encoding: .utf8)
        // A Word draft is a member like any other.
        let word = try CLIRunner.run(["export", Repository.path("Examples/fellow-engineering/claim.md").path, "--format", "docx",
                                      "--out", folder.appendingPathComponent("w.docx").path])
        #expect(word.status == 0, "\(word.stderr)")
        let text = try CLIRunner.run(["cohort", folder.path])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("HEAT MAP") && text.stdout.contains("broken.md") && !text.stdout.contains("Sam Example"))
        #expect(text.stderr.contains("checked 13 of 13"))
        let json = try CLIRunner.run(["cohort", folder.path, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let members = try #require(object["members"] as? [[String: Any]])
        #expect(members.count == 12)
        #expect(members.contains { ($0["file"] as? String)?.hasSuffix("w.docx") == true && $0["category"] as? String == "fellow" && $0["ready"] as? Bool == true })
        #expect((object["skipped"] as? [Any])?.count == 1)
        #expect(json.stderr.contains("broken.md") && json.stderr.contains("skipped"))
    }

    @Test("cohort: an empty folder or a file instead of a folder is exit 2 with a hint")
    func cohortBadInput() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try CLIRunner.run(["cohort", folder.path])
        #expect(empty.status == 2 && empty.stderr.contains("holds no claims") && empty.stderr.contains("hint:"))
        let file = try CLIRunner.run(["cohort", Repository.path("Examples/cohort/README.md").path])
        #expect(file.status == 2 && file.stderr.contains("not a folder"))
    }

    @Test("cohort: the bundled example cohort is varied: every category, ready and unready claims, logs")
    func exampleCohort() throws {
        let result = try CLIRunner.run(["cohort", Repository.path("Examples/cohort").path, "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let members = try #require(object["members"] as? [[String: Any]])
        #expect(members.count >= 8)
        #expect(Set(members.compactMap { $0["category"] as? String }) == ["associate-fellow", "fellow", "senior-fellow"])
        #expect(members.contains { $0["ready"] as? Bool == true } && members.contains { $0["kind"] as? String == "claim" && $0["ready"] as? Bool == false })
        #expect(members.contains { $0["kind"] as? String == "log" })
        #expect((object["skipped"] as? [Any])?.isEmpty == true)
    }

    @Test("diff on the two example drafts: dimensions gained and lost, findings fixed and introduced, words per section")
    func diffDrafts() throws {
        let result = try CLIRunner.run(["diff", Repository.path("Examples/drafts/draft-1.md").path, Repository.path("Examples/drafts/draft-2.md").path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let gained = (object["gained"] as? [[String: Any]])?.compactMap { $0["code"] as? String } ?? []
        let lost = (object["lost"] as? [[String: Any]])?.compactMap { $0["code"] as? String } ?? []
        #expect(Set(gained) == ["V1", "V4", "K5"] && lost == ["V2"])
        #expect(((object["fixed"] as? [Any])?.count ?? 0) >= 5 && ((object["introduced"] as? [Any])?.count ?? 0) >= 1)
        #expect(((object["sections"] as? [Any])?.count ?? 0) >= 2)
    }

    @Test("coverage is the same on every run (ties between sections settled by section order, not hashing)")
    func coverageDeterministic() throws {
        let claim = Repository.path("Examples/senior-fellow-art-design/claim.md").path
        let runs = try (0..<4).map { _ in try CLIRunner.run(["coverage", claim, "--format", "json"]).stdout }
        #expect(!runs[0].isEmpty && Set(runs).count == 1)
    }
}
