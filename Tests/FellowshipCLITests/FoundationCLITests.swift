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
