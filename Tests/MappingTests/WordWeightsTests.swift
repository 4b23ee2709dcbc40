import Foundation
import Testing
import TestSupport
@testable import Mapping
import FellowshipSupport
import PSF
import TextAnalysis

/// The learned word weights: what the build packs equals the YAML, features are counted once, the trainer learns
/// from labels, and a damaged file is a plain error.
@Suite("Learned word weights")
struct WordWeightsTests {
    static let yamlPath = Repository.path("Resources/lexicon/words.yaml").path

    @Test("the packed weights equal words.yaml, and were fitted on the bank and the labelled sets, not the held-out ones")
    func packedEqualsYAML() throws {
        let fromYAML = try WordWeights(yaml: try TextFile.read(Self.yamlPath), file: "words.yaml")
        let bundled = WordWeights.bundled
        #expect(bundled.count == fromYAML.count)
        #expect(bundled.count > 1000)
        #expect(bundled.fitted == fromYAML.fitted)
        #expect((0..<WordWeights.outputs).allSatisfy { bundled.bias(ofOutput: $0) == fromYAML.bias(ofOutput: $0) })
        let bundledWeights = bundled.allWeights, yamlWeights = fromYAML.allWeights
        for (feature, list) in bundledWeights {
            #expect(yamlWeights[feature]?.map(\.value) == list.map(\.value), "\(feature)")
            #expect(yamlWeights[feature]?.map(\.dimension) == list.map(\.dimension), "\(feature)")
        }
        #expect(bundled.fitted.contains("dev.yaml") && bundled.fitted.contains("train1.yaml"))
        #expect(!bundled.fitted.contains("heldout"))
    }

    @Test("features are every stem and every adjacent pair, each once, with the tokens it came from")
    func features() {
        let tokens = Analyser().tokens(in: "Demonstrate, then demonstrate the lathe")
        let features = WordWeights.features(of: tokens)
        let keys = features.map(\.key)
        #expect(Set(keys).count == keys.count)
        #expect(keys.contains(tokens[0].stem))
        #expect(keys.contains(tokens[0].stem + " " + tokens[1].stem))
        #expect(features.first { $0.key == tokens[3].stem + " " + tokens[4].stem }?.span == 3..<5)
        #expect(WordWeights.features(of: []).isEmpty)
    }

    @Test("the trainer learns which words go with which dimension, and against the teaching link")
    func trainerLearns() {
        var trainer = WordWeightsTrainer()
        trainer.minimumTexts = 1
        trainer.iterations = 200
        let examples = [
            WordWeightsTrainer.Example(text: "I demonstrate the lathe to students", labels: [.a2], isLinked: true),
            WordWeightsTrainer.Example(text: "I demonstrate soldering at the bench", labels: [.a2], isLinked: true),
            WordWeightsTrainer.Example(text: "I mark the practical reports and give feedback", labels: [.a3], isLinked: true),
            WordWeightsTrainer.Example(text: "I give written feedback on every report", labels: [.a3], isLinked: true),
            WordWeightsTrainer.Example(text: "I order the stock and check the budget", labels: [], isLinked: false),
            WordWeightsTrainer.Example(text: "I reconcile the budget every month", labels: [], isLinked: false),
        ]
        let words = trainer.train(examples, fitted: "test")
        let analyser = Analyser()
        let demonstrating = words.logits(of: analyser.tokens(in: "I demonstrate the drill"))
        let feedback = words.logits(of: analyser.tokens(in: "feedback on reports"))
        let budget = words.logits(of: analyser.tokens(in: "the budget"))
        #expect(demonstrating[DimensionCode.a2.order] > demonstrating[DimensionCode.a3.order])
        #expect(feedback[DimensionCode.a3.order] > feedback[DimensionCode.a2.order])
        #expect(budget[WordWeights.linkOutput] < demonstrating[WordWeights.linkOutput])
        // What the trainer writes reads back as the same weights.
        let text = WordWeightsTrainer.yaml(words, comment: "test")
        let read = try? WordWeights(yaml: text, file: "test.yaml")
        #expect(read?.allWeights.mapValues { $0.map(\.value) } == words.allWeights.mapValues { $0.map(\.value) })
    }

    @Test("a damaged weights file is a plain error", arguments: [
        "fitted: x\nbias: {Q9: 1}\nweights: []\n",
        "fitted: x\nbias: {A2: 1}\nweights:\n  - [demonstr, A2]\n",
        "fitted: x\nbias: {A2: 1}\nweights:\n  - [demonstr, A2, lots]\n",
        "fitted: x\nbias: {A2: 1}\nweights:\n  - [demonstr, K9, 1]\n",
    ])
    func damaged(text: String) {
        #expect(throws: InputError.self) { try WordWeights(yaml: text, file: "words.yaml") }
    }

    @Test("a suggestion with no cue phrase is explained by the words that weigh most, never by stopwords alone")
    func explanations() {
        let mapper = MapperQualityTests.mapper
        let texts = ["I redesigned the practical after reading about cognitive load",
                     "Students from every background can borrow a camera kit at no cost"]
        for text in texts {
            for suggestion in mapper.suggestions(for: text) {
                #expect(!suggestion.because.isEmpty, "\(text): \(suggestion.dimension)")
                for trigger in suggestion.because {
                    let tokens = Analyser().tokens(in: trigger.text)
                    #expect(tokens.contains { !$0.isStopword }, "\(text): \(trigger.text)")
                }
            }
        }
    }
}
