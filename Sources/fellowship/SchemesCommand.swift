import ArgumentParser
import FellowshipKit

/// `fellowship schemes`: the scheme profiles (sections, word limits, referees) and where their figures come from.
struct SchemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schemes",
        abstract: "List the fellowship scheme profiles, or show one in full.",
        discussion: """
        Word limits differ between schemes and change over time, so each figure says where it came from.
        Check them against your own scheme's guidance; to use different figures, copy a bundled profile
        (fellowship schemes --scheme advance-he-direct --yaml > mine.yaml), edit it and pass --scheme mine.yaml.
        """
    )

    @Option(help: "A bundled scheme id, or the path of your own profile (.yaml), to show in full and validate.")
    var scheme: String?

    @Flag(help: "Print JSON for other tools.")
    var json = false

    @Flag(help: "Print the profile's YAML source, to copy and adapt (bundled schemes only).")
    var yaml = false

    func run() throws {
        if yaml {
            let profile = try SchemeCatalogue.resolve(scheme)
            guard let source = SchemeCatalogue.bundledSource(of: profile.id) else {
                throw InputError("--yaml prints bundled profiles only", hint: "your own file is already YAML")
            }
            Console.print(source)
            return
        }
        let profiles = scheme == nil ? SchemeCatalogue.bundled : [try SchemeCatalogue.resolve(scheme)]
        if json {
            try Console.printJSON(scheme == nil ? AnyEncodable(profiles) : AnyEncodable(profiles[0]))
            return
        }
        let view = SchemeView(width: Console.width)
        Console.print(scheme == nil ? view.list(profiles) : view.detail(profiles[0]))
    }
}

/// Lets `--json` print either a list or one object through one code path.
struct AnyEncodable: Encodable {
    private let encodeValue: (any Encoder) throws -> Void
    init<T: Encodable>(_ value: T) { encodeValue = value.encode }
    func encode(to encoder: any Encoder) throws { try encodeValue(encoder) }
}
