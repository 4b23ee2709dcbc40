import Foundation
import PSF
import TextAnalysis

/// What the mapper found in one statement: cue matches, neighbours and their votes, the teaching link.
package struct Evidence {
    let tokens: [Token]
    var cueWeights = [Double](repeating: 0, count: 15)
    var cueMatches = [[Range<Int>]](repeating: [], count: 15)
    /// Only the strong cues: the ones that are teaching acts in themselves, which alone count towards the link.
    var strongCueWeights = [Double](repeating: 0, count: 15)
    var votes = [Double](repeating: 0, count: 15)
    var neighbours: [(document: Int, score: Double)] = []
    var closeness = 0.0
    var teachingLinkWeight = 0.0
    var learnerLinkWeight = 0.0

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// The teaching link in 0…1: teaching words and the strong cue phrases of teaching dimensions (A1–A4) count fully;
    /// a mention of learners alone ("the students' building") counts for little.
    package var link: Double {
        let teachingCues = [DimensionCode.a1, .a2, .a3, .a4].reduce(0) { $0 + min(1, strongCueWeights[$1.order]) } * 0.5
        let teaching = teachingLinkWeight + teachingCues
        let learners = min(1.5, learnerLinkWeight) * (teaching > 0 ? 0.6 : 0.25)
        return 1 - Foundation.exp(-(teaching + learners))
    }

    package func features(for code: DimensionCode) -> Features {
        features(for: code, link: link)
    }

    /// As ``features(for:)``, with the ``link`` worked out once for all fifteen dimensions.
    func features(for code: DimensionCode, link: Double) -> Features {
        Features(cues: 1 - Foundation.exp(-cueWeights[code.order]), vote: min(1, votes[code.order]), closeness: closeness, link: link)
    }

    /// The words that triggered `code`: its cue phrases, or else the words shared with the neighbours that voted for it.
    func triggers(for code: DimensionCode, in text: String, index: BM25Index) -> [Suggestion.Trigger] {
        var spans = cueMatches[code.order]
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
