import Testing
@testable import TraCuu
import TraCuuTestSupport

/// A skip entry's `BlockMaximum` must bound BM25's term part in every document of its block,
/// for any BM25 parameters in the usual ranges and any average length: block-max pruning
/// skips a block on it.
@Suite struct BlockMaximumTests {
    /// BM25's term part, f × (k1 + 1) / (f + k1 × (1 − b + b × length / average)).
    static func termPart(frequency: UInt32, length: UInt32, k1: Double, b: Double,
                         average: Double) -> Double {
        let frequency = Double(frequency)
        return frequency * (k1 + 1) / (frequency + k1 * (1 - b + b * Double(length) / average))
    }

    /// Two ways of summing one value may differ in their last bits (the scorer has the same
    /// margin).
    static let rounding = 1 + 1e-12

    /// The bound `ScoreBounds` takes from a block maximum.
    static func bound(_ maximum: BlockMaximum, k1: Double, b: Double, average: Double) -> Double {
        (k1 + 1) / (1 + k1 * (1 - b) / Double(maximum.frequency)
                    + k1 * b / average * maximum.lengthPerFrequency)
    }

    @Test("stored and read back, the bound still holds for every document of the block")
    func boundHoldsAfterStoring() throws {
        var random = SeededGenerator(seed: 0xB10C)
        for _ in 0..<200 {
            let count = 1 + Int(random.next() % 128)
            let lengths = (0..<count).map { _ in UInt32(1 + random.next() % 3_000) }
            let frequencies = lengths.map { UInt32(1 + random.next() % UInt64(min($0, 40))) }
            var bytes: [UInt8] = []
            BlockMaximum(lengths: lengths, frequencies: frequencies, inTitle: true)
                .append(to: &bytes)
            #expect(bytes.count == BlockMaximum.byteCount)
            let read = bytes.withUnsafeBytes { BlockMaximum($0, at: 0) }
            #expect(read.inTitle)
            #expect(read.frequency == frequencies.max())
            for (k1, b, average) in [(1.2, 0.75, 700.0), (2.0, 1.0, 50.0), (0.5, 0.0, 3_000.0)] {
                let most = Self.bound(read, k1: k1, b: b, average: average)
                for (length, frequency) in zip(lengths, frequencies) {
                    #expect(Self.termPart(frequency: frequency, length: length, k1: k1, b: b,
                                          average: average) <= most * Self.rounding)
                }
            }
        }
    }

    @Test("two forms' blocks bound the sum of their frequencies in one document")
    func formsAddUp() {
        // One document of 100 tokens: 3 of one form, 7 of the other.
        var combined = BlockMaximum(lengths: [100, 40], frequencies: [3, 1], inTitle: false)
        combined.add(BlockMaximum(lengths: [100, 900], frequencies: [7, 2], inTitle: true))
        #expect(combined.frequency == 10)
        #expect(combined.inTitle)
        let most = Self.bound(combined, k1: 1.2, b: 0.75, average: 300)
        #expect(Self.termPart(frequency: 10, length: 100, k1: 1.2, b: 0.75, average: 300)
                <= most * Self.rounding)
        // Rather than the loose corner of the largest frequency in the shortest document.
        let corner = Self.termPart(frequency: 10, length: 40, k1: 1.2, b: 0.75, average: 300)
        #expect(most < corner)
    }
}
