import Dispatch
import Foundation

/// `body(0) … body(count - 1)` on all cores, the results in index order: the same array a serial `map` gives,
/// whatever the threads' timing, as long as each call depends only on its index and on shared data it only reads.
package func concurrentMap<Result>(_ count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
    guard count > 1 else { return (0..<count).map(body) }
    let slots = Slots<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        slots.store(body(index), at: index)
    }
    return slots.collected()
}

/// One result slot per index, each written once by the iteration of that index and read only after all have run.
private final class Slots<Result>: @unchecked Sendable {
    // @unchecked: every access holds `lock`.
    private var values: [Result?]
    private let lock = NSLock()

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    func store(_ result: Result, at index: Int) {
        lock.lock()
        values[index] = result
        lock.unlock()
    }

    func collected() -> [Result] {
        lock.lock()
        defer { lock.unlock() }
        return values.compactMap { $0 }
    }
}
