import Foundation
import Yams

/// Compiles bank YAML into a packed string unpacked by `BankFileRecord(packed:)` in the ExampleBank target,
/// so the bundled bank costs no YAML parsing at start-up. Only the shape is checked here; the meaning
/// (codes, roles, levels) is validated by `BankEntry.init(record:)`, the same code that checks overlay files.
struct BankCompiler {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let path: String
    let relative: String

    /// Separators of the packed form, from the outermost in; no bank text may contain them.
    static let entrySeparator = "\u{1E}", fieldSeparator = "\u{1F}", itemSeparator = "\u{1D}", partSeparator = "\u{1C}"

    /// The file as one line of the generated Swift: its path and its packed text.
    ///
    /// Packed form: the discipline (id, name, description) then each entry, separated by U+001E; an entry's fields
    /// in a fixed order separated by U+001F; list items by U+001D; parts of an item (code, strength, why) by U+001C.
    /// A string literal compiles in no time, where the same data as nested Swift initialisers took minutes to optimise.
    func compile(_ text: String) throws -> String {
        guard let root = try Yams.compose(yaml: text) else { throw failure("the file is empty", at: nil) }
        let discipline = try mapping(root, "discipline")
        var records = [[try string(discipline, "id"), try string(discipline, "name"), try string(discipline, "description")]
            .joined(separator: Self.fieldSeparator)]
        guard case .sequence(let entries)? = root["entries"] else { throw failure("‘entries’ should be a list", at: root) }
        for entry in entries {
            let dimensions = try list(entry, "dimensions").map { mapping in
                [try string(mapping, "code"), try string(mapping, "strength"), try string(mapping, "why")].joined(separator: Self.partSeparator)
            }
            let jargon = try list(entry, "jargon", optional: true).map { term in
                [try string(term, "term"), try string(term, "gloss")].joined(separator: Self.partSeparator)
            }
            let fields = [
                try string(entry, "id"), try string(entry, "title"), try string(entry, "activity"),
                try strings(entry, "roles").joined(separator: Self.itemSeparator), try string(entry, "level"),
                dimensions.joined(separator: Self.itemSeparator), try string(entry, "claim_phrasing"),
                try strings(entry, "impact_evidence").joined(separator: Self.itemSeparator),
                try strings(entry, "prompts").joined(separator: Self.itemSeparator),
                jargon.joined(separator: Self.itemSeparator),
                try strings(entry, "tags", optional: true).joined(separator: Self.itemSeparator),
            ]
            records.append(fields.joined(separator: Self.fieldSeparator))
        }
        return "        (path: \(SwiftLiteral.escaped(relative)), packed: \(SwiftLiteral.escaped(records.joined(separator: Self.entrySeparator)))),\n"
    }

    /// Each entry's id, title and activity as written, in file order: what the mapper indexes (see MapperIndexCompiler).
    func entryTexts(_ text: String) throws -> [(id: String, title: String, activity: String)] {
        guard let root = try Yams.compose(yaml: text) else { throw failure("the file is empty", at: nil) }
        guard case .sequence(let entries)? = root["entries"] else { throw failure("‘entries’ should be a list", at: root) }
        return try entries.map { (try string($0, "id"), try string($0, "title"), try string($0, "activity")) }
    }

    private func failure(_ message: String, at node: Node?) -> Failure {
        let mark = node?.mark.map { ":\($0.line):\($0.column)" } ?? ""
        return Failure(description: "\(path)\(mark): error: \(message)")
    }

    private func mapping(_ node: Node, _ key: String) throws -> Node {
        guard let value = node[key], case .mapping = value else { throw failure("‘\(key)’ should be a set of ‘key: value’ lines", at: node) }
        return value
    }

    private func string(_ node: Node, _ key: String) throws -> String {
        guard let value = node[key], case .scalar(let scalar) = value else { throw failure("‘\(key)’ is missing or not text", at: node) }
        return try checked(scalar.string, at: value)
    }

    private func checked(_ text: String, at node: Node) throws -> String {
        if text.unicodeScalars.contains(where: { (0x1C...0x1F).contains($0.value) }) {
            throw failure("the text holds an invisible separator character (U+001C to U+001F); delete it", at: node)
        }
        return text
    }

    private func list(_ node: Node, _ key: String, optional: Bool = false) throws -> [Node] {
        guard let value = node[key] else {
            if optional { return [] }
            throw failure("‘\(key)’ is missing", at: node)
        }
        guard case .sequence(let items) = value else { throw failure("‘\(key)’ should be a list", at: value) }
        return Array(items)
    }

    private func strings(_ node: Node, _ key: String, optional: Bool = false) throws -> [String] {
        try list(node, key, optional: optional).map { item -> String in
            guard case .scalar(let scalar) = item else { throw failure("items of ‘\(key)’ should be text", at: item) }
            return try checked(scalar.string, at: item)
        }
    }
}
