import ExampleBank
import FellowshipSupport
import Foundation
import Mapping
import PSF
import TextAnalysis

// fellowship-eval: the mapper's quality on the labelled sets, and its calibration.
//   fellowship-eval [SET.yaml ...]            figures per set (default: Tests/Fixtures/mapper/dev.yaml)
//   fellowship-eval --calibrate CALIBRATION.yaml WORDS.yaml SET.yaml…
//                                             fit the word weights and the combination on the labelled sets, write both
//   fellowship-eval --calibration FILE --words FILE SET.yaml…   evaluate with those files instead of the bundled ones
//   fellowship-eval --errors SET.yaml         also list the statements it gets wrong
//   fellowship-eval --misses SET.yaml…       also count why primary labels were missed (totals only, safe on
//                                             held-out sets: no statement is shown)
//   fellowship-eval --dump SET.yaml…          every statement's scores and suggestions at full precision, one line
//                                             each: diff two dumps to show a change leaves the mapper's output alone

var arguments = Array(CommandLine.arguments.dropFirst())
let showErrors = arguments.contains("--errors")
let showMisses = arguments.contains("--misses")
arguments.removeAll { $0 == "--errors" || $0 == "--misses" }
/// `--calibration FILE` and `--words FILE`: evaluate with files as `--calibrate` writes them instead of the bundled
/// ones (to try a refit before rebuilding).
func option(_ name: String, in arguments: inout [String]) -> String? {
    guard let flag = arguments.firstIndex(of: name), flag + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(flag...(flag + 1)) }
    return arguments[flag + 1]
}
var calibration = Calibration.bundled
var words = WordWeights.bundled
do {
    if let path = option("--calibration", in: &arguments) { calibration = try Calibration(yaml: try TextFile.read(path), file: path) }
    if let path = option("--words", in: &arguments) { words = try WordWeights(yaml: try TextFile.read(path), file: path) }
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}

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
        // fellowship-eval --calibrate CALIBRATION.yaml WORDS.yaml SET.yaml…
        guard flag + 3 < arguments.count else {
            throw InputError("usage: fellowship-eval --calibrate CALIBRATION.yaml WORDS.yaml SET.yaml [SET.yaml …]")
        }
        let (calibrationPath, wordsPath) = (arguments[flag + 1], arguments[flag + 2])
        let sets = try arguments[(flag + 3)...].map { ($0, try LabelledSet.load($0)) }
        let statements = sets.flatMap(\.1)
        let calibrator = Calibrator(mapper: ActivityMapper(bank: .bundled, lexicon: .bundled))
        let evidence = calibrator.outOfFoldEvidence(for: statements)
        let (bias, weights) = calibrator.fit(calibrator.samples(from: evidence, statements: statements))
        var ranges: [Range<Int>] = []
        for (_, set) in sets { ranges.append((ranges.last?.upperBound ?? 0)..<((ranges.last?.upperBound ?? 0) + set.count)) }
        let (chosen, metrics) = calibrator.chooseCut(bias: bias, weights: weights, evidence: evidence, statements: statements,
                                                     sets: ranges)
        let names = sets.map { ($0.0 as NSString).lastPathComponent }.joined(separator: ", ")
        let fitted = "make calibrate: logistic fit on \(statements.count) labelled statements (\(names)), word probabilities out of fold; threshold and link gate clear the four targets on every set by the widest margin (pooled F1 \(String(format: "%.3f", metrics.f1)))"
        var yaml = "# Fitted by `make calibrate` (fellowship-eval --calibrate): refit after changing the bank, the lexicon or a labelled set.\n"
        yaml += "# Features in order: cues, vote, vote × closeness, cues × vote, link, learned word evidence (log-odds / 6).\n"
        yaml += "bias: {" + DimensionCode.allCases.map { "\($0.rawValue): \(bias[$0.rawValue] ?? 0)" }.joined(separator: ", ") + "}\n"
        yaml += "weights: [" + weights.map { String($0) }.joined(separator: ", ") + "]\n"
        yaml += "threshold: \(chosen.threshold)\nminimum_link: \(chosen.minimumLink)\nfitted: \"\(fitted)\"\n"
        try AtomicFile.write(yaml, to: calibrationPath)
        let examples = WordWeightsTrainer.examples(from: calibrator.mapper.bank) + WordWeightsTrainer.examples(from: statements)
        let words = calibrator.trainer.train(examples, fitted: "make calibrate: logistic regression per dimension on the example bank (\(calibrator.mapper.bank.entries.count) entries, activity and claim phrasing) and \(statements.count) labelled statements (\(names))")
        try AtomicFile.write(WordWeightsTrainer.yaml(words, comment: """
            Word weights learned by `make calibrate` (fellowship-eval --calibrate); refit rather than edit by hand.
            For each PSF 2023 dimension, a logistic regression over the stems and adjacent stem pairs of a statement,
            fitted on the example bank and the development and training sets under Tests/Fixtures/mapper (never the
            held-out sets). A positive weight counts for the dimension, a negative one against it.
            """), to: wordsPath)
        print("wrote \(calibrationPath): threshold \(chosen.threshold), link gate \(chosen.minimumLink), weights \(weights)")
        print("wrote \(wordsPath): \(words.count) features")
        // How low a labelled dimension's score goes (out of fold), for the checker's support threshold.
        var labelledScores: [Double] = []
        for (statement, evidence) in zip(statements, evidence) {
            for code in statement.primary + statement.secondary {
                let features = evidence.features(for: code)
                labelledScores.append(ActivityMapper.hasEvidence(features) ? chosen.score(features, for: code) : 0)
            }
        }
        labelledScores.sort()
        if !labelledScores.isEmpty {
            let percentiles = [5, 10, 15, 20, 25].map { "\($0)%: \(String(format: "%.3f", labelledScores[labelledScores.count * $0 / 100]))" }
            print("scores of labelled dimensions (out of fold), lowest percentiles: \(percentiles.joined(separator: ", "))")
        }
        // Out-of-fold figures per set: the word weights never saw the statement (the rest was chosen on these sets).
        for ((path, set), range) in zip(sets, ranges) {
            print(calibrator.metrics(chosen, evidence: Array(evidence[range]), statements: set).report(title: path + " (out of fold)"))
        }
    } else {
        let mapper = ActivityMapper(calibration: calibration, words: words)
        let sets = arguments.isEmpty ? ["Tests/Fixtures/mapper/dev.yaml"] : arguments
        for path in sets {
            let statements = try LabelledSet.load(path)
            // A set the word weights were fitted on says so: its figures are flattered.
            let name = (path as NSString).lastPathComponent
            let fittedOn = mapper.words.fitted.contains(name)
            print(try evaluate(mapper, statements).report(title: path + (fittedOn ? " (fitted on: flattered)" : "")))
            if showMisses { print(MissBreakdown(mapper: mapper, statements: statements).report) }
        }
    }
} catch let error as InputError {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}
