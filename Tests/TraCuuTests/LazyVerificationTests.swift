import Foundation
import Testing
@testable import TraCuu
import TraCuuTestSupport

/// Opening reads no segment body; each file's checksum is verified when a search first reads
/// it, by `verify()` and by merges. Damage found late must still be an error naming the file,
/// never a crash or a wrong answer.
@Suite struct LazyVerificationTests {

    private static let query = "hòa bình"

    @Test("opening a searcher reads no body; the first search verifies the files it reads")
    func openingReadsNoBody() throws {
        let directory = MemoryDirectory()
        try IndexFixtures.committedIndex(in: directory)
        let searcher = try SearchIndex.open(in: directory, creatingIfMissing: false).searcher()
        let files = try #require(searcher.snapshot.first?.segment.files)
        #expect(SegmentFiles.Kind.allCases.allSatisfy { !files.isVerified($0) })
        let hits = try searcher.search(Query(parsing: Self.query)).hits
        #expect(hits.map(\.id).sorted() == ["d2", "seed"])
        #expect(SegmentFiles.Kind.allCases.allSatisfy { files.isVerified($0) })
    }

    @Test("a flipped byte in a segment file's body is found by the first search that reads it",
          arguments: ["dic", "pst", "pos", "doc", "bgr", "fdt"])
    func damageFoundBySearch(fileExtension: String) throws {
        let directory = MemoryDirectory()
        try IndexFixtures.committedIndex(in: directory)
        let name = "seg_0.\(fileExtension)"
        let original = try directory.read(name).copiedBytes()
        let bodyEnd = original.count - FileEnvelope.footerSize
        for position in Set([FileEnvelope.headerSize, (FileEnvelope.headerSize + bodyEnd) / 2,
                             bodyEnd - 1]) {
            var damaged = original
            damaged[position] ^= 0x10
            try StorageFixture.write(damaged, to: name, in: directory)
            // Opening checks frames only: the damage is inside the body.
            let searcher = try SearchIndex.open(in: directory, creatingIfMissing: false)
                .searcher()
            do {
                let hits = try searcher.search(Query(parsing: Self.query)).hits
                Issue.record("\(name) byte \(position): answered \(hits.map(\.id))")
            } catch let error as IndexError {
                #expect(error.code == .corrupted, "\(name) byte \(position): \(error)")
                #expect(error.file == name, "\(name) byte \(position): \(error)")
            }
        }
        try StorageFixture.write(original, to: name, in: directory)
        try SearchIndex.open(in: directory, creatingIfMissing: false).searcher().verify()
    }

    @Test("a flipped byte in the manifest or a tombstone file is found on opening",
          arguments: ["manifest", "seg_0_2.del"])
    func damageFoundOnOpening(name: String) throws {
        let directory = MemoryDirectory()
        try IndexFixtures.committedIndex(in: directory)
        var damaged = try directory.read(name).copiedBytes()
        damaged[damaged.count / 2] ^= 0x10
        try StorageFixture.write(damaged, to: name, in: directory)
        #expect {
            _ = try SearchIndex.open(in: directory, creatingIfMissing: false).searcher()
        } throws: { error in
            (error as? IndexError).map { $0.code == .corrupted && $0.file == name } ?? false
        }
    }

    @Test("a searcher after a commit shares the segments open before and maps only new ones")
    func searchersShareSegments() throws {
        let index = SearchIndex.inMemory(options: IndexOptions(mergeScheduling: .manual))
        let writer = try index.writer()
        try writer.add(IndexFixtures.seed)
        try writer.commit()
        let first = try index.searcher()
        #expect(try index.searcher() === first)
        _ = try first.search(Query(parsing: Self.query))
        for document in IndexFixtures.distractors { try writer.add(document) }
        try writer.commit()
        let second = try index.searcher()
        #expect(second !== first)
        #expect(second.snapshot.count == 2)
        #expect(second.snapshot[0].segment === first.snapshot[0].segment)
        // Verified by the first searcher's search, once for the process.
        #expect(second.snapshot[0].segment.files.isVerified(.postings))
        #expect(!second.snapshot[1].segment.files.isVerified(.postings))
        #expect(try second.search(Query(parsing: Self.query)).hits.map(\.id).sorted()
                == ["d2", "seed"])
    }

    @Test("verify() reads every checksum again, even of files a search verified")
    func verifyReadsAgain() throws {
        try StorageFixture.withFolder { path in
            let index = try SearchIndex.open(at: path, creatingIfMissing: true)
            let writer = try index.writer()
            for document in IndexFixtures.all { try writer.add(document) }
            try writer.commit()
            try writer.close()
            let searcher = try index.searcher()
            _ = try searcher.search(Query(parsing: Self.query))
            try searcher.verify()
            // Damage the file in place under the mapping, as a failing disk would.
            let file = try #require(FileHandle(forUpdatingAtPath: path + "/seg_0.pst"))
            try file.seek(toOffset: UInt64(FileEnvelope.headerSize))
            let byte = try #require(try file.read(upToCount: 1)?.first)
            try file.seek(toOffset: UInt64(FileEnvelope.headerSize))
            try file.write(contentsOf: [byte ^ 0x10])
            try file.close()
            #expect {
                try searcher.verify()
            } throws: { error in
                (error as? IndexError).map { $0.code == .corrupted && $0.file == "seg_0.pst" }
                    ?? false
            }
        }
    }
}
