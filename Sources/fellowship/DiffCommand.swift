import ArgumentParser
import FellowshipKit

/// `fellowship diff OLD NEW`: what changed between two drafts, for a mentor.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two drafts: dimensions gained or lost, findings fixed or introduced, words.",
        discussion: """
        Either draft may be a Word .docx. Findings are matched by kind, not by line, since lines move between \
        drafts. Exit status: 0 when both drafts were read (the changes are the report), 2 when either could not be.
        Example: fellowship diff Examples/drafts/draft-1.md Examples/drafts/draft-2.md
        """
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
