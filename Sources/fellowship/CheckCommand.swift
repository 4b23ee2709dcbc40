import ArgumentParser
import FellowshipKit
import Foundation

/// `fellowship check`: a claim linted like code, against its descriptor and scheme.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a claim for everything an assessor would refer it for, pointing at the exact line.",
        discussion: """
        Prints claim.md:LINE:COLUMN: severity: [rule] message (for a Word document, draft.docx:¶N with the
        paragraph's first words), then a hint, then the dimension table,
        the word count and a verdict. Exit status 0: no errors; 1: errors found; 2: the claim cannot be read.
        Switch a rule off with --disable RULE or a 'disable: [rule]' line in the front matter.
        """
    )

    @OptionGroup var claim: ClaimOptions

    @Flag(help: "Print JSON for other tools.")
    var json = false

    func run() throws {
        let report = try claim.check()
        if json {
            try Console.printJSON(report)
        } else {
            Console.print(CheckView(width: Console.width).render(report))
        }
        if !report.passes { throw ExitCode(1) }
    }
}

/// `fellowship rules`: every rule the checker applies.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the checks `fellowship check` applies, with their ids.")

    func run() {
        for rule in RuleSet.all {
            Console.print(Console.styled(rule.id.padding(toLength: 24, withPad: " ", startingAt: 0), .cyan) + rule.summary)
        }
    }
}

/// Terminal text for a check report.
struct CheckView {
    let width: Int

    func render(_ report: CheckReport) -> String {
        var lines: [String] = []
        for finding in report.findings {
            let label: String
            switch finding.severity {
            case .error: label = Console.styled("error:", .red)
            case .warning: label = Console.styled("warning:", .yellow)
            case .info: label = Console.styled("note:", .cyan)
            }
            lines.append("\(finding.location): \(label) [\(finding.rule)] \(finding.message)")
            lines.append(contentsOf: TextWrapping.wrap("hint: " + finding.hint, width: width, indent: "        ", firstIndent: "  "))
        }
        if !report.findings.isEmpty { lines.append("") }
        let category = report.category
        lines.append(Console.styled("Dimensions for \(category.name) (\(category.descriptorID))", .bold))
        for row in report.dimensions {
            let status: String
            switch row.status {
            case .evidenced: status = Console.styled("evidenced    ", .green)
            case .signposted: status = Console.styled("signposted   ", .yellow)
            case .missing: status = Console.styled("missing      ", .red)
            case .notRequired: status = Console.styled("not required ", .dim)
            }
            let whereText = row.evidence.first.map { report.context.claim.placeName($0.line) + ($0.signposted ? "" : ", not signposted") } ?? ""
            lines.append("  \(row.code.rawValue)  \(status)\(whereText)")
        }
        lines.append("")
        let words = report.words
        var wordLine = "Words: \(words.total.formatted()) of \(words.limit.formatted())"
        if let target = words.target { wordLine += " (aim for \(target.formatted())+)" }
        lines.append(Console.styled(wordLine, .bold))
        for section in words.sections {
            let title = section.title.count > 50 ? String(section.title.prefix(49)) + "…" : section.title
            lines.append("  " + title.padding(toLength: 52, withPad: " ", startingAt: 0) + String(section.words).leftPadded(6)
                         + (section.counted ? "" : "  not counted"))
        }
        lines.append("")
        let summary = report.summary
        let counts = "\(summary.errors) error\(summary.errors == 1 ? "" : "s"), \(summary.warnings) warning\(summary.warnings == 1 ? "" : "s"), \(summary.infos) note\(summary.infos == 1 ? "" : "s")"
        if report.passes {
            lines.append(Console.styled("Verdict: \(counts). No errors: nothing here would get the claim referred; read the warnings with your mentor.", .green))
        } else {
            lines.append(Console.styled("Verdict: \(counts). Not ready to submit: fix the errors first.", .red))
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
