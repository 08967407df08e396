import Testing
import TraCuu

/// What only the in-memory directory does.
@Suite struct MemoryDirectoryTests {
    @Test("an output's bytes appear only when it is finished")
    func visibleAtFinish() throws {
        let directory = MemoryDirectory()
        try StorageFixture.write([1], to: "manifest", in: directory)
        let output = try directory.createOutput("manifest")
        try output.write([2, 3])
        #expect(try StorageFixture.contents(of: "manifest", in: directory) == [1])
        let pending = try directory.createOutput("pending")
        try pending.write([4])
        #expect(!directory.fileExists("pending"))
        try output.finish()
        #expect(try StorageFixture.contents(of: "manifest", in: directory) == [2, 3])
        #expect(output.count == 2)
    }

    @Test("two memory directories are independent, locks included")
    func independentInstances() throws {
        let first = MemoryDirectory()
        let second = MemoryDirectory()
        try StorageFixture.write([1], to: "a", in: first)
        #expect(!second.fileExists("a"))
        let lock = try first.lock()
        let other = try second.lock()
        lock.release()
        other.release()
    }

    @Test("concurrent writers and readers see whole files")
    func concurrentAccess() async throws {
        let directory = MemoryDirectory()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for task in 0..<8 {
                group.addTask {
                    let bytes = StorageFixture.pattern(1000, seed: task)
                    for round in 0..<50 {
                        try StorageFixture.write(bytes, to: "f\(task)-\(round % 3)",
                                                 in: directory)
                        #expect(try directory.read("f\(task)-\(round % 3)").count == 1000)
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try directory.fileNames().count == 24)
    }

    @Test("writing after finish is a programmer error")
    func writeAfterFinish() async {
        let result = await #expect(processExitsWith: .failure,
                                   observing: [\.standardErrorContent]) {
            let output = try MemoryDirectory().createOutput("a")
            try output.finish()
            try output.write([1])
        }
        let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(message.contains("write(_:) on a after finish()"))
    }
}
