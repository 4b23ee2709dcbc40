import Foundation
import PSF
import TextAnalysis

/// What the mapper found in one statement: cue matches, neighbours and their votes, the teaching link.
package struct Evidence {
    package let tokens: [Token]
    var cueWeights = [Double](repeating: 0, count: 15)
    var cueMatches = [[Range<Int>]](repeating: [], count: 15)
    /// Only the strong cues: the ones that are teaching acts in themselves, which alone count towards the link.
    var strongCueWeights = [Double](repeating: 0, count: 15)
    var votes = [Double](repeating: 0, count: 15)
    /// The word weights' features the statement has (table rows, with their tokens).
    package var wordFeatures: [(row: Int, span: Range<Int>)] = []
    /// Each dimension's log-odds from the learned word weights, then the teaching link's.
    package var learned = [Double](repeating: -10, count: WordWeights.outputs)
    var neighbours: [(document: Int, score: Double)] = []
    var closeness = 0.0
    var teachingLinkWeight = 0.0
    var learnerLinkWeight = 0.0

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// The teaching link in 0…1, the mean of two views. The cue lexicon's: teaching words and the strong cue phrases
    /// of teaching dimensions (A1–A4) count fully; once learners are named, so do the strong cues of dimensions about
    /// learners and one's own practice (K1, K2, K3, V1, V2, A5: "students remember it better when…"); a mention of
    /// learners alone ("the students' building") counts for little. And the word weights' (``WordWeights``), learned
    /// from statements with and without a link, when the statement has words they know.
    package var link: Double {
        let teachingCues = Self.teachingDimensions.reduce(0) { $0 + min(1, strongCueWeights[$1.order]) } * 0.5
        let learnerCues = learnerLinkWeight > 0
            ? Self.learnerDimensions.reduce(0) { $0 + min(1, strongCueWeights[$1.order]) } * 0.5 : 0
        let teaching = teachingLinkWeight + teachingCues + learnerCues
        let learners = min(1.5, learnerLinkWeight) * (teaching > 0 ? 0.6 : 0.25)
        let lexicon = 1 - Foundation.exp(-(teaching + learners))
        // Word weights vouch only for words they know: with none (gibberish, a name, a lone "I"), their link would
        // be the training sets' prior alone, which says most statements are about teaching.
        let knowsWords = wordFeatures.contains { feature in feature.span.contains { !tokens[$0].isStopword } }
        let learnedLink = knowsWords ? 1 / (1 + Foundation.exp(-learned[WordWeights.linkOutput])) : 0
        return (lexicon + learnedLink) / 2
    }

    static let teachingDimensions: [DimensionCode] = [.a1, .a2, .a3, .a4]
    static let learnerDimensions: [DimensionCode] = [.k1, .k2, .k3, .v1, .v2, .a5]

    package func features(for code: DimensionCode) -> Features {
        features(for: code, link: link)
    }

    /// As ``features(for:)``, with the ``link`` worked out once for all fifteen dimensions.
    func features(for code: DimensionCode, link: Double) -> Features {
        Features(cues: 1 - Foundation.exp(-cueWeights[code.order]), vote: min(1, votes[code.order]), closeness: closeness, link: link,
                 learned: min(1, max(-1, learned[code.order] / 6)))
    }

    /// The words that triggered `code`: its cue phrases, or else the words that weigh most for it, or else the words
    /// shared with the neighbours that voted for it.
    func triggers(for code: DimensionCode, in text: String, index: BM25Index, words: WordWeights) -> [Suggestion.Trigger] {
        var spans = cueMatches[code.order]
        if spans.isEmpty { spans = words.strongestSpans(in: tokens, rows: wordFeatures, dimension: code.order) }
        if spans.isEmpty {
            let voters = neighbours.prefix(3).map(\.document)
            var shared: [(Int, Double)] = []
            for (position, token) in tokens.enumerated() where !token.isStopword {
                if voters.contains(where: { index.document($0, contains: token.stem) }) {
                    shared.append((position, index.inverseFrequency(of: token.stem)))
                }
            }
            spans = shared.sorted { $0.1 > $1.1 }.prefix(3).sorted { $0.0 < $1.0 }.map { $0.0..<($0.0 + 1) }
        }
        var triggers: [Suggestion.Trigger] = []
        var seen: Set<String> = []
        for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let range = tokens[span.lowerBound].range.lowerBound..<tokens[span.upperBound - 1].range.upperBound
            let surface = String(text[range])
            guard seen.insert(surface.lowercased()).inserted else { continue }
            let start = text.distance(from: text.startIndex, to: range.lowerBound)
            triggers.append(Suggestion.Trigger(text: surface, range: range, start: start,
                                               end: start + text.distance(from: range.lowerBound, to: range.upperBound)))
        }
        return triggers
    }

    /// Up to three neighbours mapped to `code`, nearest first (primary mappings before supporting ones).
    func examples(for code: DimensionCode, votes: [[(code: DimensionCode, weight: Double)]]) -> [Int] {
        let carrying = neighbours.compactMap { neighbour -> (Int, Double)? in
            guard let vote = votes[neighbour.document].first(where: { $0.code == code }) else { return nil }
            return (neighbour.document, neighbour.score * vote.weight)
        }
        return carrying.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(3).map(\.0)
    }
}
