import Foundation
import Testing
import TestSupport
@testable import ExampleBank
import PSF

/// The bank's quality rules (issue: breadth, honest mapping, no duplicates, British English), enforced on every build.
@Suite("Example bank quality")
struct BankQualityTests {
    let bank = ExampleBank.bundled

    @Test("breadth: 360+ entries, 14+ disciplines with 18+ each, every discipline covering all five Areas")
    func breadth() {
        #expect(bank.entries.count >= 360)
        #expect(bank.disciplines.count >= 14)
        for discipline in bank.disciplines {
            let entries = bank.entries.filter { $0.discipline == discipline.id }
            #expect(entries.count >= 18, "\(discipline.id) has \(entries.count)")
            let areas = Set(entries.flatMap(\.primaryCodes)).filter { $0.group == .activities }
            #expect(areas.count == 5, "\(discipline.id) lacks primary Areas \(Set(DimensionCode.areas).subtracting(areas).sorted())")
        }
    }

    @Test("every dimension is primary in 18+ entries and appears in 30+")
    func dimensionQuotas() {
        for code in DimensionCode.allCases {
            let primary = bank.entries.filter { $0.primaryCodes.contains(code) }.count
            let any = bank.entries.filter { $0.codes.contains(code) }.count
            #expect(primary >= 18, "\(code) primary in \(primary)")
            #expect(any >= 30, "\(code) appears in \(any)")
        }
    }

    @Test("50+ entries at D3, each leading or influencing colleagues")
    func seniorEntries() {
        let d3 = bank.entries.filter { $0.level == .d3 }
        #expect(d3.count >= 50)
        let leadershipWords = ["train", "mentor", "lead", "led", "colleague", "technicians", "team", "guidance", "network",
                               "demonstrators", "adopted", "staff", "coordinat", "chair", "peer", "technician commitment"]
        for entry in d3 {
            let text = (entry.activity + " " + entry.claimPhrasing).lowercased()
            #expect(leadershipWords.contains { text.contains($0) }, "\(entry.id) is D3 but says nothing of leading others")
        }
    }

    @Test("roles and levels are spread")
    func spread() {
        for role in Role.allCases {
            #expect(bank.entries.contains { $0.roles.contains(role) }, "no entry for \(role.rawValue)")
        }
        for level in Level.allCases {
            #expect(bank.entries.filter { $0.level == level }.count >= 50)
        }
    }

    @Test("no two activities are near-duplicates (Jaccard of word sets < 0.6)")
    func noNearDuplicates() {
        let sets = bank.entries.map { entry in
            Set(entry.activity.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'") }.map(String.init))
        }
        var worst = (0.0, "", "")
        for i in sets.indices {
            for j in sets.indices where j > i {
                let union = sets[i].union(sets[j]).count
                guard union > 0 else { continue }
                let similarity = Double(sets[i].intersection(sets[j]).count) / Double(union)
                if similarity > worst.0 { worst = (similarity, bank.entries[i].id, bank.entries[j].id) }
            }
        }
        #expect(worst.0 < 0.6, "\(worst.1) and \(worst.2) are \(worst.0) similar")
    }

    @Test("no why is repeated word for word, and each is a real sentence")
    func whysAreSpecific() {
        var seen: [String: String] = [:]
        for entry in bank.entries {
            for mapping in entry.dimensions {
                let key = mapping.why.lowercased()
                #expect(seen[key] == nil, "\(entry.id) \(mapping.code) repeats the why of \(seen[key] ?? "")")
                seen[key] = "\(entry.id) \(mapping.code)"
                #expect(mapping.why.split(separator: " ").count >= 8, "\(entry.id) \(mapping.code) why is thin")
            }
        }
    }

    @Test("every entry is complete and in the first person")
    func entriesComplete() {
        for entry in bank.entries {
            #expect(entry.activity.hasPrefix("I ") || entry.activity.hasPrefix("I'"), "\(entry.id) activity is not first person")
            let sentences = entry.activity.split { ".!?".contains($0) }.filter { $0.trimmed.count > 2 }.count
            #expect((1...3).contains(sentences), "\(entry.id) activity has \(sentences) sentences")
            #expect((2...4).contains(entry.prompts.count), "\(entry.id) prompts")
            #expect(!entry.impactEvidence.isEmpty && !entry.claimPhrasing.isEmpty && !entry.title.isEmpty)
            #expect((2...6).contains(entry.dimensions.count), "\(entry.id) maps \(entry.dimensions.count) codes")
            let signposted = Signposts.codes(in: entry.claimPhrasing)
            #expect(Set(entry.primaryCodes).isSubset(of: signposted), "\(entry.id) claim phrasing misses a primary signpost")
            #expect(entry.activity.range(of: #"\b(we|our)\b"#, options: [.regularExpression, .caseInsensitive]) == nil,
                    "\(entry.id) says we/our")
        }
    }

