import FellowshipSupport
import Foundation
import PSF
import TextAnalysis

/// Word weights learned from labelled statements: for each dimension, a logistic model over the words (stems) and
/// pairs of adjacent words a statement contains; and one more for the teaching link.
///
/// The cue lexicon says what a technician's words mean as a person wrote it down; these weights are what the labelled
/// statements and the example bank show, including the words that count *against* a dimension ("budget", "order").
/// `make calibrate` fits them (`fellowship-eval --calibrate`) on the bank and the development and training sets, never
/// on the held-out sets, and writes `Resources/lexicon/words.yaml`; the build packs that file into the binary.
///
/// Weights are kept to three decimals (as the file writes them), in a dense table, and looked up by stem number, so
/// mapping a statement hashes each word once and builds no strings.
public struct WordWeights: Sendable {
    /// The outputs: the fifteen dimensions in framework order, then whether the text is about teaching or learning
    /// at all (the teaching link), named `link` in the file.
    package static let outputs = 16
    package static let linkOutput = 15

    /// Each output's bias.
    let biases: [Double]
    /// Every stem that takes part in a feature, by number.
    let stems: [String]
    /// The features, in table order, as stem numbers: one stem (the second is -1), or two adjacent stems.
    let featureStems: [(first: Int32, second: Int32)]
    /// Each feature's weight for every output (0 where it has none): `outputs` numbers per feature, in feature order.
    let table: [Double]
    /// Each stem's number.
    let stemNumbers: [String: Int32]
    /// For each stem number, the feature that is the stem alone (-1 if none).
    let singleFeature: [Int32]
    /// For two adjacent stem numbers (first in the high half), the feature that is the pair.
    let pairFeature: [UInt64: Int32]
    /// Where the numbers came from.
    public let fitted: String

    /// Number of features with a weight.
    public var count: Int { featureStems.count }

    /// An output's bias.
    package func bias(ofOutput output: Int) -> Double { biases[output] }

    /// A feature as the file writes it: a stem, or two stems joined by a space.
    func feature(_ index: Int) -> String {
        let (first, second) = featureStems[index]
        return second < 0 ? stems[Int(first)] : stems[Int(first)] + " " + stems[Int(second)]
    }

    /// Every feature's non-zero weights, for writing them out.
    package var allWeights: [String: [(dimension: Int, value: Double)]] {
        var all: [String: [(dimension: Int, value: Double)]] = [:]
        for index in featureStems.indices {
            all[feature(index)] = (0..<Self.outputs).compactMap { output in
                let value = table[index * Self.outputs + output]
                return value == 0 ? nil : (output, value)
            }
        }
        return all
    }

    /// A weight as the file keeps it: to three decimals.
    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    package init(biases: [Double], weights: [String: [(dimension: Int, value: Double)]], fitted: String) {
        let features = weights.keys.sorted()
        var table = [Double](repeating: 0, count: features.count * Self.outputs)
        for (index, feature) in features.enumerated() {
            for weight in weights[feature] ?? [] where (0..<Self.outputs).contains(weight.dimension) {
                table[index * Self.outputs + weight.dimension] = Self.rounded(weight.value)
            }
        }
        let (stems, featureStems) = Self.numberStems(of: features)
        self.init(biases: biases, stems: stems, featureStems: featureStems, table: table, fitted: fitted)
    }

    /// Numbers the stems of features (by first appearance) and gives each feature as stem numbers. (The
    /// ResourceEmbedder's WordWeightsCompiler numbers them the same way at build time.)
    static func numberStems(of features: [String]) -> (stems: [String], featureStems: [(first: Int32, second: Int32)]) {
        var stems: [String] = []
        var numbers: [Substring: Int32] = [:]
        func number(_ stem: Substring) -> Int32 {
            if let known = numbers[stem] { return known }
            let next = Int32(stems.count)
            numbers[stem] = next
            stems.append(String(stem))
            return next
        }
        let featureStems = features.map { feature -> (first: Int32, second: Int32) in
            let parts = feature.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
            return (number(parts[0]), parts.count > 1 ? number(parts[1]) : -1)
        }
        return (stems, featureStems)
    }

