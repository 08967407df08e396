import Foundation
import Testing
@testable import TraCuu
import TraCuuTestSupport

@Suite struct IndexFaultTests {
    @Test("a flipped byte in any index file gives .corrupted naming that file")
    func flippedByte() throws {
        let directory = MemoryDirectory()
        try IndexFixtures.committedIndex(in: directory)
        for file in try directory.fileNames().sorted() {
            let original = try directory.read(file).copiedBytes()
            for position in Set([0, 5, original.count / 2, original.count - 1]) {
                var damaged = original
                damaged[position] ^= 0x40
                try replace(file, with: damaged, in: directory)
                do {
                    let searcher = try SearchIndex.open(in: directory, creatingIfMissing: false)
                        .searcher()
                    try searcher.verify()
                    Issue.record("no error for \(file) byte \(position)")
                } catch let error as IndexError {
                    #expect(error.code == .corrupted || error.code == .incompatibleFormat,
                            "\(file): \(error)")
                    #expect(error.message.contains(file), "\(error.message)")
                }
            }
            try replace(file, with: original, in: directory)
        }
        try SearchIndex.open(in: directory).searcher().verify()
    }

    @Test("a failed write, sync or rename during commit leaves the previous commit intact")
    func failedCommit() throws {
        for operation in [FaultInjectingDirectory.Operation.write, .finish, .rename,
                          .syncDirectory, .createOutput] {
            for call in 1...12 {
                let faults = FaultInjectingDirectory(wrapping: MemoryDirectory())
                let index = try IndexFixtures.committedIndex(in: faults)
                let before = try IndexFixtures.ids(index.searcher(), "hoà")
                let writer = try index.writer()
                try writer.add(Document(id: "new", body: "hòa bình mới"))
                try writer.delete(id: "d2")
                faults.failCall(call, of: operation)
                let failed = (try? writer.commit()) == nil
                faults.disarm()
                try writer.close()
                let reopened = try SearchIndex.open(in: faults).searcher()
                try reopened.verify()
                let after = try IndexFixtures.ids(reopened, "hoà")
                if failed {
                    #expect(after == before || after == ["new"], "\(operation) #\(call)")
                } else {
                    #expect(after == ["new"], "\(operation) #\(call)")
                }
            }
        }
    }

    @Test("a commit whose directory sync fails after the rename keeps the files both commits name")
    func failedDirectorySync() throws {
        let faults = FaultInjectingDirectory(wrapping: MemoryDirectory())
        let index = try IndexFixtures.committedIndex(in: faults)
        let before = try IndexFixtures.ids(index.searcher(), "hoà")
        let writer = try index.writer()
        try writer.add(Document(id: "new", body: "hòa bình mới"))
        try writer.delete(id: "d2")
        faults.failCall(1, of: .syncDirectory)
        #expect(throws: IndexError.self) { try writer.commit() }
        faults.disarm()
        // The rename happened: the folder holds the failed commit, and must keep its files
        // through the rollback's clean-up.
        try writer.rollback()
        let failed = try SearchIndex.open(in: faults).searcher()
        try failed.verify()
        #expect(try IndexFixtures.ids(failed, "hoà") == ["new"])
        try writer.add(Document(id: "newer", body: "hòa bình nữa"))
        try writer.commit()
        let last = try SearchIndex.open(in: faults).searcher()
        try last.verify()
        #expect(try IndexFixtures.ids(last, "hoà") == (before + ["newer"]).sorted())
        #expect(last.generation == failed.generation + 1)
        #expect(try index.unreferencedFiles().isEmpty)
    }

    @Test("a commit retried after a failed write writes the same segment as one that did not fail")
    func retriedCommit() throws {
        /// Every segment's stored documents and bigram pairs, and the hits of `hoà`.
        func contents(_ searcher: Searcher) throws -> [String] {
            try searcher.loadedSegments().map { segment in
                let reader = segment.reader
                var pairs: [String] = []
                try reader.forEachBigram { pairs.append("\($0):\($1)") }
                let documents = try (0..<reader.documentCount).map { try reader.document($0) }
                return "\(documents), bigrams " + pairs.joined(separator: " ")
            } + IndexFixtures.ids(searcher, "hoà")
        }
        func addAll(_ writer: IndexWriter) throws {
            for document in IndexFixtures.all { try writer.add(document) }
        }
        let clean = try SearchIndex.open(in: MemoryDirectory())
        let cleanWriter = try clean.writer()
        try addAll(cleanWriter)
        try cleanWriter.commit()
        let expected = try contents(clean.searcher())
        var failures = 0
        var writes = 0
        do {
            let faults = FaultInjectingDirectory(wrapping: MemoryDirectory())
            let index = try SearchIndex.open(in: faults)
            let writer = try index.writer()
            try addAll(writer)
            let before = faults.callCount(.write)
            try writer.commit()
            writes = faults.callCount(.write) - before
        }
        // Every write near the end (the last files: bigrams, stored fields), some before.
        for call in Set(stride(from: 1, to: writes, by: 11)).union(max(1, writes - 60)...writes) {
            let faults = FaultInjectingDirectory(wrapping: MemoryDirectory())
            let index = try SearchIndex.open(in: faults)
            let writer = try index.writer()
            try addAll(writer)
            faults.failCall(call, of: .write)
            if (try? writer.commit()) == nil { failures += 1 }
            faults.disarm()
            try writer.commit()
            #expect(try contents(index.searcher()) == expected, "write #\(call)")
        }
        #expect(failures > 0)
    }

    @Test("a failed merge leaves the commit durable, is reported on its own, and merges later")
    func failedMerge() throws {
        let options = IndexOptions(bufferBytes: 1, mergeFactor: 2)
        var failedMerges = 0
        for call in 1...60 {
            let faults = FaultInjectingDirectory(wrapping: MemoryDirectory())
            let index = try SearchIndex.open(in: faults, options: options)
            let writer = try index.writer()
            try writer.add(Document(id: "a", body: "hòa bình một"))
            try writer.add(Document(id: "c", body: "hòa bình ba"))
            try writer.commit()
            try writer.waitForMerges()
            try writer.add(Document(id: "b", body: "hòa bình hai"))
            try writer.delete(id: "c")
            faults.failCall(call, of: .write)
            let committed = (try? writer.commit()) != nil
            let merged = (try? writer.waitForMerges()) != nil
            faults.disarm()
            let reopened = try SearchIndex.open(in: faults, options: options).searcher()
            try reopened.verify()
            let ids = try IndexFixtures.ids(reopened, "hoà").sorted()
            #expect(ids == (committed ? ["a", "b"] : ["a", "c"]), "write #\(call)")
            if !merged {
                failedMerges += 1
                #expect(committed, "write #\(call): the merge failure came from the commit")
            }
            try writer.commit()
            try writer.waitForMerges()
            let retried = try index.searcher()
            try retried.verify()
            #expect(try IndexFixtures.ids(retried, "hoà").sorted() == ["a", "b"],
                    "write #\(call)")
            #expect(try retried.statistics().segments == 1, "write #\(call)")
            #expect(try index.unreferencedFiles().isEmpty, "write #\(call)")
        }
        #expect(failedMerges > 0)
    }

    @Test("a full disk during commit leaves the previous commit intact")
    func fullDisk() throws {
        let faults = FaultInjectingDirectory(wrapping: MemoryDirectory())
        let index = try IndexFixtures.committedIndex(in: faults)
        let writer = try index.writer()
        try writer.add(Document(id: "new", body: String(repeating: "hòa bình ", count: 10_000)))
        faults.simulateFullDisk(after: 1000)
        #expect(throws: IndexError.self) { try writer.commit() }
        faults.disarm()
        try writer.close()
        let searcher = try SearchIndex.open(in: faults).searcher()
        #expect(searcher.documentCount == 3)
        try searcher.verify()
    }

    @Test("an index written by a newer or an older format version is refused with a clear message",
          arguments: [(UInt8(99), "Upgrade TraCuu"), (UInt8(1), "Index the documents again"),
                     (UInt8(2), "Index the documents again")])
    func otherFormat(version: UInt8, advice: String) throws {
        let directory = MemoryDirectory()
        try IndexFixtures.committedIndex(in: directory)
        var manifest = try directory.read("manifest").copiedBytes()
        manifest[4] = version
        try replace("manifest", with: manifest, in: directory)
        do {
            _ = try SearchIndex.open(in: directory, creatingIfMissing: false).searcher()
            Issue.record("opened format version \(version)")
        } catch let error as IndexError {
            #expect(error.code == .incompatibleFormat)
            #expect(error.message.contains("version \(version)"))
            #expect(error.message.contains(advice))
        }
    }

    private func replace(_ file: String, with bytes: [UInt8], in directory: any Directory)
        throws
    {
        let output = try directory.createOutput(file)
        try output.write(bytes)
        try output.finish()
    }
}