    @Test("no legacy UKPSF 2011 marker anywhere in the bank")
    func noLegacy() {
        for entry in bank.entries {
            let text = [entry.activity, entry.claimPhrasing, entry.title] + entry.dimensions.map(\.why) + entry.prompts
            for marker in Framework.psf2023.legacyMarkers {
                #expect(text.allSatisfy { marker.matches(in: $0).isEmpty }, "\(entry.id) contains \(marker.id)")
            }
        }
    }

    @Test("British English: no common American spellings")
    func britishEnglish() throws {
        let american = try Regex(#"\b(color|colors|center|centers|centered|organiz\w*|analyz\w*|utiliz\w*|behavior\w*|labor|favorite|modeling|modeled|traveling|catalog|fiber|liter|gray|practicing|practiced|defense|aluminum|enrollment|fulfill|skillful|realiz\w*|recogniz\w*|prioritiz\w*|standardiz\w*|familiariz\w*|minimiz\w*|maximiz\w*|emphasiz\w*|summariz\w*|customiz\w*|optimiz\w*|categoriz\w*|visualiz\w*|mom|math)\b"#).ignoresCase()
        for entry in bank.entries {
            let text = ([entry.title, entry.activity, entry.claimPhrasing] + entry.dimensions.map(\.why) + entry.prompts
                + entry.impactEvidence + entry.jargon.map(\.gloss)).joined(separator: " ")
            if let match = text.firstMatch(of: american) {
                Issue.record("\(entry.id): American spelling ‘\(text[match.range])’")
            }
        }
    }

    @Test("no real person's name: citations only of published authors on the approved list, no titled names")
    func noPersonalNames() throws {
        let approved: Set<String> = ["Kolb", "Biggs", "Tang", "Race", "Gibbs", "Schön", "Brookfield", "Sweller", "Mayer", "Hattie",
            "Timperley", "Nicol", "Macfarlane-Dick", "Lave", "Wenger", "Vygotsky", "Rolfe", "CAST", "Dreyfus", "Ericsson", "Boud",
            "Molloy", "Carless", "Bloom", "Knowles", "Bandura", "Laurillard", "Edmondson", "Eraut", "Anderson", "Krathwohl"]
        let cited = try Regex(#"([A-Z][A-Za-zö\-]+)(?: and [A-Z][A-Za-z\-]+| et al\.)?,? \(?(?:19|20)\d\d"#)
        let titled = try Regex(#"\b(Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\.? [A-Z][a-z]+"#)
        for entry in bank.entries {
            let text = ([entry.activity, entry.claimPhrasing] + entry.dimensions.map(\.why) + entry.impactEvidence).joined(separator: " ")
            for match in text.matches(of: cited) {
                let name = String(text[match.range].prefix { $0.isLetter || $0 == "-" || $0 == "ö" })
                if name.first?.isUppercase == true, !["In", "Since", "By", "From", "Until", "Before", "After", "Summer", "Spring", "Autumn", "Winter", "September", "January", "Level", "Act", "Regulations", "Order"].contains(name) {
                    #expect(approved.contains(name), "\(entry.id) cites \(name), not on the approved list")
                }
            }
            #expect(text.firstMatch(of: titled) == nil, "\(entry.id) names a person")
        }
    }

    @Test("the packed bundled bank equals the YAML sources, field for field")
    func packedMatchesSources() throws {
        let folder = Repository.path("Resources/bank")
        var fromYAML = ExampleBank()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".yaml") }).sorted() {
            try fromYAML.add(yaml: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), named: name)
        }
        #expect(fromYAML.entries == bank.entries)
        #expect(fromYAML.disciplines == bank.disciplines)
    }
}
