import Tokenisation

/// `Resources/text/*.yaml` (spellings, abbreviations, stopwords) read into the analyser's data, and packed for
/// `AnalysisData.bundled` in TextAnalysis.
enum TextDataCompiler {
    static let files = ["text/spelling.yaml", "text/abbreviations.yaml", "text/stopwords.yaml"]

    /// The analyser's data from the three files, given by path below `Resources/`.
    static func analysisData(from texts: [String: String]) throws -> AnalysisData {
        let missing = files.filter { texts[$0] == nil }
        guard missing.isEmpty else { throw EmbedderFailure("missing \(missing.joined(separator: ", "))") }
        let data = try AnalysisData(spelling: texts[files[0]] ?? "", abbreviations: texts[files[1]] ?? "", stopwords: texts[files[2]] ?? "")
        if data.holdsSeparator {
            throw EmbedderFailure("text/: a word holds an invisible separator character (U+001C to U+001F); delete it")
        }
        return data
    }

    /// `enum EmbeddedAnalysisData` with the packed data.
    static func source(for data: AnalysisData) -> String {
        """

        enum EmbeddedAnalysisData {
            /// `Resources/text/` packed (see AnalysisData.packed), so start-up parses no YAML.
            static let packed = \(SwiftLiteral.escaped(data.packed))
        }

        """
    }
}

/// A build failure with a plain message.
struct EmbedderFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
