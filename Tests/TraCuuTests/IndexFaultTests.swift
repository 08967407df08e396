import Foundation
import Testing
@testable import TraCuu
import TraCuuTestSupport

@Suite struct IndexFaultTests {
    private func committedIndex(_ directory: any Directory) throws -> SearchIndex {
        let index = try SearchIndex.open(in: directory)
        let writer = try index.writer()
        for document in IndexFixtures.all { try writer.add(document) }
        try writer.commit()
        try writer.delete(id: "d1")
        try writer.commit()
        writer.close()
        return index
    }

    @Test("a flipped byte in any index file gives .corrupted naming that file")
    func flippedByte() throws {
        let directory = MemoryDirectory()
        _ = try committedIndex(directory)
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
                let index = try committedIndex(faults)
                let before = try IndexFixtures.ids(index.searcher(), "hoà")
                let writer = try index.writer()
                try writer.add(Document(id: "new", body: "hòa bình mới"))
                try writer.delete(id: "d2")
                faults.failCall(call, of: operation)
                let failed = (try? writer.commit()) == nil
                faults.disarm()
                writer.close()
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

    @Test("a full disk during commit leaves the previous commit intact")
    func fullDisk() throws {
        let faults = FaultInjectingDirectory(wrapping: MemoryDirectory())
        let index = try committedIndex(faults)
        let writer = try index.writer()
        try writer.add(Document(id: "new", body: String(repeating: "hòa bình ", count: 10_000)))
        faults.simulateFullDisk(after: 1000)
        #expect(throws: IndexError.self) { try writer.commit() }
        faults.disarm()
        writer.close()
        let searcher = try SearchIndex.open(in: faults).searcher()
        #expect(searcher.documentCount == 3)
        try searcher.verify()
    }

    @Test("an index written by a newer format version is refused with a clear message")
    func newerFormat() throws {
        let directory = MemoryDirectory()
        _ = try committedIndex(directory)
        var manifest = try directory.read("manifest").copiedBytes()
        manifest[4] = 99
        try replace("manifest", with: manifest, in: directory)
        do {
            _ = try SearchIndex.open(in: directory, creatingIfMissing: false).searcher()
            Issue.record("opened a newer format")
        } catch let error as IndexError {
            #expect(error.code == .incompatibleFormat)
            #expect(error.message.contains("version 99"))
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
