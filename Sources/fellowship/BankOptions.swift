import ArgumentParser
import FellowshipKit
import Foundation

/// `--bank DIR`: extra example-bank files an institution keeps, added to the bundled bank (also `FELLOWSHIP_BANK`).
struct BankOptions: ParsableArguments {
    @Option(name: .customLong("bank"), help: ArgumentHelp(
        "A folder of your own bank files (.yaml) to add to the bundled examples; repeatable. Also read from FELLOWSHIP_BANK.",
        valueName: "dir"))
    var folders: [String] = []

    /// The bundled bank plus any overlays.
    func load() throws -> ExampleBank {
        var all = folders
        if let environment = ProcessInfo.processInfo.environment["FELLOWSHIP_BANK"], !environment.isEmpty {
            all = environment.split(separator: ":").map(String.init) + all
        }
        return all.isEmpty ? ExampleBank.bundled : try ExampleBank.loading(overlays: all)
    }
}