    /// The model from its stems, features and table.
    init(biases: [Double], stems: [String], featureStems: [(first: Int32, second: Int32)], table: [Double], fitted: String) {
        self.biases = biases.count == Self.outputs ? biases : [Double](repeating: -10, count: Self.outputs)
        self.stems = stems
        self.featureStems = featureStems
        self.table = table
        self.fitted = fitted
        var numbers: [String: Int32] = [:]
        numbers.reserveCapacity(stems.count)
        for (number, stem) in stems.enumerated() { numbers[stem] = Int32(number) }
        var single = [Int32](repeating: -1, count: stems.count)
        var pairs: [UInt64: Int32] = [:]
        pairs.reserveCapacity(featureStems.count)
        for (index, feature) in featureStems.enumerated() {
            if feature.second < 0 {
                single[Int(feature.first)] = Int32(index)
            } else {
                pairs[UInt64(UInt32(feature.first)) << 32 | UInt64(UInt32(feature.second))] = Int32(index)
            }
        }
        stemNumbers = numbers
        singleFeature = single
        pairFeature = pairs
    }

    /// The bundled weights, packed at build time from `lexicon/words.yaml`.
    public static let bundled: WordWeights = loadBundled()

    /// Loads the bundled weights afresh (the benchmark measures this; everything else uses ``bundled``).
    package static func loadBundled() -> WordWeights {
        BundledData.load("word weights") {
            guard let weights = WordWeights(packed: EmbeddedWordWeights.packed) else {
                throw InputError("the packed word weights are malformed")
            }
            return weights
        }
    }

    /// A statement's features, each once, with the span of tokens it came from (its first occurrence): every stem,
    /// and every two adjacent stems joined by a space. (What the trainer counts; mapping uses ``logits(of:)``.)
    package static func features(of tokens: [Token]) -> [(key: String, span: Range<Int>)] {
        var features: [(key: String, span: Range<Int>)] = []
        var seen: Set<String> = []
        features.reserveCapacity(tokens.count * 2)
        for (position, token) in tokens.enumerated() {
            if seen.insert(token.stem).inserted { features.append((token.stem, position..<(position + 1))) }
            if position + 1 < tokens.count {
                let pair = token.stem + " " + tokens[position + 1].stem
                if seen.insert(pair).inserted { features.append((pair, position..<(position + 2))) }
            }
        }
        return features
    }

    /// The features a statement has, as table rows, each once, with the span of tokens it came from (its first
    /// occurrence), in the order ``features(of:)`` finds them.
    package func featureRows(of tokens: [Token]) -> [(row: Int, span: Range<Int>)] {
        let numbers = tokens.map { stemNumbers[$0.stem] ?? -1 }
        var rows: [(row: Int, span: Range<Int>)] = []
        var seen: Set<Int32> = []
        for position in numbers.indices {
            let number = numbers[position]
            guard number >= 0 else { continue }
            let single = singleFeature[Int(number)]
            if single >= 0, seen.insert(single).inserted { rows.append((Int(single), position..<(position + 1))) }
            if position + 1 < numbers.count, numbers[position + 1] >= 0 {
                let key = UInt64(UInt32(number)) << 32 | UInt64(UInt32(numbers[position + 1]))
                if let pair = pairFeature[key], seen.insert(pair).inserted { rows.append((Int(pair), position..<(position + 2))) }
            }
        }
        return rows
    }

    /// Each output's log-odds for a statement's tokens: the dimensions in framework order, then the teaching link.
    package func logits(of tokens: [Token]) -> [Double] {
        logits(of: featureRows(of: tokens))
    }

    /// As ``logits(of:)-([Token])``, for the statement's ``featureRows(of:)`` found already.
    package func logits(of rows: [(row: Int, span: Range<Int>)]) -> [Double] {
        var logits = biases
        table.withUnsafeBufferPointer { table in
            for feature in rows {
                let base = feature.row * Self.outputs
                for output in 0..<Self.outputs { logits[output] += table[base + output] }
            }
        }
        return logits
    }

    /// The token spans that count most for `dimension`, strongest first: features with a positive weight of at
    /// least `minimum`, at most `limit`. A span of stopwords alone ("so", "at the") is never shown as a reason,
    /// whatever its weight: it explains nothing to the reader.
    func strongestSpans(in tokens: [Token], rows: [(row: Int, span: Range<Int>)], dimension: Int, minimum: Double = 0.4,
                        limit: Int = 3) -> [Range<Int>] {
        var found: [(span: Range<Int>, value: Double)] = []
        for feature in rows where feature.span.contains(where: { !tokens[$0].isStopword }) {
            let value = table[feature.row * Self.outputs + dimension]
            if value >= minimum { found.append((feature.span, value)) }
        }
        found.sort { $0.value != $1.value ? $0.value > $1.value : $0.span.lowerBound < $1.span.lowerBound }
        var chosen: [Range<Int>] = []
        for candidate in found where !chosen.contains(where: { $0.overlaps(candidate.span) }) {
            chosen.append(candidate.span)
            if chosen.count == limit { break }
        }
        return chosen
    }
}
