import ArgumentParser
import FellowshipKit

/// `fellowship diff OLD NEW`: what changed between two drafts, for a mentor.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two drafts: dimensions gained or lost, findings fixed or introduced, words.",
        discussion: "Example: fellowship diff draft-1.md draft-2.md (either may be a Word .docx)"
    )

    @Argument(help: ArgumentHelp("The earlier draft.", valueName: "old")) var old: String
    @Argument(help: ArgumentHelp("The later draft.", valueName: "new")) var new: String

    @Option(help: ArgumentHelp("The category to compare against, overriding the front matter.", valueName: "category"))
    var category: String?

    @Flag(help: "Print JSON for other tools.") var json = false

    func run() throws {
        let checker = Checker()
        let categoryOverride = try category.map { try Category.parse($0) }
        let before = try checker.check(try Console.reading(old, category: categoryOverride))
        let after = try checker.check(try Console.reading(new, category: categoryOverride ?? before.category))
        let diff = DraftDiff(old: before, new: after)
        if json { try Console.printJSON(diff) } else { Console.print(TextRenderer.render(diff.document(), width: Console.width)) }
    }
}
