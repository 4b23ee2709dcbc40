import Foundation
import Testing
import TestSupport
import FellowshipSupport
import Claims
import PSF
@testable import Checking

/// One checker for all tests: building the mapper is the slow part.
private let checker = Checker()

private func check(_ path: String, category: Category? = nil) throws -> CheckReport {
    try checker.check(try ClaimReader.read(Repository.path(path).path, category: category), currentYear: 2026)
}

@Suite("Checking the example claims")
struct ExampleClaimTests {
    @Test("every example claim passes with no errors and no warnings", arguments: [
        "Examples/associate-fellow-lifesci/claim.md", "Examples/fellow-engineering/claim.md", "Examples/senior-fellow-art-design/claim.md",
    ])
    func examplesPass(path: String) throws {
        let report = try check(path)
        #expect(report.summary.errors == 0, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
        #expect(report.summary.warnings == 0, "\(report.findings.filter { $0.severity == .warning }.map { "\($0.rule): \($0.message)" })")
        for row in report.dimensions where row.required {
            #expect(row.status == .evidenced, "\(row.code) is \(row.status)")
        }
        #expect(report.words.total <= report.words.limit)
    }

    @Test("the personas are checked against the categories they claim")
    func categories() throws {
        #expect(try check("Examples/associate-fellow-lifesci/claim.md").category == .associateFellow)
        #expect(try check("Examples/fellow-engineering/claim.md").category == .fellow)
        #expect(try check("Examples/senior-fellow-art-design/claim.md").category == .seniorFellow)
    }
}

@Suite("Seeded defects")
struct SeededDefectTests {
    struct Expected: Decodable {}

    static let expected: [String: [String]] = {
        let path = Repository.path("Tests/Fixtures/claims/expected.yaml").path
        return (try? YAMLLoader.decode([String: [String]].self, from: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "", file: path)) ?? [:]
    }()

    @Test("there are at least ten flawed fixtures")
    func enough() {
        #expect(Self.expected.count >= 10)
    }

    @Test("each fixture produces the finding its defect calls for, which the example it came from does not",
          arguments: expected.keys.sorted())
    func defectFound(name: String) throws {
        let report = try check("Tests/Fixtures/claims/\(name)")
        let rules = Set(report.findings.map(\.rule))
        for rule in Self.expected[name] ?? [] {
            #expect(rules.contains(rule), "\(name) should produce \(rule); got \(rules.sorted())")
        }
        let base = name.contains("case-studies") ? "Examples/senior-fellow-art-design/claim.md" : "Examples/associate-fellow-lifesci/claim.md"
        let baseRules = Set(try check(base).findings.map(\.rule))
        for rule in Self.expected[name] ?? [] { #expect(!baseRules.contains(rule), "the clean example already has \(rule)") }
    }
}

@Suite("Rules one by one")
struct RuleTests {
    private func report(_ body: String, category: String = "associate-fellow", extra: String = "") throws -> CheckReport {
        let text = "---\ncategory: \(category)\n\(extra)---\n\(body)"
        return try checker.check(try ClaimReader.parse(text, file: "t.md"), currentYear: 2026)
    }

    @Test("findings carry a rule id, a line and column, a message and a hint")
    func findingShape() throws {
        let report = try report("# Context statement\n\nWe ran it.\n")
        #expect(!report.findings.isEmpty)
        for finding in report.findings {
            #expect(RuleSet.ids.contains(finding.rule))
            #expect(finding.location.line >= 1 && finding.location.column >= 1)
            #expect(!finding.message.isEmpty && !finding.hint.isEmpty)
        }
    }

    @Test("first-person points at the word")
    func firstPerson() throws {
        let report = try report("# Account of practice\n\nEach term we run the induction together.\n")
        let finding = try #require(report.findings.first { $0.rule == "first-person" })
        #expect(finding.location.line == 6)
        #expect(finding.location.column == 11)
    }

    @Test("a rule switched off in the front matter or on the command line does not run; an unknown id is refused")
    func disabling() throws {
        let body = "# Account of practice\n\nEach term we run the induction together.\n"
        #expect(try report(body, extra: "disable: [first-person]\n").findings.allSatisfy { $0.rule != "first-person" })
        let read = try ClaimReader.parse("---\ncategory: fellow\n---\n" + body, file: "t.md")
        #expect(try checker.check(read, disabling: ["first-person"]).findings.allSatisfy { $0.rule != "first-person" })
        #expect(throws: InputError.self) { try checker.check(read, disabling: ["no-such-rule"]) }
    }

