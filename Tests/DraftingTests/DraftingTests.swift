import Foundation
import Testing
import TestSupport
import FellowshipSupport
import Claims
import PSF
import Checking
@testable import Drafting

@Suite("Activity logs")
struct ActivityLogTests {
    private func write(_ text: String) throws -> String {
        let folder = try Repository.temporaryFolder()
        let file = folder.appendingPathComponent("log.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test("every example log reads, with each activity's position")
    func examples() throws {
        for name in ["associate-fellow-lifesci", "fellow-engineering", "senior-fellow-art-design", "senior-fellow-technical-manager-chemistry"] {
            let log = try ActivityLog.read(Repository.path("Examples/\(name)/activities.yaml").path)
            #expect(log.activities.count >= 10)
            #expect(log.activities.allSatisfy { ($0.location?.line ?? 0) > 0 && !$0.text.isEmpty })
        }
    }

    @Test("bad logs: a plain message at file:line:column", arguments: [
        ("", "empty"),
        ("applicant: A\n", "activities"),
        ("activities: []\n", "no activities"),
        ("activities:\n  - when: 2023\n", "text"),
        ("activities:\n  - text: \"\"\n", "no text"),
        ("activities:\n  - text: [I run\n", "YAML"),
    ])
    func badLogs(text: String, word: String) throws {
        let path = try write(text)
        do {
            _ = try ActivityLog.read(path)
            Issue.record("accepted \(text)")
        } catch let error as InputError {
            #expect(error.description.contains(word) || (error.hint ?? "").contains(word), "\(error)")
            #expect(error.location?.file == path)
        }
    }
}

@Suite("Category advice")
struct CategoryAdviceTests {
    static let advisor = CategoryAdvisor()

    @Test("Senior Fellow logs with sustained leadership are recommended Senior Fellow, for that reason")
    func seniorFellow() throws {
        for name in ["senior-fellow-art-design", "senior-fellow-technical-manager-chemistry"] {
            let advice = Self.advisor.advise(try ActivityLog.read(Repository.path("Examples/\(name)/activities.yaml").path))
            #expect(advice.recommended == .seniorFellow, "\(name)")
            #expect(advice.leadershipActivities >= 3)
            let senior = try #require(advice.categories.first { $0.category == .seniorFellow })
            #expect(senior.reasons.contains { $0.contains("leading or influencing") })
        }
    }

    @Test("a log without leadership is never recommended Senior Fellow, and says why")
    func noLeadership() throws {
        let advice = Self.advisor.advise(try ActivityLog.read(Repository.path("Examples/fellow-engineering/activities.yaml").path))
        #expect(advice.recommended != .seniorFellow)
        let senior = try #require(advice.categories.first { $0.category == .seniorFellow })
        #expect(!senior.met && senior.missing.contains { $0.contains("leading or influencing") })
    }

    @Test("JSON: recommended (null when none) and each category with met, missing and reasons")
    func json() throws {
        var log = try ActivityLog.read(Repository.path("Examples/fellow-engineering/activities.yaml").path)
        log.activities = [ActivityLog.Activity(text: "I order stock and service the compressors.")]
        let advice = Self.advisor.advise(log)
        #expect(advice.recommended == nil)
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(advice)) as? [String: Any])
        #expect(object["recommended"] is NSNull)
        let categories = try #require(object["categories"] as? [[String: Any]])
        #expect(categories.map { $0["category"] as? String } == ["associate-fellow", "fellow", "senior-fellow"])
        #expect(categories.allSatisfy { $0["met"] is Bool && $0["missing"] is [String] && $0["reasons"] is [String] })
    }
}

@Suite("New claims")
struct NewClaimTests {
    @Test("a new claim has the scheme's sections, recognised when read back, and no counted words yet", arguments: Category.allCases.filter { $0 != .principalFellow })
    func sections(category: Category) throws {
        let scheme = SchemeCatalogue.standard
        let text = try NewClaim.render(category: category, scheme: scheme, discipline: "Engineering")
        let read = try ClaimReader.parse(text, file: "new.md")
        let rules = try scheme.requireRules(for: category)
        #expect(read.category == category)
        #expect(Set(read.claim.sections.compactMap { $0.rule?.id }) == Set(rules.sections.map(\.id)))
        #expect(WordCount(claim: read.claim, rules: read.rules).total == 0)
        #expect(text.contains("V1 Respect individual learners"))
    }
}

