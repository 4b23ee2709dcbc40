import Foundation
import Testing
import TestSupport
import FellowshipSupport
@testable import PSF

@Suite("Scheme profiles")
struct SchemeProfileTests {
    @Test("every bundled scheme is valid and the default is the Advance HE direct route")
    func bundledSchemes() throws {
        let schemes = SchemeCatalogue.bundled
        #expect(schemes.count >= 2)
        #expect(SchemeCatalogue.standard.id == "advance-he-direct")
        #expect(schemes.filter(\.isDefault).count == 1)
        for scheme in schemes {
            #expect(!scheme.source.isEmpty && !scheme.checked.isEmpty)
            for rules in scheme.categories {
                #expect(!rules.wordLimit.source.isEmpty)
                #expect(rules.sections.contains { $0.kind == .account || $0.kind == .reflectiveAccount })
            }
        }
    }

    @Test("direct route carries the widely quoted figures, marked provisional")
    func directRouteFigures() throws {
        let direct = SchemeCatalogue.standard
        #expect(direct.provisional)
        #expect(try direct.requireRules(for: .associateFellow).wordLimit.maximum == 1400)
        #expect(try direct.requireRules(for: .fellow).wordLimit.maximum == 3000)
        let senior = try direct.requireRules(for: .seniorFellow)
        #expect(senior.wordLimit.maximum == 7000)
        #expect(senior.caseStudies?.count == 2)
        #expect(senior.sections.filter { $0.kind == .caseStudy }.count == 2)
        #expect(throws: InputError.self) { try direct.requireRules(for: .principalFellow) }
    }

    @Test("headings are recognised by their wordings, whatever the case and numbering")
    func headingRecognition() throws {
        let senior = try SchemeCatalogue.standard.requireRules(for: .seniorFellow)
        #expect(senior.section(forHeading: "1. Context Statement")?.id == "context")
        #expect(senior.section(forHeading: "Case Study 2: Leading the induction redesign")?.id == "case-study-2")
        #expect(senior.section(forHeading: "REFERENCES")?.id == "references")
        #expect(senior.section(forHeading: "Things I like") == nil)
    }

    @Test("resolving: bundled id, unknown id, user file")
    func resolving() throws {
        #expect(try SchemeCatalogue.resolve(nil).id == "advance-he-direct")
        #expect(try SchemeCatalogue.resolve("institution-psf2023-a").id == "institution-psf2023-a")
        #expect(throws: InputError.self) { try SchemeCatalogue.resolve("no-such-scheme") }
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mine.yaml")
        let source = try #require(SchemeCatalogue.bundledSource(of: "institution-psf2023-b"))
        try source.replacingOccurrences(of: "id: institution-psf2023-b", with: "id: my-scheme").write(to: file, atomically: true, encoding: .utf8)
        #expect(try SchemeCatalogue.resolve(file.path).id == "my-scheme")
    }

    @Test("an invalid user profile is reported at file:line:column", arguments: [
        ("id: x\nname: X\nsource: s\nchecked: c\ncategories:\n  - category: fellow\n    word_limit: {maximum: -5, source: s}\n    sections: [{id: a, kind: account, title: A, headings: [a], required: true, counted: true}]\n", 7, "maximum"),
        ("id: x\nname: X\nsource: s\nchecked: c\ncategories:\n  - category: professor\n", 6, "category"),
        ("id: x\nname: X\nsource: s\nchecked: c\ncategories:\n  - category: fellow\n    word_limit: {maximum: 100, source: s}\n    sections: [{id: a, kind: essay, title: A, headings: [a], required: true, counted: true}]\n", 8, "essay"),
        ("id: x\nname: X\nsource: [s\n", 4, "YAML"),
    ])
    func invalidProfiles(source: String, line: Int, word: String) throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.yaml")
        try source.write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try SchemeCatalogue.load(file: file.path)
            Issue.record("accepted an invalid profile")
        } catch let error as InputError {
            #expect(error.location?.file == file.path)
            #expect(error.location?.line == line, "\(error)")
            #expect((error.location?.column ?? 0) > 0)
            #expect(error.description.localizedCaseInsensitiveContains(word) || (error.hint ?? "").contains(word), "\(error)")
        }
    }
}

@Suite("Bundled data compiled to JSON")
struct BundledJSONTests {
    @Test("each bundled scheme and the framework decode the same from their YAML (with positions) and their JSON")
    func yamlAndJSONAgree() throws {
        for file in BundledFile.files(in: "schemes") {
            let fromYAML = try YAMLLoader.decode(SchemeProfile.self, from: file.text, file: file.path)
            #expect(try BundledFile.decode(SchemeProfile.self, file.path) == fromYAML, "\(file.path)")
        }
        let framework = try YAMLLoader.decode(Framework.self, from: try BundledFile.text("framework/psf2023.yaml"), file: "psf2023.yaml")
        #expect(framework.dimensions == Framework.psf2023.dimensions)
        #expect(framework.descriptors == Framework.psf2023.descriptors)
    }
}
