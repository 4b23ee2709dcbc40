import ExampleBank
import FellowshipSupport
import Foundation
import Mapping
import PSF
import TextAnalysis

// fellowship-eval: the mapper's quality on the labelled sets, and its calibration.
//   fellowship-eval [SET.yaml ...]            figures per set (default: Tests/Fixtures/mapper/dev.yaml)
//   fellowship-eval --calibrate OUT.yaml DEV.yaml…  fit the combination on the development sets and write it
//   fellowship-eval --errors SET.yaml         also list the statements it gets wrong
//   fellowship-eval --dump SET.yaml…          every statement's scores and suggestions at full precision, one line
//                                             each: diff two dumps to show a change leaves the mapper's output alone

var arguments = Array(CommandLine.arguments.dropFirst())
let showErrors = arguments.contains("--errors")
arguments.removeAll { $0 == "--errors" }

func evaluate(_ mapper: ActivityMapper, _ statements: [LabelledStatement]) throws -> Metrics {
    var metrics = Metrics()
    let analyser = Analyser()
    for statement in statements {
        let codes = mapper.suggestions(for: statement.text, limit: 5, analyser: analyser).map(\.dimension)
        metrics.add(returned: codes, primary: statement.primary, secondary: statement.secondary)
        if showErrors {
            let relevant = Set(statement.primary + statement.secondary)
            let wrongTop = codes.first.map { !relevant.contains($0) } ?? !statement.primary.isEmpty
            let missed = statement.primary.filter { !codes.contains($0) }
            let falseLink = statement.primary.isEmpty && !codes.isEmpty
            if wrongTop || !missed.isEmpty || falseLink {
                print("- \(statement.text.prefix(110))")
                print("    got \(codes.map(\.rawValue).joined(separator: " ")) | primary \(statement.primary.map(\.rawValue).joined(separator: " ")) | secondary \(statement.secondary.map(\.rawValue).joined(separator: " "))")
            }
        }
    }
    return metrics
}

/// One line per statement: the teaching link, every dimension's score, then the suggestions with their triggers
/// and examples, all at full precision.
func dump(_ mapper: ActivityMapper, _ statements: [LabelledStatement]) {
    let analyser = Analyser()
    for statement in statements {
        let (scores, link) = mapper.scores(for: statement.text, analyser: analyser)
        var line = "link \(link) |"
        for code in DimensionCode.allCases { line += " \(code.rawValue) \(scores[code].map { "\($0)" } ?? "-")" }
        for suggestion in mapper.suggestions(for: statement.text, limit: 15, analyser: analyser) {
            line += " | \(suggestion.dimension.rawValue) \(suggestion.score) [\(suggestion.because.map { "\($0.text)@\($0.start)-\($0.end)" }.joined(separator: ", "))] [\(suggestion.examples.joined(separator: ", "))]"
        }
        print(line)
    }
}

do {
    if arguments.first == "--dump" {
        let mapper = ActivityMapper()
        for path in arguments.dropFirst() { dump(mapper, try LabelledSet.load(path)) }
    } else if let flag = arguments.firstIndex(of: "--calibrate") {
        guard flag + 2 < arguments.count else { throw InputError("usage: fellowship-eval --calibrate OUT.yaml DEV.yaml [DEV2.yaml …]") }
        let output = arguments[flag + 1]
        let statements = try arguments[(flag + 2)...].flatMap { try LabelledSet.load($0) }
        let base = ActivityMapper()
        let calibrator = Calibrator(mapper: base)
        let samples = calibrator.samples(from: statements)
        let (bias, weights) = calibrator.fit(samples)
        // The threshold and teaching-link gate that best clear all four targets together on the development set:
        // the largest smallest margin over P@1 80%, primary recall in the top five 85%, F1 0.65 and no-link 75%.
        var best = (threshold: 0.5, link: 0.3, f1: 0.0, margin: -Double.infinity)
        for linkStep in stride(from: 10, through: 60, by: 5) {
            for step in 20...80 {
                let trial = Calibration(bias: bias, weights: weights, threshold: Double(step) / 100,
                                        minimumLink: Double(linkStep) / 100, fitted: "")
                let metrics = ActivityMapper(bank: base.bank, lexicon: base.lexicon, calibration: trial).evaluate(statements)
                let margin = min(metrics.precisionAt1 - 0.80, metrics.recallAt5 - 0.85, metrics.f1 - 0.65, metrics.noLinkRate - 0.75)
                if margin > best.margin { best = (trial.threshold, trial.minimumLink, metrics.f1, margin) }
            }
        }
        let fitted = "make calibrate: logistic fit on \(statements.count) development statements; threshold and link gate clear the four targets by the widest margin there (F1 \(String(format: "%.3f", best.f1)))"
        var yaml = "# Fitted by `make calibrate` (fellowship-eval --calibrate): refit after changing the bank or the lexicon.\n"
        yaml += "# Features in order: cues, vote, vote × closeness, cues × vote, link.\n"
        yaml += "bias: {" + DimensionCode.allCases.map { "\($0.rawValue): \(bias[$0.rawValue] ?? 0)" }.joined(separator: ", ") + "}\n"
        yaml += "weights: [" + weights.map { String($0) }.joined(separator: ", ") + "]\n"
        yaml += "threshold: \(best.threshold)\nminimum_link: \(best.link)\nfitted: \"\(fitted)\"\n"
        try AtomicFile.write(yaml, to: output)
        print("wrote \(output): threshold \(best.threshold), link gate \(best.link), development F1 \(String(format: "%.3f", best.f1)), weights \(weights)")
    } else {
        let mapper = ActivityMapper()
        let sets = arguments.isEmpty ? ["Tests/Fixtures/mapper/dev.yaml"] : arguments
        for path in sets {
            print(try evaluate(mapper, try LabelledSet.load(path)).report(title: path))
        }
    }
} catch let error as InputError {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}
