import FellowshipSupport

extension AnalysisData {
    /// The data as one packed string (see `PackedText`): six records (spellings, ending rules, ending exceptions,
    /// expansions, stopwords, stem overrides), each a list of items; a pair's parts, or an expansion's words, are
    /// separated by U+001C. Written by the ResourceEmbedder, read back at start-up by ``init(packed:)``.
    package var packed: String {
        func pairs(_ values: [(String, String)]) -> String {
            PackedText.join(values.map { PackedText.join([$0.0, $0.1], by: PackedText.part) }, by: PackedText.item)
        }
        let records = [
            pairs(spellings.sorted { $0.key < $1.key }),
            pairs(endingRules.map { ($0.from, $0.to) }),
            PackedText.join(endingExceptions.sorted(), by: PackedText.item),
            PackedText.join(expansions.sorted { $0.key < $1.key }.map { PackedText.join([$0.key] + $0.value, by: PackedText.part) },
                            by: PackedText.item),
            PackedText.join(stopwords.sorted(), by: PackedText.item),
            pairs(stemOverrides.sorted { $0.key < $1.key }),
        ]
        return PackedText.join(records, by: PackedText.record)
    }

    /// Whether any word of the data holds a packing separator (the build refuses such data).
    package var holdsSeparator: Bool {
        let words = Array(spellings.keys) + spellings.values + endingRules.flatMap { [$0.from, $0.to] } + endingExceptions
            + expansions.keys + expansions.values.joined() + stopwords + stemOverrides.keys + stemOverrides.values
        return words.contains { PackedText.containsSeparator($0) }
    }

    /// Unpacks what ``packed`` wrote; nil if the text is not in that form.
    package init?(packed: String) {
        let records = PackedText.withBytes(of: packed) { bytes in
            bytes.split(bytes.all, by: PackedText.record).map { record in
                bytes.split(record, by: PackedText.item).map { item in bytes.split(item, by: PackedText.part).map(bytes.string) }
            }
        }
        guard records.count == 6 else { return nil }
        func items(_ record: Int) -> [[String]] { records[record] }
        func pairs(_ record: Int) -> [(String, String)]? {
            let all = items(record)
            guard all.allSatisfy({ $0.count == 2 }) else { return nil }
            return all.map { ($0[0], $0[1]) }
        }
        guard let spellings = pairs(0), let rules = pairs(1), let overrides = pairs(5) else { return nil }
        let expansions = items(3)
        guard expansions.allSatisfy({ !$0.isEmpty }) else { return nil }
        self.init(
            spellings: Dictionary(spellings, uniquingKeysWith: { first, _ in first }),
            endingRules: rules.map { EndingRule(from: $0.0, to: $0.1) },
            endingExceptions: Set(items(2).joined()),
            expansions: Dictionary(expansions.map { ($0[0], Array($0.dropFirst())) }, uniquingKeysWith: { first, _ in first }),
            stopwords: Set(items(4).joined()),
            stemOverrides: Dictionary(overrides, uniquingKeysWith: { first, _ in first })
        )
    }
}
