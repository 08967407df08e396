import Foundation
import Testing

/// `tracuu index` on JSONL input that is broken or does not fit the options: it says so,
/// briefly, and its exit status tells whether anything was indexed.
@Suite struct JSONLinesInputTests {
    @Test("invalid UTF-8 inside a JSONL string is replaced and counted, not the line dropped")
    func invalidUTF8IsReplaced() throws {
        let work = try CLITestFiles.folder()
        defer { try? FileManager.default.removeItem(at: work) }
        var bytes = Array(#"{"id":"a","title":"Tin "#.utf8) + [0xFF, 0xFE]
        bytes += Array(#"","body":"Nghị quyết "#.utf8) + [0xE1, 0xBA] + Array("\"}\n".utf8)
        bytes += Array((CLITestFiles.jsonLine(["id": "b", "body": "hòa bình"]) + "\n").utf8)
        let input = work.appendingPathComponent("docs.jsonl")
        try Data(bytes).write(to: input)
        let index = work.appendingPathComponent("index")
        let result = try TracuuExecutable.run(["index", "--index", index.path, input.path],
                                              input: "")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("docs.jsonl:1: replaced 3 invalid byte sequences"),
                "\(result.stderr)")
        #expect(!result.stderr.contains("skipped: not valid JSON"), "\(result.stderr)")
        #expect(try CLITestFiles.documentCount(index) == 2)
        let found = try TracuuExecutable.run(["search", "--index", index.path, "--json",
                                              "nghị quyết"], input: "")
        #expect(found.output.contains("\"a\""), "\(found.output)")
    }

    @Test("a body field no line has stops the run with exit 1, naming the fields seen")
    func wrongBodyFieldStops() throws {
        let work = try CLITestFiles.folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let lines = (0..<200).map {
            CLITestFiles.jsonLine(["id": "n\($0)", "title": "Tin", "body": "hòa bình \($0)"])
        }
        let input = try CLITestFiles.write(lines, to: "docs.jsonl", in: work)
        let index = work.appendingPathComponent("index")
        let result = try TracuuExecutable.run(["index", "--index", index.path, "--body-field",
                                               "text", input.path], input: "")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("no \"text\" field (fields seen: body, id, title)"),
                "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count <= 3, "\(result.stderr)")
        #expect(try CLITestFiles.documentCount(index) == 0)
    }

    @Test("repeated per-line messages stop after twenty, then a count of the rest")
    func lineMessagesAreCapped() throws {
        let work = try CLITestFiles.folder()
        defer { try? FileManager.default.removeItem(at: work) }
        var lines = [CLITestFiles.jsonLine(["id": "ok", "body": "hòa bình"])]
        lines += (0..<50).map { "{broken \($0)" }
        let input = try CLITestFiles.write(lines, to: "docs.jsonl", in: work)
        let index = work.appendingPathComponent("index")
        let result = try TracuuExecutable.run(["index", "--index", index.path, input.path],
                                              input: "")
        #expect(result.status == 0, "\(result.stderr)")
        let skippedLines = result.stderr.split(separator: "\n").filter {
            $0.contains("skipped: not valid JSON")
        }
        #expect(skippedLines.count == 20)
        #expect(result.stderr.contains("30 more line message(s) not shown"), "\(result.stderr)")
        #expect(result.stderr.contains("50 skipped"), "\(result.stderr)")
    }

    @Test("a run whose every document was skipped exits 1")
    func everyDocumentSkippedFails() throws {
        let work = try CLITestFiles.folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let input = try CLITestFiles.write(["{broken", "[1]", "{\"x\": 1"], to: "docs.jsonl",
                                           in: work)
        let index = work.appendingPathComponent("index")
        let result = try TracuuExecutable.run(["index", "--index", index.path, input.path],
                                              input: "")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("3 skipped"), "\(result.stderr)")
    }
}
