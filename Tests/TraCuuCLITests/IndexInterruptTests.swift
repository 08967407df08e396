import Foundation
import Testing

/// Ctrl-C during `tracuu index`: the run stops at once, keeps its periodic commits, leaves no
/// unfinished files and exits 130; `tracuu check` names files no commit references.
@Suite struct IndexInterruptTests {
    /// A JSONL file big enough to take many seconds to index.
    private func bigInput(in work: URL) throws -> URL {
        let body = String(repeating: "Đảng bộ phường Mỏ Chè liên tục đạt trong sạch. ",
                          count: 40)
        let lines = (0..<30_000).map {
            CLITestFiles.jsonLine(["id": "k\($0)", "title": "Bài \($0)", "body": body])
        }
        return try CLITestFiles.write(lines, to: "big.jsonl", in: work)
    }

    @Test("SIGINT stops indexing within a second, keeps the commits made and exits 130")
    func interruptKeepsCommits() throws {
        let work = try CLITestFiles.folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let input = try bigInput(in: work)
        let index = work.appendingPathComponent("index")
        let stderrURL = work.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stderr = try FileHandle(forWritingTo: stderrURL)
        let process = Process()
        process.executableURL = TracuuExecutable.url
        process.arguments = ["index", "--index", index.path, "--commit-every", "1",
                             "--threads", "2", input.path]
        process.standardError = stderr
        try process.run()
        // Wait for the first periodic commit (a segment file appears), then a little more.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, try segmentFiles(index).isEmpty {
            Thread.sleep(forTimeInterval: 0.05)
        }
        Thread.sleep(forTimeInterval: 1)
        #expect(process.isRunning, "the input must outlast the wait")
        let signalled = Date()
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let elapsed = Date().timeIntervalSince(signalled)
        try stderr.close()
        let message = String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self)

        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130, "\(message)")
        #expect(elapsed < 1, "took \(elapsed) s from SIGINT to exit")
        #expect(message.contains("interrupted"), "\(message)")
        let kept = try #require(try CLITestFiles.documentCount(index))
        #expect(kept > 0 && kept < 30_000)
        #expect(message.contains("Kept the \(kept) documents committed before"), "\(message)")
        let check = try TracuuExecutable.run(["check", "--index", index.path], input: "")
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stderr.contains("Unreferenced"), "\(check.stderr)")
    }

    @Test("SIGINT while a large text file is still being decoded stops within a second")
    func interruptDuringDecoding() throws {
        let work = try CLITestFiles.folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let sentence = "Đảng bộ phường Mỏ Chè liên tục đạt trong sạch vững mạnh. "
        try Data(String(repeating: sentence, count: 600_000).utf8)
            .write(to: work.appendingPathComponent("big.txt"))
        let process = Process()
        process.executableURL = TracuuExecutable.url
        process.arguments = ["index", "--index", work.appendingPathComponent("index").path,
                             work.appendingPathComponent("big.txt").path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.5)
        #expect(process.isRunning, "the file must take longer to decode than the wait")
        let signalled = Date()
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let elapsed = Date().timeIntervalSince(signalled)
        #expect(process.terminationStatus == 130)
        #expect(elapsed < 1, "took \(elapsed) s from SIGINT to exit")
    }

    @Test("tracuu check names index files no commit references, and nothing else")
    func checkReportsLeftovers() throws {
        let work = try CLITestFiles.folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let input = try CLITestFiles.write(
            [CLITestFiles.jsonLine(["id": "a", "body": "hòa bình"])], to: "a.jsonl", in: work)
        let index = work.appendingPathComponent("index")
        #expect(try TracuuExecutable.run(["index", "--index", index.path, input.path],
                                         input: "").status == 0)
        for name in ["seg_90.pst", "seg_90.dic", "seg_90.pst.bak", "notes.txt"] {
            try Data(repeating: 7, count: 1000).write(to: index.appendingPathComponent(name))
        }
        let check = try TracuuExecutable.run(["check", "--index", index.path], input: "")
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("Unreferenced: 2 file(s), 0.0 MB"), "\(check.stderr)")
        #expect(check.stderr.contains("(seg_90.dic, seg_90.pst)"), "\(check.stderr)")
    }

    private func segmentFiles(_ index: URL) throws -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: index.path)) ?? []
        return names.filter { $0.hasPrefix("seg_") }
    }
}
