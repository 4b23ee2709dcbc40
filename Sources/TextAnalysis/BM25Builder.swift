extension BM25Index {
    /// Gathers documents one at a time, then makes the ``BM25Index``. Terms are numbered in order of first
    /// appearance; a caller holding stems already numbered elsewhere (analysed at build time) can ``intern(_:)``
    /// each distinct stem once and add documents as term numbers, without hashing every stem again.
    public struct Builder {
        private var termIDs: [String: Int] = [:]
        private var postings: [[Posting]] = []
        private var documentLengths: [Int] = []

        /// An empty builder.
        public init() {}

        /// The term number of `stem`, numbering it if it is new.
        public mutating func intern(_ stem: String) -> Int {
            if let existing = termIDs[stem] { return existing }
            let id = postings.count
            termIDs[stem] = id
            postings.append([])
            return id
        }

        /// Adds the next document, as its stems (stopwords already removed).
        public mutating func add(_ stems: [String]) {
            add(terms: stems.map { intern($0) })
        }

        /// Adds the next document, as term numbers from ``intern(_:)``.
        public mutating func add(terms: [Int]) {
            let document = documentLengths.count
            documentLengths.append(terms.count)
            // Count each term once per document: sorted, equal numbers sit together.
            let sorted = terms.sorted()
            var start = 0
            while start < sorted.count {
                var end = start + 1
                while end < sorted.count && sorted[end] == sorted[start] { end += 1 }
                postings[sorted[start]].append(Posting(document: document, count: end - start))
                start = end
            }
        }

        /// The index of everything added so far.
        public var index: BM25Index {
            BM25Index(termIDs: termIDs, postings: postings, documentLengths: documentLengths)
        }
    }
}
