import ArgumentParser
import FellowshipKit

/// `fellowship examples`: browse and search the example bank.
struct ExamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "examples",
        abstract: "Browse the example bank: technician activities mapped to PSF 2023, with why each code fits.",
        discussion: """
        Examples:
          fellowship examples --dimension A3 --discipline engineering
          fellowship examples --search "induction video" --limit 5
          fellowship examples --level D3 --role "technical manager"
          fellowship examples --stats
        """
    )

    @Option(name: .customLong("dimension"), help: ArgumentHelp("Only entries mapped to this code (repeatable: all must match).", valueName: "code"))
    var dimensions: [String] = []

    @Flag(help: "With --dimension: only entries where the code is primary.")
    var primary = false

    @Option(help: ArgumentHelp("Only this discipline (any unambiguous part of its id or name).", valueName: "name"))
    var discipline: String?

    @Option(help: ArgumentHelp("Only entries for this role, such as \"senior technician\".", valueName: "role"))
    var role: String?

    @Option(help: ArgumentHelp("Only entries at this level: D1, D2 or D3.", valueName: "level"))
    var level: String?

    @Option(help: ArgumentHelp("Rank entries by relevance to these words.", valueName: "text"))
    var search: String?

    @Option(help: "Show at most this many (default 10 on the terminal, all with --json).")
    var limit: Int?

    @Flag(help: "Counts per discipline, dimension, level and role.")
    var stats = false

    @Flag(help: "Print JSON for other tools.")
    var json = false

    @OptionGroup var bankOptions: BankOptions

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
    }

    func run() throws {
        let bank = try bankOptions.load()
        let filter = try makeFilter(bank: bank)
        let matching: [BankEntry]
        if let search {
            matching = BankSearch(bank: bank).results(for: search, filter: filter, limit: bank.entries.count).map(\.entry)
        } else {
            matching = bank.entries(matching: filter)
        }
        if stats {
            let statistics = BankStatistics(entries: matching, disciplines: bank.disciplines)
            if json { try Console.printJSON(statistics) } else { Console.print(BankStatisticsView(width: Console.width).render(statistics)) }
            return
        }
        if json {
            try Console.printJSON(Array(matching.prefix(limit ?? matching.count)))
            return
        }
        let shown = Array(matching.prefix(limit ?? 10))
        guard !shown.isEmpty else {
            Console.print(TextWrapping.wrapped("No examples match. Try fewer filters, or fellowship examples --stats to see what the bank holds.", width: Console.width))
            return
        }
        let view = BankEntryView(bank: bank, width: Console.width)
        Console.print(shown.map(view.card).joined(separator: "\n\n"))
        if shown.count < matching.count {
            Console.print("")
            Console.print(Console.styled("Showing \(shown.count) of \(matching.count). Use --limit to see more.", .dim))
        }
    }

    private func makeFilter(bank: ExampleBank) throws -> BankFilter {
        var filter = BankFilter(primaryOnly: primary)
        for text in dimensions {
            guard let code = DimensionCode(parsing: text) else {
                throw InputError("‘\(text)’ is not a PSF 2023 dimension code", hint: "use one of V1–V5, K1–K5 or A1–A5")
            }
            filter.dimensions.insert(code)
        }
        if let discipline { filter.disciplines = [try bank.resolveDiscipline(discipline).id] }
        if let role {
            guard let parsed = Role(parsing: role) else {
                throw InputError("‘\(role)’ is not one of the roles we know",
                                 hint: "use one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            filter.roles = [parsed]
        }
        if let level {
            guard let parsed = Level(rawValue: level.uppercased()) else {
                throw InputError("‘\(level)’ is not a level", hint: "use D1, D2 or D3")
            }
            filter.levels = [parsed]
        }
        return filter
    }
}
