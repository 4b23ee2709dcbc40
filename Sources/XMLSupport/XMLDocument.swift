import CLibXML2
import Foundation

/// A parsed XML document from untrusted input, read safely.
///
/// The network is never touched (`XML_PARSE_NONET`), entities are never substituted (no `NOENT`), no external DTD
/// is loaded (no `DTDLOAD`), size limits stay on (no `HUGE`), and any document that declares a DTD at all is
/// refused, which shuts out external entities (XXE) and entity loops ("billion laughs") before libxml2 sees them.
public final class XMLDocument {
    let pointer: xmlDocPtr

    /// Parses `data`. Throws ``XMLError`` for a DTD or malformed XML.
    public init(data: Data) throws(XMLError) {
        XMLLibrary.ensureInitialised()
        if Self.declaresDocumentType(data) { throw .documentTypeDeclaration }
        guard let context = xmlNewParserCtxt() else { throw .writerFailed }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed: xmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count <= Int(Int32.max) else { return nil }
            return xmlCtxtReadMemory(context, base.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, nil, options)
        }
        guard let document = parsed, context.pointee.wellFormed != 0 else {
            if let parsed { xmlFreeDoc(parsed) }
            let error = context.pointee.lastError
            let message = borrowXMLString(UnsafeRawPointer(error.message)?.assumingMemoryBound(to: xmlChar.self))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "unreadable"
            throw .malformed(message: message, line: Int(error.line))
        }
        if document.pointee.intSubset != nil || document.pointee.extSubset != nil {
            xmlFreeDoc(document)
            throw .documentTypeDeclaration
        }
        pointer = document
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The root element.
    public var root: XMLElement? {
        guard let node = xmlDocGetRootElement(pointer) else { return nil }
        return XMLElement(node: node, document: self)
    }

    /// A fast look for `<!DOCTYPE` in the prolog, before any parsing.
    static func declaresDocumentType(_ data: Data) -> Bool {
        let marker = Array("<!DOCTYPE".utf8)
        return data.withUnsafeBytes { raw -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.count >= marker.count else { return false }
            var index = 0
            while index <= bytes.count - marker.count {
                if bytes[index] == 0x3C {
                    var matches = true
                    for offset in 1..<marker.count where bytes[index + offset] != marker[offset] {
                        matches = false
                        break
                    }
                    if matches { return true }
                    // The DTD can only come before the root element: stop at the first start tag.
                    let next = bytes[index + 1]
                    if next != 0x3F && next != 0x21 { return false }
                }
                index += 1
            }
            return false
        }
    }
}

/// An element of an ``XMLDocument``. It keeps its document alive.
public struct XMLElement {
    let node: xmlNodePtr
    let document: XMLDocument

    /// The local name, without prefix.
    public var name: String {
        borrowXMLString(node.pointee.name) ?? ""
    }

    /// The namespace URI, if any.
    public var namespaceURI: String? {
        guard let namespace = node.pointee.ns else { return nil }
        return borrowXMLString(namespace.pointee.href)
    }

    /// The value of an attribute by local name, optionally in a namespace.
    public func attribute(_ name: String, namespace: String? = nil) -> String? {
        withXMLString(name) { namePointer in
            if let namespace {
                return withXMLString(namespace) { takeXMLString(xmlGetNsProp(node, namePointer, $0)) }
            }
            return takeXMLString(xmlGetNoNsProp(node, namePointer)) ?? takeXMLString(xmlGetProp(node, namePointer))
        }
    }

    /// Child elements, in document order.
    public var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(node: current, document: document)) }
            child = current.pointee.next
        }
        return result
    }

    /// Child elements with a given local name.
    public func children(named name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    /// The first child element with a given local name.
    public func child(named name: String) -> XMLElement? {
        children.first { $0.name == name }
    }

    /// All the text inside the element, concatenated.
    public var text: String {
        takeXMLString(xmlNodeGetContent(node)) ?? ""
    }

    /// Every descendant element, depth first, in document order.
    public func descendants(named name: String) -> [XMLElement] {
        var result: [XMLElement] = []
        func visit(_ element: XMLElement) {
            for child in element.children {
                if child.name == name { result.append(child) }
                visit(child)
            }
        }
        visit(self)
        return result
    }
}
