import Checking
import Claims
import ExampleBank
import FellowshipSupport
import Foundation
import Mapping
import PSF
import TextAnalysis

// fellowship-bench: timings of a release build, medians of repeated runs, on one core (no concurrency is used).
//   fellowship-bench [PATH-TO-fellowship-BINARY]
// Not a test: figures depend on the machine. `make bench` builds release and runs it.

func median(_ samples: [Double]) -> Double {
    let sorted = samples.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func measure(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var samples: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    return median(samples)
}

func row(_ label: String, _ value: String, _ target: String = "") {
    print(label.padding(toLength: 52, withPad: " ", startingAt: 0) + value.padding(toLength: 18, withPad: " ", startingAt: 0) + target)
}

print("fellowship-bench: medians, release build, one core")
let frameworkOnly = try measure(21) { _ = try Framework.load() }
let schemeInUse = measure(21) { _ = SchemeCatalogue.standard }
let schemesAll = try measure(21) { _ = try SchemeCatalogue.loadBundled() }
row("load framework", String(format: "%.2f ms", frameworkOnly))
row("load the scheme in use (default)", String(format: "%.2f ms", schemeInUse))
row("load framework and the scheme in use", String(format: "%.2f ms", frameworkOnly + schemeInUse), "target < 5 ms")
row("load every bundled scheme (fellowship schemes)", String(format: "%.2f ms", schemesAll))
let bank = measure(21) { _ = ExampleBank.buildBundled() }
row("build the bundled example bank", String(format: "%.2f ms", bank))
// Packed at build time (no YAML): the analyser's text data, the cue lexicon with its stems, the learned word
// weights, the calibration.
let wordWeights = measure(21) { _ = WordWeights.loadBundled() }
let mapperData = measure(21) {
    _ = AnalysisData.loadBundled()
    _ = CueLexicon.loadBundled()
    _ = WordWeights.loadBundled()
    _ = Calibration.loadBundled()
}
row("  of which the learned word weights", String(format: "%.2f ms", wordWeights))
row("load text data, lexicon, word weights, calibration", String(format: "%.2f ms", mapperData))
let built = ExampleBank.bundled
let mapperBuild = measure(21) { _ = ActivityMapper(bank: built) }
row("build the mapper (bank and lexicon loaded)", String(format: "%.2f ms", mapperBuild))
row("bank + lexicon + mapper from cold", String(format: "%.2f ms", bank + mapperData + mapperBuild), "target < 20 ms")

let statements = (try? LabelledSet.load("Tests/Fixtures/mapper/dev.yaml").map(\.text)) ?? [
    "I show the first years how to use the pillar drill safely and check they can do it before they use it alone",
]
let mapper = ActivityMapper()
let analyser = Analyser()
let total = 20_000
var sink = 0
let seconds = measure(5) {
    for index in 0..<total { sink &+= mapper.suggestions(for: statements[index % statements.count], analyser: analyser).count }
} / 1000
row("map \(total) statements", String(format: "%.0f per second", Double(total) / seconds), "target ≥ 20,000 per second")

// A 7,000-word Senior Fellow claim: the example's account paragraphs repeated until the counted text reaches 7,000.
let bigClaim: String? = {
    guard let example = try? String(contentsOfFile: "Examples/senior-fellow-art-design/claim.md", encoding: .utf8) else { return nil }
    let parts = example.components(separatedBy: "\n# Case study 1")
    guard parts.count == 2 else { return nil }
    let paragraphs = parts[0].components(separatedBy: "\n\n").filter { $0.split(separator: " ").count > 60 && !$0.hasPrefix("---") }
    var extra = ""
    var words = example.split(whereSeparator: { $0.isWhitespace }).count
    var index = 0
    while words < 7_000 && !paragraphs.isEmpty {
        extra += "\n\n" + paragraphs[index % paragraphs.count]
        words += paragraphs[index % paragraphs.count].split(separator: " ").count
        index += 1
    }
    return parts[0] + extra + "\n\n# Case study 1" + parts[1]
}()
let bigClaimPath = NSTemporaryDirectory() + "fellowship-bench-7000.md"
if let bigClaim {
    try? bigClaim.write(toFile: bigClaimPath, atomically: true, encoding: .utf8)
}

// The same claim checked in-process, by phase (the mapper already built): where the time of `fellowship check` goes.
if bigClaim != nil, let read = try? ClaimReader.read(bigClaimPath) {
    let checker = Checker(mapper: mapper)
    let reading = measure(11) { _ = try? ClaimReader.read(bigClaimPath) }
    row("  read the 7,000-word claim (Markdown, sentences)", String(format: "%.2f ms", reading))
    let descriptor = checker.framework.descriptor(for: read.category)
    let analysing = measure(11) { _ = ClaimAnalysis(claim: read.claim, requirement: descriptor.requires, mapper: mapper) }
    row("  map its every sentence (all cores)", String(format: "%.2f ms", analysing))
    let whole = measure(11) { _ = try? checker.check(read, currentYear: 2026) }
    row("  map and apply every rule", String(format: "%.2f ms", whole))
}

if CommandLine.arguments.count > 1 {
    let binary = CommandLine.arguments[1]
    // posix_spawn directly: Foundation's Process adds tens of milliseconds of its own on Linux.
    func run(_ arguments: [String]) -> Double {
        measure(15) {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            let argv = ([binary] + arguments).map { strdup($0) } + [nil]
            var pid = pid_t()
            if posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 {
                var status: Int32 = 0
                waitpid(pid, &status, 0)
            }
            argv.forEach { free($0) }
            posix_spawn_file_actions_destroy(&actions)
        }
    }
    row("fellowship --version (process start-up)", String(format: "%.1f ms", run(["--version"])))
    row("fellowship framework --json", String(format: "%.1f ms", run(["framework", "--json"])))
    row("fellowship examples --stats", String(format: "%.1f ms", run(["examples", "--stats"])))
    row("fellowship map \"…\" (one statement)", String(format: "%.1f ms", run(["map", statements[0]])))
    if bigClaim != nil {
        row("fellowship check (7,000-word Senior Fellow claim)", String(format: "%.1f ms", run(["check", bigClaimPath])), "target < 50 ms")
        row("fellowship coverage --format html (same claim)", String(format: "%.1f ms", run(["coverage", bigClaimPath, "--format", "html"])))
        let docxOut = NSTemporaryDirectory() + "fellowship-bench-7000.docx"
        let export = run(["export", bigClaimPath, "--format", "docx", "--out", docxOut])
        row("fellowship export --format docx (same claim)", String(format: "%.1f ms", export), "target < 30 ms")
        // The same claim as a Word document: read, converted and checked, the whole process.
        row("fellowship check (same claim as .docx)", String(format: "%.1f ms", run(["check", docxOut])), "target < 80 ms")
        row("fellowship import (same .docx, to standard output)", String(format: "%.1f ms", run(["import", docxOut])))
        // pandoc, side by side, where it is installed (Debian package pandoc).
        let pandoc = ["/usr/bin/pandoc", "/usr/local/bin/pandoc"].first { FileManager.default.isExecutableFile(atPath: $0) }
        if let pandoc {
            let pandocTime = measure(7) {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: pandoc)
                process.arguments = [bigClaimPath, "-o", NSTemporaryDirectory() + "fellowship-bench-pandoc.docx"]
                try? process.run()
                process.waitUntilExit()
            }
            row("pandoc claim.md -o claim.docx (same claim)", String(format: "%.1f ms", pandocTime))
            row("export speed-up over pandoc", String(format: "%.1f×", pandocTime / export), "target ≥ 5×")
        }
    }
}
if sink < 0 { print(sink) }
