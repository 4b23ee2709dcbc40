import Foundation
import Mapping
import PSF
import TextAnalysis

/// Scores every sentence of a claim with the mapper, on all cores, with the same result as scoring them one by one.
///
/// Each sentence's scores depend only on its own words (and, for a signposted sentence, the sentence before it),
/// so the sentences are cut into contiguous runs, each run is scored on its own thread with its own ``Analyser``
/// (an analyser is not shareable), and the results are put back in claim order. The mapper is immutable and
/// shared read-only.
enum SentenceScoring {
    /// One sentence to score: its prose and, when it is to be read with the sentence before it too, that sentence's
    /// position in the list.
    struct Item {
        var prose: String
        var joinWith: Int?
        /// Whether the sentence carries signposts (only then are its strong cue phrases looked for).
        var signposted = false
    }

    /// A sentence's scores: its own, raised by the reading with the sentence before it where that is given.
    struct Result {
        var scores: [DimensionCode: Double]
        var link: Double
        /// For a signposted sentence, the dimensions its words (with the sentence before, where joined) hold a strong
        /// cue phrase for.
        var strongCues: Set<DimensionCode> = []
    }

    /// Below this many sentences a single thread is quicker than starting others.
    static let parallelThreshold = 48

    static func score(_ items: [Item], mapper: ActivityMapper) -> [Result] {
        let workers = items.count < parallelThreshold ? 1 : max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        guard workers > 1 else { return score(items, in: items.indices, mapper: mapper) }
        // Contiguous runs of about equal text length, a few per core so a core slowed by other work hands runs to
        // the others.
        let runCount = min(workers * 4, items.count / 16)
        let total = items.reduce(0) { $0 + $1.prose.utf8.count }
        var runs: [Range<Int>] = []
        var start = 0
        var length = 0
        for (position, item) in items.enumerated() {
            length += item.prose.utf8.count
            if length * runCount >= total * (runs.count + 1), runs.count < runCount - 1 {
                runs.append(start..<(position + 1))
                start = position + 1
            }
        }
        runs.append(start..<items.count)
        let chunks = runs
        // Analysers are handed from run to run (one run at a time each), so their caches stay warm.
        let analysers = AnalyserPool()
        return concurrentMap(chunks.count) { run in
            analysers.with { score(items, in: chunks[run], mapper: mapper, analyser: $0) }
        }.flatMap { $0 }
    }

    /// Scores the items in `range` in order, on the calling thread.
    private static func score(_ items: [Item], in range: Range<Int>, mapper: ActivityMapper,
                              analyser: Analyser = Analyser()) -> [Result] {
        var results: [Result] = []
        results.reserveCapacity(range.count)
        var previous: (position: Int, tokens: [Token])?
        for position in range {
            let own = analyser.tokens(in: items[position].prose)
            let mapped = mapper.scores(of: own)
            var scores = mapped.scores
            var read = own
            if let join = items[position].joinWith {
                // The tokens of "previous + space + this" are the two token lists joined.
                let before: [Token]
                if let previous, previous.position == join { before = previous.tokens } else { before = analyser.tokens(in: items[join].prose) }
                read = before + own
                for (code, score) in mapper.scores(of: read).scores { scores[code] = max(scores[code] ?? 0, score * 0.9) }
            }
            previous = (position, own)
            let strongCues = items[position].signposted ? mapper.strongCueCodes(of: read) : []
            results.append(Result(scores: scores, link: mapped.link, strongCues: strongCues))
        }
        return results
    }
}

/// Analysers lent to one task at a time: an analyser is not shareable, but one thread after another may use it, and
/// its word cache is worth keeping between runs of sentences.
private final class AnalyserPool: @unchecked Sendable {
    // @unchecked: `idle` is only touched while holding `lock`, and an analyser taken out is used by one task only.
    private var idle: [Analyser] = []
    private let lock = NSLock()

    func with<Result>(_ body: (Analyser) -> Result) -> Result {
        lock.lock()
        let analyser = idle.popLast() ?? Analyser()
        lock.unlock()
        defer {
            lock.lock()
            idle.append(analyser)
            lock.unlock()
        }
        return body(analyser)
    }
}
