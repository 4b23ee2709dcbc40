import ExampleBank
import Foundation
import PSF
import TextAnalysis

/// Fits ``WordWeights``: for each dimension, a logistic regression over the words and word pairs of labelled texts
/// (L2-regularised, full-batch Adam, deterministic), then writes them as `Resources/lexicon/words.yaml`.
package struct WordWeightsTrainer {
    /// A text and the dimensions it evidences.
    package struct Example {
        package var text: String
        package var labels: Set<DimensionCode>
        /// Labels that count for less (a statement's secondary ones).
        package var weaker: Set<DimensionCode> = []
        /// Whether the text is about teaching or learning at all (every bank entry is).
        package var isLinked: Bool

        package init(text: String, labels: Set<DimensionCode>, weaker: Set<DimensionCode> = [], isLinked: Bool) {
            self.text = text
            self.labels = labels
            self.weaker = weaker
            self.isLinked = isLinked
        }
    }

    package init() {}

    /// L2 strength on the summed log loss (as C = 3 in the usual notation): keeps rare words' weights modest.
    package var regularisation = 1.0 / 3
    /// The label a statement's secondary dimensions get (primary ones get 1): plausible evidence is still evidence.
    package var secondaryLabel = 1.0
    package var iterations = 400
    package var rate = 0.05
    /// A feature must occur in at least this many texts to get a weight.
    package var minimumTexts = 3
    /// Weights smaller than this are left out of the file.
    package var smallest = 0.05

    /// The bank's texts as training examples: each entry's title and activity, and its claim phrasing with the
    /// signposts taken out, labelled with the entry's dimensions.
    package static func examples(from bank: ExampleBank) -> [Example] {
        bank.entries.flatMap { entry -> [Example] in
            let labels = Set(entry.codes)
            let phrasing = entry.claimPhrasing.replacingOccurrences(of: #"\([A-Z][0-9][A-Z0-9,;/ and]*\)"#, with: "",
                                                                   options: .regularExpression)
            return [Example(text: entry.title + ". " + entry.activity, labels: labels, isLinked: true),
                    Example(text: phrasing, labels: labels, isLinked: true)]
        }
    }

    /// Labelled statements as training examples: primary and secondary labels both count as yes.
    package static func examples(from statements: [LabelledStatement]) -> [Example] {
        statements.map { Example(text: $0.text, labels: Set($0.primary + $0.secondary), weaker: Set($0.secondary), isLinked: !$0.isNoLink) }
    }

    package func train(_ examples: [Example], fitted: String = "") -> WordWeights {
        let analyser = Analyser()
        let documents = examples.map { WordWeights.features(of: analyser.tokens(in: $0.text)).map(\.key) }
        var textCounts: [String: Int] = [:]
        for document in documents { for key in document { textCounts[key, default: 0] += 1 } }
        let vocabulary = textCounts.filter { $0.value >= minimumTexts }.keys.sorted()
        let ids = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0) })
        let rows = documents.map { $0.compactMap { ids[$0] } }
        let dimensions = WordWeights.outputs
        var labels = [Double](repeating: 0, count: examples.count * dimensions)
        for (row, example) in examples.enumerated() {
            for code in example.labels { labels[row * dimensions + code.order] = example.weaker.contains(code) ? secondaryLabel : 1 }
            if example.isLinked { labels[row * dimensions + WordWeights.linkOutput] = 1 }
        }
        let count = Double(max(1, examples.count))
        var bias = (0..<dimensions).map { dimension -> Double in
            let positive = (0..<examples.count).reduce(0.0) { $0 + labels[$1 * dimensions + dimension] }
            let prior = min(0.99, max(0.01, positive / count))
            return log(prior / (1 - prior))
        }
        var weights = [Double](repeating: 0, count: vocabulary.count * dimensions)
        var adam = Adam(count: weights.count + dimensions)
        var errors = [Double](repeating: 0, count: examples.count * dimensions)
        for _ in 0..<iterations {
            for (row, features) in rows.enumerated() {
                for dimension in 0..<dimensions {
                    var logit = bias[dimension]
                    for feature in features { logit += weights[feature * dimensions + dimension] }
                    errors[row * dimensions + dimension] = 1 / (1 + exp(-logit)) - labels[row * dimensions + dimension]
                }
            }
            var gradient = [Double](repeating: 0, count: weights.count + dimensions)
            for (row, features) in rows.enumerated() {
                for dimension in 0..<dimensions {
                    let error = errors[row * dimensions + dimension]
                    gradient[weights.count + dimension] += error
                    for feature in features { gradient[feature * dimensions + dimension] += error }
                }
            }
            for index in weights.indices { gradient[index] = (gradient[index] + regularisation * weights[index]) / count }
            for dimension in 0..<dimensions { gradient[weights.count + dimension] /= count }
            adam.step(gradient: gradient, rate: rate) { index, change in
                if index < weights.count { weights[index] -= change } else { bias[index - weights.count] -= change }
            }
        }
        var kept: [String: [(dimension: Int, value: Double)]] = [:]
        for (id, feature) in vocabulary.enumerated() {
            let list = (0..<dimensions).compactMap { dimension -> (dimension: Int, value: Double)? in
                let value = (weights[id * dimensions + dimension] * 1000).rounded() / 1000
                return abs(value) >= smallest ? (dimension, value) : nil
            }
            if !list.isEmpty { kept[feature] = list }
        }
        return WordWeights(biases: bias.map { ($0 * 1000).rounded() / 1000 }, weights: kept, fitted: fitted)
    }

    /// The weights as `Resources/lexicon/words.yaml`: features sorted, one per line.
    package static func yaml(_ words: WordWeights, comment: String) -> String {
        var text = comment.split(separator: "\n").map { "# \($0)\n" }.joined()
        text += "fitted: \"\(words.fitted.replacingOccurrences(of: "\"", with: "'"))\"\n"
        text += "bias: {" + (0..<WordWeights.outputs).map { "\(WordWeights.name(ofOutput: $0)): \(words.bias(ofOutput: $0))" }.joined(separator: ", ") + "}\n"
        text += "weights:   # feature (a stem, or two adjacent stems), then each dimension and its weight\n"
        for (feature, list) in words.allWeights.sorted(by: { $0.key < $1.key }) {
            let escaped = feature.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            text += "  - [\"\(escaped)\", " + list.map { "\(WordWeights.name(ofOutput: $0.dimension)), \($0.value)" }.joined(separator: ", ") + "]\n"
        }
        return text
    }
}
