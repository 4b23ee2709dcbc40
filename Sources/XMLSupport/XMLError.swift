/// Why an XML document could not be read or written.
public enum XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The document declares a DTD (`<!DOCTYPE …>`): refused, since it is how external entities and entity loops get in.
    case documentTypeDeclaration
    /// The document is not well-formed XML; `line` is where libxml2 stopped.
    case malformed(message: String, line: Int)
    /// libxml2 could not allocate or write.
    case writerFailed

    public var description: String {
        switch self {
        case .documentTypeDeclaration:
            return "it declares a document type (DTD), which is not allowed here: DTDs can pull in outside files or expand without end"
        case let .malformed(message, line):
            return "it is not well-formed XML (line \(line): \(message))"
        case .writerFailed:
            return "the XML could not be written"
        }
    }
}
