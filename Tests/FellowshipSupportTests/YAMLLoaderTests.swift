import Foundation
import Testing
@testable import FellowshipSupport

private struct Sample: Decodable {
    var name: String
    var count: Int
    var items: [String]
}

private struct Picky: Decodable {
    var level: String
    enum CodingKeys: String, CodingKey { case level }
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        level = try container.decode(String.self, forKey: .level)
        if level != "D1" {
            throw DecodingError.invalid("‘\(level)’ is not a level", hint: "use D1", at: container.codingPath + [CodingKeys.level])
        }
    }
}

@Suite("YAML loading with positions")
struct YAMLLoaderTests {
    @Test("decodes a valid document")
    func decodes() throws {
        let sample = try YAMLLoader.decode(Sample.self, from: "name: a\ncount: 2\nitems: [x, y]\n", file: "s.yaml")
        #expect(sample.name == "a")
        #expect(sample.items == ["x", "y"])
    }

    @Test("a syntax error points at its line and column")
    func syntaxError() {
        do {
            _ = try YAMLLoader.decode(Sample.self, from: "name: a\ncount: [1, 2\nitems: []\n", file: "s.yaml")
            Issue.record("accepted broken YAML")
        } catch let error as InputError {
            #expect(error.location?.file == "s.yaml")
            #expect((error.location?.line ?? 0) >= 2)
            #expect(error.hint != nil)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("a wrong type points at the value")
    func typeMismatch() throws {
        do {
            _ = try YAMLLoader.decode(Sample.self, from: "name: a\ncount: many\nitems: []\n", file: "s.yaml")
            Issue.record("accepted a word for a number")
        } catch let error as InputError {
            #expect(error.description.hasPrefix("s.yaml:2:8:"))
            #expect(error.cause.contains("count"))
        }
    }

    @Test("a missing key names the key")
    func missingKey() throws {
        do {
            _ = try YAMLLoader.decode(Sample.self, from: "name: a\nitems: []\n", file: "s.yaml")
            Issue.record("accepted a missing key")
        } catch let error as InputError {
            #expect(error.cause.contains("count"))
            #expect(error.location?.line == 1)
        }
    }

    @Test("a type's own validation error is placed at the value, with its hint")
    func semanticError() throws {
        do {
            _ = try YAMLLoader.decode(Picky.self, from: "# comment\nlevel: D9\n", file: "p.yaml")
            Issue.record("accepted D9")
        } catch let error as InputError {
            #expect(error.description == "p.yaml:2:8: ‘D9’ is not a level")
            #expect(error.hint == "use D1")
        }
    }

    @Test("an empty document is a plain error")
    func emptyDocument() {
        #expect(throws: InputError.self) { try YAMLLoader.decode(Sample.self, from: "", file: "e.yaml") }
    }
}

@Suite("Reading text files")
struct TextFileTests {
    @Test("invalid UTF-8 is located")
    func invalidUTF8() throws {
        let bytes: [UInt8] = Array("ok\nab".utf8) + [0xFF] + Array("c\n".utf8)
        do {
            _ = try TextFile.decode(Data(bytes), file: "x.md")
            Issue.record("accepted invalid UTF-8")
        } catch let error as InputError {
            #expect(error.location?.line == 2)
            #expect(error.location?.column == 3)
        }
    }

    @Test("a byte-order mark is dropped")
    func byteOrderMark() throws {
        #expect(try TextFile.decode(Data([0xEF, 0xBB, 0xBF] + Array("hi".utf8)), file: "x") == "hi")
    }

    @Test("a missing file and a folder are plain errors")
    func missingFile() {
        #expect(throws: InputError.self) { try TextFile.read("/nonexistent/claim.md") }
        #expect(throws: InputError.self) { try TextFile.read(NSTemporaryDirectory()) }
    }
}

@Suite("Atomic writing")
struct AtomicFileTests {
    @Test("writes, and refuses to overwrite a protected input")
    func writesAndProtects() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("out.txt").path
        try AtomicFile.write("one", to: target)
        try AtomicFile.write("two", to: target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "two")
        #expect(throws: InputError.self) { try AtomicFile.write("x", to: target, protecting: [target]) }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "two")
        #expect(throws: InputError.self) { try AtomicFile.write("x", to: folder.appendingPathComponent("no/such.txt").path) }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}

@Suite("Wrapping")
struct TextWrappingTests {
    @Test("no line exceeds the width and no word is lost")
    func wraps() {
        let text = "I run the bench induction on the Class II safety cabinets for second-year microbiology students"
        let lines = TextWrapping.wrap(text, width: 30, indent: "  ")
        #expect(lines.allSatisfy { $0.count <= 30 })
        #expect(lines.joined(separator: " ").split(separator: " ").joined(separator: " ") == text)
    }
}
