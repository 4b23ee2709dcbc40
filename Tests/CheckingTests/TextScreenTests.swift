import Foundation
import Testing
import TestSupport
import Claims
import PSF
@testable import Checking

/// The rules' byte-scan screens may only ever settle what the regular expressions would say: these run both over
/// every sentence and paragraph of the example and fixture claims, the mapper's labelled statements and hostile
/// strings, and require the screens never to disagree with the expressions.
@Suite("Rule screens agree with the expressions")
struct TextScreenTests {
    /// Every sentence and paragraph text of every claim in Examples/ and Tests/Fixtures/claims/, with hostile extras.
    static let corpus: [String] = {
        var texts: [String] = [
            "", "a", "We trained colleagues.", "TRAINED STAFF", "ſtaff were trained", "the ﬆaff team", "K-team", "I ﬁxed it",
            "mentor_ship", "team\u{301} lead", "Ⓣeam leads", "I led 12 technicians since 2019", "No digits here at all",
            "Call 0161 306 6000 or email jo.bloggs@student.ac.uk", "Student ID: 12345678", "a student called Sam", "Sam, a first-year student",
            "١٢٣٤٥٦٧٨ Arabic-Indic digits", "０１２３４５６７ full-width", "results: 45% fewer incidents", "because\u{301} so", "why?",
            "(Kolb, 1984) argues", "the technicians’ network—shared", "Influencing peers", "co-ordinated", "aimless", "I rolled out SOPs",
            "PhD students who teach", "community of practice", "schools across the faculty", "new starters", "GTAs", "gta's",
            "we’re done", "Ourselves—", "us\u{301} too", "wé", "our_team", "“We” said", "OUR lab", "in 1985 and 2019", "(Race, 2019)",
            "trained—staff", "«team»", "led…", "Ǆ team", "\u{200D}we",
            "I set up the rota for the team", "set  up colleagues", "set-up staff", "Roll out to the department", "rolled\tout staff",
            "a Community of Practice formed", "teaching assistants helped", "PhD students who teach", "PhD students who demonstrated",
            "new starters joined", "so that", "so  that", "didn't work", "As a result we", "per cent", "per  cent", "led to", "sets up",
            "0161 306 6000", "0161-306-6000", "0161  306 6000", "tel 07700\u{00A0}900123", "ID 1234567", "12345 67890", "2019–2023 and 2024",
            "+44 (0)161 306 6000", "01613066000", "0 1 6 1 3 0 6 6", "０１２３４５６７８", "set upward", "reset up", "rolle out staff", "Rolled Out team", "i found", "I Found it", "now I see", "I nowhere", "pass rate rose", "told me",
        ]
        let folders = [Repository.path("Examples"), Repository.path("Tests/Fixtures/claims")]
        for folder in folders {
            let enumerator = FileManager.default.enumerator(atPath: folder.path)
            while let name = enumerator?.nextObject() as? String {
                guard name.hasSuffix(".md"), name != "README.md" else { continue }
                guard let read = try? ClaimReader.read(folder.appendingPathComponent(name).path) else { continue }
                for paragraph in read.claim.paragraphs {
                    texts.append(paragraph.text)
                    for sentence in paragraph.sentences { texts += [sentence.text, sentence.prose] }
                }
            }
        }
        for set in ["dev", "dev2", "heldout"] {
            let text = (try? String(contentsOf: Repository.path("Tests/Fixtures/mapper/\(set).yaml"), encoding: .utf8)) ?? ""
            texts += text.split(separator: "\n").map(String.init)
        }
        return texts
    }()

    private func expectAgreement(_ screen: WordScreen, _ pattern: TextPattern, _ name: String) {
        var settled = 0
        for text in Self.corpus {
            switch screen.verdict(text) {
            case .matches:
                settled += 1
                #expect(pattern.matches(text), "\(name) screen said match: \(text)")
            case .cannotMatch:
                settled += 1
                #expect(!pattern.matches(text), "\(name) screen said no match: \(text)")
            case .unknown:
                break
            }
        }
        #expect(settled > 0, "\(name) screen never settles anything")
    }

    @Test("leadership screens")
    func leadership() {
        expectAgreement(LeadershipSignals.leadingScreen, LeadershipSignals.leading, "leading")
        expectAgreement(LeadershipSignals.othersScreen, LeadershipSignals.others, "others")
        for text in Self.corpus {
            #expect(LeadershipSignals.isLeadership(text) == (LeadershipSignals.leading.matches(text) && LeadershipSignals.others.matches(text)))
        }
    }

    @Test("impact and reflection screens")
    func reflection() {
        expectAgreement(ImpactMissingRule.screen, ImpactMissingRule.impact, "impact")
        expectAgreement(DescriptiveRule.screen, DescriptiveRule.reflection, "descriptive")
    }

    @Test("first-person screen, and the recency screen's premise")
    func firstPersonAndRecency() {
        expectAgreement(FirstPersonRule.pluralScreen, FirstPersonRule.plural, "first-person")
        for text in Self.corpus where !TextScreen.contains(text, "19") && !TextScreen.contains(text, "20") {
            #expect(RecencyRule.year.ranges(in: RecencyRule.citation.removing(from: text)).isEmpty, "recency screened out: \(text)")
        }
    }

    @Test("a screenable legacy marker found in a text is found with other texts joined around it by line feeds")
    func legacyJoined() {
        let markers = Framework.psf2023.legacyMarkers
        #expect(markers.filter { LegacyFrameworkRule.screenable($0.pattern) }.count >= 2)
        let extra = ["UKPSF K6 and D2.iii", "the UK PSF (2011)", "Professional Standards Framework (UKPSF) 2011", "K6", "aK6", "K6b"]
        for marker in markers where LegacyFrameworkRule.screenable(marker.pattern) {
            for text in Self.corpus + extra where !marker.matches(in: text).isEmpty {
                #expect(!marker.matches(in: "K5 word\n" + text + "\nword K5").isEmpty, "\(marker.id): \(text.prefix(80))")
            }
        }
        #expect(!LegacyFrameworkRule.screenable(#"^\s*UKPSF"#) && !LegacyFrameworkRule.screenable(#"D2(?![a-z])"#))
    }

    @Test("personal-data screens are false only where the pattern finds nothing")
    func personalData() {
        for (pattern, what, screen) in PersonalDataRule.patterns {
            var screened = 0
            for text in Self.corpus where !screen(text) {
                screened += 1
                #expect(pattern.ranges(in: text).isEmpty, "\(what) screened out: \(text)")
            }
            #expect(screened > 0)
        }
    }
}
