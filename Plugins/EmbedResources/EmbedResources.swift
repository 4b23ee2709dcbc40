import Foundation
import PackagePlugin

/// Turns the YAML under `Resources/` into Swift string literals compiled into the target that owns them,
/// so a copied release binary carries all its data and never looks for files at run time.
@main
struct EmbedResources: BuildToolPlugin {
    /// Which folders of `Resources/` each target owns. One owner per folder keeps data with its concept.
    static let folders: [String: [String]] = [
        "PSF": ["framework", "schemes"],
        "TextAnalysis": ["text"],
        "ExampleBank": ["bank"],
        "Mapping": ["lexicon"],
        "Export": ["templates"],
        "Facilitation": ["workshop"],
    ]
    /// Folders a target's data is compiled with but does not carry: Mapping analyses its cue phrases and indexes
    /// the bank at build time, with the analyser's data (see ResourceEmbedder).
    static let uses: [String: [String]] = [
        "Mapping": ["text", "bank"],
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let folders = Self.folders[target.name] else { return [] }
        let resources = context.package.directoryURL.appendingPathComponent("Resources")
        func files(in folders: [String], suffixes: [String]) -> [URL] {
            var found: [URL] = []
            for folder in folders {
                let directory = resources.appendingPathComponent(folder)
                let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
                for name in names.sorted() where suffixes.contains(where: name.hasSuffix) {
                    found.append(directory.appendingPathComponent(name))
                }
            }
            return found
        }
        let inputs = files(in: folders, suffixes: [".yaml", ".md", ".xml"])
        let used = files(in: Self.uses[target.name] ?? [], suffixes: [".yaml"])
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(folders.joined(separator: ", ")) into \(target.name)",
                executable: try context.tool(named: "ResourceEmbedder").url,
                arguments: [output.path, resources.path] + inputs.map(\.path) + (used.isEmpty ? [] : ["--uses"] + used.map(\.path)),
                inputFiles: inputs + used,
                outputFiles: [output]
            ),
        ]
    }
}
