import Foundation
import Testing

/// What `tracuu search` prints, run as a child process (so standard output is a file).
@Suite struct SearchOutputTests {
    private static let body = "Đảng uỷ phường Mỏ Chè ban hành Nghị quyết số 05 ngày 16/6/2021 "
        + "về xây dựng đô thị văn minh, nâng cao chất lượng cuộc sống của nhân dân trong phường "
        + "và phát huy sức mạnh khối đại đoàn kết toàn dân tộc."

    @Test("--queries - reads the queries from standard input, one JSON line each")
    func queriesFromStandardInput() throws {
        let work = try CLIWorkFolder()
        defer { work.remove() }
        let index = try work.index([["id": "nq", "body": Self.body],
                                    ["id": "hb", "body": "hòa bình"]])
        let result = try TracuuExecutable.run(["search", "--index", index, "--queries", "-"],
                                              input: "nghị quyết\n\nhòa bình\n")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 2)
        let ids = try lines.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            let hits = (object as? [String: Any])?["hits"] as? [[String: Any]] ?? []
            return hits.first?["id"] as? String
        }
        #expect(ids == ["nq", "hb"])
    }

    @Test("counts are in the singular for one: 1 match, 2 matches")
    func pluralised() throws {
        let work = try CLIWorkFolder()
        defer { work.remove() }
        let index = try work.index([["id": "nq", "body": Self.body],
                                    ["id": "hb", "body": "hòa bình ở phường"]])
        let one = try TracuuExecutable.run(["search", "--index", index, "hòa"], input: "")
        #expect(one.output.hasPrefix("1 match in "), "\(one.output)")
        let two = try TracuuExecutable.run(["search", "--index", index, "phường"], input: "")
        #expect(two.output.hasPrefix("2 matches in "), "\(two.output)")
        let some = try TracuuExecutable.run(["search", "--index", index, "phường hòa"],
                                            input: "")
        #expect(some.output.hasPrefix("1 match with all the words, 2 with some, in "),
                "\(some.output)")
    }

    @Test("piped, a long snippet stays on one line for other programs to read")
    func pipedOutputIsNotWrapped() throws {
        let work = try CLIWorkFolder()
        defer { work.remove() }
        let index = try work.index([["id": "nq", "title": "Nghị quyết", "body": Self.body]])
        let result = try TracuuExecutable.run(["search", "--index", index, "nghị quyết"],
                                              input: "")
        #expect(result.status == 0, "\(result.stderr)")
        let snippet = try #require(result.output.split(separator: "\n")
            .first { $0.contains("[Nghị] [quyết]") })
        #expect(snippet.hasPrefix("   Đảng uỷ phường Mỏ Chè"), "\(result.output)")
        #expect(snippet.count > 100, "\(result.output)")
    }

    @Test("--version prints the release and the index format it writes")
    func version() throws {
        let result = try TracuuExecutable.run(["--version"], input: "")
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("tracuu "))
        #expect(result.output.hasSuffix(" (index format 4)\n"))
    }

    @Test("--explain shows repairs and each syllable's forms and weights; did you mean")
    func repairsExplained() throws {
        let work = try CLIWorkFolder()
        defer { work.remove() }
        let index = try work.index([["id": "nq", "body": Self.body]])
        let text = try TracuuExecutable.run(
            ["search", "--index", index, "--explain", "nghị quytế số 05"], input: "")
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.output.contains("repaired: quytế → quyết (corrected)"), "\(text.output)")
        #expect(text.output.contains("quyết: quyết 1.00"), "\(text.output)")
        let json = try TracuuExecutable.run(
            ["search", "--index", index, "--explain", "--json", "nghị quytế"], input: "")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8))
            as? [String: Any])
        let read = object["read_words"] as? [[String: Any]]
        #expect(read?.first?["repair"] as? String == "corrected")
        let syllables = object["syllables"] as? [[String: Any]]
        #expect(syllables?.map { $0["syllable"] as? String } == ["nghị", "quyết"])
        let suggested = try TracuuExecutable.run(
            ["search", "--index", index, "--json", "xyzzy Mỏ Chè"], input: "")
        let suggestion = try #require(try JSONSerialization.jsonObject(
            with: Data(suggested.output.utf8)) as? [String: Any])
        #expect(suggestion["suggestion"] as? String == "Mỏ Chè")
    }
}
