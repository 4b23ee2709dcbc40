import Claims
import FellowshipSupport
import Foundation
import PSF

/// The one way every command reads a claim: a Markdown claim file, or a Word document (`.docx`), told apart by
/// what the file holds rather than its name.
///
/// A Word document is converted to claim Markdown in memory and read like any claim; every position then points
/// at the document's paragraphs (`draft.docx:¶42 (“I run the first-year…”)`), and `claim.convertedFrom` holds the
/// notes the conversion made (no sections recognised, say).
///
/// ```swift
/// let read = try ClaimSource.read("draft.docx", category: .fellow, scheme: nil)
/// let report = try Checker().check(read)
/// ```
public enum ClaimSource {
    /// Reads the claim at `path`. `category` and `scheme` override what the claim says; `keepComments` keeps a Word
    /// document's margin comments (as HTML comments in the Markdown, which checks ignore).
    public static func read(_ path: String, category: Category? = nil, scheme: String? = nil,
                            keepComments: Bool = false) throws -> ClaimReader.Result {
        guard let data = try wordData(at: path) else {
            return try ClaimReader.read(path, category: category, scheme: scheme)
        }
        return try importWord(data: data, file: path, path: path, category: category, scheme: scheme, keepComments: keepComments).result
    }

    /// Converts the Word document at `path` to claim Markdown (for `fellowship import`).
    public static func importWord(_ path: String, category: Category? = nil, scheme: String? = nil,
                                  keepComments: Bool = false) throws -> ImportedClaim {
        guard let data = try wordData(at: path) else {
            throw InputError("this is a text file, not a Word document", at: SourceLocation(file: path),
                             hint: "import reads .docx files; a Markdown claim can be checked as it is: fellowship check \(path)")
        }
        return try importWord(data: data, file: path, path: path, category: category, scheme: scheme, keepComments: keepComments)
    }

    /// Converts a Word document already in memory (`file` names it in messages).
    public static func importWord(data: Data, file: String, category: Category? = nil, scheme schemeName: String? = nil,
                                  keepComments: Bool = false) throws -> ImportedClaim {
        try importWord(data: data, file: file, path: nil, category: category, scheme: schemeName, keepComments: keepComments)
    }

    /// `data` is the file's content; `path`, when given, is where it is on disk (the zip directory is read there).
    private static func importWord(data: Data, file: String, path: String?, category: Category?, scheme schemeName: String?,
                                   keepComments: Bool) throws -> ImportedClaim {
        if let refusal = FileSniffer.refusal(for: FileSniffer.kind(of: data.prefix(FileSniffer.headerLength)), file: file) {
            throw refusal
        }
        let document = try WordDocument.read(data, file: file, path: path, keepComments: keepComments)
        let scheme: SchemeProfile
        do {
            scheme = try SchemeCatalogue.resolve(schemeName ?? document.properties.claimField("scheme"))
        } catch let error as InputError where schemeName == nil {
            throw error.located(in: file) // named by the document itself
        }
        let importer = ClaimImporter(file: file, scheme: scheme, categoryOverride: category, schemeName: schemeName)
        let imported = try importer.convert(document)
        do {
            var result = try ClaimReader.parse(imported.markdown, file: file, category: category, scheme: schemeName)
            result.claim = result.claim.relocated(by: imported.source)
            return ImportedClaim(markdown: imported.markdown, source: imported.source, sections: imported.sections,
                                 paragraphs: imported.paragraphs, result: result)
        } catch let error as InputError {
            throw imported.source.relocate(error)
        }
    }

    /// The bytes of the file when it must be read as a Word document (or refused as one), or nil for a text claim.
    ///
    /// Only the first bytes are read to decide, so a Markdown claim is read exactly as before, errors and all.
    private static func wordData(at path: String) throws -> Data? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil } // the text reader says what is wrong
        let header: Data
        do {
            defer { try? handle.close() }
            header = try handle.read(upToCount: FileSniffer.headerLength) ?? Data()
        } catch {
            return nil
        }
        let kind = FileSniffer.kind(of: header)
        switch kind {
        case .text, .empty, .binary:
            guard FileSniffer.hasWordExtension(path) else { return nil }
            throw FileSniffer.refusal(for: kind, file: path) ?? InputError("the file cannot be read", at: SourceLocation(file: path))
        case .zip, .compoundFile, .pdf, .rtf:
            if let refusal = FileSniffer.refusal(for: kind, file: path) { throw refusal }
        }
        let limit = DOCXArchive.Limits().archiveSize
        if let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber, size.intValue > limit {
            throw DOCXArchive.tooLarge(size.intValue, file: path, limit: limit)
        }
        return try TextFile.readData(path, sizeLimit: limit)
    }
}

/// A Word document converted to a claim: the Markdown (for `fellowship import` to write) and the claim read from it.
public struct ImportedClaim: Sendable {
    /// The claim file's text: front matter, then the Markdown body.
    public var markdown: String
    /// Where each line of `markdown` came from, and what the conversion noticed.
    public var source: ConvertedSource
    /// The headings recognised as the scheme's sections, in order.
    public var sections: [String]
    /// How many paragraphs with text the document has.
    public var paragraphs: Int
    /// The claim, with every position in the Word document.
    public var result: ClaimReader.Result

    /// What the conversion noticed, for the writer (no sections recognised, say).
    public var notes: [String] { source.notes }
}
