import Testing
@testable import TraCuu
import TraCuuTestSupport

/// The segment builder's own tables against plain Swift collections.
@Suite struct BuilderTablesTests {
    @Test("radix sort orders keys as sorted() does, whichever digits vary",
          arguments: [UInt64(0xFFFF), 0xFFFF_FFFF, 0x000F_FFFF_000F_FFFF, .max])
    func radixSort(mask: UInt64) {
        var random = SeededGenerator(seed: mask)
        var keys = (0..<5_000).map { _ in random.next() & mask }
        let expected = keys.sorted()
        RadixSort.sort(&keys)
        #expect(keys == expected)
    }

    @Test("bigram counts equal a dictionary's, across batches and added sorted runs")
    func bigramCounts() {
        var random = SeededGenerator(seed: 7)
        var expected: [UInt64: UInt32] = [:]
        let counter = BigramCounter(batchLimit: 97)
        for _ in 0..<60 {
            // Fields of 0 to 199 pairs: some fill the batch more than once.
            let keys = (0..<random.next() % 200).map { _ in
                (random.next() % 40) << 32 | random.next() % 50
            }
            counter.increment(keys)
            for key in keys { expected[key, default: 0] += 1 }
        }
        let run = Dictionary(grouping: (0..<500).map { _ in random.next() % 3_000 }) { $0 }
            .mapValues { UInt32($0.count) }.sorted { $0.key < $1.key }
        counter.add(sortedKeys: run.map(\.key), counts: run.map(\.value))
        for (key, count) in run { expected[key, default: 0] += count }
        let pairs = counter.sortedPairs()
        #expect(pairs.keys == expected.keys.sorted())
        #expect(pairs.counts == expected.keys.sorted().map { expected[$0]! })
    }

    @Test("term ids are dense and stable, keys compared by their bytes")
    func termTable() {
        let table = TermTable()
        let words = ["hoà", "hòa", "hoa", "hoà", "Hoa", "hoa"]
        let ids = words.map { table.id(exact: $0, folded: $0.lowercased()) }
        #expect(ids == [0, 1, 2, 0, 3, 2])
        #expect(table.exactKeys == ["hoà", "hòa", "hoa", "Hoa"])
        for number in 0..<10_000 { _ = table.id(exact: "từ\(number)", folded: "tu\(number)") }
        #expect(table.id(exact: "hòa", folded: "hoa") == 1)
        #expect(table.id(exact: "từ9999", folded: "tu9999") == 10_003)
        #expect(table.count == 10_004)
    }

    /// 200,000 long keys share some 32-bit hashes (about five pairs are expected), so
    /// their bytes must tell them apart.
    @Test("keys over 15 bytes keep their ids through growth, apart from all other keys")
    func termTableLongKeys() {
        let table = TermTable()
        let long = (0..<200_000).map { "person|nguyễn văn \($0)" }
        let short = (0..<5_000).map { "tu\($0)" }
        let keys = long + short
        let ids = keys.map { table.id(exact: $0, folded: $0) }
        // Each key a new id, and the same id when asked again (only mismatches are printed).
        #expect(ids.enumerated().filter { $0.element != UInt32($0.offset) }.count == 0)
        #expect(keys.indices.filter { table.id(exact: keys[$0], folded: "") != ids[$0] }
                    .prefix(5) == [])
        // A key one byte longer or shorter than a stored one is another term.
        #expect(table.id(exact: "person|nguyễn văn 1x", folded: "") == 205_000)
        #expect(table.id(exact: "person|nguyễn văn ", folded: "") == 205_001)
        #expect(table.exactKeys[42] == "person|nguyễn văn 42")
    }

    @Test("postings records open a document once and keep positions in order")
    func postingsTable() {
        let table = PostingsTable()
        table.record(0, at: 1, in: 0)
        table.record(0, at: 1, in: 0)
        table.record(0, at: 4, in: 0)
        table.record(2, at: 3, in: 0)
        table.record(0, at: 2, in: 5)
        for position in 0..<100 { table.record(1, at: UInt32(position), in: 7) }
        #expect(Array(table.records(of: 0)) == [0, 2, 1, 4, 5, 1, 2])
        #expect(Array(table.records(of: 1)) == [7, 100] + (0..<100).map(UInt32.init))
        #expect(Array(table.records(of: 2)) == [0, 1, 3])
        #expect(table.records(of: 9).isEmpty)
    }
}
