import Foundation
import FellowshipSupport

/// The files of `Resources/framework` and `Resources/schemes`, compiled into the binary by the EmbedResources plugin.
package enum BundledFile {
    /// The text of a bundled file, by its path below `Resources/`.
    package static func text(_ path: String) throws -> String {
        guard let file = EmbeddedResources.files.first(where: { $0.path == path }) else {
            throw InputError("the bundled file \(path) is missing from this build")
        }
        return file.text
    }

    /// Decodes a bundled framework or scheme file from the JSON made of it at build time (much faster than YAML).
    package static func decode<T: Decodable>(_ type: T.Type, _ path: String) throws -> T {
        guard let file = EmbeddedResources.json.first(where: { $0.path == path }) else {
            throw InputError("the bundled file \(path) is missing from this build")
        }
        return try JSONDecoder().decode(type, from: Data(file.json.utf8))
    }

    /// Every bundled file below `folder`, in name order.
    package static func files(in folder: String) -> [(path: String, text: String)] {
        EmbeddedResources.files.filter { $0.path.hasPrefix(folder + "/") }
    }
}
