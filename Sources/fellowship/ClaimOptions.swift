import ArgumentParser
import FellowshipKit

/// Options shared by the commands that read a claim.
struct ClaimOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The claim file (Markdown with front matter).", valueName: "claim"))
    var path: String

    @Option(help: ArgumentHelp("The category to check against, overriding the front matter (fellow, SFHEA, D1 …).", valueName: "category"))
    var category: String?

    @Option(help: ArgumentHelp("A bundled scheme id or your own profile file, overriding the front matter.", valueName: "id|file"))
    var scheme: String?

    @Option(name: .customLong("disable"), help: ArgumentHelp("Switch a rule off (repeatable); see fellowship check --list-rules.", valueName: "rule"))
    var disabled: [String] = []

    @Option(name: .customLong("year"), help: .hidden)
    var year: Int?

    /// Reads and checks the claim.
    func check(mapper: ActivityMapper = ActivityMapper()) throws -> CheckReport {
        try Checker.validate(disabled: disabled)
        let categoryOverride = try category.map { try Category.parse($0) }
        let read = try ClaimReader.read(path, category: categoryOverride, scheme: scheme)
        return try Checker(mapper: mapper).check(read, disabling: disabled, currentYear: year)
    }
}
