import Foundation

/// Writes output files all at once: to a temporary file beside the target, then renamed over it,
/// so a failure never leaves half a file and the input is never touched.
public enum AtomicFile {
    /// Writes `data` to `path`, refusing to overwrite any of `protectedPaths` (the inputs).
    public static func write(_ data: Data, to path: String, protecting protectedPaths: [String] = []) throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        for input in protectedPaths where URL(fileURLWithPath: input).standardizedFileURL.path == target.path {
            throw InputError("the output would overwrite the input file", at: SourceLocation(file: path),
                             hint: "choose a different name with --out")
        }
        let folder = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError("the folder for the output does not exist", at: SourceLocation(file: path),
                             hint: "create the folder first, or choose another place with --out")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw InputError("the output cannot be written here", at: SourceLocation(file: path),
                             hint: "check that the folder is writable, or choose another place with --out")
        }
        if rename(temporary.path, target.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw InputError("the output cannot be written here", at: SourceLocation(file: path),
                             hint: "check that the folder is writable, or choose another place with --out")
        }
    }

    /// Refuses a path where a file already exists, for outputs that must never replace the user's own work.
    public static func ensureNew(_ path: String) throws {
        if FileManager.default.fileExists(atPath: path) {
            throw InputError("a file is already there", at: SourceLocation(file: path),
                             hint: "choose another name with --out, so nothing of yours is overwritten")
        }
    }

    /// Writes UTF-8 text atomically.
    public static func write(_ text: String, to path: String, protecting protectedPaths: [String] = []) throws {
        try write(Data(text.utf8), to: path, protecting: protectedPaths)
    }
}
