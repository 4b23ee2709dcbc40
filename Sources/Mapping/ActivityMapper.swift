import ExampleBank
import PSF
import TextAnalysis

/// Turns a technician's own words into the PSF 2023 dimensions they can evidence, ranked and explained.
///
/// Local, deterministic and explainable: the same text always gives the same answer, and every suggestion says
/// which words triggered it and which bank examples are nearest. Evidence comes from three places, combined by a
/// logistic model (``Calibration``):
/// - **cue phrases** per dimension from `Resources/lexicon/cues.yaml`, in technician vocabulary;
/// - **nearest neighbours**: the bank entries most like the text (BM25) vote for the dimensions they are mapped to;
/// - **word weights** learned from the bank and the labelled statements (``WordWeights``).
/// Text with no tie to teaching or learning gets no suggestion at all.
///
/// Build one mapper and reuse it; it is immutable and safe to share between threads.
public struct ActivityMapper: Sendable {
    public let bank: ExampleBank
    public let lexicon: CueLexicon
    public let calibration: Calibration
    public let words: WordWeights
    let index: BM25Index
    /// Maps every statement of a labelled set and scores the results (for `make eval` and the quality floors).
    package func evaluate(_ statements: [LabelledStatement]) -> Metrics {
        var metrics = Metrics()
        let analyser = Analyser()
        for statement in statements {
            let codes = suggestions(for: statement.text, limit: 5, analyser: analyser).map(\.dimension)
            metrics.add(returned: codes, primary: statement.primary, secondary: statement.secondary)
        }
        return metrics
    }

    /// For each bank entry, its codes with vote weights (primary 1, supporting 0.5).
    let entryVotes: [[(code: DimensionCode, weight: Double)]]
    /// How many bank entries were indexed from the build's analysis rather than analysed now (for tests).
    package let preparedEntries: Int
    /// The calibration's bias for each dimension, in framework order (looked up once, not per statement).
    let biases: [Double]

    /// How many neighbours vote.
    static let neighbours = 15
    /// A dimension with no cue phrase needs at least this share of the neighbours' vote to be scored at all.
    package static let minimumVote = 0.15
    /// …or word evidence (``Features/learned``) of at least this: log-odds of -3, a probability of about 5%.
    package static let minimumLearned = -0.5

    /// Whether a dimension has enough evidence to be scored at all.
    package static func hasEvidence(_ features: Features) -> Bool {
        features.cues > 0 || features.vote >= minimumVote || features.learned >= minimumLearned
    }

    public init(bank: ExampleBank = .bundled, lexicon: CueLexicon = .bundled, calibration: Calibration = .bundled,
                words: WordWeights = .bundled) {
        self.bank = bank
        self.lexicon = lexicon
        self.calibration = calibration
        self.words = words
        // Bundled entries come analysed from the build (BundledBankIndex); overlay entries are analysed now.
        var builder = BM25Index.Builder()
        var analyser: Analyser?
        var prepared = 0
        let bundled = BundledBankIndex.bundled
        var numbering = [Int](repeating: -1, count: bundled?.vocabulary.count ?? 0)
        for (position, entry) in bank.entries.enumerated() {
            if let bundled, position < bank.bundledCount, position < bundled.ids.count, bundled.ids[position] == entry.id {
                var terms: [Int] = []
                terms.reserveCapacity(bundled.documents[position].count)
                for stem in bundled.documents[position] {
                    if numbering[stem] < 0 { numbering[stem] = builder.intern(bundled.vocabulary[stem]) }
                    terms.append(numbering[stem])
                }
                builder.add(terms: terms)
                prepared += 1
            } else {
                let current = analyser ?? Analyser()
                analyser = current
                builder.add(Self.indexedStems(of: entry, analyser: current))
            }
        }
        index = builder.index
        preparedEntries = prepared
        biases = DimensionCode.allCases.map { calibration.bias[$0.rawValue] ?? 0 }
        entryVotes = bank.entries.map { entry in
            entry.dimensions.map { ($0.code, $0.strength == .primary ? 1.0 : 0.5) }
        }
    }

    /// What the mapper indexes of a bank entry: the stems of its title and activity, stopwords left out. (The
    /// ResourceEmbedder's MapperIndexCompiler does the same to the bundled bank at build time; a test holds them equal.)
    static func indexedStems(of entry: BankEntry, analyser: Analyser) -> [String] {
        analyser.tokens(in: entry.title + ". " + entry.activity).filter { !$0.isStopword }.map(\.stem)
    }

    /// Ranked suggestions for one statement, at most `limit`, best first; empty when there is no teaching link.
    public func suggestions(for text: String, limit: Int = 5) -> [Suggestion] {
        let analyser = Analyser(data: .bundled)
        return suggestions(for: text, limit: limit, analyser: analyser)
    }

    /// As ``suggestions(for:limit:)``, reusing an analyser across many statements (faster in bulk).
    public func suggestions(for text: String, limit: Int = 5, analyser: Analyser) -> [Suggestion] {
        let evidence = gatherEvidence(for: text, analyser: analyser)
        let scored = ranked(evidence)
        return scored.prefix(max(0, limit)).map { code, score in
            Suggestion(dimension: code, score: score, because: evidence.triggers(for: code, in: text, index: index, words: words),
                       examples: evidence.examples(for: code, votes: entryVotes).map { bank.entries[$0].id })
        }
    }

