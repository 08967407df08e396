import Foundation
import Testing
import TraCuu
import TraCuuText
@testable import tracuu

/// `DecodedInput` reads ahead on its own thread: the items must still come whole, in the
/// files' order, with their line numbers, and a damaged file's error after the items before
/// it.
@Suite struct DecodedInputTests {
    private let lines = JSONLines(fields: try! .parse([]))

    private func file(_ name: String, _ bytes: [UInt8], kind: InputFile.Kind = .jsonLines)
        throws -> InputFile
    {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("tracuu-decoded-\(UUID().uuidString)-\(name)")
        try Data(bytes).write(to: url)
        return InputFile(path: url.path, id: name, kind: kind, size: bytes.count)
    }

    /// Every item of `files`, and the error that ended them, if any.
    private func readAll(_ files: [InputFile], encoding: TextEncoding = .auto,
                         chunkSize: Int = 1024, chunksAhead: Int = 4)
        -> (items: [DecodedInput.Item], error: (any Error)?)
    {
        let input = DecodedInput(files, encoding: encoding, lines: lines, chunkSize: chunkSize,
                                 chunksAhead: chunksAhead)
        defer { input.cancel() }
        // Let the reader fill its room first, so that several chunks wait at once.
        Thread.sleep(forTimeInterval: 0.05)
        var items: [DecodedInput.Item] = []
        do {
            while let chunk = try input.next() { items += chunk }
        } catch {
            return (items, error)
        }
        return (items, nil)
    }

    /// An item as text, to compare with what a synchronous read gives.
    private func describe(_ item: DecodedInput.Item) -> String {
        switch item.content {
        case .document(let document, let byteCount): "\(document) \(byteCount)"
        case .skipped(let file, let line, let reason): "skip \(file):\(line) \(reason)"
        case .undated(let file, let line, let reason): "undated \(file):\(line) \(reason)"
        case .skippedFile(let file, let reason): "skip \(file) \(reason)"
        case .replaced(let file, let line, let count): "replaced \(file):\(line ?? 0) \(count)"
        }
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

    @Test("JSONL lines come in order with their numbers, as a synchronous read gives them",
          arguments: [(1, 1), (7, 2), (1024, 4)])
    func linesInOrder(chunkSize: Int, chunksAhead: Int) throws {
        let text = mixedLines()
        let input = try file("mixed.jsonl", Array((text.joined(separator: "\n") + "\n").utf8))
        defer { try? FileManager.default.removeItem(atPath: input.path) }
        let (items, error) = readAll([input], chunkSize: chunkSize, chunksAhead: chunksAhead)
        #expect(error == nil)
        let expected = text.enumerated().filter { !$0.element.isEmpty }.map { number, line in
            switch lines.document(from: Array(line.utf8)) {
            case .success(let (parsed, _)):
                var document = parsed
                document.path = input.path
                return "\(document) \(line.utf8.count)"
            case .failure(let error):
                return "skip \(input.path):\(number + 1) \(error.message)"
            }
        }
        #expect(items.map(describe) == expected)
        #expect(items.last?.bytesRead == input.size)
    }

    @Test("text files and JSONL files in the order given; a replacement is reported first")
    func filesInOrder() throws {
        let first = try file("a.txt", Array("  Tin một  \nĐảng bộ phường".utf8), kind: .text)
        let lines = try file("b.jsonl", Array(#"{"id":"b1","body":"hòa bình"}"#.utf8))
        let broken = try file("c.txt", [0x48, 0xFF, 0x0A, 0x62], kind: .text)
        defer {
            for input in [first, lines, broken] {
                try? FileManager.default.removeItem(atPath: input.path)
            }
        }
        let (items, error) = readAll([first, lines, broken], encoding: .utf8, chunkSize: 2)
        #expect(error == nil)
        #expect(items.map(describe) == [
            "\(Document(id: "a.txt", title: "Tin một", body: "Đảng bộ phường", path: first.path)) "
                + "\(first.size)",
            "\(Document(id: "b1", body: "hòa bình", path: lines.path)) \(lines.size)",
            "replaced \(broken.path):0 1",
            "\(Document(id: "c.txt", title: "H\u{FFFD}", body: "b", path: broken.path)) "
                + "\(broken.size)",
        ])
        #expect(items.map(\.bytesRead) == [first.size, first.size + lines.size,
                                           first.size + lines.size + broken.size,
                                           first.size + lines.size + broken.size])
    }

    @Test("a truncated .zst gives its lines before the damage, then the error, and stays ended")
    func truncatedStream() throws {
        // Over 1 MB: several zstd blocks, the first ones whole.
        let source = mixedLines(count: 20_000)
        let compressed = Zstd.compress(Array((source.joined(separator: "\n") + "\n").utf8))
        let input = try file("cut.jsonl.zst", Array(compressed.prefix(compressed.count * 3 / 4)))
        defer { try? FileManager.default.removeItem(atPath: input.path) }
        let decoded = DecodedInput([input], encoding: .auto, lines: lines, chunkSize: 100,
                                   chunksAhead: 2)
        defer { decoded.cancel() }
        var items: [DecodedInput.Item] = []
        #expect(throws: (any Error).self) {
            while let chunk = try decoded.next() { items += chunk }
        }
        #expect(!items.isEmpty)
        let numbers = source.indices.filter { !source[$0].isEmpty }.map { $0 + 1 }
        let skipped = items.compactMap { item -> Int? in
            if case .skipped(_, let line, _) = item.content { return line }
            return nil
        }
        #expect(skipped == numbers.prefix(items.count).filter { $0 % 10 == 7 || $0 % 10 == 9 })
        #expect(throws: (any Error).self) { _ = try decoded.next() }
    }

    @Test("a missing file is an error before any item")
    func missingFile() {
        let missing = InputFile(path: "/nonexistent/tracuu/none.jsonl", id: "none.jsonl",
                                kind: .jsonLines, size: 0)
        let (items, error) = readAll([missing], chunkSize: 10, chunksAhead: 1)
        #expect(items.isEmpty)
        #expect(error != nil)
    }
}
