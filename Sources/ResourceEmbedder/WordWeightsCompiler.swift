import FellowshipSupport

/// `Resources/lexicon/words.yaml` packed for `WordWeights.bundled` in Mapping, so start-up decodes no YAML for it.
/// Packed form (see `WordWeights.init(packed:)`): the sixteen biases (dimensions in framework order, then the link);
/// the stems; the features (sorted) as stem numbers; the dense table of weights; where the numbers came from.
enum WordWeightsCompiler {
    private struct WordWeightsFile: Decodable {
        var fitted: String
        var bias: [String: Double]
        var weights: [[String]]
    }

    /// The dimension codes in framework order (as `DimensionCode.order` numbers them).
    /// Then `link`, the teaching link (as `WordWeights.linkOutput`).
    static let codes = ["V1", "V2", "V3", "V4", "V5", "K1", "K2", "K3", "K4", "K5", "A1", "A2", "A3", "A4", "A5", "link"]

    static func compile(_ text: String) throws -> String {
        let file = try YAMLLoader.decode(WordWeightsFile.self, from: text, file: "lexicon/words.yaml")
        let biases = try codes.map { code -> String in
            guard let value = file.bias[code] else { throw EmbedderFailure("lexicon/words.yaml: no bias for \(code)") }
            return "\(value)"
        }
        var rows: [String: [Int]] = [:]
        for row in file.weights {
            guard let feature = row.first, row.count >= 3, row.count % 2 == 1 else {
                throw EmbedderFailure("lexicon/words.yaml: a row under weights is not a feature followed by codes and weights")
            }
            if PackedText.containsSeparator(feature) {
                throw EmbedderFailure("lexicon/words.yaml: a feature holds an invisible separator character (U+001C to U+001F); delete it")
            }
            var thousandths = rows[feature] ?? [Int](repeating: 0, count: codes.count)
            for pair in stride(from: 1, to: row.count, by: 2) {
                guard let order = codes.firstIndex(of: row[pair]) else {
                    throw EmbedderFailure("lexicon/words.yaml: ‘\(row[pair])’ under ‘\(feature)’ is not a PSF 2023 dimension")
                }
                guard let value = Double(row[pair + 1]), abs(value) < 32 else {
                    throw EmbedderFailure("lexicon/words.yaml: ‘\(row[pair + 1])’ under ‘\(feature)’ is not a weight between -32 and 32")
                }
                thousandths[order] = Int((value * 1000).rounded())
            }
            rows[feature] = thousandths
        }
        // Features sorted, as `WordWeights.init(biases:weights:fitted:)` orders them; stems numbered by first appearance;
        // numbers and weights as four hex digits.
        func hex(_ value: Int) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 4 - digits.count) + digits
        }
        let features = rows.keys.sorted()
        var stems: [String] = []
        var numbers: [Substring: Int] = [:]
        func number(_ stem: Substring) -> Int {
            if let known = numbers[stem] { return known }
            numbers[stem] = stems.count
            stems.append(String(stem))
            return stems.count - 1
        }
        var pairs = ""
        var table = ""
        table.reserveCapacity(features.count * codes.count * 4)
        for feature in features {
            let parts = feature.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
            pairs += hex(number(parts[0])) + (parts.count > 1 ? hex(number(parts[1])) : "ffff")
            for value in rows[feature] ?? [] { table += hex(value + 32768) }
        }
        guard stems.count < 0xFFFF else { throw EmbedderFailure("lexicon/words.yaml: more than 65,534 stems") }
        let fitted = file.fitted.filter { !PackedText.containsSeparator(String($0)) }
        return PackedText.join([PackedText.join(biases, by: PackedText.item), PackedText.join(stems, by: PackedText.item),
                                pairs, table, fitted], by: PackedText.record)
    }
}