    /// The dimensions the evidence supports, best first, with their scores: nothing when the teaching link is under
    /// the gate, else every dimension with evidence scoring at least the threshold. Under the mapper's own
    /// calibration unless another is given (the calibrator tries many).
    package func ranked(_ evidence: Evidence, calibration other: Calibration? = nil) -> [(DimensionCode, Double)] {
        let calibration = other ?? self.calibration
        let biases = other.map { other in DimensionCode.allCases.map { other.bias[$0.rawValue] ?? 0 } } ?? self.biases
        let link = evidence.link
        guard link >= calibration.minimumLink else { return [] }
        var scored: [(DimensionCode, Double)] = []
        for code in DimensionCode.allCases {
            let features = evidence.features(for: code, link: link)
            guard Self.hasEvidence(features) else { continue }
            let score = calibration.score(features, bias: biases[code.order])
            if score >= calibration.threshold { scored.append((code, score)) }
        }
        scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        return scored
    }

    /// Every dimension's calibrated score for a statement (0 where there is no evidence at all), and its teaching
    /// link. Unlike ``suggestions(for:limit:)`` nothing is cut by the threshold: a checker asks "does this sentence
    /// support the code its author signposted?", which needs the score even when it is modest.
    public func scores(for text: String, analyser: Analyser) -> (scores: [DimensionCode: Double], link: Double) {
        scores(of: analyser.tokens(in: text))
    }

    /// As ``scores(for:analyser:)``, for text already tokenised. The tokens of two texts joined by a space are the
    /// two token lists joined (a word never runs across the space), so a caller scoring a sentence with the one
    /// before it can reuse both sentences' tokens.
    public func scores(of tokens: [Token]) -> (scores: [DimensionCode: Double], link: Double) {
        let evidence = gatherEvidence(of: tokens)
        let link = evidence.link
        var scores: [DimensionCode: Double] = [:]
        for code in DimensionCode.allCases {
            let features = evidence.features(for: code, link: link)
            guard Self.hasEvidence(features) else { continue }
            scores[code] = calibration.score(features, bias: biases[code.order])
        }
        return (scores, link)
    }

    /// The dimensions for which the tokens hold a strong cue phrase: words that on their own evidence the dimension
    /// (`strong` in cues.yaml), such as "sign off" for A3 or "approach" for K2. A checker asking whether a signposted
    /// sentence shows its code takes these as a yes whatever the score, since a person chose them as evidence.
    public func strongCueCodes(of tokens: [Token]) -> Set<DimensionCode> {
        var evidence = Evidence(tokens: tokens)
        matchCues(tokens, into: &evidence)
        return Set(DimensionCode.allCases.filter { evidence.strongCueWeights[$0.order] > 0 })
    }

    /// The evidence behind one statement, before it is scored.
    package func gatherEvidence(for text: String, analyser: Analyser, excluding excluded: Set<Int> = []) -> Evidence {
        gatherEvidence(of: analyser.tokens(in: text), excluding: excluded)
    }

    /// The evidence behind a statement's tokens.
    package func gatherEvidence(of tokens: [Token], excluding excluded: Set<Int> = []) -> Evidence {
        var evidence = Evidence(tokens: tokens)
        matchCues(tokens, into: &evidence)
        evidence.wordFeatures = words.featureRows(of: tokens)
        evidence.learned = words.logits(of: evidence.wordFeatures)
        let query = index.terms(of: tokens.filter { !$0.isStopword }.map(\.stem))
        let neighbours = index.search(terms: query, limit: Self.neighbours, excluding: excluded)
        evidence.neighbours = neighbours
        let ceiling = index.ceiling(terms: query)
        evidence.closeness = ceiling > 0 ? min(1, (neighbours.first?.score ?? 0) / ceiling) : 0
        let total = neighbours.reduce(0) { $0 + $1.score }
        if total > 0 {
            for (document, score) in neighbours {
                for (code, weight) in entryVotes[document] {
                    evidence.votes[code.order] += score * weight / total
                }
            }
        }
        return evidence
    }

    /// Finds every cue phrase in the tokens; a phrase counts once per target, overlapping matches do not add up.
    private func matchCues(_ tokens: [Token], into evidence: inout Evidence) {
        // Token positions already matched, per target (by its key).
        var covered = [Set<Int>](repeating: [], count: 17)
        for start in tokens.indices {
            guard let candidates = lexicon.cuesByFirstStem[tokens[start].stem] else { continue }
            for cue in candidates where start + cue.stems.count <= tokens.count {
                var matches = true
                for offset in 1..<max(1, cue.stems.count) where tokens[start + offset].stem != cue.stems[offset] {
                    matches = false
                    break
                }
                guard matches else { continue }
                let span = start..<(start + cue.stems.count)
                if span.contains(where: covered[cue.target.key].contains) { continue }
                covered[cue.target.key].formUnion(span)
                switch cue.target {
                case .learners:
                    evidence.learnerLinkWeight += cue.weight
                case .teaching:
                    evidence.teachingLinkWeight += cue.weight
                case .dimension(let code):
                    evidence.cueWeights[code.order] += cue.weight
                    if cue.weight >= 1 { evidence.strongCueWeights[code.order] += cue.weight }
                    evidence.cueMatches[code.order].append(span)
                }
            }
        }
    }
}
