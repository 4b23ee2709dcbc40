import ArgumentParser
import FellowshipKit

/// Options shared by the commands that read a claim.
struct ClaimOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The claim: Markdown with front matter, or a Word document (.docx).", valueName: "claim"))
    var path: String

    @Option(help: ArgumentHelp("The category to check against, overriding the front matter (fellow, SFHEA, D1 …).", valueName: "category"))
    var category: String?

    @Option(help: ArgumentHelp("A bundled scheme id or your own profile file, overriding the front matter.", valueName: "id|file"))
    var scheme: String?

    @Option(name: .customLong("disable"), help: ArgumentHelp("Switch a rule off (repeatable); see fellowship check --list-rules.", valueName: "rule"))
    var disabled: [String] = []

    @Option(name: .customLong("year"), help: .hidden)
    var year: Int?

    /// Reads and checks the claim. The mapper (bank, lexicon and index: several milliseconds) is built on another
    /// core while the claim is read, since neither needs the other.
    func check(bank: @escaping @Sendable () throws -> ExampleBank = { .bundled }) throws -> CheckReport {
        try Checker.validate(disabled: disabled)
        let mapper = InBackground { ActivityMapper(bank: try bank()) }
        let read = try read()
        return try Checker(mapper: try mapper.value()).check(read, disabling: disabled, currentYear: year)
    }

    /// Reads the claim (Markdown or Word), saying on standard error what converting a Word document noticed.
    func read() throws -> ClaimReader.Result {
        try Console.reading(path, category: try category.map { try Category.parse($0) }, scheme: scheme)
    }
}
