import FellowshipSupport
import Foundation
import XMLSupport

/// A Word document opened from its package: the paragraphs of its main part, in order, and its properties.
///
/// The main part is found as Word finds it, through the package relationships; styles and comments through the
/// main part's own. Every XML part goes through the safe reader (no DTDs, no entities, no network).
struct WordDocument {
    var paragraphs: [WordParagraph]
    var properties: CoreProperties

    private static let wordML = "wordprocessingml"

    /// Reads the document in `data` (the bytes of `file`, found at `path` when it is on disk).
    static func read(_ data: Data, file: String, path: String? = nil, keepComments: Bool,
                     limits: DOCXArchive.Limits = .init()) throws -> WordDocument {
        let archive = try DOCXArchive(data: data, file: file, path: path, limits: limits)
        try refuseOtherPackages(archive, file: file)
        let package = try relationships(archive, of: "", file: file)
        let main = package.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "word/document.xml"
        guard archive.contains(main), try isWordDocument(main, in: archive, file: file) else {
            throw InputError("this is a zip archive, not a Word document", at: SourceLocation(file: file),
                             hint: "give a .docx saved from Word, LibreOffice or Google Docs")
        }
        let parts = try relationships(archive, of: main, file: file)
        func target(_ suffix: String, fallback: String) -> String {
            parts.first { $0.type.hasSuffix(suffix) }?.target ?? fallback
        }
        let styles = WordStyles(try xml(target("/styles", fallback: "word/styles.xml"), in: archive, file: file))
        let comments = keepComments ? WordComment.read(try xml(target("/comments", fallback: "word/comments.xml"), in: archive, file: file)) : [:]
        guard let document = try xml(main, in: archive, file: file) else {
            throw InputError("the Word document has no body", at: SourceLocation(file: file), hint: "open it in Word and save it again")
        }
        var reader = WordParagraphReader(styles: styles, comments: comments)
        reader.read(document: document)
        func property(_ suffix: String, _ fallback: String) throws -> XMLElement? {
            try xml(package.first { $0.type.hasSuffix(suffix) }?.target ?? fallback, in: archive, file: file)
        }
        let properties = CoreProperties(core: try property("/core-properties", "docProps/core.xml"),
                                        app: try property("/extended-properties", "docProps/app.xml"),
                                        custom: try property("/custom-properties", "docProps/custom.xml"))
        return WordDocument(paragraphs: reader.paragraphs, properties: properties)
    }

    /// An OpenDocument file, a workbook or a presentation is a zip too: say which, and what to do.
    private static func refuseOtherPackages(_ archive: DOCXArchive, file: String) throws {
        let here = SourceLocation(file: file)
        if archive.contains("mimetype"), let type = try archive.part("mimetype").map({ String(decoding: $0.prefix(200), as: UTF8.self) }),
           type.hasPrefix("application/vnd.oasis.opendocument") {
            let what = type.contains(".text") ? "an OpenDocument text file (.odt)" : "an OpenDocument file"
            throw InputError("this is \(what), not a Word document", at: here,
                             hint: "open it in LibreOffice or Word and save it as a Word Document (.docx), then try again")
        }
        if archive.contains("xl/workbook.xml") && !archive.contains("word/document.xml") {
            throw InputError("this is an Excel workbook, not a Word document", at: here, hint: "give the claim as a .docx")
        }
        if archive.contains("ppt/presentation.xml") && !archive.contains("word/document.xml") {
            throw InputError("this is a PowerPoint presentation, not a Word document", at: here, hint: "give the claim as a .docx")
        }
    }

    /// Whether `[Content_Types].xml` calls the main part a Word document (or says nothing about it).
    private static func isWordDocument(_ main: String, in archive: DOCXArchive, file: String) throws -> Bool {
        guard let types = try xml("[Content_Types].xml", in: archive, file: file) else { return main.hasSuffix(".xml") }
        let override = types.children.first { $0.name == "Override" && $0.attribute("PartName") == "/" + main }
        guard let type = override?.attribute("ContentType") else { return main.hasSuffix("document.xml") }
        return type.contains(wordML) || type.hasPrefix("application/vnd.ms-word.") // .docm and .dotm are Word too
    }

    struct Relationship {
        var type: String
        /// The target as a path inside the package.
        var target: String
    }

    /// The relationships of `part` (`""` for the package's own), with targets resolved to package paths.
    private static func relationships(_ archive: DOCXArchive, of part: String, file: String) throws -> [Relationship] {
        let folder = (part as NSString).deletingLastPathComponent
        let name = (part as NSString).lastPathComponent
        let path = part.isEmpty ? "_rels/.rels" : (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard let root = try xml(path, in: archive, file: file) else { return [] }
        return root.children.compactMap { element in
            guard element.name == "Relationship", element.attribute("TargetMode") != "External",
                  let type = element.attribute("Type"), let target = element.attribute("Target"),
                  let resolved = resolve(target, from: folder) else { return nil }
            return Relationship(type: type, target: resolved)
        }
    }

    /// `target` relative to `folder` (or from the root when it starts with `/`), or nil when it climbs out.
    static func resolve(_ target: String, from folder: String) -> String? {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(piece)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// The root element of the XML part at `path`, or nil when there is no such part.
    static func xml(_ path: String, in archive: DOCXArchive, file: String) throws -> XMLElement? {
        guard let data = try archive.part(path) else { return nil }
        do {
            return try XMLDocument(data: data).root
        } catch .documentTypeDeclaration {
            throw InputError("a part of the document (\(path)) declares a DTD, which Word never writes and attacks use "
                             + "(outside entities, endless entity expansion), so it is not read", at: SourceLocation(file: file),
                             hint: "open the original in Word and save a fresh copy; if it came by email, check with its sender")
        } catch {
            throw InputError("the Word document is damaged: \(path) \(error.description.replacingOccurrences(of: "it is", with: "is"))",
                             at: SourceLocation(file: file), hint: "open it in Word and save it again, then try once more")
        }
    }
}
