import Foundation

/// Reads a user's text file safely: it must exist, be a regular file, not be huge and be valid UTF-8.
///
/// Every failure becomes an ``InputError`` with a hint, never a crash.
public enum TextFile {
    /// The largest text file we read (claims and logs are a few tens of kilobytes).
    public static let defaultSizeLimit = 20 * 1024 * 1024

    /// Reads raw bytes, with plain errors for the usual ways a path goes wrong.
    public static func readData(_ path: String, sizeLimit: Int = defaultSizeLimit) throws -> Data {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError("there is no file here", at: SourceLocation(file: path),
                             hint: "check the spelling of the path, or run the command from the folder that holds the file")
        }
        if isDirectory.boolValue {
            throw InputError("this is a folder, not a file", at: SourceLocation(file: path),
                             hint: "give the path of a file inside it")
        }
        if let size = (try? manager.attributesOfItem(atPath: path)[.size]) as? NSNumber, size.intValue > sizeLimit {
            throw InputError("the file is too large to be a claim or a log (\(size.intValue / 1_048_576) MB)",
                             at: SourceLocation(file: path), hint: "check that this is the file you meant")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError("the file cannot be opened for reading", at: SourceLocation(file: path),
                             hint: "check its permissions")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            guard data.count <= sizeLimit else {
                throw InputError("the file is too large to be a claim or a log", at: SourceLocation(file: path),
                                 hint: "check that this is the file you meant")
            }
            return data
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError("the file cannot be read", at: SourceLocation(file: path), hint: "check its permissions")
        }
    }

    /// Reads a UTF-8 text file (a leading byte-order mark is dropped).
    public static func read(_ path: String, sizeLimit: Int = defaultSizeLimit) throws -> String {
        try decode(try readData(path, sizeLimit: sizeLimit), file: path)
    }

    /// Decodes UTF-8, pointing at the first byte that is not valid.
    public static func decode(_ data: Data, file: String) throws -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let location = firstInvalidByte(in: Array(bytes), file: file)
        throw InputError("the file is not plain UTF-8 text (a byte here cannot be read)", at: location,
                         hint: "save it again as UTF-8 text (in Word: Save As → Plain Text → UTF-8)")
    }

    private static func firstInvalidByte(in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let length = sequenceLength(bytes, at: index)
            if length == 0 { return SourceLocation(file: file, line: line, column: column) }
            if bytes[index] == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// Length of the valid UTF-8 sequence at `index`, or 0 when it is not valid.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let sequence = Array(bytes[index..<index + length])
        return String(validating: sequence, as: UTF8.self) == nil ? 0 : length
    }
}
