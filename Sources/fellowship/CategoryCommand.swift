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
