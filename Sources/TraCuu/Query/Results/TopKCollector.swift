/// Keeps the best `capacity` of the candidates added, by the search order: more of the
/// query's entities first, then higher score, then earlier segment, then lower ordinal (a
/// total order, so the result does not depend on the order of adding). A binary heap with
/// the worst kept candidate on top: O(log capacity) per candidate that makes it in.
struct TopKCollector {
    struct Entry: Equatable {
        let segment: Int
        let ordinal: UInt32
        let entityCount: Int
        let score: Double
        /// The parts of `score`, for the hit.
        var explanation = Explanation()
    }

    let capacity: Int
    private var heap: [Entry] = []
    init(capacity: Int) {
        self.capacity = capacity
        heap.reserveCapacity(min(capacity, 1024))
    }

    /// Whether `left` comes before `right` in the results.
    static func isBetter(_ left: Entry, _ right: Entry) -> Bool {
        if left.entityCount != right.entityCount { return left.entityCount > right.entityCount }
        if left.score != right.score { return left.score > right.score }
        if left.segment != right.segment { return left.segment < right.segment }
        return left.ordinal < right.ordinal
    }

    mutating func add(_ entry: Entry) {
        guard capacity > 0 else { return }
        if heap.count < capacity {
            heap.append(entry)
            siftUp(heap.count - 1)
        } else if Self.isBetter(entry, heap[0]) {
            heap[0] = entry
            siftDown(0)
        }
    }

    /// The worst candidate kept once `capacity` are kept: a candidate must beat it to make
    /// the results. Nil while there is room.
    var threshold: Entry? { capacity > 0 && heap.count == capacity ? heap[0] : nil }

    /// The kept candidates, best first.
    func best() -> [Entry] {
        heap.sorted(by: Self.isBetter)
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.isBetter(heap[parent], heap[child]) else { break }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var worst = parent
            if left < heap.count, Self.isBetter(heap[worst], heap[left]) { worst = left }
            if right < heap.count, Self.isBetter(heap[worst], heap[right]) { worst = right }
            guard worst != parent else { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
