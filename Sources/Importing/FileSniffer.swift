import FellowshipSupport
import Foundation

/// What a file really is, from its first bytes rather than its name: people rename files, and mail systems do too.
enum FileSniffer {
    /// The kinds of file a claim might arrive as.
    enum Kind: Equatable {
        /// A zip package: a Word document, or something else zipped (an .odt, a workbook); the package says which.
        case zip
        /// An OLE compound file: an old Word 97–2003 .doc, or a password-protected Office document.
        case compoundFile(encrypted: Bool)
        case pdf
        case rtf
        /// Text, presumably a Markdown claim.
        case text
        /// Bytes that are none of the above.
        case binary
        case empty
    }

    /// The bytes read to decide (the OLE directory of a small file sits within them).
    static let headerLength = 64 * 1024

    static func kind(of header: Data) -> Kind {
        let bytes = [UInt8](header.prefix(8))
        if bytes.isEmpty { return .empty }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return .compoundFile(encrypted: holdsEncryptedPackage(header))
        }
        if bytes.starts(with: Array("%PDF".utf8)) { return .pdf }
        if bytes.starts(with: Array("{\\rtf".utf8)) { return .rtf }
        // Text has no NUL bytes; UTF-16 text (every other byte NUL) is not accepted either.
        return header.prefix(4096).contains(0) ? .binary : .text
    }

    /// Whether a compound file's directory names the `EncryptedPackage` stream Office uses for a password-protected
    /// document. Names in the directory are UTF-16LE, so the name is looked for in that form.
    static func holdsEncryptedPackage(_ data: Data) -> Bool {
        let name = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return data.withUnsafeBytes { raw -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.count >= name.count else { return false }
            var index = 0
            while index <= bytes.count - name.count {
                if bytes[index] == name[0] {
                    var matches = true
                    for offset in 1..<name.count where bytes[index + offset] != name[offset] {
                        matches = false
                        break
                    }
                    if matches { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// Whether the user named the file as a Word document.
    static func hasWordExtension(_ path: String) -> Bool {
        ["docx", "docm", "dotx", "dotm", "doc"].contains((path as NSString).pathExtension.lowercased())
    }

    /// The refusal for a file that is not a Word document at all, or nil when `kind` can be read.
    static func refusal(for kind: Kind, file: String) -> InputError? {
        let here = SourceLocation(file: file)
        switch kind {
        case .zip:
            return nil
        case .compoundFile(encrypted: true):
            return DOCXArchive.encrypted(file: file)
        case .compoundFile(encrypted: false):
            return InputError("this is an old-style Word document (.doc, Word 97–2003), not a .docx", at: here,
                              hint: "open it in Word or LibreOffice and save it as a Word Document (.docx), then try again")
        case .pdf:
            return InputError("this is a PDF, not a Word document: its text cannot be read reliably as a claim", at: here,
                              hint: "use the Word file the PDF was made from, or copy the text into a claim made with fellowship new")
        case .rtf:
            return InputError("this is a Rich Text (.rtf) file, not a Word document", at: here,
                              hint: "open it in Word or LibreOffice and save it as a Word Document (.docx), then try again")
        case .binary:
            return InputError("this file is neither a Word document nor a text claim", at: here,
                              hint: "give a .docx saved from Word, LibreOffice or Google Docs, or a Markdown claim")
        case .empty:
            return InputError("the file is empty", at: here, hint: "check that this is the file you meant")
        case .text:
            return InputError("this file is named as a Word document but holds plain text", at: here,
                              hint: "if it is a Markdown claim, rename it to .md; if it came from Word, save it again there as .docx")
        }
    }
}
