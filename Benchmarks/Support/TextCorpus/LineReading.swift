import Foundation

/// Calls `body` with each line of a JSONL file (decompressed by `zstd -dc` for `.zst`) until
/// it returns false, then stops reading. Shared by every benchmark that reads the corpus.
public func forEachLine(of path: String, _ body: (Data) throws -> Bool) throws {
    guard FileManager.default.isReadableFile(atPath: path) else {
        throw CorpusError("\(path): not readable")
    }
    let handle: FileHandle
    var process: Process?
    if path.hasSuffix(".zst") {
        let zstd = Process()
        zstd.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        zstd.arguments = ["zstd", "-dc", "--", path]
        let pipe = Pipe()
        zstd.standardOutput = pipe
        zstd.standardError = FileHandle.nullDevice
        try zstd.run()
        handle = pipe.fileHandleForReading
        process = zstd
    } else {
        handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    }
    var stopped = false
    defer {
        try? handle.close()
        if let process {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }
    }
    var buffer: [UInt8] = []
    var searched = 0  // bytes of `buffer` after the last line known to hold no line break
    reading: while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
        buffer.append(contentsOf: chunk)
        var lineStart = 0
        while let newline = buffer[(lineStart + searched)...].firstIndex(of: 0x0A) {
            searched = 0
            if try !body(Data(buffer[lineStart..<newline])) {
                stopped = true
                break reading
            }
            lineStart = newline + 1
        }
        searched = buffer.count - lineStart
        buffer.removeFirst(lineStart)
    }
    if !stopped, !buffer.isEmpty { _ = try body(Data(buffer)) }
    if !stopped, let process {
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CorpusError("zstd -dc exited with status \(process.terminationStatus)")
        }
    }
}

/// A corpus file that could not be read.
public struct CorpusError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
