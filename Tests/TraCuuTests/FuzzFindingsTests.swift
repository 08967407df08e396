import Testing
@testable import TraCuu
import TraCuuTestSupport

/// Inputs the fuzz targets (`Fuzz/`) found crashing a reader, kept as regression tests: each
/// must now give a clear error.
@Suite struct FuzzFindingsTests {
    /// An index of two documents, one of them deleted, whose manifest is then rewritten with
    /// `generation` and `nextSegment` (checksummed, so only the values are damaged).
    private func index(generation: UInt64, nextSegment: UInt64) throws -> SearchIndex {
        let directory = MemoryDirectory()
        let index = try SearchIndex.open(in: directory)
        let writer = try index.writer()
        try writer.add(Document(id: "a", body: "Hòa bình và phát triển"))
        try writer.add(Document(id: "b", body: "Thành phố Hồ Chí Minh"))
        try writer.commit()
        try writer.delete(id: "a")
        try writer.commit()
        try writer.close()
        var manifest = try Manifest(reading: directory)
        manifest.generation = generation
        manifest.nextSegment = nextSegment
        try manifest.commit(to: directory)
        return index
    }

    @Test("a document table whose title is longer than its document is .corrupted, not a trap",
          arguments: [UInt32.max, 1_000])
    func titleLongerThanDocument(titleLength: UInt32) throws {
        let directory = MemoryDirectory()
        let index = try SearchIndex.open(in: directory)
        let writer = try index.writer()
        try writer.add(Document(id: "a", title: "Tin", body: "Hòa bình và phát triển"))
        try writer.commit()
        try writer.close()
        let name = "seg_0.doc"
        let file = try directory.read(name)
        var body = Array(try FileEnvelope.body(of: file.bytes, magic: SegmentFormat.documentsMagic,
                                               file: name))
        // After the document count: the first document's title length, little-endian.
        withUnsafeBytes(of: titleLength.littleEndian) { body.replaceSubrange(4..<8, with: $0) }
        let output = try directory.createOutput(name)
        try FileEnvelope.write(body, magic: SegmentFormat.documentsMagic, to: output)
        try output.finish()
        do {
            // A new process: this one shares the segment as it was when written.
            let reopened = try SearchIndex.open(in: directory, creatingIfMissing: false)
            _ = try reopened.searcher().search(Query(parsing: "hòa bình"))
            Issue.record("a title length of \(titleLength) was accepted")
        } catch let error as IndexError {
            #expect(error.code == .corrupted)
            #expect(error.file == name)
        }
    }

    @Test("a manifest whose segment counter is at its largest value makes merge throw .corrupted")
    func segmentCounterAtMaximum() throws {
        let index = try index(generation: 2, nextSegment: .max)
        let writer = try index.writer()
        defer { try? writer.close() }
        do {
            try writer.mergeAll()
            Issue.record("merge with no segment number left did not throw")
        } catch let error as IndexError {
            #expect(error.code == .corrupted)
            #expect(error.file == SegmentFormat.manifestName)
        }
    }

    @Test("a manifest whose segment counter is at its largest value makes commit throw")
    func segmentCounterAtMaximumOnCommit() throws {
        let index = try index(generation: 2, nextSegment: .max)
        let writer = try index.writer()
        defer { try? writer.close() }
        try writer.add(Document(id: "c", body: "Nghị quyết số 05"))
        #expect(throws: IndexError.self) { try writer.commit() }
    }

    @Test("a manifest whose generation is at its largest value makes commit throw .corrupted")
    func generationAtMaximum() throws {
        let index = try index(generation: .max, nextSegment: 5)
        let writer = try index.writer()
        defer { try? writer.close() }
        _ = try writer.delete(id: "b")
        do {
            try writer.commit()
            Issue.record("commit after the largest generation did not throw")
        } catch let error as IndexError {
            #expect(error.code == .corrupted)
        }
        #expect(try index.searcher().generation == .max)
    }
}
