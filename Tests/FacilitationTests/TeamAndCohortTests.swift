import Drafting
import FellowshipSupport
import Foundation
import Mapping
import PSF
import Reporting
import TestSupport
import Testing
@testable import Facilitation

@Suite("Team practice and cohort reports")
struct TeamAndCohortTests {
    /// A folder with three example claims, a log, a seeded-defect claim, a broken claim, a YAML file that is not
    /// a log and a README (which is not a person).
    func cohortFolder() throws -> URL {
        let folder = try Repository.temporaryFolder()
        let copies = [("Examples/associate-fellow-lifesci/claim.md", "af.md"), ("Examples/fellow-engineering/claim.md", "f.md"),
                      ("Examples/senior-fellow-art-design/claim.md", "sf.md"), ("Tests/Fixtures/claims/first-person-we.md", "we.md"),
                      ("Examples/senior-fellow-technical-manager-chemistry/activities.yaml", "chem.yaml")]
        for (source, name) in copies {
            try FileManager.default.copyItem(at: Repository.path(source), to: folder.appendingPathComponent(name))
        }
        try "---\ntitle: [broken\n---\n# x\n".write(to: folder.appendingPathComponent("broken.md"), atomically: true, encoding: .utf8)
        try "hello: 1\n".write(to: folder.appendingPathComponent("notalog.yaml"), atomically: true, encoding: .utf8)
        try "# About this folder\n".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("initials, never names; titles dropped; a clash numbered; a file naming nobody shown by its stem")
    func pseudonyms() {
        var names = PseudonymAllocator()
        #expect(names.id(for: "Dr Aisha Begum", file: "x/a.md") == "AB")
        #expect(names.id(for: "Alan Brown", file: "x/b.md") == "AB2")
        #expect(names.id(for: "Mary-Jane O. Watson", file: "x/c.md") == "MJOW")
        #expect(names.id(for: nil, file: "drafts/jt-engineering.md") == "jt-engineering")
        #expect(names.id(for: "  ", file: "drafts/blank.yaml") == "blank")
    }

    @Test("the cohort: claims and logs read, broken files skipped with their reason, README ignored")
    func cohort() throws {
        let folder = try cohortFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try CohortScanner().report(folder: folder.path)
        #expect(report.members.count == 5)
        #expect(report.members.filter { $0.kind == .log }.count == 1)
        #expect(report.skipped.count == 2)
        #expect(report.skipped.contains { $0.file.hasSuffix("broken.md") && $0.problem.contains("broken.md:") })
        #expect(report.skipped.contains { $0.file.hasSuffix("notalog.yaml") && $0.problem.contains("activities") })
        #expect(!report.members.contains { $0.file.lowercased().contains("readme") })
        // The three example claims are ready; the seeded first-person claim has a warning.
        #expect(report.summary.ready >= 3)
        #expect(report.commonFindings.contains { $0.rule == "first-person" && $0.people == 1 })
        // An Associate Fellow claim does not need every dimension.
        let associate = try #require(report.members.first { $0.file.hasSuffix("af.md") })
        #expect(associate.statuses.contains(.notRequired) && associate.category == .associateFellow)
        #expect(report.members.allSatisfy { $0.statuses.count == 15 })
        // No names anywhere in what is shown.
        let text = TextRenderer.render(report.document(), width: 80)
        for name in ["Sam Example", "Alex Example", "Jo Example", "Morgan Example"] { #expect(!text.contains(name)) }
        #expect(text.contains("Heat map".uppercased()) && text.contains("TECHNICIAN COMMITMENT SUMMARY"))
    }

    @Test("the report is the same on every run, whatever order the files finish in")
    func deterministic() throws {
        let folder = try cohortFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let first = try encoder.encode(CohortScanner().report(folder: folder.path))
        let second = try encoder.encode(CohortScanner().report(folder: folder.path))
        #expect(first == second)
    }

    @Test("the weakest dimensions are those most people lack, and a missing dimension shows in the heat map")
    func weakest() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a.md", "b.md"] {
            try FileManager.default.copyItem(at: Repository.path("Tests/Fixtures/claims/dimension-missing.md"), to: folder.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: Repository.path("Examples/fellow-engineering/claim.md"), to: folder.appendingPathComponent("c.md"))
        let report = try CohortScanner().report(folder: folder.path)
        let weakest = try #require(report.weakest.first)
        #expect(weakest.lacking == 2)
        let index = weakest.code.order
        #expect(report.members.filter { $0.statuses[index] == .missing || $0.statuses[index] == .signposted }.count == 2)
    }

    @Test("an empty folder, a missing folder and a folder of broken files are input errors")
    func badFolders() throws {
        let empty = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: InputError.self) { try CohortScanner().report(folder: empty.path) }
        #expect(throws: InputError.self) { try CohortScanner().report(folder: empty.path + "/nowhere") }
        try "not yaml: [".write(to: empty.appendingPathComponent("x.yaml"), atomically: true, encoding: .utf8)
        #expect(throws: InputError.self) { try CohortScanner().report(folder: empty.path) }
        #expect(throws: InputError.self) { try TeamPractice(folder: empty.path, advisor: CategoryAdvisor()) }
    }

    @Test("team practice: people per dimension from the logs, the rarely shown ones first")
    func team() throws {
        let folder = try cohortFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = "applicant: Pat Quinn\nactivities:\n  - text: I demonstrate the pillar drill to first years and watch each student drill a plate before they use it alone.\n"
        try log.write(to: folder.appendingPathComponent("pq.yaml"), atomically: true, encoding: .utf8)
        let team = try TeamPractice(folder: folder.path, advisor: CategoryAdvisor())
        #expect(team.members == ["ME", "PQ"])
        #expect(team.skipped.count == 1)
        #expect(team.rows.count == 15)
        let a2 = try #require(team.rows.first { $0.code == .a2 })
        #expect(a2.people == 2)
        let rare = team.rarelyShown(share: 0.75)
        #expect(!rare.isEmpty && rare.allSatisfy { $0.people < 2 })
        #expect(!rare.contains { $0.code == .a2 })
    }
}
