import Foundation
import Testing
import TraCuu
@testable import tracuu

/// `DecodedLines` reads ahead on its own thread: the lines must still come whole, in order,
/// with their numbers, and a damaged file's error after the lines before it.
@Suite struct DecodedLinesTests {
    private let lines = JSONLines(fields: try! .parse([]))

    private func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("tracuu-decoded-\(UUID().uuidString)-\(name)")
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Every line of `path` through `DecodedLines`, and the error that ended them, if any.
    private func readAll(_ path: String, chunkLines: Int, chunksAhead: Int)
        -> (lines: [DecodedLines.Line], error: (any Error)?)
    {
        let decoded = DecodedLines(path: path, lines: lines, chunkLines: chunkLines,
                                   chunksAhead: chunksAhead)
        defer { decoded.cancel() }
        // Let the reader fill its room first, so that several chunks wait at once.
        Thread.sleep(forTimeInterval: 0.05)
        var read: [DecodedLines.Line] = []
        do {
            while let chunk = try decoded.next() { read += chunk }
        } catch {
            return (read, error)
        }
        return (read, nil)
    }

    /// Documents, blank lines, invalid JSON and non-objects.
    private func mixedLines(count: Int = 2500) -> [String] {
        (1...count).map { number in
            switch number % 10 {
            case 3: ""
            case 7: "{not json \(number)"
            case 9: "[\(number)]"
            default: #"{"id":"d\#(number)","title":"Tin \#(number)","body":"Nghị quyết số \#(number)"}"#
            }
        }
    }

    @Test("lines come in order with their numbers, as a synchronous read gives them",
          arguments: [(1, 1), (7, 2), (1024, 4)])
    func inOrder(chunkLines: Int, chunksAhead: Int) throws {
        let text = mixedLines()
        let path = try file("mixed.jsonl", Array((text.joined(separator: "\n") + "\n").utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (read, error) = readAll(path, chunkLines: chunkLines, chunksAhead: chunksAhead)
        #expect(error == nil)
        let expected = text.enumerated().filter { !$0.element.isEmpty }
        #expect(read.map(\.number) == expected.map { $0.offset + 1 })
        #expect(read.map(\.byteCount) == expected.map { $0.element.utf8.count })
        var mismatches = 0
        for (line, (_, source)) in zip(read, expected) {
            let direct = lines.document(from: Array(source.utf8))
            switch (line.document, direct) {
            case (.success(let a), .success(let b)) where a == b: break
            case (.failure(let a), .failure(let b)) where a.message == b.message: break
            default: mismatches += 1
            }
        }
        #expect(mismatches == 0)
        #expect(read.last?.bytesRead == text.joined(separator: "\n").utf8.count + 1)
    }

    @Test("a truncated .zst gives its lines before the damage, then the error, and stays ended")
    func truncatedStream() throws {
        // Over 1 MB: several zstd blocks, the first ones whole.
        let source = mixedLines(count: 20_000)
        let text = source.joined(separator: "\n") + "\n"
        let compressed = Zstd.compress(Array(text.utf8))
        let path = try file("cut.jsonl.zst", Array(compressed.prefix(compressed.count * 3 / 4)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let decoded = DecodedLines(path: path, lines: lines, chunkLines: 100, chunksAhead: 2)
        defer { decoded.cancel() }
        var read: [DecodedLines.Line] = []
        #expect(throws: (any Error).self) {
            while let chunk = try decoded.next() { read += chunk }
        }
        #expect(!read.isEmpty)
        let numbers = source.indices.filter { !source[$0].isEmpty }.map { $0 + 1 }
        #expect(read.map(\.number) == Array(numbers.prefix(read.count)))
        #expect(throws: (any Error).self) { _ = try decoded.next() }
    }

    @Test("a missing file is an error before any line")
    func missingFile() {
        let (read, error) = readAll("/nonexistent/tracuu/none.jsonl", chunkLines: 10,
                                    chunksAhead: 1)
        #expect(read.isEmpty)
        #expect(error != nil)
    }
}
