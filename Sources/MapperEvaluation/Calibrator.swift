import ExampleBank
import Foundation
import Mapping
import PSF
import TextAnalysis

/// Fits the mapper's logistic combination on the development set (Tests/Fixtures/mapper/dev.yaml): 5 shared weights
/// and a bias per dimension, so little room to overfit. The held-out set (heldout.yaml) is never used here, so its
/// figures are the honest estimate for statements the mapper has never seen.
struct Calibrator {
    let mapper: ActivityMapper

    struct Sample {
        var code: DimensionCode
        var features: Features
        var label: Double
        var statement: Int
        var isPrimary: Bool
    }

    /// One sample per statement and dimension with any evidence; primary and secondary labels count as yes.
    func samples(from statements: [LabelledStatement]) -> [Sample] {
        let analyser = Analyser()
        var samples: [Sample] = []
        for (position, statement) in statements.enumerated() {
            let evidence = mapper.gatherEvidence(for: statement.text, analyser: analyser)
            for code in DimensionCode.allCases {
                let features = evidence.features(for: code)
                guard features.cues > 0 || features.vote >= 0.15 else { continue }
                let relevant = statement.primary.contains(code) || statement.secondary.contains(code)
                samples.append(Sample(code: code, features: features, label: relevant ? 1 : 0, statement: position,
                                      isPrimary: statement.primary.contains(code)))
            }
        }
        return samples
    }

    /// Gradient descent on the log loss with a little L2, deterministic.
    func fit(_ samples: [Sample]) -> (bias: [String: Double], weights: [Double]) {
        var bias = [Double](repeating: 0, count: 15)
        var weights = [Double](repeating: 0, count: Features.count)
        let rate = 0.5
        let lambda = 0.001
        for _ in 0..<3000 {
            var gradientBias = [Double](repeating: 0, count: 15)
            var gradientWeights = [Double](repeating: 0, count: Features.count)
            for sample in samples {
                let vector = sample.features.vector
                var logit = bias[sample.code.order]
                for (weight, value) in zip(weights, vector) { logit += weight * value }
                let error = 1 / (1 + exp(-logit)) - sample.label
                gradientBias[sample.code.order] += error
                for index in vector.indices { gradientWeights[index] += error * vector[index] }
            }
            let count = Double(samples.count)
            for index in bias.indices { bias[index] -= rate * (gradientBias[index] / count * 15 + lambda * bias[index]) }
            for index in weights.indices { weights[index] -= rate * (gradientWeights[index] / count + lambda * weights[index]) }
        }
        var named: [String: Double] = [:]
        for code in DimensionCode.allCases { named[code.rawValue] = (bias[code.order] * 1000).rounded() / 1000 }
        return (named, weights.map { ($0 * 1000).rounded() / 1000 })
    }
}
