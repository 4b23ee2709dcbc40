import Foundation
import Reporting
import XMLSupport

/// The package parts around the document body: content types, relationships, settings, fonts, properties, comments.
enum DOCXParts {
    private static let packageNS = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(hasComments: Bool, hasCustom: Bool = false) throws -> Data {
        let writer = try DOCXRenderer.writer()
        writer.element("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"]) {
            writer.element("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
            writer.element("Default", ["Extension": "xml", "ContentType": "application/xml"])
            let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
            var overrides: [(String, String)] = [
                ("/word/document.xml", "\(wordML).document.main+xml"),
                ("/word/styles.xml", "\(wordML).styles+xml"),
                ("/word/settings.xml", "\(wordML).settings+xml"),
                ("/word/fontTable.xml", "\(wordML).fontTable+xml"),
                ("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
                ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
            ]
            if hasComments { overrides.append(("/word/comments.xml", "\(wordML).comments+xml")) }
            if hasCustom { overrides.append(("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml")) }
            for (part, type) in overrides { writer.element("Override", ["PartName": part, "ContentType": type]) }
        }
        return try writer.finish()
    }

    static func packageRelationships(hasCustom: Bool = false) throws -> Data {
        var list = [
            ("rId1", "\(officeRel)/officeDocument", "word/document.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("rId3", "\(officeRel)/extended-properties", "docProps/app.xml"),
        ]
        if hasCustom { list.append(("rId4", "\(officeRel)/custom-properties", "docProps/custom.xml")) }
        return try relationships(list)
    }

    static func documentRelationships(hasComments: Bool) throws -> Data {
        var list = [
            ("rId1", "\(officeRel)/styles", "styles.xml"),
            ("rId2", "\(officeRel)/settings", "settings.xml"),
            ("rId3", "\(officeRel)/fontTable", "fontTable.xml"),
            ("rId4", "\(officeRel)/theme", "theme/theme1.xml"),
        ]
        if hasComments { list.append(("rId5", "\(officeRel)/comments", "comments.xml")) }
        return try relationships(list)
    }

    private static func relationships(_ list: [(String, String, String)]) throws -> Data {
        let writer = try DOCXRenderer.writer()
        writer.element("Relationships", ["xmlns": packageNS]) {
            for (id, type, target) in list { writer.element("Relationship", ["Id": id, "Type": type, "Target": target]) }
        }
        return try writer.finish()
    }

    static func settings() throws -> Data {
        let writer = try DOCXRenderer.writer()
        DOCXRenderer.root(writer, "w:settings") {
            writer.element("w:defaultTabStop", ["w:val": "567"])
            writer.element("w:characterSpacingControl", ["w:val": "doNotCompress"])
            writer.element("w:compat") {
                writer.element("w:compatSetting", ["w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word",
                                                   "w:val": "15"])
            }
            writer.element("w:themeFontLang", ["w:val": "en-GB"])
        }
        return try writer.finish()
    }

    static func fontTable() throws -> Data {
        let writer = try DOCXRenderer.writer()
        DOCXRenderer.root(writer, "w:fonts") {
            writer.element("w:font", ["w:name": "Calibri"]) {
                writer.element("w:panose1", ["w:val": "020F0502020204030204"])
                writer.element("w:charset", ["w:val": "00"])
                writer.element("w:family", ["w:val": "swiss"])
                writer.element("w:pitch", ["w:val": "variable"])
            }
        }
        return try writer.finish()
    }

    static func comments(_ comments: [ReportDocument.Comment]) throws -> Data {
        let writer = try DOCXRenderer.writer()
        DOCXRenderer.root(writer, "w:comments") {
            for (index, comment) in comments.enumerated() {
                writer.element("w:comment", ["w:id": String(index), "w:author": comment.author, "w:date": "2024-01-01T00:00:00Z",
                                             "w:initials": "fc"]) {
                    DOCXRenderer.paragraph(writer, style: "CommentText") {
                        writer.element("w:r") {
                            writer.element("w:rPr") { writer.element("w:rStyle", ["w:val": "CommentReference"]) }
                            writer.element("w:annotationRef")
                        }
                        DOCXRenderer.run(writer, comment.text)
                    }
                }
            }
        }
        return try writer.finish()
    }

    static func core(_ metadata: DOCXRenderer.Metadata) throws -> Data {
        let writer = try DOCXRenderer.writer()
        writer.element("cp:coreProperties", [
            "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/", "xmlns:dcterms": "http://purl.org/dc/terms/",
            "xmlns:dcmitype": "http://purl.org/dc/dcmitype/", "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        ]) {
            writer.element("dc:title", text: metadata.title)
            writer.element("dc:creator", text: metadata.author)
            writer.element("dc:language", text: "en-GB")
            writer.element("cp:lastModifiedBy", text: metadata.author)
            // A fixed date keeps exports byte-for-byte reproducible.
            writer.element("dcterms:created", ["xsi:type": "dcterms:W3CDTF"], text: "2024-01-01T00:00:00Z")
            writer.element("dcterms:modified", ["xsi:type": "dcterms:W3CDTF"], text: "2024-01-01T00:00:00Z")
        }
        return try writer.finish()
    }

    static func app(_ metadata: DOCXRenderer.Metadata) throws -> Data {
        let writer = try DOCXRenderer.writer()
        writer.element("Properties", ["xmlns": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
                                      "xmlns:vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"]) {
            writer.element("Application", text: "fellowship")
            writer.element("Words", text: String(metadata.words))
        }
        return try writer.finish()
    }

    /// Custom properties as text (`vt:lpwstr`), with Office's fixed format id and ids from 2, as Word writes them.
    static func custom(_ properties: [(name: String, value: String)]) throws -> Data {
        let writer = try DOCXRenderer.writer()
        writer.element("Properties", ["xmlns": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
                                      "xmlns:vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"]) {
            for (index, property) in properties.enumerated() {
                writer.element("property", ["fmtid": "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}", "pid": String(index + 2),
                                            "name": property.name]) {
                    writer.element("vt:lpwstr", text: property.value)
                }
            }
        }
        return try writer.finish()
    }

    /// The DrawingML theme, a fixed template from `Resources/templates/`.
    static var theme: String {
        EmbeddedResources.files.first { $0.path == "templates/docx-theme.xml" }?.text ?? ""
    }
}
