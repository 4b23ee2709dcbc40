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
    /// YAML nor runs the stemmer (see ``init(packed:)``).
    public static let bundled: CueLexicon = BundledData.load("cue lexicon") {
        return try CueLexicon(packed: EmbeddedLexicon.packedCues)
    }

    /// Reads a lexicon file (same shape as the bundled one).
    public init(yaml text: String, file: String) throws {
        let raw = try YAMLLoader.decode(LexiconFile.self, from: text, file: file)
        let analyser = Analyser()
        try self.init(link: raw.link, dimensions: raw.dimensions, file: file) { analyser.tokens(in: $0).map(\.stem) }
    }

    /// Builds the lexicon from the file's two sections (kind or code → strength → phrases) and each phrase's stems.
    /// Both ways in, YAML and packed, come through here, so they validate and order cues alike.
    init(link: [String: [String: [String]]], dimensions: [String: [String: [String]]], file: String,
         stems: (String) -> [String]) throws {
        var cues: [Cue] = []
        func add(_ groups: [String: [String]], target: Target, path: String) throws {
            for (strength, phrases) in groups.sorted(by: { $0.key < $1.key }) {
                guard let weight = Self.weights[strength] else {
                    throw InputError("‘\(strength)’ under \(path) is not a strength", at: SourceLocation(file: file),
                                     hint: "use strong, medium or weak")
                }
                for phrase in phrases {
                    let stems = stems(phrase)
                    guard !stems.isEmpty else { continue }
                    cues.append(Cue(stems: stems, phrase: phrase, target: target, weight: weight))
                }
            }
        }
        for (kind, groups) in link.sorted(by: { $0.key < $1.key }) {
            guard kind == "learners" || kind == "teaching" else {
                throw InputError("‘\(kind)’ under link is not a kind of link", at: SourceLocation(file: file), hint: "use learners or teaching")
            }
            try add(groups, target: kind == "learners" ? .learners : .teaching, path: "link")
        }
        for (code, groups) in dimensions.sorted(by: { $0.key < $1.key }) {
            guard let dimension = DimensionCode(parsing: code) else {
                throw InputError("‘\(code)’ is not a PSF 2023 dimension code", at: SourceLocation(file: file),
                                 hint: "use one of V1–V5, K1–K5 or A1–A5")
            }
            try add(groups, target: .dimension(dimension), path: code)
        }
        // Keep the strongest weight when a phrase is listed twice for the same target.
        var best: [String: Cue] = [:]
        for cue in cues {
            let key = "\(cue.target.key)|" + cue.stems.joined(separator: " ")
            if let existing = best[key], existing.weight >= cue.weight { continue }
            best[key] = cue
        }
        self.cues = best.values.sorted { ($0.phrase, $0.target.key) < ($1.phrase, $1.target.key) }
        cuesByFirstStem = Dictionary(grouping: self.cues, by: { $0.stems[0] })
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
