import Foundation
import Yams

/// Decodes YAML into our data types and turns every failure into an ``InputError`` that points at
/// `file:line:column`, whether the YAML does not parse or a value is of the wrong kind.
///
/// Types report their own semantic problems (an unknown code, a missing section) by throwing
/// `DecodingError.dataCorrupted` from `init(from:)`; the coding path is then traced back to the node's position.
public enum YAMLLoader {
    /// Decodes `text` (the contents of `file`) as a `T`.
    public static func decode<T: Decodable>(_ type: T.Type, from text: String, file: String) throws -> T {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw InputError("the file is empty", at: SourceLocation(file: file, line: 1, column: 1),
                                 hint: "it should hold YAML; see the README for an example")
            }
            root = node
        } catch let error as YamlError {
            throw inputError(for: error, file: file)
        }
        do {
            return try YAMLDecoder().decode(type, from: root)
        } catch let error as DecodingError {
            throw inputError(for: error, root: root, file: file)
        } catch let error as YamlError {
            throw inputError(for: error, file: file)
        } catch let error as InputError {
            throw error.located(in: file)
        }
    }

    /// Parses YAML into a node tree, with positions, for callers that walk it themselves.
    public static func compose(_ text: String, file: String) throws -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw inputError(for: error, file: file)
        }
    }

    /// The position of the node at `path` below `root`, or of the deepest node on the way that exists.
    public static func location(of path: [any CodingKey], in root: Node, file: String) -> SourceLocation {
        var node = root
        for key in path {
            guard let next = child(of: node, key: key) else { break }
            node = next
        }
        guard let mark = node.mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    private static func child(of node: Node, key: any CodingKey) -> Node? {
        switch node {
        case .mapping(let mapping):
            return mapping.first { $0.key.string == key.stringValue }?.value
        case .sequence(let sequence):
            guard let index = key.intValue, index >= 0, index < sequence.count else { return nil }
            return sequence[index]
        default:
            return nil
        }
    }

    static func inputError(for error: YamlError, file: String) -> InputError {
        let hint = "check the indentation and the colons on that line; text with a colon in it needs quotes"
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return InputError("the YAML cannot be read: \(problem)",
                              at: SourceLocation(file: file, line: mark.line, column: mark.column), hint: hint)
        case let .duplicatedKeysInMapping(duplicates, context):
            return InputError("a key appears twice: \(duplicates.joined(separator: ", "))",
                              at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                              hint: "keep one of them")
        case let .reader(problem, _, _, _):
            return InputError("the YAML cannot be read: \(problem)", at: SourceLocation(file: file, line: 1, column: 1),
                              hint: "save the file as UTF-8 text")
        default:
            return InputError("the YAML cannot be read", at: SourceLocation(file: file), hint: hint)
        }
    }

    static func inputError(for error: DecodingError, root: Node, file: String) -> InputError {
        switch error {
        case let .keyNotFound(key, context):
            return InputError("‘\(key.stringValue)’ is missing\(context.codingPath.isEmpty ? "" : " under ‘\(describe(context.codingPath))’")",
                              at: location(of: context.codingPath, in: root, file: file),
                              hint: "add a ‘\(key.stringValue):’ line here")
        case let .typeMismatch(type, context):
            return InputError("‘\(describe(context.codingPath))’ should be \(kind(of: type))",
                              at: location(of: context.codingPath, in: root, file: file),
                              hint: "text that contains ‘: ’ or starts with a symbol needs quotes; otherwise compare it with a bundled example")
        case let .valueNotFound(type, context):
            return InputError("‘\(describe(context.codingPath))’ has no value; it should be \(kind(of: type))",
                              at: location(of: context.codingPath, in: root, file: file),
                              hint: "fill it in or remove the line")
        case let .dataCorrupted(context):
            return InputError(context.debugDescription, at: location(of: context.codingPath, in: root, file: file),
                              hint: hint(from: context))
        @unknown default:
            return InputError("the file does not have the expected shape", at: SourceLocation(file: file))
        }
    }

    private static func hint(from context: DecodingError.Context) -> String {
        (context.underlyingError as? HintedProblem)?.hint ?? "compare it with a bundled example"
    }

    private static func describe(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "item \($0 + 1)" } ?? $0.stringValue }.joined(separator: " → ")
    }

    private static func kind(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "a set of ‘key: value’ lines" }
            return name.contains("String") ? "text" : "a value of another kind"
        }
    }
}

/// A hint carried inside `DecodingError.dataCorrupted` by a type that rejects a value while decoding.
public struct HintedProblem: Error, Sendable {
    public var hint: String
    public init(hint: String) { self.hint = hint }
}

extension DecodingError {
    /// A value that parsed but is not acceptable, with the plain cause and a hint for the user.
    public static func invalid(_ cause: String, hint: String, at path: [any CodingKey]) -> DecodingError {
        .dataCorrupted(Context(codingPath: path, debugDescription: cause, underlyingError: HintedProblem(hint: hint)))
    }
}
