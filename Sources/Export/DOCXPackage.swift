import Foundation
import ZIPFoundation

/// The parts of a Word document zipped into a package, byte for byte the same on every run: fixed timestamps,
/// fixed part order (`[Content_Types].xml` first, as Office expects), fixed compression.
struct DOCXPackage {
    /// 1 January 2024, 00:00 UTC: every entry's date, so golden files stay identical.
    static let fixedDate = Date(timeIntervalSince1970: 1_704_067_200)

    var parts: [(path: String, data: Data)] = []

    mutating func add(_ path: String, _ data: Data) {
        parts.append((path, data))
    }

    func zipped() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let data = part.data
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Self.fixedDate,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
            }
        }
        guard let data = archive.data else { throw ExportError.packagingFailed }
        return data
    }
}

/// Why an export failed.
public enum ExportError: Error, CustomStringConvertible {
    case packagingFailed
    public var description: String { "the Word file could not be put together" }
}
