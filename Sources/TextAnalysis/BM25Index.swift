import Foundation

/// Okapi BM25 over a fixed set of documents, each a bag of stems. Used to find the bank entries nearest to a
/// technician's words, and for ranked search. Build one with ``init(documents:)`` or, adding documents one at a
/// time (some perhaps analysed at build time), with a ``Builder``.
public struct BM25Index: Sendable, Equatable {
    /// Term frequency saturation and length normalisation, the usual values (fixed: each document's weighting is
    /// worked out with them when the index is made).
    public static let k1 = 1.2, b = 0.75
    /// ``BM25Index/k1`` (type property), for reading off an index.
    public var k1: Double { Self.k1 }
    /// ``BM25Index/b`` (type property), for reading off an index.
    public var b: Double { Self.b }

    /// One document containing a term, and how often.
    struct Posting: Sendable, Equatable {
        var document: Int
        var count: Int
    }

    /// A posting as search uses it: the frequency as a number and `frequency + norm`, the denominator of the term's
    /// weight in the document, worked out once when the index is made.
    struct Weighting: Sendable, Equatable {
        var document: Int
        var frequency: Double
        var denominator: Double
    }

    private var termIDs: [String: Int]
    /// For each term, the documents that contain it and how often, in document order.
    private var postings: [[Posting]]
    private var documentLengths: [Int]
    private var averageLength: Double
    private var idf: [Double]
    /// Each term's postings ready for scoring.
    private var weightings: [[Weighting]]

    /// Builds the index from each document's stems (stopwords already removed).
    public init(documents: [[String]]) {
        var builder = Builder()
        for stems in documents { builder.add(stems) }
        self = builder.index
    }

    /// The index of what a ``Builder`` gathered.
    init(termIDs: [String: Int], postings: [[Posting]], documentLengths: [Int]) {
        self.termIDs = termIDs
        self.postings = postings
        self.documentLengths = documentLengths
        let total = Double(documentLengths.count)
        averageLength = max(1, Double(documentLengths.reduce(0, +)) / max(1, total))
        idf = postings.map { list in
            let frequency = Double(list.count)
            return log(1 + (total - frequency + 0.5) / (frequency + 0.5))
        }
        let (k1, b, average) = (Self.k1, Self.b, averageLength)
        let norms = documentLengths.map { length in k1 * (1 - b + b * Double(length) / average) }
        weightings = postings.map { list in
            list.map { posting in
                let frequency = Double(posting.count)
                return Weighting(document: posting.document, frequency: frequency, denominator: frequency + norms[posting.document])
            }
        }
    }

    /// Number of documents indexed.
    public var count: Int { documentLengths.count }

    /// Whether the index knows the stem at all.
    public func contains(_ stem: String) -> Bool { termIDs[stem] != nil }

    /// Whether document number `document` contains `stem`.
    public func document(_ document: Int, contains stem: String) -> Bool {
        guard let id = termIDs[stem] else { return false }
        // Postings are in document order: binary search.
        let list = postings[id]
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].document < document { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low].document == document
    }

    /// The inverse document frequency of a stem (0 for unknown stems).
    public func inverseFrequency(of stem: String) -> Double {
        termIDs[stem].map { idf[$0] } ?? 0
    }

    /// The distinct known terms of a query, in order of first appearance: what ``search(terms:limit:excluding:)``
    /// and ``ceiling(terms:)`` take, so a caller asking both looks each stem up once.
    public func terms(of stems: [String]) -> [Int] {
        var terms: [Int] = []
        var seen: Set<Int> = []
        for stem in stems {
            if let id = termIDs[stem], seen.insert(id).inserted { terms.append(id) }
        }
        return terms
    }

    /// Documents scored against the query stems, best first, at most `limit`, ties broken by document order.
    public func search(_ stems: [String], limit: Int, excluding excluded: Set<Int> = []) -> [(document: Int, score: Double)] {
        search(terms: terms(of: stems), limit: limit, excluding: excluded)
    }

    /// As ``search(_:limit:excluding:)``, for the query's ``terms(of:)``.
    public func search(terms: [Int], limit: Int, excluding excluded: Set<Int> = []) -> [(document: Int, score: Double)] {
        guard limit > 0 else { return [] }
        var scores = [Double](repeating: 0, count: documentLengths.count)
        var touched: [Int] = []
        for id in terms {
            let weight = idf[id]
            for posting in weightings[id] where excluded.isEmpty || !excluded.contains(posting.document) {
                let document = posting.document
                if scores[document] == 0 { touched.append(document) }
                scores[document] += weight * posting.frequency * (k1 + 1) / posting.denominator
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

    /// As ``ceiling(for:)``, for the query's ``terms(of:)`` (unknown stems add nothing there either).
    public func ceiling(terms: [Int]) -> Double {
        var total = 0.0
        for id in terms { total += idf[id] * (k1 + 1) }
        return total
    }
}
