import Testing
import TraCuuTestSupport
import TraCuu

extension StoredFieldsTests {
    static let name = "_7.tcsf"

    /// A small file of several blocks.
    static func sampleFile() throws -> [UInt8] {
        try storedFieldsFile(SeedText.documents(60, seed: 11), blockSize: 1024)
    }

    @Test("a flipped byte anywhere in the file throws corrupted naming the file")
    func flippedByte() throws {
        let original = try Self.sampleFile()
        var random = SeededGenerator(seed: 5)
        // Every byte of the header, trailer and footer, and a sample of the rest.
        var positions = Set(0..<8).union(original.count - 40..<original.count)
        while positions.count < 300 {
            positions.insert(Int.random(in: 0..<original.count, using: &random))
        }
        for position in positions.sorted() {
            for mask: UInt8 in [0x01, 0x80, 0xFF] {
                var damaged = original
                damaged[position] ^= mask
                // A changed version is read as another format.
                let otherVersion = (4..<8).contains(position)
                expectIndexError(otherVersion ? .incompatibleFormat : .corrupted, file: Self.name,
                                 "byte \(position) ^ \(mask)") {
                    _ = try readAllDocuments(damaged, name: Self.name)
                }
            }
        }
    }

    @Test("a truncated file throws corrupted naming the file")
    func truncated() throws {
        let original = try Self.sampleFile()
        let count = original.count
        for length in [0, 1, 4, 8, 23, 24, 39, count / 2, count - 17, count - 16, count - 1] {
            expectIndexError(.corrupted, file: Self.name, "\(length) of \(count) bytes") {
                _ = try readAllDocuments(Array(original.prefix(length)), name: Self.name)
            }
        }
    }

    @Test("a newer format version in the header throws incompatibleFormat")
    func newerVersion() throws {
        var bytes = try Self.sampleFile()
        bytes[4] = UInt8(FileEnvelope.formatVersion + 1)
        expectIndexError(.incompatibleFormat, file: Self.name) {
            _ = try readAllDocuments(bytes, name: Self.name)
        }
    }

    @Test("a damaged body under a valid checksum throws corrupted or reads, never traps")
    func damagedBodyWithValidChecksum() throws {
        let original = try Self.sampleFile()
        let body = Array(original[8..<original.count - 16])
        var random = SeededGenerator(seed: 9)
        for round in 0..<400 {
            var damaged = body
            let position = Int.random(in: 0..<damaged.count, using: &random)
            switch round % 4 {
            case 0: damaged[position] ^= UInt8.random(in: 1...255, using: &random)
            case 1: damaged.remove(at: position)
            case 2: damaged.insert(UInt8.random(in: 0...255, using: &random), at: position)
            default: damaged[position] = 0xFF
            }
            let file = try envelope(damaged)
            do {
                _ = try readAllDocuments(file, name: Self.name)
            } catch let error as IndexError {
                #expect(error.code == .corrupted, "round \(round): \(error.message)")
                #expect(error.file == Self.name)
            }
        }
    }

    @Test("random bodies under a valid checksum throw corrupted",
          arguments: [0, 1, 15, 16, 17, 100])
    func randomBodies(length: Int) throws {
        var random = SeededGenerator(seed: UInt64(length))
        for _ in 0..<50 {
            let body = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            expectIndexError(.corrupted, file: Self.name, "\(body)") {
                _ = try readAllDocuments(try envelope(body), name: Self.name)
            }
        }
    }

    @Test("a block index that lies about offsets, sizes or counts throws corrupted",
          arguments: [
              // (index entries, indexOffset, blockCount, documentCount)
              ([0, 1, 0, 40, 30], 10, 1, 1),                // the block runs into the index
              ([0, 1, 0, 10, 30], 10, 2, 1),                // more blocks than entries
              ([0, 1, 0, 10, 30], 10, 1, 2),                // more documents than blocks hold
              ([1, 1, 0, 10, 30], 10, 1, 1),                // first document out of order
              ([0, 0, 0, 10, 30], 10, 1, 0),                // a block without documents
              ([0, 1, 1, 9, 30], 10, 1, 1),                 // a gap before the block
              ([0, 1, 0, 10, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F], 10, 1, 1),  // 4 GiB from 10 bytes
              ([0, 1, 0, 10, 30, 0], 10, 1, 1),             // a byte after the last entry
              ([0, 1, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 30],
               10, 1, 1),                                   // a size that overflows Int
              ([], 0xFFFF_FFFF_FFFF, 0, 0),                 // index offset past the body
          ] as [([UInt8], UInt64, UInt32, UInt32)])
    func lyingIndex(entries: [UInt8], indexOffset: UInt64, blockCount: UInt32,
                    documentCount: UInt32) throws
    {
        // Ten bytes where the block would be: opening must fail before reading them.
        let body = [UInt8](repeating: 0, count: 10)
            + index(entries, offset: indexOffset, blocks: blockCount, documents: documentCount)
        expectIndexError(.corrupted, file: Self.name) {
            _ = try StoredFieldsReader(FileBytes(copying: try envelope(body)), name: Self.name)
        }
    }

    @Test("a block whose bytes do not hold its documents exactly throws corrupted",
          arguments: [
              ([UInt8](repeating: 0, count: 30), 30, 1),          // 29 bytes after document 0
              ([2, 0, 0], 3, 2),                                  // document 0 eats document 1
              ([1, 5, 0x61], 3, 1),                               // a name past the block's end
              ([1, 1, 0x61, 2, 0xC3, 0x28], 6, 1),                // a value that is not UTF-8
              ([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01], 10, 1),  // 2^63 fields
              ([1, 1, 0x61], 4, 1),                               // the frame holds fewer bytes
          ] as [([UInt8], Int, Int)])
    func badBlockContents(contents: [UInt8], uncompressedSize: Int, documents: Int) throws {
        let frame = Zstd.compress(contents)
        var entries: [UInt8] = [0, UInt8(documents), 0, UInt8(frame.count)]
        entries.append(UInt8(uncompressedSize))
        let body = frame + index(entries, offset: UInt64(frame.count), blocks: 1,
                                 documents: UInt32(documents))
        let reader = try StoredFieldsReader(FileBytes(copying: try envelope(body)),
                                            name: Self.name)
        for ordinal in 0..<documents {
            expectIndexError(.corrupted, file: Self.name, "document \(ordinal)") {
                _ = try reader.document(ordinal)
            }
            expectIndexError(.corrupted, file: Self.name, "field of \(ordinal)") {
                _ = try reader.field("a", of: ordinal)
            }
        }
    }

    /// Block index entries followed by the trailer.
    private func index(_ entries: [UInt8], offset: UInt64, blocks: UInt32, documents: UInt32)
        -> [UInt8]
    {
        var bytes = entries
        withUnsafeBytes(of: offset.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: blocks.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: documents.littleEndian) { bytes += $0 }
        return bytes
    }

    /// `body` in a valid envelope.
    private func envelope(_ body: [UInt8]) throws -> [UInt8] {
        let output = ByteOutput()
        try FileEnvelope.write(body, magic: StoredFieldsFormat.magic, to: output)
        return output.bytes
    }
}
