import Foundation
import FellowshipSupport
import PSF

/// How the mapper's evidence is combined into a score: a logistic model fitted on the example bank
/// (each entry's activity mapped with the entry itself held out), stored in `Resources/lexicon/calibration.yaml`.
public struct Calibration: Sendable, Codable, Hashable {
    /// Bias per dimension (some dimensions are simply more common).
    public var bias: [String: Double]
    /// Weights of the features, in ``Features`` order.
    public var weights: [Double]
    /// Scores at or above this are returned.
    public var threshold: Double
    /// A statement whose teaching link is below this gets no suggestion at all.
    public var minimumLink: Double
    /// Where the numbers came from.
    public var fitted: String

    public init(bias: [String: Double], weights: [Double], threshold: Double, minimumLink: Double, fitted: String) {
        self.bias = bias
        self.weights = weights
        self.threshold = threshold
        self.minimumLink = minimumLink
        self.fitted = fitted
    }

    /// The bundled calibration, packed at build time from `lexicon/calibration.yaml` (no YAML or JSON at start-up).
    public static let bundled: Calibration = loadBundled()

    /// Loads the bundled calibration afresh (the benchmark measures this; everything else uses ``bundled``).
    package static func loadBundled() -> Calibration {
        BundledData.load("calibration") {
            guard let calibration = Calibration(packed: EmbeddedCalibration.packed) else {
                throw InputError("the packed calibration is malformed")
            }
            return calibration
        }
    }

    /// Unpacks what the ResourceEmbedder's CalibrationCompiler wrote; nil if the text is not in that form.
    init?(packed: String) {
        let records = PackedText.withBytes(of: packed) { bytes in
            bytes.split(bytes.all, by: PackedText.record).map { record in
                bytes.split(record, by: PackedText.item).map { item in bytes.split(item, by: PackedText.part).map(bytes.string) }
            }
        }
        guard records.count == 5, let threshold = records[2].first?.first.flatMap(Double.init),
              let minimumLink = records[3].first?.first.flatMap(Double.init) else { return nil }
        var bias: [String: Double] = [:]
        for pair in records[0] {
            guard pair.count == 2, let value = Double(pair[1]) else { return nil }
            bias[pair[0]] = value
        }
        let weights = records[1].compactMap { $0.first.flatMap(Double.init) }
        guard weights.count == records[1].count else { return nil }
        self.init(bias: bias, weights: weights, threshold: threshold, minimumLink: minimumLink, fitted: records[4].first?.first ?? "")
    }

    /// Reads a calibration file as written (YAML), such as `make calibrate` writes.
    public init(yaml text: String, file: String) throws {
        self = try YAMLLoader.decode(Calibration.self, from: text, file: file)
    }

    enum CodingKeys: String, CodingKey {
        case bias, weights, threshold, fitted
        case minimumLink = "minimum_link"
    }

    /// The calibrated score for one dimension's features.
    public func score(_ features: Features, for code: DimensionCode) -> Double {
        score(features, bias: bias[code.rawValue] ?? 0)
    }

    /// The calibrated score with the dimension's bias already looked up. The sum runs over the inputs in
    /// ``Features/vector`` order, as many as there are weights, without building the vector.
    func score(_ features: Features, bias: Double) -> Double {
        var logit = bias
        let count = min(weights.count, Features.count)
        if count > 0 { logit += weights[0] * features.cues }
        if count > 1 { logit += weights[1] * features.vote }
        if count > 2 { logit += weights[2] * (features.vote * features.closeness) }
        if count > 3 { logit += weights[3] * (features.cues * features.vote) }
        if count > 4 { logit += weights[4] * features.link }
        if count > 5 { logit += weights[5] * features.learned }
        return 1 / (1 + Foundation.exp(-logit))
    }
}

/// The evidence for one dimension of one statement, each in 0…1 but ``learned`` (-1…1).
public struct Features: Sendable, Hashable {
    /// Cue phrases for the dimension (saturating sum of weights).
    public var cues: Double
    /// Share of the nearest bank entries' votes that go to the dimension.
    public var vote: Double
    /// How close the nearest bank entries are (best similarity, normalised).
    public var closeness: Double
    /// How clearly the statement is about teaching or learning.
    public var link: Double
    /// The learned word weights' log-odds for the dimension, divided by 6 and kept within -1…1: -1 is strong
    /// evidence against, 0 an even chance, 1 strong evidence for.
    public var learned: Double

    public init(cues: Double, vote: Double, closeness: Double, link: Double, learned: Double = 0) {
        self.cues = cues
        self.vote = vote
        self.closeness = closeness
        self.link = link
        self.learned = learned
    }

    /// The model's inputs: cues, vote, vote × closeness, cues × vote, link, learned word evidence.
    public var vector: [Double] { [cues, vote, vote * closeness, cues * vote, link, learned] }
    public static let count = 6
}