    @Test("a signpost is borne out by its score, a strong cue phrase, or for V3 a citation; else it is unsupported")
    func signpostSupport() throws {
        func unsupported(_ sentence: String) throws -> [DimensionCode] {
            try report("# Account of practice\n\n\(sentence)\n").findings.filter { $0.rule == "dimension-unsupported" }.compactMap(\.dimension)
        }
        // Nothing in the words is A3: the seeded defect.
        #expect(try unsupported("I also order the consumables for the teaching labs each term (A3).") == [.a3])
        // A citation shows scholarship used as a basis for practice, whatever the word weights make of it.
        #expect(try unsupported("Research by Edmondson (1999) shows that teams learn when nobody is punished for mistakes, so I gave the first demonstration myself (V3).").isEmpty)
        // The same sentence without its source is not V3 evidence by citation.
        let analysis = try report("# Account of practice\n\nI gave the first demonstration myself and asked what went wrong (V3).\n").context.analysis
        let scored = try #require(analysis.sentences.first { $0.sentence.signpostedCodes.contains(.v3) })
        #expect(scored.sentence.citations.isEmpty)
        #expect(scored.supports(.v3) == ((scored.scores[.v3] ?? 0) >= ClaimAnalysis.supportThreshold || scored.strongCues.contains(.v3)))
        // A strong cue phrase for the code ("sign off" is A3) counts even when the score is modest.
        let signOff = try report("# Account of practice\n\nI sign off each student on the lathe (A3).\n").context.analysis
        #expect(signOff.sentences.contains { $0.strongCues.contains(.a3) && $0.supports(.a3) })
    }

    @Test("personal data: phone numbers and ID numbers, but not years or counts")
    func personalData() throws {
        let flagged = try report("# Account of practice\n\nCall me on 07700 900123 or quote student number 20231234.\n")
        #expect(flagged.findings.filter { $0.rule == "personal-data" }.count >= 2)
        let clean = try report("# Account of practice\n\nIn 2024 I trained 120 students and 1,400 words is the limit.\n")
        #expect(clean.findings.allSatisfy { $0.rule != "personal-data" })
    }

    @Test("legacy markers in text and K6 in signposts; a plain claim has none")
    func legacy() throws {
        let report = try report("# Account of practice\n\nThis shows quality assurance (K6) as the UKPSF asks.\n")
        #expect(report.findings.filter { $0.rule == "legacy-framework" }.count == 2)
    }

    @Test("code lists and overloaded signposts")
    func codeLists() throws {
        let report = try report("# Account of practice\n\nA1, A2, A3, K1, K2\n\nI ran it (A1, A2, A3, A4, A5, K1).\n")
        #expect(report.findings.filter { $0.rule == "code-list" }.count == 2)
    }

    @Test("Senior Fellow without leadership, and with leadership but no span of time")
    func leadership() throws {
        let none = try report("# Reflective account of practice\n\nI run inductions for students.\n", category: "senior-fellow")
        #expect(none.findings.contains { $0.rule == "leadership-missing" })
        let unsustained = try report("""
        # Reflective account of practice

        I trained the new technicians to run the induction. I mentored two colleagues. I led the team's move to video guides.
        """, category: "senior-fellow")
        #expect(unsustained.findings.contains { $0.rule == "leadership-missing" && $0.message.contains("sustained") })
        let sustained = try report("""
        # Reflective account of practice

        Since 2021 I have trained the new technicians to run the induction. I mentored two colleagues in 2023. I led the team's move to video guides in 2024.
        """, category: "senior-fellow")
        #expect(!sustained.findings.contains { $0.rule == "leadership-missing" })
        // A span of dates elsewhere in the claim (another example, a note) does not make the leadership sustained.
        let datedElsewhere = try report("""
        # Reflective account of practice

        I trained the new technicians to run the induction. I mentored two colleagues. I led the team's move to video guides.

        The laser cutter had two fires in 2021-22, so I rewrote its risk assessment.
        """, category: "senior-fellow")
        #expect(datedElsewhere.findings.contains { $0.rule == "leadership-missing" && $0.message.contains("sustained") })
    }

