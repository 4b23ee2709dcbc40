/// Wraps plain text to a width for terminal output, keeping words whole.
public enum TextWrapping {
    /// Lines of at most `width` characters (a longer single word stands on its own line), each after `indent`.
    public static func wrap(_ text: String, width: Int, indent: String = "", firstIndent: String? = nil) -> [String] {
        let usable = max(1, width)
        var lines: [String] = []
        var current = firstIndent ?? indent
        var currentHasWord = false
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let candidateLength = current.count + (currentHasWord ? 1 : 0) + word.count
            if currentHasWord && candidateLength > usable {
                lines.append(current)
                current = indent + word
            } else {
                current += (currentHasWord ? " " : "") + word
            }
            currentHasWord = true
        }
        if currentHasWord || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// `wrap` joined with newlines.
    public static func wrapped(_ text: String, width: Int, indent: String = "", firstIndent: String? = nil) -> String {
        wrap(text, width: width, indent: indent, firstIndent: firstIndent).joined(separator: "\n")
    }
}
