import FellowshipKit
import Foundation

/// Printing for the terminal: width, colour (only on a terminal, never with NO_COLOR), and error lines.
enum Console {
    /// Columns available on standard output; 80 when it is not a terminal.
    static let width: Int = {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 40 {
            return min(columns, 120)
        }
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 {
            return min(Int(size.ws_col), 120)
        }
        return 80
    }()

    /// Whether to colour standard output.
    static let useColour: Bool = {
        let environment = ProcessInfo.processInfo.environment
        if environment["NO_COLOR"] != nil { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) == 1
    }()

    /// Whether to colour standard error.
    static let useColourOnError: Bool = {
        let environment = ProcessInfo.processInfo.environment
        if environment["NO_COLOR"] != nil || environment["TERM"] == "dumb" { return false }
        return isatty(STDERR_FILENO) == 1
    }()

    enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36"
    }

    /// `text` in `style` when colour is on.
    static func styled(_ text: String, _ style: Style, onError: Bool = false) -> String {
        guard onError ? useColourOnError : useColour else { return text }
        return "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m"
    }

    static func print(_ text: String = "") {
        Swift.print(text)
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// `where: error: cause` then `  hint: …`, as compilers print.
    static func reportInputError(_ error: InputError) {
        let label = styled("error:", .red, onError: true)
        if let location = error.location {
            Console.error("\(location): \(label) \(error.cause)")
        } else {
            Console.error("fellowship: \(label) \(error.cause)")
        }
        if let hint = error.hint {
            Console.error("  \(styled("hint:", .cyan, onError: true)) \(hint)")
        }
    }

    /// Prints a value as one compact line of JSON (JSON Lines).
    static func printJSONLine<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        Swift.print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// A value as pretty, key-sorted JSON.
    static func jsonData<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// Prints a value as JSON on standard output.
    static func printJSON<T: Encodable>(_ value: T) throws {
        Swift.print(String(decoding: try jsonData(value), as: UTF8.self))
    }

    /// Reads a claim, Markdown or Word, and prints the notes a Word document's conversion made (`draft.docx: note: …`).
    static func reading(_ path: String, category: Category? = nil, scheme: String? = nil) throws -> ClaimReader.Result {
        let read = try ClaimSource.read(path, category: category, scheme: scheme)
        for note in read.claim.convertedFrom?.notes ?? [] { error("\(path): \(styled("note:", .cyan, onError: true)) \(note)") }
        return read
    }

    /// Writes a report to `out` atomically (never over the inputs), or to standard output when there is none.
    static func emit(_ data: Data, to out: String?, protecting inputs: [String]) throws {
        if let out {
            try AtomicFile.write(data, to: out, protecting: inputs)
            error("Wrote \(out)")
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
