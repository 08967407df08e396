import Dispatch

/// Maps an array on several threads, keeping the order.
enum ParallelMap {
    static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], threads: Int, _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        let results = ResultSlots<Output>(count: inputs.count)
        let chunk = (inputs.count + threads - 1) / threads
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            let start = thread * chunk
            for index in start..<min(start + chunk, inputs.count) {
                results.store(transform(inputs[index]), at: index)
            }
        }
        return results.values()
    }
}

/// One slot per input, each written by exactly one thread, in memory no array header
/// guards (so concurrent writes to different slots do not race).
private final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: Value, at index: Int) {
        slots[index] = value
    }

    func values() -> [Value] {
        slots.map { value in
            guard let value else { preconditionFailure("ParallelMap left a slot empty") }
            return value
        }
    }
}
