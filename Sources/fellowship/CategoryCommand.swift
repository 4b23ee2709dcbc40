import ArgumentParser
import FellowshipKit

/// `fellowship category LOG`: which category the activities support, and why.
struct CategoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "category",
        abstract: "Say which fellowship category your activities support, and what each one still needs.",
        discussion: """
        Judged from what you do, never from your job title: Associate Fellow needs V1, V3, K1–K3 and two Areas;
        Fellow needs all fifteen dimensions; Senior Fellow also needs a sustained record of leading or
        influencing colleagues beyond your own teaching. Example: fellowship category activities.yaml
        """
    )

    @Argument(help: ArgumentHelp("The activity log (YAML).", valueName: "log"))
    var log: String

    @Flag(help: "Print JSON for other tools.")
    var json = false

    @OptionGroup var bankOptions: BankOptions

    func run() throws {
        let activities = try ActivityLog.read(log)
        let advice = CategoryAdvisor(mapper: ActivityMapper(bank: try bankOptions.load())).advise(activities)
        if advice.evidenced.isEmpty {
            throw ActivityLog.noTeachingLink(in: log)
        }
        if json {
            try Console.printJSON(advice)
            return
        }
        let width = Console.width
        var lines: [String] = []
        if let recommended = advice.recommended {
            lines.append(Console.styled("Your activities support \(recommended.name) (\(recommended.postNominals)).", .bold))
        } else {
            lines.append(Console.styled("Your activities do not yet meet any category's minimums.", .bold))
        }
        for assessment in advice.categories {
            lines.append("")
            let mark = assessment.met ? Console.styled("met", .green) : Console.styled("not yet", .yellow)
            lines.append("\(assessment.category.name) (\(assessment.category.descriptorID)): \(mark)")
            for reason in assessment.reasons { lines.append(contentsOf: TextWrapping.wrap(reason, width: width, indent: "    ", firstIndent: "  • ")) }
        }
        lines.append("")
        lines.append(contentsOf: TextWrapping.wrap("Categories are not a hierarchy: choose the one your evidence meets. Check the mapping with your mentor.", width: width))
        Console.print(lines.joined(separator: "\n"))
    }
}

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
            if FileManager.default.fileExists(atPath: out) {
                throw InputError("a file is already there", at: SourceLocation(file: out), hint: "choose another name, so your work is not overwritten")
            }
            try AtomicFile.write(text, to: out)
            Console.error("Wrote \(out)")
        } else {
            Console.print(text)
        }
    }
}

import Foundation
