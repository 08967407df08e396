import Foundation
import Testing
import TraCuu

@Suite struct IndexCommandTests {
    /// A fresh folder for one test's files and index.
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("tracuu-index-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func jsonLine(_ id: String, _ title: String, _ body: String) -> String {
        let object: [String: String] = ["id": id, "title": title, "body": body]
        let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data ?? Data(), as: UTF8.self)
    }

    private func statistics(_ index: URL) throws -> [String: Any] {
        let result = try TracuuExecutable.run(["stats", "--index", index.path, "--json"],
                                              input: "")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout))
        return object as? [String: Any] ?? [:]
    }

    @Test("indexing the seeds twice updates rather than duplicates; stats and check agree")
    func seedsTwice() throws {
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let index = work.appendingPathComponent("index").path
        let seeds = TracuuPaths.packageRoot.appendingPathComponent("seeds").path
        for _ in 0..<2 {
            let result = try TracuuExecutable.run(["index", "--index", index, seeds], input: "")
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("Indexed 1 document "))
        }
        let stats = try statistics(URL(fileURLWithPath: index))
        #expect(stats["documents"] as? Int == 1)
        #expect(stats["format_version"] as? Int == 4)
        #expect((stats["bytes"] as? [String: Int])?["pst"] ?? 0 > 0)
        let check = try TracuuExecutable.run(["check", "--index", index], input: "")
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test("tracuu merge leaves one segment with the live documents, and check passes")
    func merge() throws {
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let lines = (0..<6).map { jsonLine("n\($0)", "Tin \($0)", "Đảng bộ phường Mỏ Chè số \($0)") }
        try Data((lines.joined(separator: "\n") + "\n").utf8)
            .write(to: work.appendingPathComponent("docs.jsonl"))
        let index = work.appendingPathComponent("index")
        for arguments in [["index", "--index", index.path, "--threads", "2",
                           work.appendingPathComponent("docs.jsonl").path],
                          ["delete", "--index", index.path, "n2"]] {
            let result = try TracuuExecutable.run(arguments, input: "")
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(try statistics(index)["segments"] as? Int == 2)
        let merged = try TracuuExecutable.run(["merge", "--index", index.path], input: "")
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stderr.contains("Merged 2 segments into 1"), "\(merged.stderr)")
        let stats = try statistics(index)
        #expect(stats["segments"] as? Int == 1)
        #expect(stats["documents"] as? Int == 5)
        #expect(stats["deleted"] as? Int == 0)
        let check = try TracuuExecutable.run(["check", "--index", index.path], input: "")
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test("a bad JSONL line is reported with file and line and skipped; .gz and .zst read")
    func jsonLinesWithBadLine() throws {
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let lines = [jsonLine("a", "Một", "Nghị quyết số 05 ngày 16/6/2021"), "{not json",
                     jsonLine("b", "Hai", "Đảng bộ phường Mỏ Chè"), "[1, 2]"]
        let text = Data((lines.joined(separator: "\n") + "\n").utf8)
        try text.write(to: work.appendingPathComponent("docs.jsonl"))
        let zst = Zstd.compress([UInt8](text.replacingIDs(with: "z")))
        try Data(zst).write(to: work.appendingPathComponent("more.jsonl.zst"))
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "sed 's/\"id\":\"/\"id\":\"g/' docs.jsonl | gzip > docs2.jsonl.gz"]
        gzip.currentDirectoryURL = work
        try gzip.run()
        gzip.waitUntilExit()
        let index = work.appendingPathComponent("index").path
        let result = try TracuuExecutable.run(["index", "--index", index, work.path], input: "")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("docs.jsonl:2: skipped: not valid JSON"))
        #expect(result.stderr.contains("docs.jsonl:4: skipped: not a JSON object"))
        #expect(result.stderr.contains("more.jsonl.zst:2: skipped"))
        #expect(result.stderr.contains("docs2.jsonl.gz:2: skipped"))
        let stats = try statistics(URL(fileURLWithPath: index))
        #expect(stats["documents"] as? Int == 6)
    }

    @Test("a folder of the user's files given as --index is refused and left as it was")
    func foreignIndexFolder() throws {
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let victim = work.appendingPathComponent("victim")
        try FileManager.default.createDirectory(at: victim.appendingPathComponent("sub"),
                                                withIntermediateDirectories: true)
        for name in ["thesis.docx", ".hidden", "sub/a.txt"] {
            try Data("x".utf8).write(to: victim.appendingPathComponent(name))
        }
        let input = work.appendingPathComponent("some.jsonl")
        try Data((jsonLine("a", "Tin", "hòa bình") + "\n").utf8).write(to: input)
        let result = try TracuuExecutable.run(["index", "--index", victim.path, input.path],
                                              input: "")
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not a TraCuu index"), "\(result.stderr)")
        let left = try FileManager.default.subpathsOfDirectory(atPath: victim.path).sorted()
        #expect(left == [".hidden", "sub", "sub/a.txt", "thesis.docx"])
    }

    @Test("input that is the index folder or inside it is refused before anything is written",
          arguments: ["same", "inside", "parent"])
    func inputInsideIndexFolder(case name: String) throws {
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let own = work.appendingPathComponent("self")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        try Data("Nghị quyết số 05".utf8).write(to: own.appendingPathComponent("a.txt"))
        let arguments: [String]
        switch name {
        case "same": arguments = ["index", "--index", own.path, own.path]
        case "inside": arguments = ["index", "--index", own.path + "/../self",
                                    own.appendingPathComponent("a.txt").path]
        default: arguments = ["index", "--index", work.path, own.path]
        }
        let result = try TracuuExecutable.run(arguments, input: "")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("inside it"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: own.path) == ["a.txt"])
    }

    @Test("a writer killed with SIGKILL mid-indexing leaves the last commit, whole and usable")
    func killedMidIndexing() throws {
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let index = work.appendingPathComponent("index").path
        let first = (0..<50).map { jsonLine("c\($0)", "Tin \($0)", "Nghị quyết số \($0) hòa bình") }
        try Data(first.joined(separator: "\n").utf8).write(to: work.appendingPathComponent("a.jsonl"))
        #expect(try TracuuExecutable.run(["index", "--index", index,
                                          work.appendingPathComponent("a.jsonl").path],
                                         input: "").status == 0)
        let notes = URL(fileURLWithPath: index).appendingPathComponent("notes.txt")
        try Data("ghi chú".utf8).write(to: notes)
        let body = String(repeating: "Đảng bộ phường Mỏ Chè liên tục đạt trong sạch. ", count: 40)
        let big = (0..<20_000).map { jsonLine("k\($0)", "Bài \($0)", body) }
        let bigURL = work.appendingPathComponent("big.jsonl")
        try Data(big.joined(separator: "\n").utf8).write(to: bigURL)

        let process = Process()
        process.executableURL = TracuuExecutable.url
        process.arguments = ["index", "--index", index, "--buffer-mb", "1", bigURL.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 3)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let check = try TracuuExecutable.run(["check", "--index", index], input: "")
        #expect(check.status == 0, "\(check.stderr)")
        let stats = try statistics(URL(fileURLWithPath: index))
        #expect(stats["documents"] as? Int == 50)
        let again = try TracuuExecutable.run(["index", "--index", index,
                                              work.appendingPathComponent("a.jsonl").path],
                                             input: "")
        #expect(again.status == 0, "the lock died with the killed writer: \(again.stderr)")
        #expect(FileManager.default.contents(atPath: notes.path) == Data("ghi chú".utf8))
    }

    @Test("delete removes by id and reports unknown ids; check and search report a damaged file")
    func deleteAndCheck() throws {
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let lines = (0..<3).map { jsonLine("d\($0)", "Tin", "hòa bình \($0)") }
        try Data(lines.joined(separator: "\n").utf8).write(to: work.appendingPathComponent("d.jsonl"))
        let index = work.appendingPathComponent("index")
        _ = try TracuuExecutable.run(["index", "--index", index.path,
                                      work.appendingPathComponent("d.jsonl").path], input: "")
        let deleted = try TracuuExecutable.run(["delete", "--index", index.path, "d1", "zz"],
                                               input: "")
        #expect(deleted.status == 1)
        #expect(deleted.stderr.contains("no document with id zz"))
        #expect(try statistics(index)["documents"] as? Int == 2)

        let files = try FileManager.default.contentsOfDirectory(atPath: index.path)
        let postings = try #require(files.first { $0.hasSuffix(".pst") })
        let url = index.appendingPathComponent(postings)
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: url)
        let check = try TracuuExecutable.run(["check", "--index", index.path], input: "")
        #expect(check.status == 1)
        #expect(check.stderr.contains(postings))
        // A search reads the postings, and finds the damage there.
        let search = try TracuuExecutable.run(["search", "--index", index.path, "hòa bình"],
                                              input: "")
        #expect(search.status == 1)
        #expect(search.stderr.contains(postings), "\(search.stderr)")
        #expect(search.stdout.isEmpty)
    }
}

private extension Data {
    /// The same JSON lines with every id prefixed, so a second file holds other documents.
    func replacingIDs(with prefix: String) -> Data {
        let text = String(decoding: self, as: UTF8.self)
            .replacingOccurrences(of: "\"id\":\"", with: "\"id\":\"\(prefix)")
        return Data(text.utf8)
    }
}

enum TracuuPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
}
