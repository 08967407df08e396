import Synchronization
import Testing
@testable import TraCuu
import TraCuuTestSupport

/// A commit returns once durable; merges commit on their own, in the background or when the
/// caller runs them; a closed writer refuses calls.
@Suite struct WriterLifecycleTests {
    /// Each document its own segment (a one-byte buffer), merged three at a time.
    private static let options = IndexOptions(bufferBytes: 1, mergeFactor: 3,
                                              mergeScheduling: .manual)

    private static func document(_ id: String) -> Document {
        Document(id: id, body: "Hòa bình và phát triển, bản tin \(id).")
    }

    @Test("calls on a closed writer throw writerClosed, and a new writer can open")
    func closedWriterThrows() throws {
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        try writer.add(Self.document("a"))
        try writer.close()
        try writer.close()
        let calls: [(String, () throws -> Void)] = [
            ("add", { try writer.add(Self.document("b")) }),
            ("delete", { try writer.delete(id: "a") }),
            ("commit", { try writer.commit() }),
            ("rollback", { try writer.rollback() }),
            ("waitForMerges", { try writer.waitForMerges() }),
            ("runMerges", { try writer.runMerges() }),
            ("mergeAll", { try writer.mergeAll() }),
        ]
        for (name, call) in calls {
            #expect(throws: IndexError.self, "\(name)") { try call() }
            do { try call() } catch let error as IndexError {
                #expect(error.code == .writerClosed, "\(name): \(error)")
            }
        }
        let next = try index.writer()
        try next.commit()
        #expect(try index.searcher().documentCount == 0)
    }

    @Test("a commit does not merge; the merge commits on its own and answers as before")
    func mergeCommitsOnItsOwn() throws {
        let index = SearchIndex.inMemory(options: Self.options)
        let writer = try index.writer()
        for id in ["a", "b", "c"] { try writer.add(Self.document(id)) }
        try writer.commit()
        let committed = try index.searcher()
        #expect(try committed.statistics().segments == 3)
        try writer.runMerges()
        let merged = try index.searcher()
        #expect(merged.generation == committed.generation + 1)
        #expect(try merged.statistics().segments == 1)
        #expect(try IndexFixtures.ids(merged, "hòa") == ["a", "b", "c"])
        #expect(try IndexFixtures.ids(committed, "hòa") == ["a", "b", "c"])
    }

    @Test("documents deleted while a merge runs stay deleted in the merged segment",
          arguments: [false, true])
    func deletesDuringMerge(rollsBack: Bool) throws {
        let directory = MemoryDirectory()
        let index = try SearchIndex.open(in: directory, options: Self.options)
        let writer = try index.writer()
        for id in ["a", "b", "c", "d"] { try writer.add(Self.document(id)) }
        try writer.delete(id: "a")
        try writer.commit()
        try writer.close()
        // The writer's steps, interleaved by hand: start a merge, delete and commit meanwhile.
        let updater = try SegmentUpdater(directory: directory, cache: SegmentCache())
        let merge = try #require(try updater.startMerge { Set($0.map(\.name)) })
        #expect(try updater.delete(ids: ["b"]) == 1)
        try updater.commit()
        #expect(try updater.delete(ids: ["c"]) == 1)
        let sources = try zip(merge.sources, merge.tombstones).map { segment, tombstones in
            SegmentMerger.Source(reader: try segment.reader(), tombstones: tombstones)
        }
        let (count, maps) = try SegmentMerger.write(sources, as: merge.name, to: directory)
        #expect(count == 3)
        try updater.finishMerge(merge, documentCount: count, documentMaps: maps)
        let afterMerge = try SearchIndex.open(in: directory).searcher()
        #expect(try afterMerge.statistics().segments == 1)
        #expect(try IndexFixtures.ids(afterMerge, "hòa") == ["c", "d"])
        #expect(try Manifest(reading: directory).segments.map(\.deletedCount) == [1])
        if rollsBack { try updater.rollback() } else { try updater.commit() }
        #expect(try Manifest(reading: directory).segments.map(\.deletedCount)
                == [rollsBack ? 1 : 2])
        let last = try SearchIndex.open(in: directory).searcher()
        #expect(try IndexFixtures.ids(last, "hòa") == (rollsBack ? ["c", "d"] : ["d"]))
        try last.verify()
        #expect(try SearchIndex.open(in: directory).unreferencedFiles().isEmpty)
    }

    @Test("a merge's files, half written, survive the commits made meanwhile; a failed one's go")
    func filesOfMergeInProgress() throws {
        let directory = MemoryDirectory()
        let index = try SearchIndex.open(in: directory, options: Self.options)
        let writer = try index.writer()
        for id in ["a", "b"] { try writer.add(Self.document(id)) }
        try writer.commit()
        try writer.close()
        let updater = try SegmentUpdater(directory: directory, cache: SegmentCache())
        let merge = try #require(try updater.startMerge { Set($0.map(\.name)) })
        let partial = "\(merge.name).fdt"
        try StorageFixture.write([1, 2, 3], to: partial, in: directory)
        _ = try updater.delete(ids: ["a"])
        try updater.commit()
        #expect(directory.fileExists(partial))
        try updater.abandonMerge(merge)
        #expect(!directory.fileExists(partial))
        #expect(try IndexFixtures.ids(SearchIndex.open(in: directory).searcher(), "hòa") == ["b"])
    }

    @Test("close waits for a background merge and throws its failure, unless a handler took it",
          arguments: [false, true])
    func backgroundMergeFailure(hasHandler: Bool) throws {
        let faults = FaultInjectingDirectory(wrapping: MemoryDirectory())
        let options = IndexOptions(bufferBytes: 1, mergeFactor: 3)
        let index = try SearchIndex.open(in: faults, options: options)
        let writer = try index.writer()
        let handled = Mutex<[IndexError]>([])
        if hasHandler {
            writer.onMergeFailure = { failure in handled.withLock { $0.append(failure) } }
        }
        for id in ["a", "b", "c"] { try writer.add(Self.document(id)) }
        // Each document was flushed as it came: the commit creates only the manifest, and
        // the merge's first file is the next output created.
        faults.failCall(2, of: .createOutput)
        try writer.commit()
        if hasHandler {
            try writer.close()
            #expect(handled.withLock { $0.count } == 1)
        } else {
            #expect(throws: IndexError.self) { try writer.close() }
        }
        faults.disarm()
        let searcher = try SearchIndex.open(in: faults, options: options).searcher()
        #expect(try IndexFixtures.ids(searcher, "hòa") == ["a", "b", "c"])
        #expect(try searcher.statistics().segments == 3)
        #expect(try index.unreferencedFiles().isEmpty)
    }

    @Test("the async commit and wait run the same steps off the cooperative threads")
    func asyncCommit() async throws {
        let index = SearchIndex.inMemory(options: IndexOptions(bufferBytes: 1, mergeFactor: 3))
        let writer = try index.writer()
        for id in ["a", "b", "c", "d"] { try writer.add(Self.document(id)) }
        try await writer.commit()
        try await writer.waitForMerges()
        let searcher = try index.searcher()
        #expect(try searcher.statistics().segments == 2)
        #expect(try IndexFixtures.ids(searcher, "hòa") == ["a", "b", "c", "d"])
        try writer.close()
    }
}
