import Foundation
import Testing
import TestSupport
import FellowshipSupport
@testable import ExampleBank
import PSF

@Suite("Example bank API")
struct BankAPITests {
    let bank = ExampleBank.bundled

    @Test("look up by id")
    func lookup() throws {
        let first = try #require(bank.entries.first)
        #expect(bank.entry(id: first.id) == first)
        #expect(bank.entry(id: "nope-999") == nil)
    }

    @Test("filters combine: dimension, primary, discipline, role, level")
    func filters() throws {
        let engineering = try bank.resolveDiscipline("engineering")
        let filter = BankFilter(dimensions: [.a3], primaryOnly: true, disciplines: [engineering.id], levels: [.d1, .d2])
        let results = bank.entries(matching: filter)
        #expect(!results.isEmpty)
        #expect(results.allSatisfy { $0.discipline == engineering.id && $0.primaryCodes.contains(.a3) && $0.level != .d3 })
        let managers = bank.entries(matching: BankFilter(roles: [.technicalManager]))
        #expect(managers.allSatisfy { $0.roles.contains(.technicalManager) } && !managers.isEmpty)
    }

    @Test("disciplines resolve from any unambiguous part, and ambiguity is explained")
    func disciplineResolution() throws {
        #expect(try bank.resolveDiscipline("Art").id == "art")
        #expect(try bank.resolveDiscipline("theatre").id == "theatre")
        #expect(try bank.resolveDiscipline("LIFESCI").id == "lifesci")
        #expect(throws: InputError.self) { try bank.resolveDiscipline("astrology") }
        do {
            _ = try bank.resolveDiscipline("sc")
            Issue.record("‘sc’ should be ambiguous")
        } catch let error as InputError {
            #expect(error.cause.contains("more than one"))
        }
    }

    @Test("search ranks the most relevant entries first")
    func search() throws {
        let search = BankSearch(bank: bank)
        let results = search.results(for: "safety cabinet induction microbiology", limit: 5)
        let top = try #require(results.first)
        #expect(top.entry.discipline == "lifesci")
        #expect(zip(results, results.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(search.results(for: "   ,,, ").isEmpty)
        let filtered = search.results(for: "induction", filter: BankFilter(disciplines: ["theatre"]), limit: 3)
        #expect(!filtered.isEmpty && filtered.allSatisfy { $0.entry.discipline == "theatre" })
    }

    @Test("statistics count what the bank holds")
    func statistics() {
        let statistics = BankStatistics(entries: bank.entries, disciplines: bank.disciplines)
        #expect(statistics.entries == bank.entries.count)
        #expect(statistics.disciplines.map(\.entries).reduce(0, +) == bank.entries.count)
        #expect(statistics.levels.values.reduce(0, +) == bank.entries.count)
    }
}

@Suite("Bank overlays (--bank DIR)")
struct BankOverlayTests {
    static let validFile = """
    discipline:
      id: local
      name: Local workshop
      description: An institution's own entries.
    entries:
      - id: local-001
        title: Kiln loading lesson
        activity: I teach each new ceramics student to load the kiln shelves and check their stacking before a firing.
        roles: [technician]
        level: D1
        dimensions:
          - code: A2
            strength: primary
            why: Teaching kiln loading at the kiln is direct support for learning a practical skill.
          - code: A3
            strength: supporting
            why: Checking each student's stacking before a firing is feedback on their technique.
        claim_phrasing: I teach kiln loading at the kiln and check each student's stacking before firing (A2, A3).
        impact_evidence: [No cracked shelves this year]
        prompts: [How do you know a student is ready to load alone?, What changed after the first term?]
        jargon: []
    """

    private func write(_ text: String, as name: String) throws -> URL {
        let folder = try Repository.temporaryFolder()
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("a valid overlay adds its entries to the bundled ones")
    func validOverlay() throws {
        let folder = try write(Self.validFile, as: "local.yaml")
        defer { try? FileManager.default.removeItem(at: folder) }
        let bank = try ExampleBank.loading(overlays: [folder.path])
        #expect(bank.entries.count == ExampleBank.bundled.entries.count + 1)
        #expect(bank.entry(id: "local-001")?.discipline == "local")
    }

    @Test("an invalid overlay is reported at file:line:column with a hint", arguments: [
        ("code: A2", "code: K6", "K6"),
        ("strength: primary", "strength: main", "strength"),
        ("level: D1", "level: D7", "level"),
        ("roles: [technician]", "roles: [wizard]", "role"),
        ("id: local-001", "id: other-001", "discipline id"),
        ("(A2, A3)", "(A2, A5)", "A5"),
    ])
    func invalidOverlay(original: String, replacement: String, word: String) throws {
        let text = Self.validFile.replacingOccurrences(of: original, with: replacement)
        let folder = try write(text, as: "local.yaml")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try ExampleBank.loading(overlays: [folder.path])
            Issue.record("accepted \(replacement)")
        } catch let error as InputError {
            let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(replacement) }.map { $0 + 1 }
            #expect(error.location?.line == line, "\(error)")
            #expect((error.location?.column ?? 0) > 0)
            #expect(error.description.contains(word) || (error.hint ?? "").contains(word), "\(error)")
            #expect(error.hint != nil)
        }
    }

    @Test("a duplicate id, a missing folder and an empty folder are plain errors")
    func otherOverlayErrors() throws {
        let duplicate = Self.validFile.replacingOccurrences(of: "id: local\n", with: "id: lifesci\n").replacingOccurrences(of: "local-001", with: "lifesci-001")
        let folder = try write(duplicate, as: "dup.yaml")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: InputError.self) { try ExampleBank.loading(overlays: [folder.path]) }
        #expect(throws: InputError.self) { try ExampleBank.loading(overlays: ["/no/such/folder"]) }
        let empty = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: InputError.self) { try ExampleBank.loading(overlays: [empty.path]) }
    }
}
