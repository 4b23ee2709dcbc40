import ArgumentParser
import FellowshipKit
import Foundation

/// `fellowship build LOG`: an activity log turned into a first draft claim for a category.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Turn your activity log into a first draft claim, with honest gaps marked.",
        discussion: """
        Chooses the activities that best cover the category's dimensions within the word budget, keeps your own
        words with signposts, and marks with TODO what only you can add (impact, literature). Nothing is invented.
        Example: fellowship build activities.yaml --category fellow --out draft.md && fellowship check draft.md
        """
    )

    @Argument(help: ArgumentHelp("The activity log (YAML).", valueName: "log"))
    var log: String

    @Option(help: ArgumentHelp("The category to draft for (default: the log's, else the one it supports).", valueName: "category"))
    var category: String?

    @Option(help: ArgumentHelp("A bundled scheme id or your own profile file.", valueName: "id|file"))
    var scheme: String?

    @Option(help: ArgumentHelp("Write the draft here instead of standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var bankOptions: BankOptions

    func run() throws {
        let activities = try ActivityLog.read(log)
        let mapper = ActivityMapper(bank: try bankOptions.load())
        let advice = CategoryAdvisor(mapper: mapper).advise(activities)
        if advice.evidenced.isEmpty && mapper.suggestions(for: activities.activities.map(\.text).joined(separator: " ")).isEmpty {
            throw ActivityLog.noTeachingLink(in: log)
        }
        let chosen: Category
        if let category {
            chosen = try Category.parse(category)
        } else if let written = activities.category {
            chosen = try Category.parse(written, at: SourceLocation(file: log))
        } else if let recommended = advice.recommended {
            chosen = recommended
        } else {
            throw InputError("the log does not say which category to draft for, and its activities do not yet meet one",
                             at: SourceLocation(file: log), hint: "pass --category associate-fellow (or fellow, senior-fellow); fellowship category explains what is missing")
        }
        if let assessment = advice.categories.first(where: { $0.category == chosen }), !assessment.met {
            Console.error("Note: your log does not yet meet the \(chosen.name) minimums (\(assessment.missing.joined(separator: "; "))). The draft marks the gaps; fellowship category \(log) explains.")
        }
        let draft = try DraftBuilder(mapper: mapper).build(activities, category: chosen, scheme: try SchemeCatalogue.resolve(scheme))
        if let out {
            try AtomicFile.write(draft.markdown, to: out, protecting: [log])
            Console.error("Wrote \(out): \(draft.choices.count) of \(activities.activities.count) activities, for \(chosen.name).")
        } else {
            Console.print(draft.markdown)
        }
        if !draft.gaps.isEmpty {
            Console.error("Gaps (see the end of the draft): \(draft.gaps.map(\.rawValue).joined(separator: ", ")). Next: fellowship check \(out ?? "DRAFT.md")")
        }
    }
}
