import Claims
import FellowshipSupport

/// Writes claim Markdown line by line, remembering for each line the Word paragraph it came from.
///
/// Text is escaped just enough that the Markdown reader gives back exactly the words of the document: emphasis
/// and code marks, HTML and link brackets, and characters that would start a heading, quote or list.
struct ClaimMarkdownWriter {
    private(set) var lines: [String] = []
    private(set) var origins: [ConvertedSource.Origin?] = []

    /// A line with its origin (nil for a line the conversion made).
    mutating func line(_ text: String, from origin: ConvertedSource.Origin? = nil) {
        lines.append(text)
        origins.append(origin)
    }

    /// A blank line, unless the last line is already blank.
    mutating func blank() {
        if let last = lines.last, !last.isEmpty { line("") }
    }

    var text: String { lines.joined(separator: "\n") + "\n" }

    // MARK: Front matter

    /// A YAML scalar: plain when that is safe and readable, otherwise double-quoted.
    static func yaml(_ value: String) -> String {
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"]
        let allowed: (Character) -> Bool = { $0.isLetter || $0.isNumber || " .,'()&/+–—-".contains($0) }
        let isPlain = value.first.map { $0.isLetter } == true && value.allSatisfy(allowed) && value.last != " "
            && !reserved.contains(value.lowercased())
        if isPlain { return value }
        var quoted = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n", "\r", "\t": quoted += " "
            default:
                if scalar.value < 0x20 { continue }
                quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    // MARK: Escaping

    /// `text` as the content of a Markdown paragraph or list item that reads back as exactly `text`.
    static func escaped(_ text: String) -> String {
        // Most prose holds none of the marks: then only the start of the line can need an escape.
        guard text.utf8.contains(where: isMark) else { return escapedLineStart(text) }
        let characters = Array(text)
        let linkLike = text.contains("](") || text.contains("][") || (text.hasPrefix("[") && text.contains("]:"))
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for (index, character) in characters.enumerated() {
            let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
            let previous: Character? = index > 0 ? characters[index - 1] : nil
            switch character {
            case "\\", "*", "`":
                result += "\\"
            case "_":
                // Inside a word (snake_case) an underscore is never emphasis.
                if !(previous.map(isWordCharacter) ?? false) || !(next.map(isWordCharacter) ?? false) { result += "\\" }
            case "<":
                if let next, next.isLetter || next == "/" || next == "!" || next == "?" { result += "\\" }
            case "&":
                if isEntity(characters, from: index) { result += "\\" }
            case "[", "]":
                if linkLike { result += "\\" }
            default:
                break
            }
            result.append(character)
        }
        return escapedLineStart(result)
    }

    /// Backslash, asterisk, underscore, backtick, `<`, `&`, `[` and `]`: what can mean something inside a line.
    private static func isMark(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x5C, 0x2A, 0x5F, 0x60, 0x3C, 0x26, 0x5B, 0x5D: return true
        default: return false
        }
    }

    /// Escapes what would make a line a heading, quote, list item, thematic break or code block.
    private static func escapedLineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        switch first {
        case "#", ">", "-", "+", "=", "|", "~":
            return "\\" + line
        case "0"..."9":
            // "1. " or "2) " starts an ordered list: escape the mark after the digits.
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            let rest = line.dropFirst(digits.count)
            if digits.count <= 9, let mark = rest.first, mark == "." || mark == ")",
               rest.dropFirst().first.map({ $0 == " " }) ?? true {
                return digits + "\\" + rest
            }
            return line
        default:
            return line
        }
    }

    /// A heading's text: escaped, with a closing `#` protected (Markdown would drop it as a closing sequence).
    static func escapedHeading(_ text: String) -> String {
        let result = escaped(text)
        return result.hasSuffix("#") && !result.hasSuffix("\\#") ? String(result.dropLast()) + "\\#" : result
    }

    /// A mentor's note as an HTML comment line, which the claim reader skips.
    static func comment(author: String, text: String) -> String {
        let body = "Comment from \(author): \(text)".replacingOccurrences(of: "--", with: "‐‐")
        return "<!-- \(body) -->"
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// `&amp;`, `&#163;`: an ampersand Markdown would read as a character reference.
    private static func isEntity(_ characters: [Character], from index: Int) -> Bool {
        var cursor = index + 1
        var length = 0
        while cursor < characters.count, length <= 32 {
            let character = characters[cursor]
            if character == ";" { return length > 0 }
            guard character.isASCII, character.isLetter || character.isNumber || character == "#" else { return false }
            cursor += 1
            length += 1
        }
        return false
    }

    /// The first words of a paragraph, about 24 characters, with an ellipsis when cut.
    static func excerpt(_ text: String) -> String {
        var result = ""
        // Only the start is looked at: a paragraph can run to hundreds of words.
        for word in text.prefix(80).split(separator: " ") {
            if result.isEmpty {
                result = word.count > 30 ? String(word.prefix(24)) : String(word)
                if word.count > 30 { break }
            } else if result.count + 1 + word.count <= 24 {
                result += " " + word
            } else {
                break
            }
        }
        return result.utf8.count < text.utf8.count ? result + "…" : result
    }
}
