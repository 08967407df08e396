/// A binary min-heap of postings cursors by current document, to merge the postings of a
/// term's variants in document order. Holds cursor indices; ties come out in any order.
struct CursorHeap {
    private var documents: [UInt32] = []
    private var cursors: [Int] = []

    /// The smallest current document, or nil when empty.
    var minimumDocument: UInt32? { documents.first }

    mutating func insert(document: UInt32, cursor: Int) {
        documents.append(document)
        cursors.append(cursor)
        var child = documents.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard documents[child] < documents[parent] else { break }
            documents.swapAt(child, parent)
            cursors.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes the cursor with the smallest document and returns its index.
    mutating func removeMinimum() -> Int? {
        guard let cursor = cursors.first else { return nil }
        let lastDocument = documents.removeLast(), lastCursor = cursors.removeLast()
        guard !documents.isEmpty else { return cursor }
        documents[0] = lastDocument
        cursors[0] = lastCursor
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < documents.count, documents[left] < documents[smallest] { smallest = left }
            if right < documents.count, documents[right] < documents[smallest] { smallest = right }
            guard smallest != parent else { break }
            documents.swapAt(parent, smallest)
            cursors.swapAt(parent, smallest)
            parent = smallest
        }
        return cursor
    }
}
