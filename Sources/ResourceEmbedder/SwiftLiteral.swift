/// Swift source text for data: string literals the compiler reads back exactly.
enum SwiftLiteral {
    /// A Swift string literal with every special character escaped (control characters as `\u{…}`).
    static func escaped(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A raw multi-line literal carrying `text` verbatim. The delimiter uses more `#` than any run that follows a
    /// quote or a backslash in the text, so neither a closing delimiter nor an escape can occur inside it.
    static func raw(_ text: String) -> String {
        let hashes = delimiterHashes(for: text)
        return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
    }

    /// A raw single-line literal (for text without line breaks, such as JSON).
    static func rawLine(_ text: String) -> String {
        let hashes = delimiterHashes(for: text)
        return "\(hashes)\"\(text)\"\(hashes)"
    }

    private static func delimiterHashes(for text: String) -> String {
        var longest = 0
        var run = 0
        var afterQuote = false
        for character in text {
            if character == "#" && afterQuote {
                run += 1
                longest = max(longest, run)
            } else {
                run = 0
                afterQuote = character == "\"" || character == "\\"
            }
        }
        return String(repeating: "#", count: longest + 1)
    }
}
