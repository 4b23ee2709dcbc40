/// A problem with what the user gave us: a file we cannot read, a value we do not know, YAML that does not parse.
///
/// It prints as one plain line, `file:line:column: cause`, followed by a hint, and the command-line tool
/// exits with status 2 for it. Nothing is written when one is thrown.
public struct InputError: Error, Sendable, CustomStringConvertible, Equatable {
    /// Where the problem is, when it is in a file.
    public var location: SourceLocation?
    /// What is wrong, in one plain-English sentence.
    public var cause: String
    /// What to do about it.
    public var hint: String?

    public init(_ cause: String, at location: SourceLocation? = nil, hint: String? = nil) {
        self.cause = cause
        self.location = location
        self.hint = hint
    }

    /// The single line the tool prints: `where: cause`.
    public var description: String {
        if let location { return "\(location): \(cause)" }
        return cause
    }

    /// The same error, placed in `file` when it did not yet know its file.
    public func located(in file: String) -> InputError {
        var copy = self
        if copy.location == nil { copy.location = SourceLocation(file: file) }
        return copy
    }
}
