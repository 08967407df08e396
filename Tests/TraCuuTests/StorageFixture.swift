import Foundation
import Testing
import TraCuu

/// The two `Directory` implementations, for tests that both must pass.
enum DirectoryKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case file
    case memory

    var testDescription: String { rawValue }
}

/// Fresh directories and folders for the storage tests, removed afterwards.
enum StorageFixture {
    /// Runs `body` with the path of a new, empty folder under the temporary directory and
    /// removes the folder afterwards.
    static func withFolder<Result>(_ body: (String) throws -> Result) throws -> Result {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("tracuu-storage-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url.path)
    }

    /// Runs `body` with an empty directory of `kind` (a `FileDirectory` over a fresh folder).
    static func withDirectory<Result>(_ kind: DirectoryKind,
                                      _ body: (any Directory) throws -> Result) throws -> Result
    {
        switch kind {
        case .memory:
            return try body(MemoryDirectory())
        case .file:
            return try withFolder { path in
                try body(FileDirectory(path: path, creatingIfMissing: false))
            }
        }
    }

    /// `count` bytes of a fixed, non-repeating-looking pattern.
    static func pattern(_ count: Int, seed: Int = 0) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: ($0 &* 31) ^ ($0 >> 7) ^ seed) }
    }

    /// Writes `bytes` to a new file `name` in pieces of varying size and finishes it.
    static func write(_ bytes: [UInt8], to name: String, in directory: any Directory) throws {
        let output = try directory.createOutput(name)
        var start = 0
        var piece = 1
        while start < bytes.count {
            let end = min(bytes.count, start + piece)
            try output.write(Array(bytes[start..<end]))
            start = end
            piece = piece * 3 + 7
        }
        #expect(output.count == bytes.count)
        try output.finish()
    }

    /// The contents of file `name`.
    static func contents(of name: String, in directory: any Directory) throws -> [UInt8] {
        try directory.read(name).copiedBytes()
    }
}
