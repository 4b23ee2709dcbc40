import ArgumentParser
import FellowshipKit
import Foundation

/// `fellowship map`: a technician's own words → the PSF 2023 dimensions they can evidence, explained.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Suggest which PSF 2023 dimensions your own words can evidence, and why.",
        discussion: """
        Examples:
          fellowship map "I show the first years how to use the pillar drill safely and check they can do it"
          fellowship map --file my-activities.txt          (one statement per line)
          echo "I run the darkroom induction" | fellowship map --json
        Suggestions are a starting point for your own judgement, not a verdict.
        """
    )

    @Argument(help: "The statement to map. Leave out to read --file or standard input, one statement per line.")
    var text: [String] = []

    @Option(help: ArgumentHelp("A text file with one statement per line.", valueName: "file"))
    var file: String?

    @Option(help: "How many dimensions to show for each statement at most.")
    var top = 5

    @Flag(help: "Print JSON Lines: one object per statement, in input order.")
    var json = false

    @OptionGroup var bankOptions: BankOptions

    func validate() throws {
        guard (1...15).contains(top) else { throw ValidationError("--top must be between 1 and 15") }
        if file != nil && !text.isEmpty { throw ValidationError("give the statement or --file, not both") }
    }

    func run() throws {
        let statements = try readStatements()
        let bank = try bankOptions.load()
        let mapper = ActivityMapper(bank: bank)
        let analyser = Analyser()
        let view = MapView(framework: Framework.psf2023, bank: bank, width: Console.width)
        var printedAny = false
        for statement in statements {
            let suggestions = mapper.suggestions(for: statement, limit: top, analyser: analyser)
            if json {
                try Console.printJSONLine(MappedStatement(text: statement, suggestions: suggestions))
            } else {
                if printedAny { Console.print("") }
                Console.print(view.render(statement, suggestions))
                printedAny = true
            }
        }
    }

    /// The statements to map: the argument, or the lines of --file or standard input (blank lines skipped).
    private func readStatements() throws -> [String] {
        if !text.isEmpty {
            let joined = text.joined(separator: " ").trimmed
            guard !joined.isEmpty else {
                throw InputError("there is nothing to map", hint: "write what you do, e.g. fellowship map \"I run the lathe inductions\"")
            }
            return [joined]
        }
        let data: Data
        let source: String
        if let file {
            data = try TextFile.readData(file)
            source = file
        } else {
            if isatty(STDIN_FILENO) == 1 {
                throw InputError("there is nothing to map", hint: "give a statement in quotes, --file FILE, or pipe text in")
            }
            data = FileHandle.standardInput.readDataToEndOfFile()
            source = "standard input"
        }
        // Invalid UTF-8 is repaired line by line rather than refused, so one bad line never loses the rest.
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(whereSeparator: \.isNewline).map(\.trimmed).filter { !$0.isEmpty }
        guard !lines.isEmpty else {
            throw InputError("there is nothing to map in \(source)", hint: "write one statement per line")
        }
        return lines
    }
}

/// One JSON Lines record of `map --json`.
struct MappedStatement: Encodable {
    var text: String
    var suggestions: [Suggestion]
}

/// Terminal view of one mapped statement: each dimension with its statement, a score bar, triggers and an example.
struct MapView {
    let framework: Framework
    let bank: ExampleBank
    let width: Int

    func render(_ statement: String, _ suggestions: [Suggestion]) -> String {
        let shown = statement.count > 200 ? String(statement.prefix(197)) + "…" : statement
        var lines = TextWrapping.wrap("“\(shown)”", width: width).map { Console.styled($0, .bold) }
        guard !suggestions.isEmpty else {
            lines.append(contentsOf: TextWrapping.wrap(
                "No teaching or learning link found. If this activity helps people learn, say who learns and what you do with them, e.g. “I show the first years how to …”.",
                width: width, indent: "  ", firstIndent: "  "))
            return lines.joined(separator: "\n")
        }
        for suggestion in suggestions {
            let dimension = framework.dimension(suggestion.dimension)
            let filled = Int((suggestion.score * 10).rounded())
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
            let percent = String(format: "%3d%%", Int((suggestion.score * 100).rounded()))
            lines.append("  " + Console.styled(suggestion.dimension.rawValue, .cyan) + "  " + Console.styled(bar, .green) + " " + percent)
            lines.append(contentsOf: TextWrapping.wrap(dimension.statement, width: width, indent: "      "))
            if !suggestion.because.isEmpty {
                lines.append(contentsOf: TextWrapping.wrap("because: " + suggestion.because.map { "“\($0.text)”" }.joined(separator: ", "),
                                                           width: width, indent: "        ", firstIndent: "      "))
            }
            if let id = suggestion.examples.first, let entry = bank.entry(id: id) {
                lines.append(contentsOf: TextWrapping.wrap("e.g. \(entry.id): \(entry.title)", width: width, indent: "        ",
                                                           firstIndent: "      ").map { Console.styled($0, .dim) })
            }
        }
        return lines.joined(separator: "\n")
    }
}
