import Foundation

/// Okapi BM25 over a fixed set of documents, each a bag of stems. Used to find the bank entries nearest to a
/// technician's words, and for ranked search.
public struct BM25Index: Sendable {
    /// Term frequency saturation and length normalisation, the usual values.
    public var k1: Double = 1.2
    public var b: Double = 0.75

    private var termIDs: [String: Int] = [:]
    /// For each term, the documents that contain it and how often.
    private var postings: [[(document: Int, count: Int)]] = []
    private var documentLengths: [Int] = []
    private var averageLength: Double = 1
    private var idf: [Double] = []

    /// Builds the index from each document's stems (stopwords already removed).
    public init(documents: [[String]]) {
        for (document, stems) in documents.enumerated() {
            documentLengths.append(stems.count)
            var counts: [Int: Int] = [:]
            for stem in stems {
                let id: Int
                if let existing = termIDs[stem] {
                    id = existing
                } else {
                    id = postings.count
                    termIDs[stem] = id
                    postings.append([])
                }
                counts[id, default: 0] += 1
            }
            for (id, count) in counts.sorted(by: { $0.key < $1.key }) {
                postings[id].append((document, count))
            }
        }
        let total = Double(documents.count)
        averageLength = max(1, Double(documentLengths.reduce(0, +)) / max(1, total))
        idf = postings.map { list in
            let frequency = Double(list.count)
            return log(1 + (total - frequency + 0.5) / (frequency + 0.5))
        }
    }

    /// Number of documents indexed.
    public var count: Int { documentLengths.count }

    /// Whether the index knows the stem at all.
    public func contains(_ stem: String) -> Bool { termIDs[stem] != nil }

    /// The inverse document frequency of a stem (0 for unknown stems).
    public func inverseFrequency(of stem: String) -> Double {
        termIDs[stem].map { idf[$0] } ?? 0
    }

    /// Documents scored against the query stems, best first, at most `limit`, ties broken by document order.
    public func search(_ stems: [String], limit: Int, excluding excluded: Set<Int> = []) -> [(document: Int, score: Double)] {
        guard limit > 0 else { return [] }
        var scores = [Double](repeating: 0, count: documentLengths.count)
        var touched: [Int] = []
        var seen: Set<Int> = []
        for stem in stems {
            guard let id = termIDs[stem], seen.insert(id).inserted else { continue }
            let weight = idf[id]
            for (document, count) in postings[id] where !excluded.contains(document) {
                let frequency = Double(count)
                let norm = k1 * (1 - b + b * Double(documentLengths[document]) / averageLength)
                if scores[document] == 0 { touched.append(document) }
                scores[document] += weight * frequency * (k1 + 1) / (frequency + norm)
            }
        }
        // Keep the best `limit` without sorting everything.
        var best: [(document: Int, score: Double)] = []
        best.reserveCapacity(limit + 1)
        for document in touched {
            let score = scores[document]
            guard score > 0 else { continue }
            if best.count == limit, let last = best.last, !(score > last.score || (score == last.score && document < last.document)) {
                continue
            }
            let position = best.firstIndex { score > $0.score || (score == $0.score && document < $0.document) } ?? best.count
            best.insert((document, score), at: position)
            if best.count > limit { best.removeLast() }
        }
        return best
    }

    /// The best score any document could get for these stems (each term at saturation), for normalising scores.
    /// Each distinct stem counts once, summed in the order of first appearance: summing in a Set's order made the
    /// last digits of the result depend on the process's random hashing seed.
    public func ceiling(for stems: [String]) -> Double {
        var seen: Set<String> = []
        var total = 0.0
        for stem in stems where seen.insert(stem).inserted {
            total += inverseFrequency(of: stem) * (k1 + 1)
        }
        return total
    }
}
