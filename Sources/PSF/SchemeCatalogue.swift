import Foundation
import FellowshipSupport

/// The scheme profiles bundled with the tool, and the way a user names one (`--scheme ID` or `--scheme FILE`).
public enum SchemeCatalogue {
    /// Every bundled profile, default first.
    public static let bundled: [SchemeProfile] = BundledData.load("scheme profiles") {
        return try loadBundled()
    }

    /// Decodes the bundled profiles afresh (the benchmark measures this).
    package static func loadBundled() throws -> [SchemeProfile] {
            try BundledFile.files(in: "schemes")
                .map { try BundledFile.decode(SchemeProfile.self, $0.path) }
                .sorted { ($0.isDefault ? 0 : 1, $0.id) < ($1.isDefault ? 0 : 1, $1.id) }
    }

    /// The bundled files by the id on their `id:` line, and which one is the default, found without decoding them.
    /// Commands decode only the profile they use: decoding all of them costs more than the start-up budget allows.
    static let index: (ids: [String: String], defaultPath: String?) = {
        var ids: [String: String] = [:]
        var defaultPath: String?
        for file in BundledFile.files(in: "schemes") {
            for line in file.text.lines {
                if line.hasPrefix("id:") { ids[String(line.dropFirst(3)).trimmed] = file.path }
                if line.trimmed == "default: true" { defaultPath = file.path }
            }
        }
        return (ids, defaultPath)
    }()

    /// Ids of the bundled profiles, without decoding them.
    public static var bundledIDs: [String] { index.ids.keys.sorted() }

    /// Decodes one bundled profile.
    static func decodeBundled(path: String) -> SchemeProfile? {
        BundledData.load("scheme profile \(path)") { try BundledFile.decode(SchemeProfile.self, path) }
    }

    /// The profile used when none is named.
    public static var standard: SchemeProfile {
        index.defaultPath.flatMap(decodeBundled(path:)) ?? bundled[0]
    }

    /// Resolves a bundled id, or reads and validates a profile file when the argument is a path.
    public static func resolve(_ idOrPath: String?) throws -> SchemeProfile {
        guard let idOrPath, !idOrPath.isEmpty else { return standard }
        if let path = index.ids[idOrPath.lowercased()], let profile = decodeBundled(path: path) { return profile }
        let looksLikePath = idOrPath.contains("/") || idOrPath.hasSuffix(".yaml") || idOrPath.hasSuffix(".yml")
        if looksLikePath || FileManager.default.fileExists(atPath: idOrPath) {
            return try load(file: idOrPath)
        }
        throw InputError("there is no scheme called ‘\(idOrPath)’",
                         hint: "bundled schemes: \(bundledIDs.joined(separator: ", ")); or give the path of your own .yaml profile")
    }

    /// Reads a user's profile file, reporting any problem at `file:line:column`.
    public static func load(file path: String) throws -> SchemeProfile {
        let text = try TextFile.read(path, sizeLimit: 1_048_576)
        return try YAMLLoader.decode(SchemeProfile.self, from: text, file: path)
    }
}

extension SchemeCatalogue {
    /// The YAML a bundled profile was made from, to copy and adapt.
    public static func bundledSource(of id: String) -> String? {
        index.ids[id].flatMap { path in BundledFile.files(in: "schemes").first { $0.path == path }?.text }
    }
}
