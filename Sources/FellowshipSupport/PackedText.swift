#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Data the ResourceEmbedder packs at build time into one string, so start-up unpacks it with a byte scan instead
/// of parsing YAML: records are separated by U+001E, fields by U+001F, list items by U+001D and parts of an item by
/// U+001C. No packed text may contain these characters (the embedder refuses such data).
///
/// Packing and unpacking live together here so that what the build writes is exactly what start-up reads.
public enum PackedText {
    /// The separators, from the outermost in.
    public static let record: UInt8 = 0x1E, field: UInt8 = 0x1F, item: UInt8 = 0x1D, part: UInt8 = 0x1C

    /// Whether `text` holds a separator, and so cannot be packed.
    public static func containsSeparator(_ text: some StringProtocol) -> Bool {
        text.utf8.contains { $0 >= 0x1C && $0 <= 0x1F }
    }

    /// `pieces` joined by `separator`.
    public static func join(_ pieces: some Sequence<String>, by separator: UInt8) -> String {
        pieces.joined(separator: String(UnicodeScalar(separator)))
    }

    /// Runs `body` over the UTF-8 bytes of `text` as a ``Bytes`` to split, without copying a native string.
    public static func withBytes<Result>(of text: String, _ body: (Bytes) throws -> Result) rethrows -> Result {
        var text = text
        return try text.withUTF8 { try body(Bytes(buffer: $0)) }
    }

    /// Packed bytes, split by position: no String indices, and `memchr` to find each separator.
    public struct Bytes {
        /// The bytes, valid only inside ``PackedText/withBytes(of:_:)``.
        public let buffer: UnsafeBufferPointer<UInt8>

        /// Every byte.
        public var all: Range<Int> { 0..<buffer.count }

        /// The pieces of `range` between `separator`s (an empty range gives no pieces; empty pieces are kept otherwise).
        public func split(_ range: Range<Int>, by separator: UInt8) -> [Range<Int>] {
            guard !range.isEmpty, let base = buffer.baseAddress else { return [] }
            var pieces: [Range<Int>] = []
            var start = range.lowerBound
            while let found = memchr(base + start, Int32(separator), range.upperBound - start) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                pieces.append(start..<index)
                start = index + 1
            }
            pieces.append(start..<range.upperBound)
            return pieces
        }

        /// The text of `range`.
        public func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        }
    }
}
