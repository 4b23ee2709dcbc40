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

    /// The bundled calibration, from the JSON the build made of `lexicon/calibration.yaml` (no YAML at start-up).
    public static let bundled: Calibration = loadBundled()

    /// Loads the bundled calibration afresh (the benchmark measures this; everything else uses ``bundled``).
    package static func loadBundled() -> Calibration {
        BundledData.load("calibration") {
            guard let file = EmbeddedResources.json.first(where: { $0.path == "lexicon/calibration.yaml" }) else {
                throw InputError("the bundled file lexicon/calibration.yaml is missing from this build")
            }
            return try JSONDecoder().decode(Calibration.self, from: Data(file.json.utf8))
        }
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
        return 1 / (1 + Foundation.exp(-logit))
    }
}

/// The evidence for one dimension of one statement, each in 0…1.
public struct Features: Sendable, Hashable {
    /// Cue phrases for the dimension (saturating sum of weights).
    public var cues: Double
    /// Share of the nearest bank entries' votes that go to the dimension.
    public var vote: Double
    /// How close the nearest bank entries are (best similarity, normalised).
    public var closeness: Double
    /// How clearly the statement is about teaching or learning.
    public var link: Double

    /// The model's inputs: cues, vote, vote × closeness, cues × vote, link.
    public var vector: [Double] { [cues, vote, vote * closeness, cues * vote, link] }
    public static let count = 5
}
