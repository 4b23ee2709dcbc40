import FellowshipSupport

extension AnalysisData {
    /// Reads the three files of `Resources/text/` as written (YAML). The build does this once, in the ResourceEmbedder,
    /// and packs the result; tests use it to check the packed data against its source.
    package init(spelling: String, abbreviations: String, stopwords: String) throws {
        let spellingFile = try YAMLLoader.decode(SpellingFile.self, from: spelling, file: "text/spelling.yaml")
        let abbreviationFile = try YAMLLoader.decode(AbbreviationFile.self, from: abbreviations, file: "text/abbreviations.yaml")
        let stopwordFile = try YAMLLoader.decode(StopwordFile.self, from: stopwords, file: "text/stopwords.yaml")
        self.init(
            spellings: spellingFile.words,
            endingRules: spellingFile.rules.map { EndingRule(from: $0.from, to: $0.to) }.sorted { $0.from.count > $1.from.count },
            endingExceptions: Set(spellingFile.except),
            expansions: abbreviationFile.expansions.mapValues { $0.split(separator: " ").map(String.init) },
            stopwords: Set(stopwordFile.words),
            stemOverrides: spellingFile.stemOverrides ?? [:]
        )
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
