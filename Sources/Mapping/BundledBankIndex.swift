import FellowshipSupport

/// The bundled bank as the mapper indexes it, worked out at build time by the ResourceEmbedder (its
/// MapperIndexCompiler): for each entry, the stems of its title and activity without stopwords, as positions in a
/// vocabulary. With it, building the mapper neither tokenises nor stems the bank.
struct BundledBankIndex: Sendable {
    /// The entry ids, in bank order: an entry uses its prepared stems only if its id is at the same position.
    var ids: [String]
    /// Each distinct stem once, in order of first appearance.
    var vocabulary: [String]
    /// Each entry's stems, as positions in `vocabulary`.
    var documents: [[Int]]

    /// The index compiled into this build; nil if it is missing or malformed (the mapper then analyses the bank).
    static let bundled: BundledBankIndex? = BundledBankIndex(packed: EmbeddedBankIndex.packed)

    /// Unpacks the form MapperIndexCompiler writes: ids, vocabulary, then one record per entry of decimal positions.
    init?(packed: String) {
        var text = packed
        // Scanned as bytes in one pass: this runs at every start-up.
        guard let parsed = text.withUTF8({ Self.parse($0) }) else { return nil }
        (ids, vocabulary, documents) = parsed
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (ids: [String], vocabulary: [String], documents: [[Int]])? {
        var records: [Range<Int>] = []
        var start = 0
        for index in 0..<bytes.count where bytes[index] == PackedText.record {
            records.append(start..<index)
            start = index + 1
        }
        records.append(start..<bytes.count)
        guard records.count >= 2 else { return nil }
        func strings(_ range: Range<Int>) -> [String] {
            guard !range.isEmpty else { return [] }
            var result: [String] = []
            var start = range.lowerBound
            for index in range where bytes[index] == PackedText.field {
                result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<range.upperBound]), as: UTF8.self))
            return result
        }
        let ids = strings(records[0])
        let vocabulary = strings(records[1])
        guard records.count - 2 == ids.count else { return nil }
        var documents: [[Int]] = []
        documents.reserveCapacity(ids.count)
        for range in records.dropFirst(2) {
            var document: [Int] = []
            var value = 0
            var digits = 0
            for index in range {
                let byte = bytes[index]
                if byte == PackedText.field {
                    guard digits > 0, value < vocabulary.count else { return nil }
                    document.append(value)
                    value = 0
                    digits = 0
                } else {
                    guard byte >= 0x30, byte <= 0x39, digits < 9 else { return nil }
                    value = value * 10 + Int(byte - 0x30)
                    digits += 1
                }
            }
            if !range.isEmpty {
                guard digits > 0, value < vocabulary.count else { return nil }
                document.append(value)
            }
            documents.append(document)
        }
        return (ids, vocabulary, documents)
    }
}
