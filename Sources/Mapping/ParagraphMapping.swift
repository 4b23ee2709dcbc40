import TextAnalysis

/// One sentence of a paragraph with the dimensions it evidences.
public struct SentenceMapping: Sendable {
    /// Where the sentence is in the paragraph.
    public var range: Range<String.Index>
    public var text: String
    /// Suggestions for this sentence; trigger ranges and offsets refer to the whole paragraph.
    public var suggestions: [Suggestion]
}

extension ActivityMapper {
    /// Maps a paragraph sentence by sentence, so a checker knows which sentence evidences what.
    public func mapSentences(in paragraph: String, limit: Int = 5, analyser: Analyser = Analyser()) -> [SentenceMapping] {
        SentenceSplitter.sentences(in: paragraph).map { range in
            let sentence = String(paragraph[range])
            let base = paragraph.distance(from: paragraph.startIndex, to: range.lowerBound)
            let suggestions = self.suggestions(for: sentence, limit: limit, analyser: analyser).map { suggestion in
                var shifted = suggestion
                shifted.because = suggestion.because.map { trigger in
                    let lower = paragraph.index(range.lowerBound, offsetBy: trigger.start)
                    let upper = paragraph.index(lower, offsetBy: trigger.end - trigger.start)
                    return Suggestion.Trigger(text: trigger.text, range: lower..<upper, start: base + trigger.start, end: base + trigger.end)
                }
                return shifted
            }
            return SentenceMapping(range: range, text: sentence, suggestions: suggestions)
        }
    }
}
