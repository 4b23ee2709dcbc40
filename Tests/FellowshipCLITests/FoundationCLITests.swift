import Foundation
import Testing
import TestSupport

@Suite("CLI: framework, schemes, errors")
struct FoundationCLITests {
    @Test("--version and --help")
    func versionAndHelp() throws {
        let version = try CLIRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
        let help = try CLIRunner.run(["--help"])
        #expect(help.status == 0)
        for command in ["framework", "schemes"] { #expect(help.stdout.contains(command)) }
    }

    @Test("framework --json follows the contract")
    func frameworkJSON() throws {
        let result = try CLIRunner.run(["framework", "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let dimensions = try #require(object["dimensions"] as? [[String: Any]])
        #expect(dimensions.count == 15)
        #expect(dimensions.map { $0["code"] as? String } == ["V1", "V2", "V3", "V4", "V5", "K1", "K2", "K3", "K4", "K5", "A1", "A2", "A3", "A4", "A5"])
        for dimension in dimensions {
            #expect(["values", "knowledge", "activities"].contains(dimension["group"] as? String ?? ""))
            #expect(!(dimension["statement"] as? String ?? "").isEmpty)
            #expect(!(dimension["explanation"] as? String ?? "").isEmpty)
            #expect(((dimension["questions"] as? [String]) ?? []).count >= 3)
        }
        let descriptors = try #require(object["descriptors"] as? [[String: Any]])
        #expect(descriptors.map { $0["id"] as? String } == ["D1", "D2", "D3", "D4"])
        #expect(descriptors.map { $0["category"] as? String } == ["associate-fellow", "fellow", "senior-fellow", "principal-fellow"])
        let criteria = try #require(descriptors[0]["criteria"] as? [[String: Any]])
        #expect(criteria.map { $0["id"] as? String } == ["D1.1", "D1.2", "D1.3"])
        #expect(descriptors[0]["requires"] is [String: Any])
    }

    @Test("framework text fits 80 columns and groups the dimensions")
    func frameworkText() throws {
        let result = try CLIRunner.run(["framework"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        for heading in ["Professional Values", "Core Knowledge", "Areas of Activity", "Descriptors"] {
            #expect(result.stdout.contains(heading))
        }
        #expect(!result.stdout.contains("\u{1B}["), "no colour when NO_COLOR is set")
        let one = try CLIRunner.run(["framework", "k4"])
        #expect(one.status == 0 && one.stdout.contains("Questions to find your evidence"))
    }

    @Test("schemes lists bundled profiles and shows one; --json parses")
    func schemes() throws {
        let list = try CLIRunner.run(["schemes"])
        #expect(list.status == 0 && list.stdout.contains("advance-he-direct"))
        let one = try CLIRunner.run(["schemes", "--scheme", "advance-he-direct", "--json"])
        #expect(one.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "advance-he-direct")
        let all = try CLIRunner.run(["schemes", "--json"])
        #expect(((try JSONSerialization.jsonObject(with: Data(all.stdout.utf8))) as? [Any])?.count ?? 0 >= 2)
    }

    @Test("bad input: one plain line with a hint, exit 2, no stack trace", arguments: [
        ["schemes", "--scheme", "no-such-scheme"],
        ["schemes", "--scheme", "/no/such/file.yaml"],
        ["framework", "K6"],
        ["no-such-command"],
        ["framework", "--no-such-flag"],
    ])
    func badInput(arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Backtrac"))
    }

    @Test("a malformed scheme file is reported at file:line:column")
    func malformedSchemeFile() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.yaml")
        try "id: mine\nname: Mine\nsource: s\nchecked: c\ncategories:\n  - category: fellow\n    word_limit: {maximum: 3000, target: 4000, source: s}\n    sections: []\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["schemes", "--scheme", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("\(file.path):7:"), "\(result.stderr)")
        #expect(result.stderr.contains("hint:"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["broken.yaml"], "nothing written")
    }

    @Test("the binary carries its data: copied alone into an empty folder it still runs")
    func copiedBinaryRuns() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("fellowship")
        try FileManager.default.copyItem(at: CLIRunner.binary, to: copy)
        for arguments in [["framework", "--json"], ["schemes"]] {
            let result = try CLIRunner.run(arguments, in: folder, executable: copy)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
    }
}

@Suite("CLI: examples and map")
struct BankAndMapCLITests {
    @Test("examples --json prints every matching entry with the contract's fields")
    func examplesJSON() throws {
        let result = try CLIRunner.run(["examples", "--json"])
        #expect(result.status == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count >= 360)
        let first = try #require(entries.first)
        for field in ["id", "title", "activity", "discipline", "roles", "level", "dimensions", "claim_phrasing", "impact_evidence",
                      "prompts", "jargon", "tags"] {
            #expect(first[field] != nil, "missing \(field)")
        }
        let dimension = try #require((first["dimensions"] as? [[String: Any]])?.first)
        #expect(Set(dimension.keys) == ["code", "strength", "why"])
    }

    @Test("examples filters and search; terminal cards fit 80 columns")
    func examplesFilters() throws {
        let filtered = try CLIRunner.run(["examples", "--dimension", "A3", "--primary", "--discipline", "engineering", "--level", "D1", "--json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(filtered.stdout.utf8)) as? [[String: Any]])
        #expect(!entries.isEmpty)
        #expect(entries.allSatisfy { ($0["discipline"] as? String) == "eng" && ($0["level"] as? String) == "D1" })
        let cards = try CLIRunner.run(["examples", "--search", "darkroom induction", "--limit", "3"])
        #expect(cards.status == 0 && cards.stdout.contains("In a claim:"))
        #expect(cards.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let stats = try CLIRunner.run(["examples", "--stats"])
        #expect(stats.status == 0 && stats.stdout.contains("Dimension") && stats.stdout.contains("Role"))
    }

    @Test("examples bad input: unknown discipline lists the known ones; unknown code; bad bank folder", arguments: [
        (["examples", "--discipline", "astrology"], "known disciplines"),
        (["examples", "--dimension", "K6"], "V1–V5"),
        (["examples", "--role", "wizard"], "technician"),
        (["examples", "--bank", "/no/such/folder"], "folder"),
    ])
    func examplesBadInput(arguments: [String], hint: String) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(hint), "\(result.stderr)")
    }

    @Test("map --json prints JSON Lines in input order, empty suggestions for no-link lines")
    func mapJSONLines() throws {
        let input = "I show the first years how to use the pillar drill safely\nI order stock\n\nPrepares and sets up practical classes\n"
        let result = try CLIRunner.run(["map", "--json"], stdin: input)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["text"] as? String } == ["I show the first years how to use the pillar drill safely", "I order stock",
                                                           "Prepares and sets up practical classes"])
        let first = try #require(objects[0]["suggestions"] as? [[String: Any]])
        #expect(first.first?["dimension"] as? String == "A2")
        #expect(first.allSatisfy { ($0["because"] as? [String])?.isEmpty == false && $0["examples"] is [String] && $0["score"] is Double })
        let scores = first.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        #expect((objects[1]["suggestions"] as? [Any])?.isEmpty == true)
    }

    @Test("map: terminal view, --file, and hostile input never crash")
    func mapInputs() throws {
        let view = try CLIRunner.run(["map", "I mark the second-year lab books and write feedback on each one"])
        #expect(view.status == 0 && view.stdout.contains("A3") && view.stdout.contains("because:"))
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("statements.txt")
        var bytes = Data("I run the darkroom induction\n".utf8)
        bytes.append(contentsOf: [0xFF, 0xFE, 0x0A])
        bytes.append(Data((String(repeating: "x", count: 100_000) + "\n!!!\nI help students one to one\n").utf8))
        try bytes.write(to: file)
        let result = try CLIRunner.run(["map", "--file", file.path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 5)
        let empty = try CLIRunner.run(["map", "--json"], stdin: "\n\n")
        #expect(empty.status == 2 && empty.stderr.contains("nothing to map"))
        let missing = try CLIRunner.run(["map", "--file", "/no/such.txt"])
        #expect(missing.status == 2)
    }
}
