import CPrefetch

/// Per term of a segment under construction, its postings as one growing list of `UInt32`:
/// for each document its ordinal, the frequency, then the positions.
///
/// Called once per token and entity key. A term's list and its bookkeeping (the last
/// document seen, where that document's frequency sits) share one 24-byte header, so a
/// token touches one header and the list's end; arrays of arrays cost three lookups and
/// copy-on-write checks per token.
final class PostingsTable {
    private struct List {
        var records: UnsafeMutablePointer<UInt32>?
        var count: UInt32 = 0
        var capacity: UInt32 = 0
        var lastDocument: UInt32 = .max
        var frequencySlot: UInt32 = 0
    }

    private var lists: UnsafeMutablePointer<List>
    private var listCapacity = 1 << 12
    private(set) var termCount = 0
    /// Bytes of records held, for the buffer's memory estimate.
    private(set) var bytes = 0

    init() {
        lists = .allocate(capacity: listCapacity)
    }

    deinit {
        for term in 0..<termCount { lists[term].records?.deallocate() }
        lists.deinitialize(count: termCount)
        lists.deallocate()
    }

    /// Appends a position to a term's postings, opening the document's `doc freq` record on
    /// its first position. A term's positions must arrive in ascending order per document
    /// and documents in ascending order; a repeated position is dropped.
    func record(_ term: UInt32, at position: UInt32, in ordinal: UInt32) {
        let index = Int(term)
        while index >= termCount { addTerm() }
        let list = lists + index
        if list.pointee.lastDocument != ordinal {
            list.pointee.lastDocument = ordinal
            append(ordinal, to: list)
            list.pointee.frequencySlot = list.pointee.count
            append(0, to: list)
        } else if list.pointee.records![Int(list.pointee.count) - 1] == position {
            return
        }
        append(position, to: list)
        list.pointee.records![Int(list.pointee.frequencySlot)] += 1
    }

    /// Records `terms[i]` at position `first + i` for each `i`: the tokens of a field, in
    /// order. Almost every token's list misses the cache, so each list's header is
    /// prefetched 32 tokens ahead and its end 16 ahead (from the header prefetched before).
    func record(_ terms: UnsafeBufferPointer<UInt32>, from first: UInt32, in ordinal: UInt32) {
        guard let largest = terms.max() else { return }
        while Int(largest) >= termCount { addTerm() }
        for index in terms.indices {
            if index + 32 < terms.count { tc_prefetch(lists + Int(terms[index + 32])) }
            if index + 16 < terms.count {
                let ahead = lists + Int(terms[index + 16])
                tc_prefetch(ahead.pointee.records.map { $0 + Int(ahead.pointee.count) })
            }
            record(terms[index], at: first + UInt32(index), in: ordinal)
        }
    }

    /// The records of `term`, valid until the next `record`.
    func records(of term: UInt32) -> UnsafeBufferPointer<UInt32> {
        guard Int(term) < termCount else { return UnsafeBufferPointer(start: nil, count: 0) }
        let list = lists[Int(term)]
        return UnsafeBufferPointer(start: list.records, count: Int(list.count))
    }

    private func addTerm() {
        if termCount == listCapacity {
            let grown = UnsafeMutablePointer<List>.allocate(capacity: listCapacity * 2)
            grown.moveInitialize(from: lists, count: termCount)
            lists.deallocate()
            lists = grown
            listCapacity *= 2
        }
        (lists + termCount).initialize(to: List())
        termCount += 1
    }

    private func append(_ value: UInt32, to list: UnsafeMutablePointer<List>) {
        if list.pointee.count == list.pointee.capacity { grow(list) }
        list.pointee.records![Int(list.pointee.count)] = value
        list.pointee.count += 1
    }

    /// Doubles a list's room (from 4 values), so appends are amortised constant time.
    private func grow(_ list: UnsafeMutablePointer<List>) {
        let capacity = max(4, Int(list.pointee.capacity) * 2)
        let grown = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
        if let old = list.pointee.records {
            grown.moveInitialize(from: old, count: Int(list.pointee.count))
            old.deallocate()
        }
        list.pointee.records = grown
        list.pointee.capacity = UInt32(capacity)
        bytes += (capacity - Int(list.pointee.count)) * 4
    }
}
