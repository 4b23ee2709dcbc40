import FellowshipSupport
import PSF
import TextAnalysis

/// The cue phrases of `Resources/lexicon/cues.yaml`, analysed into stem sequences ready for matching.
public struct CueLexicon: Sendable, Equatable {
    /// What a phrase is evidence of.
    public enum Target: Sendable, Hashable {
        case dimension(DimensionCode)
        /// A tie to teaching or learning: who learns (`learners`) or what happens (`teaching`).
        case learners
        case teaching

        /// A number for ordering and keys (string interpolation of an enum goes through reflection, which is slow).
        var key: Int {
            switch self {
            case .dimension(let code): return code.order
            case .learners: return 15
            case .teaching: return 16
            }
        }
    }

    /// One phrase: its stems, what it points to, and its weight.
    public struct Cue: Sendable, Hashable {
        public var stems: [String]
        public var phrase: String
        public var target: Target
        public var weight: Double
    }

    /// Cues keyed by their first stem, for matching in one pass.
    let cuesByFirstStem: [String: [Cue]]
    /// Every cue, for reports.
    public let cues: [Cue]

    static let weights: [String: Double] = ["strong": 1.0, "medium": 0.6, "weak": 0.3]

    /// The bundled lexicon, loaded once: packed at build time with each phrase's stems, so start-up neither parses
    /// YAML nor runs the stemmer.
    public static let bundled: CueLexicon = loadBundled()

    /// Loads the bundled lexicon afresh (the benchmark measures this; everything else uses ``bundled``).
    package static func loadBundled() -> CueLexicon {
        BundledData.load("cue lexicon") { try CueLexicon(packed: EmbeddedLexicon.packedCues) }
    }

    /// Reads a lexicon file (same shape as the bundled one).
    public init(yaml text: String, file: String) throws {
        let raw = try YAMLLoader.decode(LexiconFile.self, from: text, file: file)
        let analyser = Analyser()
        var candidates: [Cue] = []
        func add(_ groups: [String: [String]], target: Target, path: String) throws {
            for (strength, phrases) in groups.sorted(by: { $0.key < $1.key }) {
                guard let weight = Self.weights[strength] else {
                    throw InputError("‘\(strength)’ under \(path) is not a strength", at: SourceLocation(file: file),
                                     hint: "use strong, medium or weak")
                }
                for phrase in phrases {
                    candidates.append(Cue(stems: analyser.tokens(in: phrase).map(\.stem), phrase: phrase, target: target, weight: weight))
                }
            }
        }
        for (kind, groups) in raw.link.sorted(by: { $0.key < $1.key }) {
            guard let target = Self.linkTarget(kind) else {
                throw InputError("‘\(kind)’ under link is not a kind of link", at: SourceLocation(file: file), hint: "use learners or teaching")
            }
            try add(groups, target: target, path: "link")
        }
        for (code, groups) in raw.dimensions.sorted(by: { $0.key < $1.key }) {
            guard let dimension = DimensionCode(parsing: code) else {
                throw InputError("‘\(code)’ is not a PSF 2023 dimension code", at: SourceLocation(file: file),
                                 hint: "use one of V1–V5, K1–K5 or A1–A5")
            }
            try add(groups, target: .dimension(dimension), path: code)
        }
        self.init(candidates: candidates)
    }

    /// The target of a kind of link (`learners` or `teaching`).
    static func linkTarget(_ kind: String) -> Target? {
        switch kind {
        case "learners": return .learners
        case "teaching": return .teaching
        default: return nil
        }
    }

    /// The lexicon from every phrase as listed: link kinds, then dimension codes, each in key order, strengths in
    /// name order, phrases in file order. Both ways in, YAML and packed, come through here, so they order cues alike.
    init(candidates: [Cue]) {
        // Keep the strongest weight when a phrase is listed twice for the same target (the first of equals).
        struct Key: Hashable {
            var target: Int
            var stems: [String]
        }
        var best: [Key: Cue] = [:]
        best.reserveCapacity(candidates.count)
        for cue in candidates where !cue.stems.isEmpty {
            let key = Key(target: cue.target.key, stems: cue.stems)
            if let existing = best[key], existing.weight >= cue.weight { continue }
            best[key] = cue
        }
        cues = best.values.sorted { ($0.phrase, $0.target.key) < ($1.phrase, $1.target.key) }
        cuesByFirstStem = Dictionary(grouping: cues, by: { $0.stems[0] })
            .mapValues { $0.sorted { $0.stems.count > $1.stems.count } }
    }
}

private struct LexiconFile: Decodable {
    var link: [String: [String: [String]]]
    var dimensions: [String: [String: [String]]]
}

func bundledText(_ path: String) throws -> String {
    guard let file = EmbeddedResources.files.first(where: { $0.path == path }) else {
        throw InputError("the bundled file \(path) is missing from this build")
    }
    return file.text
}
