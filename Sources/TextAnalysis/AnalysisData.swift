import FellowshipSupport

/// Spelling variants, abbreviations and stopwords, compiled in from `Resources/text/`.
public struct AnalysisData: Sendable {
    /// Whole-word spelling folds (color → colour, practise → practice).
    public var spellings: [String: String]
    /// Ending rewrites (-ize → -ise), longest ending first.
    public var endingRules: [(from: String, to: String)]
    /// Words the ending rules leave alone (size, prize).
    public var endingExceptions: Set<String>
    /// Abbreviations and shorthand, each expanded to one or more words.
    public var expansions: [String: [String]]
    public var stopwords: Set<String>
    /// Stems fixed by hand where the stemmer would merge different meanings.
    public var stemOverrides: [String: String]

    /// The bundled data, loaded once.
    public static let bundled: AnalysisData = BundledData.load("text data") {
        let spelling = try YAMLLoader.decode(SpellingFile.self, from: try text("text/spelling.yaml"), file: "text/spelling.yaml")
        let abbreviations = try YAMLLoader.decode(AbbreviationFile.self, from: try text("text/abbreviations.yaml"),
                                                  file: "text/abbreviations.yaml")
        let stopwords = try YAMLLoader.decode(StopwordFile.self, from: try text("text/stopwords.yaml"), file: "text/stopwords.yaml")
        return AnalysisData(
            spellings: spelling.words,
            endingRules: spelling.rules.map { ($0.from, $0.to) }.sorted { $0.from.count > $1.from.count },
            endingExceptions: Set(spelling.except),
            expansions: abbreviations.expansions.mapValues { $0.split(separator: " ").map(String.init) },
            stopwords: Set(stopwords.words),
            stemOverrides: spelling.stemOverrides ?? [:]
        )
    }

    private static func text(_ path: String) throws -> String {
        guard let file = EmbeddedResources.files.first(where: { $0.path == path }) else {
            throw InputError("the bundled file \(path) is missing from this build")
        }
        return file.text
    }

    /// `word` folded to its one spelling.
    public func fold(_ word: String) -> String {
        if let folded = spellings[word] { return folded }
        // Every ending rule rewrites a z; most words have none, so skip the suffix checks for them.
        guard word.utf8.count > 4, word.utf8.contains(UInt8(ascii: "z")), !endingExceptions.contains(word) else { return word }
        for rule in endingRules where word.hasSuffix(rule.from) {
            return String(word.dropLast(rule.from.count)) + rule.to
        }
        return word
    }
}

private struct SpellingFile: Decodable {
    struct Rule: Decodable { var from: String; var to: String }
    var words: [String: String]
    var rules: [Rule]
    var except: [String]
    var stemOverrides: [String: String]?

    enum CodingKeys: String, CodingKey {
        case words, rules, except
        case stemOverrides = "stem_overrides"
    }
}

private struct AbbreviationFile: Decodable {
    var expansions: [String: String]
}

private struct StopwordFile: Decodable {
    var words: [String]
}