@Suite("Building drafts")
struct DraftBuildTests {
    static let builder = DraftBuilder()
    static let checker = Checker(mapper: builder.mapper)

    private func draft(_ name: String, _ category: Category) throws -> (DraftBuilder.Draft, CheckReport) {
        let log = try ActivityLog.read(Repository.path("Examples/\(name)/activities.yaml").path)
        let draft = try Self.builder.build(log, category: category, scheme: SchemeCatalogue.standard)
        let read = try ClaimReader.parse(draft.markdown, file: "\(name)-draft.md")
        return (draft, try Self.checker.check(read, currentYear: 2026))
    }

    @Test("drafts for the personas check with no missing dimension, section or case study", arguments: [
        ("associate-fellow-lifesci", Category.associateFellow),
        ("fellow-engineering", Category.fellow),
        ("senior-fellow-art-design", Category.seniorFellow),
        ("senior-fellow-technical-manager-chemistry", Category.seniorFellow),
    ])
    func draftsCheck(name: String, category: Category) throws {
        let (draft, report) = try draft(name, category)
        let blocking = report.findings.filter { ["dimension-missing", "section-missing", "case-studies", "leadership-missing"].contains($0.rule) }
        #expect(blocking.isEmpty, "\(blocking.map(\.message))")
        #expect(draft.gaps.isEmpty)
        #expect(draft.markdown.contains("TODO (impact)"))
    }

    @Test("a gap the log cannot fill is reported, not papered over")
    func honestGaps() throws {
        let (draft, report) = try draft("fellow-engineering", .fellow)
        let missing = Set(report.findings.filter { $0.rule == "dimension-missing" }.compactMap(\.dimension))
        #expect(Set(draft.gaps).isSubset(of: missing.union(draft.gaps)))
        #expect(draft.markdown.contains("Gaps:") == !draft.gaps.isEmpty)
        for gap in draft.gaps { #expect(draft.markdown.contains("\(gap.rawValue) \(Framework.psf2023.dimension(gap).statement)")) }
    }

    @Test("nothing is invented: every prose line of the draft is a TODO prompt or the technician's own words (activity and notes)")
    func nothingInvented() throws {
        let log = try ActivityLog.read(Repository.path("Examples/associate-fellow-lifesci/activities.yaml").path)
        let (draft, _) = try draft("associate-fellow-lifesci", .associateFellow)
        let body = draft.markdown.components(separatedBy: "\n---\n")[1]
        var inComment = false
        for line in body.split(separator: "\n").map(String.init) {
            if line.hasPrefix("<!--") { inComment = !line.contains("-->") ; continue }
            if inComment { if line.contains("-->") { inComment = false }; continue }
            guard !line.isEmpty, !line.hasPrefix("#"), !line.hasPrefix("TODO") else { continue }
            let prose = Signposts.stripped(from: line)
            #expect(log.activities.contains { $0.draftProse.replacingOccurrences(of: " ", with: "") == prose.replacingOccurrences(of: " ", with: "") },
                    "not from the log: \(line.prefix(80))")
        }
    }
}

@Suite("Category for each persona")
struct PersonaCategoryTests {
    @Test("each example log is recommended the category its persona fits", arguments: [
        ("associate-fellow-lifesci", Category.associateFellow),
        ("fellow-engineering", Category.fellow),
        ("senior-fellow-art-design", Category.seniorFellow),
        ("senior-fellow-technical-manager-chemistry", Category.seniorFellow),
    ])
    func recommended(name: String, category: Category) throws {
        let advice = CategoryAdviceTests.advisor.advise(try ActivityLog.read(Repository.path("Examples/\(name)/activities.yaml").path))
        #expect(advice.recommended == category)
        let next = advice.categories.first { !$0.met }
        if let next { #expect(!next.missing.isEmpty && next.reasons.contains { $0.hasPrefix("Not yet met") }) }
    }
}
