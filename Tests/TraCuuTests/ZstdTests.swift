import Testing
import TraCuuTestSupport
import TraCuu

@Suite struct ZstdTests {
    static let text = Array(SeedText.article.utf8)

    @Test("compressed text decompresses to itself", arguments: [1, 3, 19] as [Int32])
    func roundTrip(level: Int32) throws {
        let compressed = Zstd.compress(Self.text, level: level)
        #expect(compressed.count < Self.text.count / 2)
        #expect(try Zstd.decompress(compressed, expectedSize: Self.text.count) == Self.text)
    }

    @Test("empty input round-trips")
    func empty() throws {
        let compressed = Zstd.compress([UInt8]())
        #expect(!compressed.isEmpty)
        #expect(try Zstd.decompress(compressed, expectedSize: 0) == [])
    }

    @Test("a frame of another size than expected throws")
    func wrongSize() {
        let compressed = Zstd.compress(Self.text)
        for size in [0, Self.text.count - 1, Self.text.count + 1] {
            #expect(throws: ZstdError.self) {
                try Zstd.decompress(compressed, expectedSize: size)
            }
        }
    }

    @Test("garbage, truncated frames and trailing bytes throw instead of trapping")
    func garbage() {
        let compressed = Zstd.compress(Self.text)
        var random = SeededGenerator(seed: 1)
        var inputs: [[UInt8]] = [[], [0x28], Array(compressed.prefix(5)),
                                 Array(compressed.dropLast()), compressed + [0]]
        for _ in 0..<50 {
            inputs.append((0..<Int.random(in: 0..<300, using: &random)).map { _ in
                UInt8.random(in: 0...255, using: &random)
            })
        }
        for length in stride(from: 0, to: compressed.count, by: 97) {
            var damaged = compressed
            damaged[length] ^= 0x5A
            inputs.append(damaged)
        }
        for input in inputs {
            // A flip in a literal can decode to other text of the same size; never a trap.
            if let output = try? Zstd.decompress(input, expectedSize: Self.text.count) {
                #expect(output.count == Self.text.count)
            }
            #expect(throws: ZstdError.self) { try Zstd.decompress(input, expectedSize: 7) }
        }
    }

    @Test("one frame decompressor reads frame after frame, also after a bad one")
    func frameDecompressorReuse() throws {
        let decompressor = ZstdFrameDecompressor()
        let good = Zstd.compress(Self.text)
        func decompress(_ frame: [UInt8]) throws -> [UInt8] {
            try frame.withUnsafeBytes { bytes in
                try decompressor.decompress(bytes, expectedSize: Self.text.count)
            }
        }
        for bad in [Array(good.dropLast()), good + [0], good + good] {
            #expect(try decompress(good) == Self.text)
            #expect(throws: ZstdError.self) { try decompress(bad) }
        }
        #expect(try decompress(good) == Self.text)
    }

    @Test("the stream decoder reads concatenated frames fed in chunks of any size",
          arguments: [1, 7, 4096, 1 << 20])
    func streaming(chunkSize: Int) throws {
        let frames = Zstd.compress(Self.text) + Zstd.compress([UInt8]())
            + Zstd.compress(Array("Hà Nội".utf8))
        let decoder = ZstdStreamDecoder()
        var output: [UInt8] = []
        var start = 0
        while start < frames.count {
            let end = min(start + chunkSize, frames.count)
            output += try decoder.decode(Array(frames[start..<end]))
            start = end
        }
        try decoder.finish()
        #expect(output == Self.text + Array("Hà Nội".utf8))
    }

    @Test("the stream decoder reports output larger than its buffer in pieces")
    func streamingLargeOutput() throws {
        let large = [UInt8](repeating: 0x61, count: 3 << 20)
        let decoder = ZstdStreamDecoder()
        var pieces = 0
        var total = 0
        try Zstd.compress(large).withUnsafeBytes { bytes in
            try decoder.decode(bytes) { piece in
                pieces += 1
                total += piece.count
            }
        }
        try decoder.finish()
        #expect(total == large.count)
        #expect(pieces > 1)
    }

    @Test("a truncated stream fails at finish and garbage fails at once, then stays failed")
    func streamingErrors() throws {
        let compressed = Zstd.compress(Self.text)
        let truncated = ZstdStreamDecoder()
        _ = try truncated.decode(Array(compressed.dropLast(3)))
        #expect(throws: ZstdError.self) { try truncated.finish() }

        let garbage = ZstdStreamDecoder()
        #expect(throws: ZstdError.self) { try garbage.decode(Array("không phải zstd".utf8)) }
        #expect(throws: ZstdError.self) { try garbage.decode(compressed) }
        #expect(throws: ZstdError.self) { try garbage.finish() }
    }
}
