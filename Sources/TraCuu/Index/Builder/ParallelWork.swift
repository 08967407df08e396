import Dispatch
import Synchronization

/// Runs indexed pieces of work on several threads at once.
enum ParallelWork {
    /// Runs `work(0)`, …, `work(count - 1)` concurrently (on the calling thread when `count`
    /// is 1) and rethrows the first error once all have finished.
    ///
    /// `work` may touch non-`Sendable` state, so each index must touch only state no other
    /// index touches (one segment builder per index, say).
    static func forEach(_ count: Int, _ work: (Int) throws -> Void) throws {
        if count == 1 {
            try work(0)
            return
        }
        let firstError = Mutex<(any Error)?>(nil)
        withoutActuallyEscaping(work) { work in
            let work = UncheckedSendable(work)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                do {
                    try work.value(index)
                } catch {
                    firstError.withLock { if $0 == nil { $0 = error } }
                }
            }
        }
        if let error = firstError.withLock({ $0 }) { throw error }
    }
}

/// Carries a value across threads on the caller's promise that the threads never touch the
/// same state at once (see `ParallelWork.forEach`).
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }
}
