import Foundation
import Testing
import TestSupport
@testable import PSF

@Suite("PSF 2023 data")
struct FrameworkDataTests {
    let framework = Framework.psf2023

    @Test("fifteen unique codes in the framework's order, grouped 5/5/5")
    func fifteenCodes() {
        #expect(framework.dimensions.map(\.code) == DimensionCode.allCases)
        #expect(Set(framework.dimensions.map(\.code)).count == 15)
        for group in DimensionGroup.allCases {
            #expect(framework.dimensions(in: group).count == 5)
        }
        #expect(framework.dimensions.allSatisfy { $0.group == $0.code.group })
    }

    @Test("statements equal the domain reference word for word")
    func statementsMatchReference() throws {
        let reference = try #require(DomainReference.text, "shared/psf2023.md should sit beside the repository")
        for dimension in framework.dimensions {
            let row = "| \(dimension.code.rawValue) | \(dimension.group.name) | \(dimension.statement) |"
            #expect(reference.contains(row), "\(dimension.code) statement differs from the reference")
        }
        for descriptor in framework.descriptors {
            for criterion in descriptor.criteria {
                #expect(reference.contains("- \(criterion.id) \(criterion.statement)\n"), "\(criterion.id) differs from the reference")
            }
        }
    }

    @Test("every dimension has an explanation and 3–5 guiding questions")
    func explanationsAndQuestions() {
        for dimension in framework.dimensions {
            #expect(dimension.explanation.split(separator: " ").count >= 20, "\(dimension.code) explanation too thin")
            #expect((3...5).contains(dimension.questions.count), "\(dimension.code) has \(dimension.questions.count) questions")
            #expect(dimension.questions.allSatisfy { $0.hasSuffix("?") })
        }
    }

    @Test("descriptor minimums are the framework's")
    func descriptorMinimums() {
        let d1 = framework.descriptor(for: .associateFellow).requires
        #expect(Set(d1.allOf) == [.v1, .v3, .k1, .k2, .k3])
        #expect(d1.atLeast.count == 1 && d1.atLeast[0].count == 2 && d1.atLeast[0].of == DimensionCode.areas)
        #expect(!d1.leadership)
        let d2 = framework.descriptor(for: .fellow).requires
        #expect(Set(d2.allOf) == Set(DimensionCode.allCases) && !d2.leadership)
        let d3 = framework.descriptor(for: .seniorFellow).requires
        #expect(Set(d3.allOf) == Set(DimensionCode.allCases) && d3.leadership)
        let d4 = framework.descriptor(for: .principalFellow)
        #expect(!d4.inScope && d4.requires.strategic)
        #expect(framework.descriptors.allSatisfy { $0.criteria.count == 3 })
    }

    @Test("D1 minimums judge evidence correctly")
    func d1Judgement() {
        let d1 = framework.descriptor(for: .associateFellow).requires
        #expect(d1.isMet(by: [.v1, .v3, .k1, .k2, .k3, .a2, .a4]))
        #expect(!d1.isMet(by: [.v1, .v3, .k1, .k2, .k3, .a2]))
        #expect(d1.missing(from: [.v1, .k1, .k2, .k3, .a2]) == ["evidence of V3", "1 more of A1, A2, A3, A4, A5"])
    }

    @Test("categories accept ids, post-nominals and descriptors as aliases")
    func categoryAliases() {
        for (text, category) in [("associate-fellow", Category.associateFellow), ("AFHEA", .associateFellow), ("D1", .associateFellow),
                                 ("fellow", .fellow), ("FHEA", .fellow), ("d2", .fellow), ("Senior Fellow", .seniorFellow),
                                 ("SFHEA", .seniorFellow), ("D3", .seniorFellow), ("PFHEA", .principalFellow), ("D4", .principalFellow)] {
            #expect(Category(parsing: text) == category, "\(text)")
        }
        #expect(Category(parsing: "D5") == nil)
        #expect(throws: (any Error).self) { try Category.parse("professor") }
    }

    @Test("K6 and other strings are not dimension codes")
    func noLegacyCodes() {
        #expect(DimensionCode(parsing: "K6") == nil)
        #expect(DimensionCode(parsing: "v5") == .v5)
    }

    @Test("no legacy UKPSF 2011 marker appears anywhere in the bundled framework or scheme data")
    func noLegacyMarkersInData() {
        let markers = framework.legacyMarkers
        #expect(markers.count >= 3)
        for file in BundledFile.files(in: "framework") + BundledFile.files(in: "schemes") where file.path != "framework/legacy.yaml" {
            let withoutComments = file.text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
                .joined(separator: "\n")
            for marker in markers {
                #expect(marker.matches(in: withoutComments).isEmpty, "\(file.path) contains legacy marker \(marker.id)")
            }
        }
    }

    @Test("legacy markers catch the 2011 items and spare PSF 2023 text")
    func legacyMarkersWork() {
        let markers = framework.legacyMarkers
        func flagged(_ text: String) -> Bool { markers.contains { !$0.matches(in: text).isEmpty } }
        #expect(flagged("This meets K6 of the framework."))
        #expect(flagged("I mapped my practice to the UKPSF."))
        #expect(flagged("This evidences D2.iii and D1 (ii)."))
        #expect(!flagged("I demonstrate the lathe (A2, K4) and meet D2.3 in full."))
        #expect(!flagged("Kit 6 in the store is a K-type thermocouple."))
    }
}
