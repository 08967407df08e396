import Foundation
import Testing
import TraCuu

/// What only the on-disk directory does: folders, mapping, OS errors.
@Suite struct FileDirectoryTests {
    @Test("a missing folder throws notFound unless it may be created")
    func missingFolder() throws {
        try StorageFixture.withFolder { root in
            let path = root + "/index/nested"
            let error = #expect(throws: IndexError.self) {
                try FileDirectory(path: path, creatingIfMissing: false)
            }
            #expect(error?.code == .notFound)
            #expect(error?.message.contains(path) == true)

            let directory = try FileDirectory(path: path, creatingIfMissing: true)
            #expect(directory.path == path)
            #expect(FileManager.default.fileExists(atPath: path))
            _ = try FileDirectory(path: path, creatingIfMissing: false)
        }
    }

    @Test("a path that is a file is refused")
    func pathIsFile() throws {
        try StorageFixture.withFolder { root in
            let path = root + "/plain"
            #expect(FileManager.default.createFile(atPath: path, contents: Data([1])))
            let error = #expect(throws: IndexError.self) {
                try FileDirectory(path: path, creatingIfMissing: true)
            }
            #expect(error?.code == .io)
        }
    }

    @Test("a folder that cannot be created is refused with the system's reason in a sentence")
    func uncreatableFolder() throws {
        try StorageFixture.withFolder { root in
            #expect(FileManager.default.createFile(atPath: root + "/plain", contents: Data([1])))
            let path = root + "/plain/index"
            let error = #expect(throws: IndexError.self) {
                try FileDirectory(path: path, creatingIfMissing: true)
            }
            #expect(error?.code == .io)
            #expect(error?.message == "cannot create index directory \(path): Not a directory")
        }
    }

    @Test("finished bytes are on disk, where other readers see them")
    func bytesOnDisk() throws {
        try StorageFixture.withFolder { root in
            let directory = try FileDirectory(path: root, creatingIfMissing: false)
            let bytes = StorageFixture.pattern(70_000)
            try StorageFixture.write(bytes, to: "_0.seg", in: directory)
            let onDisk = try Data(contentsOf: URL(fileURLWithPath: root + "/_0.seg"))
            #expect(Array(onDisk) == bytes)
        }
    }

    @Test("the listing leaves out subfolders and the lock file")
    func listingSkipsFoldersAndLock() throws {
        try StorageFixture.withFolder { root in
            let directory = try FileDirectory(path: root, creatingIfMissing: false)
            try FileManager.default.createDirectory(atPath: root + "/sub",
                                                    withIntermediateDirectories: false)
            try StorageFixture.write([1], to: "manifest", in: directory)
            let lock = try directory.lock()
            defer { lock.release() }
            #expect(try directory.fileNames() == ["manifest"])
            #expect(!directory.fileExists("sub"))
        }
    }

    @Test("a failed write throws io naming the file and the system's reason")
    func failedWrite() throws {
        try StorageFixture.withFolder { root in
            let directory = try FileDirectory(path: root, creatingIfMissing: false)
            try FileManager.default.createSymbolicLink(atPath: root + "/full.seg",
                                                       withDestinationPath: "/dev/full")
            let buffered = try directory.createOutput("full.seg")
            try buffered.write([1, 2, 3])
            let atFinish = #expect(throws: IndexError.self) { try buffered.finish() }
            #expect(atFinish?.code == .io)
            #expect(atFinish?.file == "full.seg")
            #expect(atFinish?.message.contains(root + "/full.seg") == true)
            #expect(atFinish?.message.contains("No space left on device") == true)

            let large = try directory.createOutput("full.seg")
            let atWrite = #expect(throws: IndexError.self) {
                try large.write(StorageFixture.pattern(100_000))
            }
            #expect(atWrite?.code == .io)
            #expect(throws: IndexError.self) { try large.write([1]) }
            #expect(throws: IndexError.self) { try large.finish() }
        }
    }

    @Test("syncing the folder succeeds and a vanished folder throws")
    func syncDirectory() throws {
        let directory = try StorageFixture.withFolder { root in
            let directory = try FileDirectory(path: root, creatingIfMissing: false)
            try directory.syncDirectory()
            return directory
        }
        let error = #expect(throws: IndexError.self) { try directory.syncDirectory() }
        #expect(error?.code == .notFound)
    }

    @Test("writing after finish is a programmer error")
    func writeAfterFinish() async {
        let result = await #expect(processExitsWith: .failure,
                                   observing: [\.standardErrorContent]) {
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("tracuu-exit-\(UUID().uuidString)").path
            let directory = try FileDirectory(path: folder, creatingIfMissing: true)
            let output = try directory.createOutput("a")
            try FileManager.default.removeItem(atPath: folder)
            try output.finish()
            try output.write([1])
        }
        let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(message.contains("write(_:) on a after finish()"))
    }
}