    @Test("rules run on all cores give exactly what they give one at a time, in the same order on every run")
    func concurrentRulesMatchSerial() throws {
        let read = try ClaimReader.read(Repository.path("Examples/cohort/cd-physics-fellow.md").path)
        let full = try checker.check(read, currentYear: 2026)
        let serial = try RuleSet.all.flatMap { rule in try Checker(mapper: checker.mapper, rules: [rule]).check(read, currentYear: 2026).findings }
        func describe(_ findings: [Finding]) -> [String] { findings.map { "\($0.rule) \($0.location) \($0.message)" } }
        // The checker orders findings by position, so compare what was found, then the order run to run.
        #expect(describe(full.findings).sorted() == describe(serial).sorted())
        #expect(full.findings.count > 5)
        for _ in 0..<5 { #expect(describe(try checker.check(read, currentYear: 2026).findings) == describe(full.findings)) }
    }

    @Test("placeholders left from a draft are errors at their paragraph; ordinary text mentioning a to-do list is not")
    func placeholders() throws {
        let report = try report("# Account of practice\n\nI run inductions (A2).\n\nTODO (impact): how do you know this worked?\n\nI keep a to-do list for the lab.\n")
        let found = report.findings.filter { $0.rule == "placeholder" }
        #expect(found.count == 1)
        #expect(found.first?.severity == .error && found.first?.location.line == 8)
    }

    @Test("messages read naturally: an Associate Fellow claim, a Fellow claim")
    func articles() throws {
        let associate = try report("# Context statement\n\nI work in a lab.\n\n# Account of practice\n\nI run inductions (A2).\n")
        let messages = associate.findings.map(\.message).joined(separator: "\n")
        #expect(messages.contains("an Associate Fellow claim") && !messages.contains("a Associate"))
    }

    @Test("citations: unmatched both ways; scholarship missing when there is none")
    func citations() throws {
        let unmatched = try report("# Account of practice\n\nI chunk demonstrations (Sweller, 1988).\n\n# References\n\nKolb, D.A. (1984) Experiential learning.\n")
        #expect(unmatched.findings.filter { $0.rule == "citation-unmatched" }.count == 2)
        let bare = try report("# Account of practice\n\nI run inductions.\n")
        #expect(bare.findings.contains { $0.rule == "scholarship-missing" && $0.dimension == .v3 })
    }

    @Test("recency flags old evidence but not old citations")
    func recency() throws {
        let report = try report("# Account of practice\n\nIn 2015 I ran the induction. I use Kolb (1984) and (Gibbs, 1988).\n")
        let findings = report.findings.filter { $0.rule == "recency" }
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("2015") == true)
    }
}

@Suite("Check JSON contract")
struct CheckJSONTests {
    @Test("the report encodes the contract's fields; dimension is null where it does not apply")
    func contract() throws {
        let report = try check("Tests/Fixtures/claims/first-person-we.md")
        let data = try JSONEncoder().encode(report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["file", "category", "scheme", "words", "dimensions", "findings", "summary"] { #expect(object[key] != nil, "\(key)") }
        let words = try #require(object["words"] as? [String: Any])
        #expect(words["total"] is Int && words["limit"] is Int && words["sections"] is [[String: Any]])
        let dimensions = try #require(object["dimensions"] as? [[String: Any]])
        #expect(dimensions.count == 15)
        #expect(dimensions.allSatisfy { ["evidenced", "signposted", "missing", "not-required"].contains($0["status"] as? String ?? "") })
        let evidence = try #require(dimensions.first { ($0["evidence"] as? [[String: Any]])?.isEmpty == false }?["evidence"] as? [[String: Any]])
        #expect(Set(evidence[0].keys).isSuperset(of: ["line", "text", "signposted", "score"]))
        let findings = try #require(object["findings"] as? [[String: Any]])
        let first = try #require(findings.first { $0["rule"] as? String == "first-person" })
        #expect(first["dimension"] is NSNull)
        for key in ["rule", "severity", "line", "column", "message", "hint"] { #expect(first[key] != nil) }
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(Set(summary.keys) == ["errors", "warnings", "infos"])
    }
}
