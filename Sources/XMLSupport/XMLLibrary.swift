import CLibXML2

/// libxml2 set-up, done once per process. `xmlCleanupParser()` is never called: other threads may still use it.
enum XMLLibrary {
    private static let initialised: Bool = {
        xmlInitParser()
        fellowship_xml_silence_errors()
        return true
    }()

    static func ensureInitialised() {
        _ = initialised
    }
}

/// Calls `body` with `text` as a NUL-terminated `xmlChar` pointer.
func withXMLString<Result>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
    text.withCString { pointer in
        pointer.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1, body)
    }
}

/// Copies a libxml2-owned string into Swift, freeing it afterwards.
func takeXMLString(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
    guard let pointer else { return nil }
    defer { fellowship_xml_free(pointer) }
    return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
}

/// Reads a libxml2 string it keeps ownership of.
func borrowXMLString(_ pointer: UnsafePointer<xmlChar>?) -> String? {
    guard let pointer else { return nil }
    return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
}
