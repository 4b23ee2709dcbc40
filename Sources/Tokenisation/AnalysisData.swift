/// Spelling variants, abbreviations, stopwords and stem overrides: what the ``Analyser`` needs besides the stemmer.
///
/// The bundled data is written in `Resources/text/` and packed at build time (``init(packed:)``); TextAnalysis
/// provides it as `AnalysisData.bundled`.
public struct AnalysisData: Sendable, Equatable {
    /// Whole-word spelling folds (color → colour, practise → practice).
    public var spellings: [String: String]
    /// Ending rewrites (-ize → -ise), longest ending first.
    public var endingRules: [EndingRule]
    /// Words the ending rules leave alone (size, prize).
    public var endingExceptions: Set<String>
    /// Abbreviations and shorthand, each expanded to one or more words.
    public var expansions: [String: [String]]
    /// Words too common to say anything about the activity (ignored by the similarity search).
    public var stopwords: Set<String>
    /// Stems fixed by hand where the stemmer would merge different meanings.
    public var stemOverrides: [String: String]

    /// One ending rewrite: a word ending in `from` ends in `to` instead.
    public struct EndingRule: Sendable, Equatable {
        public var from: String
        public var to: String

        /// The rewrite of the ending `from` to `to`.
        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
    }

    /// Data as given; `endingRules` are tried in order, so list longer endings first.
    public init(spellings: [String: String], endingRules: [EndingRule], endingExceptions: Set<String>,
                expansions: [String: [String]], stopwords: Set<String>, stemOverrides: [String: String]) {
        self.spellings = spellings
        self.endingRules = endingRules
        self.endingExceptions = endingExceptions
        self.expansions = expansions
        self.stopwords = stopwords
        self.stemOverrides = stemOverrides
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
