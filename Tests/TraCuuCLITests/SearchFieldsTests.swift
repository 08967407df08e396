import Foundation
import Testing

/// `tracuu search --fields`: only the chosen parts of each hit, as text and as JSON.
@Suite struct SearchFieldsTests {
    private static let documents: [[String: String]] = [
        ["id": "nq", "title": "Nghị quyết số 05", "date": "2021-06-16",
         "body": "Đảng uỷ phường Mỏ Chè ban hành Nghị quyết số 05 về xây dựng đô thị văn minh."],
        ["id": "tt", "title": "Tin tổng hợp",
         "body": "Nghị quyết của Đảng bộ xã được triển khai tới từng thôn."],
    ]

    /// The hits of `--json` output, each as its keys and values.
    private func hits(_ output: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8))
            as? [String: Any])
        return try #require(object["hits"] as? [[String: Any]])
    }

    @Test("--fields id,score prints one line a hit: no title, no snippet")
    func idsAndScores() throws {
        let work = try CLIWorkFolder()
        defer { work.remove() }
        let index = try work.index(Self.documents)
        let result = try TracuuExecutable.run(
            ["search", "--index", index, "--fields", "id,score", "nghị quyết số 05"], input: "")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        let hitLines = lines.filter { $0.hasPrefix("1. ") || $0.hasPrefix("2. ") }
        #expect(hitLines.count == 2, "\(result.output)")
        #expect(hitLines.first?.hasPrefix("1. nq · score ") == true, "\(result.output)")
        #expect(!result.output.contains("Mỏ Chè"), "\(result.output)")
        #expect(!result.output.contains("Nghị quyết số 05"), "\(result.output)")
    }

    @Test("--json --fields gives each hit only those keys; --explain adds its explanation")
    func jsonKeys() throws {
        let work = try CLIWorkFolder()
        defer { work.remove() }
        let index = try work.index(Self.documents)
        let ids = try TracuuExecutable.run(
            ["search", "--index", index, "--json", "--fields", "id,score", "nghị quyết"],
            input: "")
        #expect(ids.status == 0, "\(ids.stderr)")
        let idHits = try hits(ids.output)
        #expect(idHits.count == 2)
        #expect(idHits.allSatisfy { Set($0.keys) == ["id", "score"] }, "\(ids.output)")
        #expect(idHits.first?["id"] as? String == "nq")

        let chosen = try TracuuExecutable.run(
            ["search", "--index", index, "--json", "--explain", "--fields",
             "id,title,date,snippet", "Mỏ Chè"], input: "")
        #expect(chosen.status == 0, "\(chosen.stderr)")
        let hit = try #require(try hits(chosen.output).first)
        #expect(Set(hit.keys) == ["id", "title", "date", "snippet", "explanation"])
        #expect(hit["title"] as? String == "Nghị quyết số 05")
        #expect(hit["date"] as? String == "2021-06-16")
        let snippet = try #require(hit["snippet"] as? [String: Any])
        #expect((snippet["highlights"] as? [[Int]])?.count == 2, "\(chosen.output)")
    }

    @Test("without --fields every key is there, as before")
    func defaultKeys() throws {
        let work = try CLIWorkFolder()
        defer { work.remove() }
        let index = try work.index(Self.documents)
        let result = try TracuuExecutable.run(
            ["search", "--index", index, "--json", "Mỏ Chè"], input: "")
        let hit = try #require(try hits(result.output).first)
        #expect(Set(hit.keys) == ["id", "score", "title", "date", "source", "path", "snippet",
                                  "entities"])
        let text = try TracuuExecutable.run(["search", "--index", index, "Mỏ Chè"], input: "")
        #expect(text.output.contains("1. Nghị quyết số 05\n   nq · 2021-06-16 · /"),
                "\(text.output)")
        #expect(text.output.contains("documents.jsonl · score "), "\(text.output)")
        #expect(text.output.contains("[Mỏ] [Chè]"), "\(text.output)")
    }

    @Test("--queries applies --fields to every line")
    func batch() throws {
        let work = try CLIWorkFolder()
        defer { work.remove() }
        let index = try work.index(Self.documents)
        let result = try TracuuExecutable.run(
            ["search", "--index", index, "--fields", "id", "--queries", "-"],
            input: "Mỏ Chè\nthôn\n")
        #expect(result.status == 0, "\(result.stderr)")
        let found = try result.output.split(separator: "\n").map { line in
            try hits(String(line)).map { Set($0.keys) }
        }
        #expect(found == [[["id"]], [["id"]]])
    }

    @Test("an unknown, empty or repeated field name is refused, naming the fields (exit 2)",
          arguments: ["id,scor", "id,,score", "id,id", ""])
    func badList(list: String) throws {
        let work = try CLIWorkFolder()
        defer { work.remove() }
        let index = try work.index(Self.documents)
        let result = try TracuuExecutable.run(
            ["search", "--index", index, "--fields", list, "Mỏ Chè"], input: "")
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(list == "id,id" ? result.stderr.contains("the field id is given twice")
                    : result.stderr.contains("id,score,title,date,source,path,snippet,entities"),
                "\(result.stderr)")
    }
}
