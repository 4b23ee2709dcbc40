import ArgumentParser
import FellowshipKit
import Foundation

/// `fellowship workshop`: a printable session pack for one discipline, tailored to a category and a team.
struct WorkshopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workshop",
        abstract: "Make a printable workshop pack for a discipline: cards, answer key, prompts, planning sheet.",
        discussion: """
        The pack holds the 15 dimensions in technician language, 12–20 cut-out activity cards from the bank for \
        the discipline with the answer key on a separate page, a card-sorting exercise, reflective prompts, a \
        one-page planning sheet and the category guidance. With --team-log it adds what the team's own logs \
        already show and rarely show, so the session can focus there.

        Examples:
          fellowship workshop --discipline engineering --format html --out workshop.html
          fellowship workshop --discipline Art --category fellow --format docx --out workshop.docx
          fellowship workshop --discipline lifesci --team-log team-logs/ --format html --out team-session.html
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, docx, text }

    @Option(help: ArgumentHelp("The discipline: any unambiguous part of its name or id (engineering, Art).", valueName: "discipline"))
    var discipline: String

    @Option(help: ArgumentHelp("Aim the session at one category (associate-fellow, fellow, senior-fellow).", valueName: "category"))
    var category: String?

    @Option(name: .customLong("team-log"), help: ArgumentHelp("A folder of the team's activity logs (.yaml).", valueName: "dir"))
    var teamLog: String?

    @Option(help: ArgumentHelp("A bundled scheme id or your own profile file, for the word limits.", valueName: "id|file"))
    var scheme: String?

    @Option(help: "html, docx or text.") var format: Format = .html

    @Option(help: ArgumentHelp("Write the pack to this file (needed for docx).", valueName: "file")) var out: String?

    @OptionGroup var bankOptions: BankOptions

    func run() throws {
        let bank = try bankOptions.load()
        let resolved = try bank.resolveDiscipline(discipline)
        let category = try self.category.map { try Category.parse($0) }
        let scheme = try SchemeCatalogue.resolve(self.scheme)
        var team: TeamPractice?
        if let teamLog {
            let practice = try TeamPractice(folder: teamLog, advisor: CategoryAdvisor(mapper: ActivityMapper(bank: bank)))
            for problem in practice.skipped { Console.error("\(problem.description) (skipped)") }
            team = practice
        }
        let pack = WorkshopPack(bank: bank, discipline: resolved, category: category, scheme: scheme, team: team)
        let document = pack.document()
        let data: Data
        switch format {
        case .html: data = try HTMLRenderer.render(document)
        case .text: data = Data((TextRenderer.render(document, width: Console.width) + "\n").utf8)
        case .docx:
            guard out != nil else { throw InputError("a Word pack needs a file to go in", hint: "add --out workshop.docx") }
            data = try DOCXRenderer.render(document, metadata: .init(title: document.title, author: "fellowship", words: 0))
        }
        try Console.emit(data, to: out, protecting: teamLog.map { [$0] } ?? [])
    }
}
