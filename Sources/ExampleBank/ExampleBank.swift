import Foundation
import FellowshipSupport
import PSF
import Yams

/// The curated example bank: technician activities mapped to PSF 2023, with the reason for each mapping.
///
/// The bundled bank is compiled in from `Resources/bank/`. An institution can add its own files with
/// ``ExampleBank/loading(overlays:)`` (`--bank DIR` or `FELLOWSHIP_BANK`); they are validated the same way.
public struct ExampleBank: Sendable {
    /// Discipline contexts, in file order.
    public private(set) var disciplines: [Discipline]
    /// Every entry, grouped by discipline in file order.
    public private(set) var entries: [BankEntry]
    private var index: [String: Int]
    /// How many of the first entries are the bundled ones (overlays come after them). The mapper indexes these from
    /// the analysis done at build time instead of analysing them again.
    package private(set) var bundledCount = 0

    /// An empty bank.
    public init() {
        disciplines = []
        entries = []
        index = [:]
    }

    /// The bundled bank, built once on first use from records compiled into the binary (no YAML parsing).
    public static let bundled: ExampleBank = buildBundled()

    /// Builds the bundled bank afresh (the benchmark measures this; everything else uses ``bundled``).
    package static func buildBundled() -> ExampleBank {
        BundledData.load("example bank") {
            var bank = ExampleBank()
            for file in EmbeddedBank.files {
                guard let record = BankFileRecord(packed: file.packed) else {
                    throw InputError("the packed bank file is malformed", at: SourceLocation(file: file.path))
                }
                try bank.add(record, named: file.path, root: nil)
            }
            bank.bundledCount = bank.entries.count
            return bank
        }
    }

    /// The bundled bank plus every `.yaml` file in each overlay folder (for `--bank DIR` / `FELLOWSHIP_BANK`).
    public static func loading(overlays folders: [String]) throws -> ExampleBank {
        var bank = bundled
        for folder in folders {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
                throw InputError("the bank folder does not exist", at: SourceLocation(file: folder),
                                 hint: "give a folder of .yaml files, each with a discipline and its entries")
            }
            let files: [String]
            if isDirectory.boolValue {
                files = try FolderListing.files(in: folder, extensions: ["yaml", "yml"])
                if files.isEmpty {
                    throw InputError("the bank folder holds no .yaml files", at: SourceLocation(file: folder),
                                     hint: "add files shaped like Resources/bank/*.yaml (see Resources/bank/README.md)")
                }
            } else {
                files = [folder]
            }
            for file in files {
                try bank.add(yaml: try TextFile.read(file, sizeLimit: 5 * 1_048_576), named: file)
            }
        }
        return bank
    }

    /// Decodes one bank file from YAML and adds it; problems point at `file:line:column`.
    mutating func add(yaml text: String, named name: String) throws {
        let file = try YAMLLoader.decode(BankFileRecord.self, from: text, file: name)
        try add(file, named: name, root: try YAMLLoader.compose(text, file: name))
    }

    /// Validates a file's records and adds them, refusing ids and disciplines already in the bank.
    mutating func add(_ file: BankFileRecord, named name: String, root: Node?) throws {
        func location(_ path: [String]) -> SourceLocation {
            guard let root else { return SourceLocation(file: name) }
            return YAMLLoader.location(of: path.map(PathKey.init), in: root, file: name)
        }
        if disciplines.contains(where: { $0.id == file.discipline.id }) {
            throw InputError("the discipline id ‘\(file.discipline.id)’ is already in the bank", at: location(["discipline", "id"]),
                             hint: "give your discipline its own id, such as \(file.discipline.id)-local")
        }
        disciplines.append(file.discipline)
        for (position, record) in file.entries.enumerated() {
            let entry: BankEntry
            do {
                entry = try BankEntry(record: record, discipline: file.discipline.id)
            } catch {
                throw InputError(error.cause, at: location(["entries", String(position)] + error.path), hint: error.hint)
            }
            guard index[entry.id] == nil else {
                throw InputError("the entry id ‘\(entry.id)’ is used twice", at: location(["entries", String(position), "id"]),
                                 hint: "give each entry its own number")
            }
            index[entry.id] = entries.count
            entries.append(entry)
        }
    }

    /// The entry with `id`.
    public func entry(id: String) -> BankEntry? {
        index[id].map { entries[$0] }
    }

    /// The discipline with `id`.
    public func discipline(id: String) -> Discipline? {
        disciplines.first { $0.id == id }
    }

    /// Finds a discipline from any unambiguous part of its id or name, ignoring case (`engineering`, `Art`).
    public func resolveDiscipline(_ text: String) throws -> Discipline {
        let key = text.lowercased().trimmingCharacters(in: .whitespaces)
        if let exact = disciplines.first(where: { $0.id == key || $0.name.lowercased() == key }) { return exact }
        let matches = disciplines.filter { $0.id.contains(key) || $0.name.lowercased().contains(key) }
        if matches.count == 1 { return matches[0] }
        let known = disciplines.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
        if matches.isEmpty {
            throw InputError("no discipline matches ‘\(text)’", hint: "known disciplines: \(known)")
        }
        throw InputError("‘\(text)’ matches more than one discipline: \(matches.map(\.id).joined(separator: ", "))",
                         hint: "use more of the name, or one of the ids")
    }
}

/// A YAML path step: a key, or a list index written as digits.
private struct PathKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(_ step: String) {
        stringValue = step
        intValue = Int(step)
    }
    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { self.init(String(intValue)) }
}
