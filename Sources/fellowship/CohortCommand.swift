import ArgumentParser
import FellowshipKit
import Foundation

/// `fellowship cohort DIR`: where a whole cohort stands, for a facilitator and a Technician Commitment lead.
struct CohortCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cohort",
        abstract: "Report on a folder of claims and activity logs: heat map, readiness, common findings.",
        discussion: """
        Checks every claim (.md or Word .docx) and activity log (.yaml) in the folder. People are shown by initials (or the \
        file name), never by name. A file that cannot be read is reported and skipped. Exit status: 0 when the \
        report was made (whatever the claims' findings), 2 when nothing in the folder could be read.

        Examples:
          fellowship cohort Examples/cohort
          fellowship cohort drafts/ --format html --out cohort.html
          fellowship cohort drafts/ --json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, html, docx, json }

    @Argument(help: ArgumentHelp("The folder of claims and logs.", valueName: "dir")) var folder: String

    @Option(help: "text, html, docx or json.") var format: Format = .text

    @Flag(help: "The same as --format json.") var json = false

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var out: String?

    @OptionGroup var bankOptions: BankOptions

    func run() throws {
        let bank = try bankOptions.load()
        let scanner = CohortScanner(mapper: ActivityMapper(bank: bank))
        let showProgress = ProgressLine()
        let report = try scanner.report(folder: folder) { done, total, file in
            guard total > 10 else { return }
            showProgress.update(done: done, total: total, file: file)
        }
        showProgress.finish()
        let format = json ? .json : self.format
        // The text report lists unreadable files itself; anything else may not be read by a person, so say it here too.
        if out != nil || format != .text {
            for skipped in report.skipped { Console.error("\(skipped.problem) (skipped)") }
        }
        let data: Data
        switch format {
        case .text: data = Data((TextRenderer.render(report.document(), width: Console.width) + "\n").utf8)
        case .html: data = try HTMLRenderer.render(report.document())
        case .json: data = try Console.jsonData(report)
        case .docx:
            guard out != nil else { throw InputError("a Word report needs a file to go in", hint: "add --out cohort.docx") }
            let document = report.document()
            data = try DOCXRenderer.render(document, metadata: .init(title: document.title, author: "fellowship", words: 0))
        }
        try Console.emit(data, to: out, protecting: [])
    }
}

/// "checked 40 of 200" on standard error: rewritten in place on a terminal, every tenth of the way otherwise.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let terminal = isatty(STDERR_FILENO) == 1
    private var shown = false
    private var lastTenth = -1

    func update(done: Int, total: Int, file: String) {
        lock.lock()
        defer { lock.unlock() }
        if terminal {
            FileHandle.standardError.write(Data("\r\u{1B}[Kchecked \(done) of \(total)".utf8))
            shown = true
        } else {
            let tenth = done * 10 / max(1, total)
            guard tenth != lastTenth else { return }
            lastTenth = tenth
            Console.error("checked \(done) of \(total)")
        }
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
