import FellowshipSupport
import Tokenisation

/// `Resources/lexicon/cues.yaml` packed with each phrase's stems worked out at build time, for `CueLexicon.bundled`
/// in Mapping, which reads the records back through the same validation, de-duplication and ordering as a lexicon
/// read from YAML.
///
/// Packed form: one record per phrase (U+001E); fields (U+001F): section (`link` or `dimensions`), key (a kind of
/// link or a dimension code), strength, the phrase, its stems (separated by U+001D).
///
/// The records are the cues `CueLexicon` keeps, already de-duplicated and in its order (phrase, then target), so
/// start-up finds nothing to drop and its sort finds the list sorted. This repeats CueLexicon's rules (targets'
/// numbers, weights, the strongest or first of a repeated phrase); a test holds the bundled lexicon equal to one
/// read from the YAML at run time, so the two cannot drift apart unnoticed. A file with anything CueLexicon would
/// refuse is packed as written, in file order, for start-up to refuse it the same way.
struct LexiconCompiler {
    let analyser: Analyser

    private struct LexiconFile: Decodable {
        var link: [String: [String: [String]]]
        var dimensions: [String: [String: [String]]]
    }

    /// One phrase as listed, with what CueLexicon makes of it (nil where it would refuse it).
    private struct Candidate {
        var fields: [String]
        var stems: [String]
        var target: Int?
        var weight: Double?
        var phrase: String { fields[3] }
    }

    /// CueLexicon's numbering of targets: the dimensions in framework order, then learners and teaching.
    private static let codes = ["V1", "V2", "V3", "V4", "V5", "K1", "K2", "K3", "K4", "K5", "A1", "A2", "A3", "A4", "A5"]
    private static let weights: [String: Double] = ["strong": 1.0, "medium": 0.6, "weak": 0.3]

    private static func target(section: String, key: String) -> Int? {
        if section == "link" { return key == "learners" ? 15 : key == "teaching" ? 16 : nil }
        return codes.firstIndex(of: key) ?? codes.firstIndex(of: key.trimmed.uppercased())
    }

    func compile(_ text: String) throws -> String {
        let file = try YAMLLoader.decode(LexiconFile.self, from: text, file: "lexicon/cues.yaml")
        var candidates: [Candidate] = []
        for (section, groups) in [("link", file.link), ("dimensions", file.dimensions)] {
            for (key, strengths) in groups.sorted(by: { $0.key < $1.key }) {
                for (strength, phrases) in strengths.sorted(by: { $0.key < $1.key }) {
                    for phrase in phrases {
                        let stems = analyser.tokens(in: phrase).map(\.stem)
                        let written = [section, key, strength, phrase]
                        if (written + stems).contains(where: PackedText.containsSeparator) {
                            throw EmbedderFailure("lexicon/cues.yaml: ‘\(phrase)’ holds an invisible separator character (U+001C to U+001F); delete it")
                        }
                        candidates.append(Candidate(fields: written, stems: stems, target: Self.target(section: section, key: key),
                                                    weight: Self.weights[strength]))
                    }
                }
            }
        }
        return PackedText.join(Self.kept(candidates).map { candidate in
            PackedText.join(candidate.fields + [PackedText.join(candidate.stems, by: PackedText.item)], by: PackedText.field)
        }, by: PackedText.record)
    }

    /// The cues CueLexicon keeps, in its order; every candidate as listed if any would be refused.
    private static func kept(_ candidates: [Candidate]) -> [Candidate] {
        guard candidates.allSatisfy({ $0.target != nil && $0.weight != nil }) else { return candidates }
        struct Key: Hashable {
            var target: Int
            var stems: [String]
        }
        var best: [Key: Candidate] = [:]
        for candidate in candidates where !candidate.stems.isEmpty {
            let key = Key(target: candidate.target ?? 0, stems: candidate.stems)
            if let existing = best[key], (existing.weight ?? 0) >= (candidate.weight ?? 0) { continue }
            best[key] = candidate
        }
        return best.values.sorted { ($0.phrase, $0.target ?? 0) < ($1.phrase, $1.target ?? 0) }
    }
}
