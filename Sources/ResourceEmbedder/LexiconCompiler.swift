import FellowshipSupport
import Tokenisation

/// `Resources/lexicon/cues.yaml` packed with each phrase's stems worked out at build time, for `CueLexicon.bundled`
/// in Mapping (which validates the packed records exactly as it validates a lexicon read from YAML).
///
/// Packed form: one record per phrase (U+001E); fields (U+001F): section (`link` or `dimensions`), key (a kind of
/// link or a dimension code), strength, the phrase, its stems (separated by U+001D). Records follow the file's
/// keys in sorted order and each list in file order, so the generated source is the same on every build.
struct LexiconCompiler {
    let analyser: Analyser

    private struct LexiconFile: Decodable {
        var link: [String: [String: [String]]]
        var dimensions: [String: [String: [String]]]
    }

    func compile(_ text: String) throws -> String {
        let file = try YAMLLoader.decode(LexiconFile.self, from: text, file: "lexicon/cues.yaml")
        var records: [String] = []
        for (section, groups) in [("link", file.link), ("dimensions", file.dimensions)] {
            for (key, strengths) in groups.sorted(by: { $0.key < $1.key }) {
                for (strength, phrases) in strengths.sorted(by: { $0.key < $1.key }) {
                    for phrase in phrases {
                        let stems = analyser.tokens(in: phrase).map(\.stem)
                        let written = [section, key, strength, phrase]
                        if (written + stems).contains(where: PackedText.containsSeparator) {
                            throw EmbedderFailure("lexicon/cues.yaml: ‘\(phrase)’ holds an invisible separator character (U+001C to U+001F); delete it")
                        }
                        records.append(PackedText.join(written + [PackedText.join(stems, by: PackedText.item)], by: PackedText.field))
                    }
                }
            }
        }
        return PackedText.join(records, by: PackedText.record)
    }
}
