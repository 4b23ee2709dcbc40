import ArgumentParser
import FellowshipKit
import Foundation

/// `fellowship brief CLAIM`: what referees should be able to confirm, and questions for a professional conversation.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Make a referee brief: the statements a referee should confirm, and conversation questions per dimension.",
        discussion: "Examples: fellowship brief claim.md    fellowship brief claim.md --format docx --out brief.docx"
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, docx, json }

    @OptionGroup var claim: ClaimOptions

    @Option(help: "text, docx or json.") var format: Format = .text

    @Option(help: ArgumentHelp("Write to this file (needed for docx).", valueName: "file")) var out: String?

    func run() throws {
        let brief = RefereeBrief(report: try claim.check())
        let data: Data
        switch format {
        case .text: data = Data((TextRenderer.render(brief.document(), width: Console.width) + "\n").utf8)
        case .json:
            data = try Console.jsonData(brief)
        case .docx:
            guard out != nil else { throw InputError("a Word brief needs a file to go in", hint: "add --out brief.docx") }
            let document = brief.document()
            data = try DOCXRenderer.render(document, metadata: .init(title: document.title, author: brief.applicant ?? "", words: 0))
        }
        try Console.emit(data, to: out, protecting: [claim.path])
    }
}
