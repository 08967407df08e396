import Testing
import TraCuuTestSupport
import TraCuu

@Suite struct DeltaCodingTests {
    @Test("ascending values become gaps, the first kept as is, and come back")
    func documentedExample() {
        var values: [UInt32] = [3, 7, 8, 20]
        DeltaCoding.encode(&values)
        #expect(values == [3, 4, 1, 12])
        #expect(DeltaCoding.decode(&values) == 20)
        #expect(values == [3, 7, 8, 20])
    }

    @Test("a base makes the first value a gap from the previous block's last value")
    func baseCarriesAcrossBlocks() {
        var values: [UInt32] = [3, 7, 8, 20]
        DeltaCoding.encode(&values, after: 2)
        #expect(values == [1, 4, 1, 12])
        #expect(DeltaCoding.decode(&values, after: 2) == 20)
        #expect(values == [3, 7, 8, 20])
    }

    @Test("empty input stays empty and decodes to its base")
    func emptyInput() {
        var values: [UInt32] = []
        DeltaCoding.encode(&values, after: 9)
        #expect(values.isEmpty)
        #expect(DeltaCoding.decode(&values, after: 9) == 9)
    }

    @Test("sorted random doc IDs round-trip, with gaps no larger than the values",
          arguments: [1, 127, 128, 129, 259, 5000])
    func sortedRandomRoundTrip(count: Int) {
        var random = SeededGenerator(seed: 0xDE17A + UInt64(count))
        var ids = Set<UInt32>()
        while ids.count < count { ids.insert(random.value(bitWidth: 24)) }
        let original = ids.sorted()
        var values = original
        DeltaCoding.encode(&values)
        #expect(zip(values, original).allSatisfy { $0 <= $1 })
        #expect(values.reduce(UInt64(0)) { $0 + UInt64($1) } == UInt64(original.last ?? 0))
        DeltaCoding.decode(&values)
        #expect(values == original)
    }

    @Test("unsorted input wraps but still round-trips, including UInt32.max")
    func unsortedInputWrapsAndRoundTrips() {
        let original: [UInt32] = [UInt32.max, 0, 5, 2, UInt32.max, 1]
        var values = original
        DeltaCoding.encode(&values, after: 7)
        #expect(values[1] == 1)  // 0 &- UInt32.max
        DeltaCoding.decode(&values, after: 7)
        #expect(values == original)
    }
}
