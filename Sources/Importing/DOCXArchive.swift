import FellowshipSupport
import Foundation
import ZIPFoundation

/// The zip package of a Word document, read in memory with limits, since a `.docx` is untrusted input.
///
/// Nothing is extracted to disk. The archive is refused when it is too large, holds too many entries, names a path
/// that climbs out of the package (`..`, `/etc/…`), or is encrypted; a part is refused while it is being inflated
/// as soon as it passes the total budget or the compression ratio (zip bombs), whatever its header claims.
final class DOCXArchive {
    /// The limits on what is read; tests lower them to exercise each one cheaply.
    struct Limits: Sendable {
        /// The largest archive accepted, in bytes.
        var archiveSize = 50 * 1_048_576
        /// The most that all the parts read may inflate to, together.
        var totalInflated = 200 * 1_048_576
        /// The highest ratio of inflated to compressed size for one part…
        var ratio = 100
        /// …applied once a part has inflated beyond this many bytes (small parts of repetitive XML compress well).
        var ratioFloor = 1_048_576
        /// The most entries an archive may hold.
        var entries = 10_000
    }

    let file: String
    let limits: Limits
    private let data: Data
    private let archive: Archive
    private var entries: [String: Entry] = [:]
    /// Bytes inflated so far, over every part read.
    private var inflated = 0

    /// Opens the package in `data` (the bytes of `file`), checking its size, its entry count and every entry's path.
    /// `path`, when given, is where those bytes are on disk, for ZIPFoundation to read its directory from.
    init(data: Data, file: String, path: String? = nil, limits: Limits = Limits()) throws {
        self.file = file
        self.limits = limits
        self.data = data
        guard data.count <= limits.archiveSize else { throw Self.tooLarge(data.count, file: file, limit: limits.archiveSize) }
        do {
            archive = try Self.open(data, path: path)
        } catch {
            throw InputError("the Word document is damaged: its zip directory cannot be read", at: SourceLocation(file: file),
                             hint: "open it in Word and save it again, then try once more")
        }
        var count = 0
        var declared: UInt64 = 0
        for entry in archive {
            count += 1
            guard count <= limits.entries else {
                throw InputError("the document's package holds more than \(limits.entries.formatted()) parts, far more than a Word document has",
                                 at: SourceLocation(file: file), hint: "check that this is the document you meant; it is not read")
            }
            let path = entry.path
            guard Self.isSafe(path) else {
                throw InputError("the document's package names a part outside itself (‘\(String(path.prefix(80)))’), as an attack would",
                                 at: SourceLocation(file: file), hint: "it is not read; open the original in Word and save a fresh copy")
            }
            if Self.isEncrypted(entry) {
                throw Self.encrypted(file: file)
            }
            // Checked entry by entry first, so the sum cannot overflow.
            guard entry.uncompressedSize <= UInt64(limits.totalInflated) else { throw zipBomb() }
            declared += entry.uncompressedSize
            if declared > UInt64(limits.totalInflated) { throw zipBomb() }
            if entries[path] == nil { entries[path] = entry }
        }
        // ZIPFoundation stops listing at the first encrypted (or unreadable) entry: fewer than the directory
        // declares means one of those.
        let directory = Mirror(reflecting: archive).descendant("endOfCentralDirectoryRecord", "totalNumberOfEntriesInCentralDirectory")
        if let declared = directory as? UInt16, declared != UInt16.max, count < Int(declared) {
            throw InputError("this document is encrypted (password-protected) or damaged: its parts cannot be listed",
                             at: SourceLocation(file: file), hint: "open it in Word, remove any password, save, and try again")
        }
        guard count > 0 else {
            throw InputError("the Word document is an empty package", at: SourceLocation(file: file),
                             hint: "open it in Word and save it again, then try once more")
        }
    }

    /// ZIPFoundation's reader over a real file. Its in-memory mode stops the process when a damaged directory points
    /// past the end of the data, where a file simply reads nothing; so the directory is read from the user's file
    /// itself, or, for bytes only in memory, from a private scratch copy in shared memory (`/dev/shm`, where there
    /// is one), removed as soon as it is open. Parts are never extracted: see ``part(_:)``.
    private static func open(_ data: Data, path: String?) throws -> Archive {
        if let path { return try Archive(url: URL(fileURLWithPath: path), accessMode: .read) }
        var isFolder: ObjCBool = false
        let memory = FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isFolder) && isFolder.boolValue
        let folder = memory ? URL(fileURLWithPath: "/dev/shm") : FileManager.default.temporaryDirectory
        let scratch = folder.appendingPathComponent(".fellowship-\(UUID().uuidString).docx")
        let descriptor = Foundation.open(scratch.path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard descriptor >= 0 else { throw DOCXArchiveError.noScratchFile }
        defer { unlink(scratch.path) }
        do {
            defer { close(descriptor) }
            try write(data, to: descriptor)
        }
        return try Archive(url: scratch, accessMode: .read)
    }

    private static func write(_ data: Data, to descriptor: Int32) throws {
        try data.withUnsafeBytes { raw in
            guard var base = raw.baseAddress else { return }
            var remaining = raw.count
            while remaining > 0 {
                let written = Foundation.write(descriptor, base, remaining)
                guard written > 0 else { throw DOCXArchiveError.noScratchFile }
                remaining -= written
                base += written
            }
        }
    }

    /// Whether the package has a part at `path` (as written in the zip, no leading slash).
    func contains(_ path: String) -> Bool {
        entries[path] != nil
    }

