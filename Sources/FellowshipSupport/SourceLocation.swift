/// Where something sits in a user's file, so every message can point at it.
///
/// Lines and columns count from 1, as editors do. A location inside a Word document uses a paragraph
/// number instead of a line, with the first words of the paragraph so a reader can find it
/// (`draft.docx:¶42 (“I run the first-year…”)`).
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// Line number, from 1; 0 when only the file is known.
    public var line: Int
    /// Column number, from 1; 0 when only the line is known.
    public var column: Int
    /// True when `line` counts paragraphs of a Word document rather than lines of text.
    public var isParagraph: Bool
    /// For a paragraph, the start of its text (`I run the first-year…`); nil for a line of a text file.
    public var excerpt: String?

    public init(file: String, line: Int = 0, column: Int = 0, isParagraph: Bool = false, excerpt: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.isParagraph = isParagraph
        self.excerpt = excerpt
    }

    /// `file:line:column`, `file:line`, `file:¶N (“excerpt…”)` or `file`, whichever is known.
    public var description: String {
        guard line > 0 else { return file }
        if isParagraph {
            guard let excerpt, !excerpt.isEmpty else { return "\(file):¶\(line)" }
            return "\(file):¶\(line) (“\(excerpt)”)"
        }
        return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
    }
}
