import Foundation
import Testing
import TraCuu

/// The same failure gives the same exit status and a sentence naming the file, whatever the
/// input's format: 1 for work that failed, 2 for a command line that cannot run as written.
@Suite struct ExitStatusTests {
    private static let lines = Array((CLIWorkFolder.jsonLine(
        ["id": "a", "title": "Một", "body": "Nghị quyết số 05 ngày 16/6/2021"]) + "\n").utf8)

    /// Writes the test document compressed as `.gz` (by the gzip tool) or `.zst`.
    private func compressed(_ format: String, in work: CLIWorkFolder) throws -> [UInt8] {
        guard format == "gz" else { return Zstd.compress(Self.lines) }
        try work.write("plain.jsonl", Self.lines)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "gzip -c plain.jsonl > plain.jsonl.gz"]
        gzip.currentDirectoryURL = work.url
        try gzip.run()
        gzip.waitUntilExit()
        return [UInt8](try Data(contentsOf: work.url.appendingPathComponent("plain.jsonl.gz")))
    }

    @Test("a truncated .gz or .zst input exits with 1 and names the file", arguments: ["gz", "zst"])
    func truncated(format: String) throws {
        let work = try CLIWorkFolder()
        defer { work.remove() }
        let whole = try compressed(format, in: work)
        let input = try work.write("cut.jsonl.\(format)", Array(whole.prefix(whole.count / 2)))
        let result = try TracuuExecutable.run(["index", "--index", work.path("index"), input],
                                              input: "")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("tracuu: cannot read \(input): "), "\(result.stderr)")
        #expect(!result.stderr.contains("Error"), "\(result.stderr)")
    }

    @Test("a missing .gz or .zst input exits with 1", arguments: ["gz", "zst"])
    func missing(format: String) throws {
        let work = try CLIWorkFolder()
        defer { work.remove() }
        let input = work.path("absent.jsonl.\(format)")
        let result = try TracuuExecutable.run(["index", "--index", work.path("index"), input],
                                              input: "")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr == "tracuu: no such file or folder: \(input)\n")
    }

    @Test("a text file that cannot be read gets a sentence, not Foundation's error dump")
    func unreadableTextFile() throws {
        let work = try CLIWorkFolder()
        defer { work.remove() }
        let inputs = work.url.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let broken = inputs.appendingPathComponent("notes.txt").path
        try FileManager.default.createSymbolicLink(atPath: broken,
                                                   withDestinationPath: work.path("gone.txt"))
        let result = try TracuuExecutable.run(["index", "--index", work.path("index"), broken],
                                              input: "")
        #expect(result.status == 1)
        #expect(!result.stderr.contains("Error Domain"), "\(result.stderr)")
        #expect(result.stderr.hasPrefix("tracuu: "), "\(result.stderr)")
        #expect(result.stderr.contains("notes.txt"), "\(result.stderr)")
    }

    @Test("a missing --queries file exits with 1; a query with nothing to search with 2")
    func searchFailures() throws {
        let work = try CLIWorkFolder()
        defer { work.remove() }
        let index = try work.index([["id": "a", "body": "hòa bình"]])
        let missing = try TracuuExecutable.run(
            ["search", "--index", index, "--queries", work.path("absent.txt")], input: "")
        #expect(missing.status == 1)
        #expect(missing.stderr == "tracuu: cannot read \(work.path("absent.txt")): "
                + "No such file or directory\n")
        let nothing = try TracuuExecutable.run(["search", "--index", index, "\"\""], input: "")
        #expect(nothing.status == 2, "a query with nothing to search: \(nothing.stderr)")
    }
}
