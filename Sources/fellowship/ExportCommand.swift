import ArgumentParser
import FellowshipKit
import Foundation

/// `fellowship export`: a claim as a Word document, a self-contained web page, or plain text for an online form.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a claim to Word (.docx), HTML or plain text.",
        discussion: """
        Examples:
          fellowship export claim.md --format docx                  (writes claim.docx beside the claim)
          fellowship export claim.md --format docx --with-comments  (check findings as Word comments)
          fellowship export claim.md --format html --with-mapping --out claim.html
          fellowship export claim.md --format txt                   (for pasting into an online form)
          fellowship export draft.docx --format txt                 (a Word draft works too)
        The claim itself is never overwritten; the output is written in one go, so a failure leaves nothing behind.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case docx, html, txt }

    @OptionGroup var claim: ClaimOptions

    @Option(help: "docx, html or txt.")
    var format: Format

    @Option(help: ArgumentHelp("Where to write (default: beside the claim, with the new extension).", valueName: "file"))
    var out: String?

    @Flag(help: "Attach each check finding as a comment on the sentence it concerns.")
    var withComments = false

    @Flag(help: "Add an appendix table: each dimension and where it is evidenced.")
    var withMapping = false

    func run() throws {
        let target = out ?? (claim.path as NSString).deletingPathExtension + "." + format.rawValue
        // Checking (and so the mapper) is needed only for comments and the mapping appendix.
        let report = withComments || withMapping ? try claim.check() : nil
        let read: ClaimReader.Result
        if let context = report?.context {
            read = ClaimReader.Result(claim: context.claim, category: context.category, scheme: context.scheme, rules: context.rules)
        } else {
            read = try claim.read()
        }
        let exported = ClaimDocument(read: read, report: report, withComments: withComments, withMapping: withMapping,
                                     tooltips: format == .html)
        let data: Data
        switch format {
        case .docx:
            let document = exported.document()
            data = try DOCXRenderer.render(document, metadata: exported.metadata(title: document.title))
        case .html:
            data = try HTMLRenderer.render(exported.document())
        case .txt:
            data = Data(PlainTextClaim.render(read.claim).utf8)
        }
        try AtomicFile.write(data, to: target, protecting: [claim.path])
        if format == .txt {
            // What an online form's counter sees: every run of characters between spaces, signposts and references included.
            let formWords = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace).count
            Console.error("Wrote \(target): \(formWords.formatted()) words as an online form counts them "
                          + "(\(exported.words.total.formatted()) as \(read.scheme.name) counts them)")
        } else {
            Console.error("Wrote \(target)")
        }
    }
}