    /// Every part's path.
    var paths: [String] { Array(entries.keys) }

    /// The bytes of the part at `path`, inflated within the limits; nil when there is no such part.
    func part(_ path: String) throws -> Data? {
        guard let entry = entries[path], entry.type == .file else { return nil }
        let compressed = entry.compressedSize
        let declared = entry.uncompressedSize
        if declared > UInt64(limits.ratioFloor), declared / max(compressed, 1) > UInt64(limits.ratio) { throw zipBomb() }
        let raw = try rawBytes(of: entry)
        var output = Data()
        output.reserveCapacity(Int(min(declared, UInt64(limits.ratioFloor))))
        let budget = limits.totalInflated - inflated
        // The stored bytes are within the archive, so this cannot overflow.
        let ratioCeiling = limits.ratio * max(raw.count, 1)
        let consumer: Consumer = { [self] chunk in
            output.append(chunk)
            if output.count > budget { throw zipBomb() }
            if output.count > limits.ratioFloor && output.count > ratioCeiling { throw zipBomb() }
        }
        let checksum: CRC32
        do {
            if entry.isCompressed {
                // Fed only this part's own bytes, so a stream that runs past them stops instead of reading on; and
                // always a whole chunk (zero padding after the end), since the inflater is told every chunk is full.
                let chunkSize = 32 * 1024
                var padded = Data(raw)
                padded.append(Data(count: chunkSize))
                checksum = try Data.decompress(size: Int64(raw.count), bufferSize: chunkSize, skipCRC32: false,
                                               provider: { position, size in
                                                   guard position >= 0, position < raw.count, size <= chunkSize else {
                                                       throw DOCXArchiveError.truncated
                                                   }
                                                   return padded[Int(position)..<Int(position) + size]
                                               }, consumer: consumer)
            } else {
                try consumer(raw)
                checksum = raw.crc32(checksum: 0)
            }
        } catch let error as InputError {
            throw error
        } catch {
            throw damaged(path)
        }
        inflated += output.count
        guard checksum == entry.checksum else { throw damaged(path) }
        return output
    }

    /// The part's stored bytes. ZIPFoundation's own reader keeps feeding a deflate stream from the rest of the
    /// archive until it ends, and on Linux waits forever on one that never does; so the bytes are cut out here,
    /// using the offsets ZIPFoundation has already read from the directory.
    private func rawBytes(of entry: Entry) throws -> Data {
        let mirror = Mirror(reflecting: entry)
        guard let offset = mirror.descendant("centralDirectoryStructure", "relativeOffsetOfLocalHeader") as? UInt32,
              let nameLength = mirror.descendant("localFileHeader", "fileNameLength") as? UInt16,
              let extraLength = mirror.descendant("localFileHeader", "extraFieldLength") as? UInt16,
              let method = mirror.descendant("localFileHeader", "compressionMethod") as? UInt16 else {
            throw damaged(entry.path)
        }
        guard method == 0 || method == 8 else {
            throw InputError("a part of the document (\(entry.path)) is compressed in a way Word never uses", at: SourceLocation(file: file),
                             hint: "open it in Word and save it again, then try once more")
        }
        let start = Int(offset) + 30 + Int(nameLength) + Int(extraLength)
        let length = entry.isCompressed ? entry.compressedSize : entry.uncompressedSize
        guard offset != UInt32.max, length <= UInt64(data.count), start + Int(length) <= data.count,
              data[data.startIndex + Int(offset)..<data.startIndex + Int(offset) + 4].elementsEqual([0x50, 0x4B, 0x03, 0x04]) else {
            throw damaged(entry.path)
        }
        return data[(data.startIndex + start)..<(data.startIndex + start + Int(length))]
    }

    /// A path inside the package: relative, no `..`, no drive letter, no NUL.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("\\"), !path.contains("\0") else { return false }
        let parts = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        if parts.contains(where: { $0 == ".." }) { return false }
        if let first = parts.first, first.count == 2, first.last == ":" { return false }
        return true
    }

    private static func isEncrypted(_ entry: Entry) -> Bool {
        guard let flags = Mirror(reflecting: entry).descendant("centralDirectoryStructure", "generalPurposeBitFlag") as? UInt16 else {
            return false
        }
        return flags & 1 != 0
    }

    static func encrypted(file: String) -> InputError {
        InputError("this document is encrypted (password-protected)", at: SourceLocation(file: file),
                   hint: "open it in Word, remove the password, save, and try again")
    }

    static func tooLarge(_ size: Int, file: String, limit: Int) -> InputError {
        InputError("the file is too large to be a Word claim (\(size / 1_048_576) MB; the limit is \(limit / 1_048_576) MB)",
                   at: SourceLocation(file: file), hint: "check that this is the document you meant; a 7,000-word claim is well under 1 MB")
    }

    private func zipBomb() -> InputError {
        InputError("the document would unpack to far more than it holds (a zip bomb, or a damaged file), so it is not read",
                   at: SourceLocation(file: file), hint: "open the original in Word and save a fresh copy; if it came by email, check with its sender")
    }

    private func damaged(_ path: String) -> InputError {
        InputError("the Word document is damaged (its part \(path) cannot be read)", at: SourceLocation(file: file),
                   hint: "open it in Word and save it again, then try once more")
    }
}

/// Internal reasons a part stops being read.
enum DOCXArchiveError: Error {
    /// The deflate stream asked for more bytes than the part has.
    case truncated
    /// No scratch copy could be made for the zip directory.
    case noScratchFile
}
