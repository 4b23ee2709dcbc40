import FellowshipSupport

/// `Resources/lexicon/calibration.yaml` packed for `Calibration.bundled` in Mapping, so start-up decodes neither YAML
/// nor JSON for it. Packed form: records (U+001E) for the biases (items `code` U+001C `value`, U+001D between them),
/// the weights (U+001D between them), the threshold, the minimum link and where the numbers came from. Numbers are
/// written as Swift prints a Double, which reads back as exactly the same Double.
enum CalibrationCompiler {
    private struct CalibrationFile: Decodable {
        var bias: [String: Double]
        var weights: [Double]
        var threshold: Double
        var minimumLink: Double
        var fitted: String

        enum CodingKeys: String, CodingKey {
            case bias, weights, threshold, fitted
            case minimumLink = "minimum_link"
        }
    }

    static func compile(_ text: String) throws -> String {
        let file = try YAMLLoader.decode(CalibrationFile.self, from: text, file: "lexicon/calibration.yaml")
        let bias = file.bias.sorted { $0.key < $1.key }.map { PackedText.join([$0.key, "\($0.value)"], by: PackedText.part) }
        let records = [PackedText.join(bias, by: PackedText.item), PackedText.join(file.weights.map { "\($0)" }, by: PackedText.item),
                       "\(file.threshold)", "\(file.minimumLink)", file.fitted]
        if PackedText.containsSeparator(file.fitted) || file.bias.keys.contains(where: PackedText.containsSeparator) {
            throw EmbedderFailure("lexicon/calibration.yaml: a value holds an invisible separator character (U+001C to U+001F); delete it")
        }
        return PackedText.join(records, by: PackedText.record)
    }
}
