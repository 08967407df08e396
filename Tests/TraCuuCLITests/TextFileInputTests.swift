import Foundation
import Testing

/// `tracuu index` on folders of text files: one id per file however its path is typed,
/// `--prune`, titles of one-line files, NUL bytes, files not read, linked folders.
@Suite struct TextFileInputTests {
    private func write(_ text: String, _ name: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Runs `tracuu arguments…` in `folder`, expecting exit 0.
    @discardableResult
    private func tracuu(_ arguments: [String], in folder: URL) throws -> TracuuExecutable.Result {
        let result = try TracuuExecutable.run(arguments, input: "", currentDirectory: folder)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result
    }

    /// The ids of the hits for `query`, from `tracuu search --json`.
    private func ids(_ query: String, index: String, in folder: URL) throws -> [String] {
        let result = try tracuu(["search", "--index", index, "--json", "--limit", "50", query],
                                in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout))
        let hits = (object as? [String: Any])?["hits"] as? [[String: Any]] ?? []
        return hits.compactMap { $0["id"] as? String }.sorted()
    }

    @Test("a file's id is the same whether its folder or the file itself was named, however typed")
    func idsDoNotDependOnHowThePathIsTyped() throws {
        let work = try CLITestFiles.folder()
        defer { try? FileManager.default.removeItem(at: work) }
        try write("Tin một\nNghị quyết số 05 hòa bình", "txtdocs/a/x.txt", in: work)
        for path in ["txtdocs", "txtdocs/a/x.txt", "./txtdocs/a/x.txt", "txtdocs/../txtdocs/a",
                     work.appendingPathComponent("txtdocs/a/x.txt").path] {
            try tracuu(["index", "--index", "idx", path], in: work)
        }
        #expect(try ids("hòa bình", index: "idx", in: work) == ["txtdocs/a/x.txt"])
        #expect(try CLITestFiles.documentCount(work.appendingPathComponent("idx")) == 1)
    }

    @Test("--prune deletes the documents of files gone from the folder, and only those")
    func pruneRemovesGoneFiles() throws {
        let work = try CLITestFiles.folder()
        defer { try? FileManager.default.removeItem(at: work) }
        for name in ["docs/a.txt", "docs/sub/b.txt", "other/c.txt"] {
            try write("Tiêu đề\nhòa bình \(name)", name, in: work)
        }
        try CLITestFiles.write([CLITestFiles.jsonLine(["id": "j1", "body": "hòa bình"]),
                                CLITestFiles.jsonLine(["id": "j2", "body": "hòa bình"])],
                               to: "docs/lines.jsonl", in: work)
        try tracuu(["index", "--index", "idx", "docs", "other"], in: work)
        #expect(try ids("hòa bình", index: "idx", in: work).count == 5)
        try FileManager.default.removeItem(at: work.appendingPathComponent("docs/sub/b.txt"))
        try CLITestFiles.write([CLITestFiles.jsonLine(["id": "j1", "body": "hòa bình"])],
                               to: "docs/lines.jsonl", in: work)
        try tracuu(["index", "--index", "idx", "docs"], in: work)
        #expect(try ids("hòa bình", index: "idx", in: work).count == 5, "no prune, no delete")
        let pruned = try tracuu(["index", "--index", "idx", "--prune", "docs"], in: work)
        #expect(pruned.stderr.contains("Pruned 2 document(s)"), "\(pruned.stderr)")
        #expect(try ids("hòa bình", index: "idx", in: work)
                == ["docs/a.txt", "j1", "other/c.txt"])
    }

    @Test("a one-line file's title is its first sentence, at most 200 characters")
    func oneLineTitle() throws {
        let work = try CLITestFiles.folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let long = String(repeating: "Đảng bộ phường Mỏ Chè ", count: 5_000)
        try write("Nghị quyết số 05 được ban hành. " + long, "docs/one.txt", in: work)
        try write(long, "docs/nostop.txt", in: work)
        try tracuu(["index", "--index", "idx", "docs"], in: work)
        let result = try tracuu(["search", "--index", "idx", "--json", "--limit", "5",
                                 "Mỏ Chè"], in: work)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout))
        let hits = (object as? [String: Any])?["hits"] as? [[String: Any]] ?? []
        let titles = Dictionary(uniqueKeysWithValues: hits.compactMap { hit in
            (hit["id"] as? String).map {
                (URL(fileURLWithPath: $0).lastPathComponent, hit["title"] as? String ?? "")
            }
        })
        #expect(titles["one.txt"] == "Nghị quyết số 05 được ban hành.")
        let cut = try #require(titles["nostop.txt"])
        #expect(cut.count <= 200 && cut.count > 150 && cut.hasSuffix("Chè…"), "\(cut)")
    }

    @Test("files with NUL bytes are skipped with a note; files not read are counted by kind")
    func binaryAndOtherFiles() throws {
        let work = try CLITestFiles.folder()
        defer { try? FileManager.default.removeItem(at: work) }
        try write("Tiêu đề\nhòa bình", "docs/good.txt", in: work)
        try Data([0x68, 0x00, 0x69, 0x00, 0x00, 0x01]).write(
            to: work.appendingPathComponent("docs/blob.txt"))
        for name in ["a.html", "b.html", "sub/c.HTML", "d.csv", "README"] {
            try write("x", "docs/" + name, in: work)
        }
        let result = try tracuu(["index", "--index", "idx", "docs"], in: work)
        #expect(result.stderr.contains("blob.txt: skipped: it holds NUL bytes"),
                "\(result.stderr)")
        #expect(result.stderr.contains("Skipped 5 file(s) of kinds not read: .html 3, "
                                       + "(none) 1, .csv 1."), "\(result.stderr)")
        #expect(try CLITestFiles.documentCount(work.appendingPathComponent("idx")) == 1)
    }

    @Test("linked folders are followed once: a link cycle ends, a second link adds nothing")
    func linkedFoldersOnce() throws {
        let work = try CLITestFiles.folder()
        defer { try? FileManager.default.removeItem(at: work) }
        try write("Tiêu đề\nhòa bình một", "store/x.txt", in: work)
        try write("Tiêu đề\nhòa bình hai", "docs/y.txt", in: work)
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: work.appendingPathComponent("docs/loop").path,
                                       withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: work.appendingPathComponent("docs/store").path,
                                       withDestinationPath: "../store")
        try manager.createSymbolicLink(atPath: work.appendingPathComponent("docs/again").path,
                                       withDestinationPath: "../store")
        try tracuu(["index", "--index", "idx", "docs"], in: work)
        let again = try tracuu(["index", "--index", "idx", "docs"], in: work)
        #expect(!again.stderr.contains("Skipped"), "the index folder was walked: \(again.stderr)")
        #expect(try ids("hòa bình", index: "idx", in: work) == ["docs/y.txt", "store/x.txt"])
    }
}
