import ArgumentParser
import FellowshipKit
import Foundation

/// `fellowship coverage`: a mentor's matrix of dimension × section, the gaps with examples, the word budget.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Show a mentor which dimensions a claim evidences, where, how strongly, and what is missing.",
        discussion: """
        Examples:
          fellowship coverage claim.md
          fellowship coverage claim.md --format html --out coverage.html     (one self-contained, printable file)
          fellowship coverage claim.md --format docx --out coverage.docx     (the same report as a Word document)
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, html, docx, json }

    @OptionGroup var claim: ClaimOptions

    @Option(help: "text, html, docx or json.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var bankOptions: BankOptions

    func run() throws {
        let bank = try bankOptions.load()
        let report = CoverageReport(report: try claim.check(bank: { bank }), bank: bank)
        let data: Data
        switch format {
        case .text: data = Data((TextRenderer.render(report.document(), width: Console.width) + "\n").utf8)
        case .html: data = try HTMLRenderer.render(report.document())
        case .docx:
            guard out != nil else {
                throw InputError("a Word report needs a file to go in", hint: "add --out coverage.docx")
            }
            let document = report.document()
            data = try DOCXRenderer.render(document, metadata: .init(title: document.title, author: report.applicant ?? "", words: report.words.total))
        case .json:
            data = try Console.jsonData(report)
        }
        try Console.emit(data, to: out, protecting: [claim.path])
    }
}
