import Foundation

/// The files of a folder the user points us at (a bank overlay, a team's logs, a cohort), in a stable order.
package enum FolderListing {
    /// The entries directly in `folder` (not below it) whose extension is one of `extensions`, hidden ones left out,
    /// sorted by name. A subfolder with such a name is listed too, for the reader to refuse with its own message.
    package static func files(in folder: String, extensions: Set<String>) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw InputError("the folder does not exist", at: SourceLocation(file: folder), hint: "check the path")
        }
        guard isDirectory.boolValue else {
            throw InputError("this is a file, not a folder", at: SourceLocation(file: folder), hint: "give the folder that holds the files")
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw InputError("the folder cannot be read", at: SourceLocation(file: folder), hint: "check its permissions")
        }
        return names.filter { name in
            !name.hasPrefix(".") && extensions.contains((name as NSString).pathExtension.lowercased())
        }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    /// A file's name without folder or extension: how a person is shown when names must not be.
    package static func stem(of path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
