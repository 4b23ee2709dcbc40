import CLibXML2
import Foundation

/// Writes XML (or HTML5 in XML syntax) through libxml2's text writer, into memory.
///
/// All text and attribute values are escaped by libxml2 and stripped of characters XML forbids first.
/// Element and attribute names come from our own code, never from user input.
///
/// ```swift
/// let writer = XMLWriter()
/// writer.startDocument()
/// writer.element("w:p") { writer.element("w:t", ["xml:space": "preserve"], text: "Hello & welcome") }
/// let data = try writer.finish()
/// ```
public final class XMLWriter {
    /// How empty elements are closed.
    public enum Syntax: Sendable {
        /// `<a/>` for empty elements.
        case xml
        /// `<a></a>` for empty elements except HTML's void elements (`<br/>`), as HTML parsers need.
        case html
    }

    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private let syntax: Syntax
    private var openElements: [String] = []
    private var failed = false
    private var finished = false

    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// A writer into memory. Returns nil only when libxml2 cannot allocate.
    public init?(syntax: Syntax = .xml) {
        XMLLibrary.ensureInitialised()
        guard let buffer = xmlBufferCreate() else { return nil }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            return nil
        }
        self.buffer = buffer
        self.writer = writer
        self.syntax = syntax
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    private func check(_ result: Int32) {
        if result < 0 { failed = true }
    }

    /// `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`.
    public func startDocument(standalone: Bool = true) {
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", standalone ? "yes" : nil))
        // libxml2 ends the declaration without a newline before the root; add one for readability.
        check(xmlTextWriterWriteRaw(writer, "\n"))
    }

    /// Writes a raw, trusted, fixed string (a doctype of our own, say). Never pass user text here.
    public func raw(trusted text: StaticString) {
        check(xmlTextWriterWriteRaw(writer, text.utf8Start))
    }

    /// Opens an element.
    public func start(_ name: String) {
        openElements.append(name)
        check(withXMLString(name) { xmlTextWriterStartElement(writer, $0) })
    }

    /// Adds an attribute to the element just opened; the value is escaped.
    public func attribute(_ name: String, _ value: String) {
        let safe = XMLText.sanitised(value)
        check(withXMLString(name) { namePointer in
            withXMLString(safe) { xmlTextWriterWriteAttribute(writer, namePointer, $0) }
        })
    }

    /// Writes escaped text content.
    public func text(_ content: String) {
        let safe = XMLText.sanitised(content)
        check(withXMLString(safe) { xmlTextWriterWriteString(writer, $0) })
    }

    /// Closes the innermost open element.
    public func end() {
        guard let name = openElements.popLast() else {
            failed = true
            return
        }
        if syntax == .html && !Self.voidElements.contains(name) {
            check(xmlTextWriterFullEndElement(writer))
        } else {
            check(xmlTextWriterEndElement(writer))
        }
    }

    /// Writes a whole element: attributes in the order given, then optional text, then `content`.
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String? = nil,
                        _ content: () -> Void = {}) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        if let text { self.text(text) }
        content()
        end()
    }

    /// Same as ``element(_:_:text:_:)`` with attributes computed at run time (order kept).
    public func element(_ name: String, attributes: [(String, String)], text: String? = nil,
                        _ content: () -> Void = {}) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        if let text { self.text(text) }
        content()
        end()
    }

    /// Closes everything and returns the bytes. Throws if libxml2 reported any failure.
    public func finish() throws(XMLError) -> Data {
        if !finished {
            while !openElements.isEmpty { end() }
            check(xmlTextWriterEndDocument(writer))
            check(xmlTextWriterFlush(writer))
            finished = true
        }
        guard !failed, let content = xmlBufferContent(buffer) else { throw .writerFailed }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    /// ``finish()`` as a string.
    public func finishString() throws(XMLError) -> String {
        String(decoding: try finish(), as: UTF8.self)
    }
}
