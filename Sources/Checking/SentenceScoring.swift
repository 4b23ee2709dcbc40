import Dispatch
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
    }

    /// A sentence's scores: its own, raised by the reading with the sentence before it where that is given.
    struct Result {
        var scores: [DimensionCode: Double]
        var link: Double
    }

    /// Below this many sentences a single thread is quicker than starting others.
    static let parallelThreshold = 48

    static func score(_ items: [Item], mapper: ActivityMapper) -> [Result] {
        let workers = items.count < parallelThreshold ? 1 : max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        guard workers > 1 else { return score(items, in: items.indices, mapper: mapper) }
        // Contiguous runs of about equal text length, so the threads finish together.
        let total = items.reduce(0) { $0 + $1.prose.utf8.count }
        var runs: [Range<Int>] = []
        var start = 0
        var length = 0
        for (position, item) in items.enumerated() {
            length += item.prose.utf8.count
            if length * workers >= total * (runs.count + 1), runs.count < workers - 1 {
                runs.append(start..<(position + 1))
                start = position + 1
            }
        }
        runs.append(start..<items.count)
        let slots = Slots(count: runs.count)
        let chunks = runs
        DispatchQueue.concurrentPerform(iterations: chunks.count) { run in
            slots.store(score(items, in: chunks[run], mapper: mapper), at: run)
        }
        return slots.collected().flatMap { $0 }
    }

    /// Scores the items in `range` in order, on the calling thread.
    private static func score(_ items: [Item], in range: Range<Int>, mapper: ActivityMapper) -> [Result] {
        let analyser = Analyser()
        var results: [Result] = []
        results.reserveCapacity(range.count)
        var previous: (position: Int, tokens: [Token])?
        for position in range {
            let own = analyser.tokens(in: items[position].prose)
            let mapped = mapper.scores(of: own)
            var scores = mapped.scores
            if let join = items[position].joinWith {
                // The tokens of "previous + space + this" are the two token lists joined.
                let before: [Token]
                if let previous, previous.position == join { before = previous.tokens } else { before = analyser.tokens(in: items[join].prose) }
                for (code, score) in mapper.scores(of: before + own).scores { scores[code] = max(scores[code] ?? 0, score * 0.9) }
            }
            previous = (position, own)
            results.append(Result(scores: scores, link: mapped.link))
        }
        return results
    }

    /// One result slot per run, each written by exactly one thread before `concurrentPerform` returns, and read
    /// only after it has.
    private final class Slots: @unchecked Sendable {
        // @unchecked: slot `i` is written only by iteration `i`; all writes happen-before `collected()`.
        private var values: [[Result]]
        private let lock = NSLock()

        init(count: Int) {
            values = Array(repeating: [], count: count)
        }

        func store(_ results: [Result], at index: Int) {
            lock.lock()
            values[index] = results
            lock.unlock()
        }

        func collected() -> [[Result]] {
            lock.lock()
            defer { lock.unlock() }
            return values
        }
    }
}
