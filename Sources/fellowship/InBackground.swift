import Dispatch

/// Work started on another core now, its result collected later: for start-up work that need not wait for
/// the input to be read.
final class InBackground<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `outcome` is written once, before `done` is left, and read only after waiting on `done`.
    private let done = DispatchGroup()
    private var outcome: Result<Value, any Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            self.outcome = Result { try work() }
            self.done.leave()
        }
    }

    /// Waits for the work and returns its value, or throws what it threw.
    func value() throws -> Value {
        done.wait()
        guard let outcome else { throw CancellationError() }
        return try outcome.get()
    }
}
