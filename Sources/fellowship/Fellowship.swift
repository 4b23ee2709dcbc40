import ArgumentParser
import FellowshipKit
import Foundation

/// The `fellowship` command: a thin shell over FellowshipKit.
@main
struct Fellowship: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "fellowship",
        abstract: "Prepare Advance HE fellowship claims against PSF 2023, in technicians' own words.",
        discussion: """
        Everything runs on this computer: nothing you write is sent anywhere.
        Exit status: 0 success, 1 findings of error severity, 2 bad input or usage.
        """,
        version: version,
        subcommands: [CheckCommand.self, CoverageCommand.self, DiffCommand.self, BriefCommand.self, WorkshopCommand.self, CohortCommand.self, ExportCommand.self, ImportCommand.self, BuildCommand.self, NewCommand.self, CategoryCommand.self, InterviewCommand.self, MapCommand.self, ExamplesCommand.self, FrameworkCommand.self, SchemesCommand.self, RulesCommand.self]
    )

    /// Runs the command, turning every error into one plain line on stderr and the documented exit status.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as InputError {
            Console.reportInputError(error)
            Foundation.exit(2)
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error) // --help and --version
            }
            Console.error(fullMessage(for: error))
            Foundation.exit(code == .failure ? 1 : 2)
        }
    }
}
