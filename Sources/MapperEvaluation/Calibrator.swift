import ExampleBank
import Foundation
import Mapping
import PSF
import TextAnalysis

/// Fits the mapper's word weights and its logistic combination on the development and training sets (never the
/// held-out ones, so their figures stay the honest estimate for statements the mapper has never seen).
///
/// The combination must see word probabilities like those of statements the weights were not trained on, so each
/// labelled statement's probabilities come from weights trained without it (five folds, by position); the weights
/// written out are trained on everything.
struct Calibrator {
    let mapper: ActivityMapper
    var trainer = WordWeightsTrainer()
    var folds = 5

    struct Sample {
        var code: DimensionCode
        var features: Features
        var label: Double
    }

    /// Each statement's evidence, with word probabilities from weights trained without the statement's fold.
    func outOfFoldEvidence(for statements: [LabelledStatement]) -> [Evidence] {
        let analyser = Analyser()
        var evidence = statements.map { mapper.gatherEvidence(for: $0.text, analyser: analyser) }
        let bank = WordWeightsTrainer.examples(from: mapper.bank)
        for fold in 0..<folds {
            let training = statements.indices.filter { $0 % folds != fold }.map { statements[$0] }
            let words = trainer.train(bank + WordWeightsTrainer.examples(from: training))
            for index in statements.indices where index % folds == fold {
                evidence[index].wordFeatures = words.featureRows(of: evidence[index].tokens)
                evidence[index].learned = words.logits(of: evidence[index].wordFeatures)
            }
        }
        return evidence
    }

    /// One sample per statement and dimension with any evidence; primary and secondary labels count as yes.
    func samples(from evidence: [Evidence], statements: [LabelledStatement]) -> [Sample] {
        var samples: [Sample] = []
        for (statement, evidence) in zip(statements, evidence) {
            for code in DimensionCode.allCases {
                let features = evidence.features(for: code)
                guard ActivityMapper.hasEvidence(features) else { continue }
                let relevant = statement.primary.contains(code) || statement.secondary.contains(code)
                samples.append(Sample(code: code, features: features, label: relevant ? 1 : 0))
            }
        }
        return samples
    }

    /// The figures `calibration` gives over statements whose evidence is already gathered.
    func metrics(_ calibration: Calibration, evidence: [Evidence], statements: [LabelledStatement]) -> Metrics {
        var metrics = Metrics()
        for (statement, evidence) in zip(statements, evidence) {
            let codes = mapper.ranked(evidence, calibration: calibration).prefix(5).map(\.0)
            metrics.add(returned: codes, primary: statement.primary, secondary: statement.secondary)
        }
        return metrics
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

    /// The threshold and teaching-link gate that clear all four targets together by the widest margin: the largest
    /// smallest margin over P@1 80%, primary recall in the top five 85%, F1 0.65 and no-link 75%, taken over each
    /// labelled set in `sets` (ranges of `statements`) as well as over all of them, so that no one style of writing
    /// is left to fall short while the others carry the average.
    func chooseCut(bias: [String: Double], weights: [Double], evidence: [Evidence], statements: [LabelledStatement],
                   sets: [Range<Int>]) -> (calibration: Calibration, metrics: Metrics) {
        func margin(_ metrics: Metrics) -> Double {
            min(metrics.precisionAt1 - 0.80, metrics.recallAt5 - 0.85, metrics.f1 - 0.65, metrics.noLinkRate - 0.75)
        }
        let first = Calibration(bias: bias, weights: weights, threshold: 0.5, minimumLink: 0.3, fitted: "")
        var best = (calibration: first, metrics: metrics(first, evidence: evidence, statements: statements), margin: -Double.infinity)
        for linkStep in stride(from: 5, through: 80, by: 5) {
            for step in 15...80 {
                let trial = Calibration(bias: bias, weights: weights, threshold: Double(step) / 100,
                                        minimumLink: Double(linkStep) / 100, fitted: "")
                let pooled = metrics(trial, evidence: evidence, statements: statements)
                var smallest = margin(pooled)
                for set in sets {
                    smallest = min(smallest, margin(metrics(trial, evidence: Array(evidence[set]), statements: Array(statements[set]))))
                }
                if smallest > best.margin { best = (trial, pooled, smallest) }
            }
        }
        return (best.calibration, best.metrics)
    }
}
