import PSF
import TextAnalysis

/// Full-text search over a bank, ranked by relevance (BM25 over title, activity, claim phrasing, jargon and tags).
public struct BankSearch: Sendable {
    public let bank: ExampleBank
    private let index: BM25Index

    /// Indexes every entry of `bank`.
    public init(bank: ExampleBank) {
        self.bank = bank
        let analyser = Analyser()
        index = BM25Index(documents: bank.entries.map { entry in
            let text = [entry.title, entry.activity, Signposts.stripped(from: entry.claimPhrasing),
                        entry.jargon.map(\.term).joined(separator: " "), entry.tags.joined(separator: " "),
                        entry.discipline]
                .joined(separator: " ")
            return analyser.tokens(in: text).filter { !$0.isStopword }.map(\.stem)
        })
    }

    /// Entries matching `query`, best first, among those `filter` accepts.
    public func results(for query: String, filter: BankFilter = BankFilter(), limit: Int = 20) -> [(entry: BankEntry, score: Double)] {
        let stems = Analyser().tokens(in: query).filter { !$0.isStopword }.map(\.stem)
        guard !stems.isEmpty else { return [] }
        return index.search(stems, limit: bank.entries.count)
            .lazy
            .map { (self.bank.entries[$0.document], $0.score) }
            .filter { filter.accepts($0.0) }
            .prefix(limit)
            .map { (entry: $0.0, score: $0.1) }
    }
}
