import Testing
import TraCuu
import TraCuuTestSupport

/// The fault-injecting wrapper fails exactly the calls it was armed for.
@Suite struct FaultInjectingDirectoryTests {
    @Test("the armed write fails and the writes around it pass",
          arguments: DirectoryKind.allCases)
    func armedWrite(kind: DirectoryKind) throws {
        try StorageFixture.withDirectory(kind) { base in
            let disk = FaultInjectingDirectory(wrapping: base)
            let output = try disk.createOutput("_0.seg")
            try output.write([1])
            disk.failCall(2, of: .write)
            try output.write([2])
            let error = #expect(throws: IndexError.self) { try output.write([3]) }
            #expect(error?.code == .io)
            #expect(error?.message == "injected fault")
            #expect(error?.file == "_0.seg")
            try output.write([4])
            try output.finish()
            #expect(try StorageFixture.contents(of: "_0.seg", in: base) == [1, 2, 4])
            #expect(disk.callCount(.write) == 4)
            #expect(disk.faultCount == 1)
        }
    }

    @Test("an armed finish, rename or directory sync fails once and reaches nothing",
          arguments: DirectoryKind.allCases)
    func armedOperations(kind: DirectoryKind) throws {
        try StorageFixture.withDirectory(kind) { base in
            let disk = FaultInjectingDirectory(wrapping: base)
            try StorageFixture.write([1], to: "manifest", in: disk)

            disk.failCall(1, of: .finish)
            let output = try disk.createOutput("manifest.tmp")
            try output.write([2])
            #expect(throws: IndexError.self) { try output.finish() }
            try StorageFixture.write([2], to: "manifest.tmp", in: disk)

            disk.failCall(1, of: .rename)
            #expect(throws: IndexError.self) { try disk.rename("manifest.tmp", to: "manifest") }
            #expect(try StorageFixture.contents(of: "manifest", in: base) == [1])
            try disk.rename("manifest.tmp", to: "manifest")
            #expect(try StorageFixture.contents(of: "manifest", in: base) == [2])

            disk.failCall(2, of: .syncDirectory)
            try disk.syncDirectory()
            #expect(throws: IndexError.self) { try disk.syncDirectory() }
            try disk.syncDirectory()
            #expect(disk.faultCount == 3)
            #expect(disk.callCount(.rename) == 2)
        }
    }

    @Test("a full disk fails every write past the limit after writing what fits")
    func fullDisk() throws {
        let base = MemoryDirectory()
        let disk = FaultInjectingDirectory(wrapping: base)
        disk.simulateFullDisk(after: 10)
        let output = try disk.createOutput("_0.seg")
        try output.write(StorageFixture.pattern(6))
        let error = #expect(throws: IndexError.self) {
            try output.write(StorageFixture.pattern(6, seed: 1))
        }
        #expect(error?.code == .io)
        #expect(output.count == 10)
        #expect(throws: IndexError.self) { try output.write([1]) }
        try output.write([])
        disk.disarm()
        try output.write([7])
        try output.finish()
        let expected = StorageFixture.pattern(6) + StorageFixture.pattern(6, seed: 1).prefix(4)
            + [7]
        #expect(try StorageFixture.contents(of: "_0.seg", in: base) == expected)
        #expect(disk.faultCount == 2)
    }

    @Test("every write of a sequence can be failed in turn")
    func enumerateWrites() throws {
        let clean = FaultInjectingDirectory(wrapping: MemoryDirectory())
        try StorageFixture.write(StorageFixture.pattern(300), to: "a", in: clean)
        let writes = clean.callCount(.write)
        #expect(writes > 1)
        for failing in 1...writes {
            let disk = FaultInjectingDirectory(wrapping: MemoryDirectory())
            disk.failCall(failing, of: .write)
            #expect(throws: IndexError.self) {
                try StorageFixture.write(StorageFixture.pattern(300), to: "a", in: disk)
            }
            #expect(!disk.fileExists("a"))
            #expect(disk.callCount(.write) == failing)
        }
    }
}
