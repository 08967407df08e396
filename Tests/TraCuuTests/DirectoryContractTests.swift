import Testing
import TraCuu
#if canImport(Glibc)
import Glibc
#endif

/// Behaviour every `Directory` shares, run against `FileDirectory` and `MemoryDirectory`.
@Suite struct DirectoryContractTests {
    @Test("bytes written and finished read back equal",
          arguments: DirectoryKind.allCases, [0, 1, 100, 65_535, 65_536, 65_537, 200_000])
    func roundTrip(kind: DirectoryKind, size: Int) throws {
        try StorageFixture.withDirectory(kind) { directory in
            let bytes = StorageFixture.pattern(size)
            try StorageFixture.write(bytes, to: "seg.bin", in: directory)
            #expect(try StorageFixture.contents(of: "seg.bin", in: directory) == bytes)
        }
    }

    @Test("a new output replaces a file of the same name", arguments: DirectoryKind.allCases)
    func createReplaces(kind: DirectoryKind) throws {
        try StorageFixture.withDirectory(kind) { directory in
            try StorageFixture.write(StorageFixture.pattern(5000), to: "a", in: directory)
            try StorageFixture.write([1, 2, 3], to: "a", in: directory)
            #expect(try StorageFixture.contents(of: "a", in: directory) == [1, 2, 3])
        }
    }

    @Test("bytes read stay valid after the file is deleted or renamed over",
          arguments: DirectoryKind.allCases)
    func readOutlivesFile(kind: DirectoryKind) throws {
        try StorageFixture.withDirectory(kind) { directory in
            let first = StorageFixture.pattern(100_000, seed: 1)
            try StorageFixture.write(first, to: "old", in: directory)
            let deleted = try directory.read("old")
            try directory.delete("old")
            #expect(!directory.fileExists("old"))

            try StorageFixture.write(first, to: "manifest", in: directory)
            let replaced = try directory.read("manifest")
            try StorageFixture.write([9, 9], to: "manifest.tmp", in: directory)
            try directory.rename("manifest.tmp", to: "manifest")

            #expect(deleted.copiedBytes() == first)
            #expect(replaced.copiedBytes() == first)
            #expect(try StorageFixture.contents(of: "manifest", in: directory) == [9, 9])
        }
    }

    @Test("rename replaces the destination and removes the source",
          arguments: DirectoryKind.allCases)
    func renameReplaces(kind: DirectoryKind) throws {
        try StorageFixture.withDirectory(kind) { directory in
            try StorageFixture.write([1], to: "manifest", in: directory)
            try StorageFixture.write([2, 2], to: "manifest.tmp", in: directory)
            try directory.rename("manifest.tmp", to: "manifest")
            try directory.syncDirectory()
            #expect(try StorageFixture.contents(of: "manifest", in: directory) == [2, 2])
            #expect(!directory.fileExists("manifest.tmp"))
            #expect(try directory.fileNames() == ["manifest"])
        }
    }

    @Test("renaming a missing file throws notFound", arguments: DirectoryKind.allCases)
    func renameMissing(kind: DirectoryKind) throws {
        try StorageFixture.withDirectory(kind) { directory in
            let error = #expect(throws: IndexError.self) {
                try directory.rename("absent", to: "manifest")
            }
            #expect(error?.code == .notFound)
            #expect(error?.message.contains("absent") == true)
        }
    }

    @Test("the listing names every file once", arguments: DirectoryKind.allCases)
    func listing(kind: DirectoryKind) throws {
        try StorageFixture.withDirectory(kind) { directory in
            #expect(try directory.fileNames().isEmpty)
            for name in ["_0.seg", "_1.seg", "manifest-3", "Nghị quyết.txt"] {
                try StorageFixture.write([0], to: name, in: directory)
            }
            try directory.delete("_1.seg")
            #expect(try directory.fileNames().sorted()
                == ["Nghị quyết.txt", "_0.seg", "manifest-3"])
            #expect(directory.fileExists("_0.seg"))
            #expect(!directory.fileExists("_1.seg"))
        }
    }

    @Test("deleting a missing file is not an error", arguments: DirectoryKind.allCases)
    func deleteMissing(kind: DirectoryKind) throws {
        try StorageFixture.withDirectory(kind) { directory in
            try directory.delete("never-written")
            try StorageFixture.write([1], to: "once", in: directory)
            try directory.delete("once")
            try directory.delete("once")
            #expect(try directory.fileNames().isEmpty)
        }
    }

    @Test("reading a missing file throws notFound naming it", arguments: DirectoryKind.allCases)
    func readMissing(kind: DirectoryKind) throws {
        try StorageFixture.withDirectory(kind) { directory in
            let error = #expect(throws: IndexError.self) { try directory.read("_7.seg") }
            #expect(error?.code == .notFound)
            #expect(error?.file == "_7.seg")
            #expect(error?.message.contains("_7.seg") == true)
        }
    }

    @Test("a second lock throws locked naming the holder's pid",
          arguments: DirectoryKind.allCases)
    func secondLock(kind: DirectoryKind) throws {
        try StorageFixture.withDirectory(kind) { directory in
            let first = try directory.lock()
            withExtendedLifetime(first) {
                let error = #expect(throws: IndexError.self) { try directory.lock() }
                #expect(error?.code == .locked)
                #expect(error?.message.contains("locked by another writer (pid \(getpid()))")
                    == true)
            }
        }
    }

    @Test("a released lock can be taken again", arguments: DirectoryKind.allCases)
    func releaseAndRelock(kind: DirectoryKind) throws {
        try StorageFixture.withDirectory(kind) { directory in
            let first = try directory.lock()
            first.release()
            first.release()
            let second = try directory.lock()
            second.release()
        }
    }

    @Test("a lock is released when its object goes away", arguments: DirectoryKind.allCases)
    func releaseOnDeinit(kind: DirectoryKind) throws {
        try StorageFixture.withDirectory(kind) { directory in
            var held: (any DirectoryLock)? = try directory.lock()
            #expect(throws: IndexError.self) { try directory.lock() }
            held = nil
            #expect(held == nil)
            let again = try directory.lock()
            again.release()
        }
    }
}
