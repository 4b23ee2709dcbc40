/// Where something sits in a user's file, so every message can point at it.
///
/// Lines and columns count from 1, as editors do. A location inside a Word document uses a paragraph
/// number instead of a line (`draft.docx:¶42`).
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// Line number, from 1; 0 when only the file is known.
    public var line: Int
    /// Column number, from 1; 0 when only the line is known.
    public var column: Int
    /// True when `line` counts paragraphs of a Word document rather than lines of text.
    public var isParagraph: Bool

    public init(file: String, line: Int = 0, column: Int = 0, isParagraph: Bool = false) {
        self.file = file
        self.line = line
        self.column = column
        self.isParagraph = isParagraph
    }

    /// `file:line:column`, `file:line`, `file:¶N` or `file`, whichever is known.
    public var description: String {
        guard line > 0 else { return file }
        if isParagraph { return "\(file):¶\(line)" }
        return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
    }
}
