import ArgumentParser
import FellowshipKit

/// `fellowship new`: a blank claim laid out for a scheme and category.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a blank claim with the scheme's sections, word budgets and guiding questions.",
        discussion: "Example: fellowship new --category fellow --discipline engineering --out my-claim.md"
    )

    @Option(help: ArgumentHelp("associate-fellow, fellow or senior-fellow (or AFHEA, D2 …).", valueName: "category"))
    var category: String

    @Option(help: ArgumentHelp("Your discipline, to fill in the front matter.", valueName: "name"))
    var discipline: String?

    @Option(help: ArgumentHelp("A bundled scheme id or your own profile file.", valueName: "id|file"))
    var scheme: String?

    @Option(help: ArgumentHelp("Write to this file instead of standard output (never over an existing one).", valueName: "file"))
    var out: String?

    func run() throws {
        let text = try NewClaim.render(category: try Category.parse(category), scheme: try SchemeCatalogue.resolve(scheme), discipline: discipline)
        if let out {
            try AtomicFile.ensureNew(out)
            try AtomicFile.write(text, to: out)
            Console.error("Wrote \(out)")
        } else {
            Console.print(text)
        }
    }
}
