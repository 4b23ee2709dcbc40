import Testing
import TestSupport
@testable import Mapping
import ExampleBank
import TextAnalysis

/// The mapper's data is analysed and packed at build time (ResourceEmbedder); these hold what start-up reads to
/// what the YAML says, analysed now.
@Suite("Build-time mapper data")
struct BuildTimeDataTests {
    @Test("the packed cue lexicon equals the lexicon read from cues.yaml and analysed now")
    func lexicon() throws {
        let fromYAML = try CueLexicon(yaml: try bundledText("lexicon/cues.yaml"), file: "lexicon/cues.yaml")
        #expect(CueLexicon.bundled == fromYAML)
        #expect(fromYAML.cues.count > 500)
    }

    @Test("the packed calibration equals calibration.yaml")
    func calibration() throws {
        let fromYAML = try Calibration(yaml: try bundledText("lexicon/calibration.yaml"), file: "lexicon/calibration.yaml")
        #expect(Calibration.bundled == fromYAML)
    }

    @Test("every bundled entry is indexed from the build's analysis, and the index equals one analysed now")
    func bankIndex() {
        let mapper = MapperQualityTests.mapper
        #expect(mapper.preparedEntries == ExampleBank.bundled.entries.count)
        let analyser = Analyser()
        let analysedNow = BM25Index(documents: ExampleBank.bundled.entries.map { ActivityMapper.indexedStems(of: $0, analyser: analyser) })
        #expect(mapper.index == analysedNow)
    }

    @Test("an empty bank builds a mapper that suggests nothing from neighbours, and never crashes")
    func emptyBank() {
        let mapper = ActivityMapper(bank: ExampleBank())
        #expect(mapper.preparedEntries == 0)
        _ = mapper.suggestions(for: "I demonstrate the lathe to first-year students")
    }
}
