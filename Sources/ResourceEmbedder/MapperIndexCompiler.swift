import FellowshipSupport
import Tokenisation

/// The mapper's view of every bundled bank entry, worked out at build time: the stems of the words of
/// `title + ". " + activity` that are not stopwords (as `ActivityMapper` indexes an entry), so start-up neither
/// tokenises nor stems the bank. Mapping reads it back in `BundledBankIndex`.
///
/// Packed form (U+001E between records): the entry ids (U+001F between them), then the vocabulary (each distinct
/// stem once, in order of first appearance, U+001F between them), then one record per entry: its stems as decimal
/// positions in the vocabulary, U+001F between them.
struct MapperIndexCompiler {
    let analyser: Analyser

    func compile(_ entries: [(id: String, title: String, activity: String)]) throws -> String {
        var vocabulary: [String] = []
        var positions: [String: Int] = [:]
        var documents: [String] = []
        for entry in entries {
            // Trimmed as BankEntry(record:) trims them.
            let stems = analyser.tokens(in: entry.title.trimmed + ". " + entry.activity.trimmed).filter { !$0.isStopword }.map(\.stem)
            var ids: [String] = []
            for stem in stems {
                if PackedText.containsSeparator(stem) {
                    throw EmbedderFailure("bank entry \(entry.id): a word holds an invisible separator character (U+001C to U+001F)")
                }
                let position: Int
                if let known = positions[stem] {
                    position = known
                } else {
                    position = vocabulary.count
                    positions[stem] = position
                    vocabulary.append(stem)
                }
                ids.append(String(position))
            }
            documents.append(PackedText.join(ids, by: PackedText.field))
        }
        let records = [PackedText.join(entries.map { $0.id.trimmed }, by: PackedText.field), PackedText.join(vocabulary, by: PackedText.field)]
            + documents
        return PackedText.join(records, by: PackedText.record)
    }
}
