import Foundation
import Testing
@testable import TextAnalysis

/// The analyser's data is packed at build time; these hold the packed form to its YAML source.
@Suite("Packed text data")
struct PackedDataTests {
    /// `Resources/text/NAME`, read from the repository.
    private func source(_ name: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("Resources/text/\(name)"), encoding: .utf8)
    }

    @Test("the bundled data is exactly what the YAML files say")
    func bundledMatchesSource() throws {
        let fromYAML = try AnalysisData(spelling: try source("spelling.yaml"), abbreviations: try source("abbreviations.yaml"),
                                        stopwords: try source("stopwords.yaml"))
        #expect(AnalysisData.bundled == fromYAML)
        #expect(!fromYAML.stopwords.isEmpty && !fromYAML.expansions.isEmpty && !fromYAML.endingRules.isEmpty)
    }

    @Test("packing round-trips, including empty lists")
    func roundTrip() {
        let data = AnalysisData(spellings: ["color": "colour"], endingRules: [.init(from: "ize", to: "ise")], endingExceptions: [],
                                expansions: ["h&s": ["health", "and", "safety"], "x": []], stopwords: ["a", "the"], stemOverrides: [:])
        #expect(AnalysisData(packed: data.packed) == data)
        #expect(AnalysisData(packed: "not packed") == nil)
    }
}

@Suite("BM25 builder")
struct BM25BuilderTests {
    @Test("adding documents one at a time, as stems or term numbers, builds the same index")
    func builderMatchesDocuments() {
        let documents = [["lathe", "induct", "lathe"], ["induct", "safeti"], [], ["kiln", "glaze", "kiln", "kiln"]]
        var builder = BM25Index.Builder()
        builder.add(documents[0])
        builder.add(terms: documents[1].map { builder.intern($0) })
        builder.add([])
        builder.add(terms: documents[3].map { builder.intern($0) })
        let index = BM25Index(documents: documents)
        #expect(builder.index == index)
        #expect(index.document(0, contains: "lathe") && index.document(3, contains: "kiln") && index.document(1, contains: "safeti"))
        #expect(!index.document(1, contains: "lathe") && !index.document(2, contains: "kiln") && !index.document(0, contains: "unknown"))
    }

    @Test("the ceiling counts each distinct stem once, whatever the order")
    func ceiling() {
        let index = BM25Index(documents: [["lathe", "induct"], ["induct", "safeti"], ["kiln"]])
        let once = index.ceiling(for: ["lathe", "induct"])
        #expect(index.ceiling(for: ["lathe", "induct", "lathe"]) == once)
        #expect(once == index.inverseFrequency(of: "lathe") * 2.2 + index.inverseFrequency(of: "induct") * 2.2)
    }
}
