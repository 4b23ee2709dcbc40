import Foundation
import ZIPFoundation

/// Word documents made in the tests: a package around a body written as WordprocessingML, and raw zips crafted
/// byte by byte for the attacks a real writer would never produce.
enum TestDocuments {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// `styles.xml` with Word's built-in ids and names, plus a bold style without an outline level.
    static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles xmlns:w="\(w)">
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
    <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="SectionHead"><w:name w:val="Section head"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="My heading"/><w:basedOn w:val="Heading2"/></w:style>
    <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>
    <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
    </w:styles>
    """

    /// A paragraph: `style` is a style id; `runs` is inner XML (use ``run(_:bold:)``).
    static func paragraph(_ runs: String, style: String? = nil, properties: String = "") -> String {
        let styleXML = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        return "<w:p><w:pPr>\(styleXML)\(properties)</w:pPr>\(runs)</w:p>"
    }

    static func run(_ text: String, bold: Bool = false) -> String {
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        return "<w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")<w:t xml:space=\"preserve\">\(escaped)</w:t></w:r>"
    }

    /// A plain paragraph of text.
    static func text(_ text: String, style: String? = nil) -> String {
        paragraph(run(text), style: style)
    }

    /// A whole `.docx` around `body` (inner XML of `w:body`), with styles, core properties and optional comments.
    static func docx(body: String, title: String? = nil, creator: String? = nil, comments: String? = nil,
                     extraParts: [(String, String)] = [],
                     mainType: String = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml") throws -> Data {
        var parts: [(String, String)] = []
        let commentsType = comments == nil ? "" :
            "<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"
        parts.append(("[Content_Types].xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
        <Default Extension="xml" ContentType="application/xml"/>
        <Override PartName="/word/document.xml" ContentType="\(mainType)"/>
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
        \(commentsType)
        </Types>
        """))
        parts.append(("_rels/.rels", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
        </Relationships>
        """))
        let commentsRelationship = comments == nil ? "" :
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>"
        parts.append(("word/_rels/document.xml.rels", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
        \(commentsRelationship)
        </Relationships>
        """))
        parts.append(("word/document.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(w)"><w:body>\(body)<w:sectPr/></w:body></w:document>
        """))
        parts.append(("word/styles.xml", styles))
        parts.append(("docProps/core.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">\(title.map { "<dc:title>\($0)</dc:title>" } ?? "")\(creator.map { "<dc:creator>\($0)</dc:creator>" } ?? "")</cp:coreProperties>
        """))
        if let comments {
            parts.append(("word/comments.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"\(w)\">\(comments)</w:comments>"))
        }
        parts.append(contentsOf: extraParts)
        return try zip(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    /// A zip made with ZIPFoundation (deflated entries).
    static func zip(_ entries: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
            }
        }
        return archive.data ?? Data()
    }

    /// Raw DEFLATE data for `data`, as a zip entry holds it.
    static func deflated(_ data: Data) throws -> Data {
        var output = Data()
        _ = try Data.compress(size: Int64(data.count), bufferSize: 64 * 1024, provider: { position, size in
            data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
        }, consumer: { output.append($0) })
        return output
    }

    /// One entry of a crafted zip: the bytes as stored, and what the headers claim.
    struct RawEntry {
        var path: String
        var stored: Data
        var method: UInt16 = 0
        var crc: UInt32
        var uncompressedSize: UInt32
        var flags: UInt16 = 0

        /// An uncompressed entry.
        static func stored(_ path: String, _ data: Data) -> RawEntry {
            RawEntry(path: path, stored: data, crc: data.crc32(checksum: 0), uncompressedSize: UInt32(data.count))
        }

        /// A deflated entry whose header may claim a different size.
        static func deflated(_ path: String, _ data: Data, claimedSize: UInt32? = nil) throws -> RawEntry {
            RawEntry(path: path, stored: try TestDocuments.deflated(data), method: 8, crc: data.crc32(checksum: 0),
                     uncompressedSize: claimedSize ?? UInt32(data.count))
        }
    }

    /// A zip written byte by byte (local headers, central directory, end record), for archives no writer makes.
    static func rawZip(_ entries: [RawEntry]) -> Data {
        var body = Data()
        var directory = Data()
        func append16(_ value: UInt16, to data: inout Data) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        func append32(_ value: UInt32, to data: inout Data) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        for entry in entries {
            let name = Data(entry.path.utf8)
            let offset = UInt32(body.count)
            append32(0x0403_4B50, to: &body)
            append16(20, to: &body); append16(entry.flags, to: &body); append16(entry.method, to: &body)
            append16(0, to: &body); append16(0x5821, to: &body)
            append32(entry.crc, to: &body); append32(UInt32(entry.stored.count), to: &body); append32(entry.uncompressedSize, to: &body)
            append16(UInt16(name.count), to: &body); append16(0, to: &body)
            body.append(name)
            body.append(entry.stored)
            append32(0x0201_4B50, to: &directory)
            append16(0x031E, to: &directory); append16(20, to: &directory); append16(entry.flags, to: &directory); append16(entry.method, to: &directory)
            append16(0, to: &directory); append16(0x5821, to: &directory)
            append32(entry.crc, to: &directory); append32(UInt32(entry.stored.count), to: &directory); append32(entry.uncompressedSize, to: &directory)
            append16(UInt16(name.count), to: &directory); append16(0, to: &directory); append16(0, to: &directory)
            append16(0, to: &directory); append16(0, to: &directory); append32(0o100644 << 16, to: &directory)
            append32(offset, to: &directory)
            directory.append(name)
        }
        var end = Data()
        append32(0x0605_4B50, to: &end)
        append16(0, to: &end); append16(0, to: &end)
        append16(UInt16(min(entries.count, 0xFFFF)), to: &end); append16(UInt16(min(entries.count, 0xFFFF)), to: &end)
        append32(UInt32(directory.count), to: &end); append32(UInt32(body.count), to: &end)
        append16(0, to: &end)
        return body + directory + end
    }

    /// A minimal valid package (content types, relationships, a one-paragraph document) as raw entries, to add to.
    static func minimalEntries(document: String? = nil) -> [RawEntry] {
        let archive: Archive
        do {
            archive = try Archive(data: try Self.docx(body: text("Context statement", style: "Heading1") + text("I run the first-year practical.")),
                                  accessMode: .read)
        } catch {
            return []
        }
        return archive.compactMap { entry -> RawEntry? in
            var data = Data()
            _ = try? archive.extract(entry) { data.append($0) }
            if entry.path == "word/document.xml", let document { data = Data(document.utf8) }
            return .stored(entry.path, data)
        }
    }
}
