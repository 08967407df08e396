import Foundation
import Testing

/// `tracuu search` run as a child process on a small index: pasted text with notes on
/// stderr (or in JSON), a query starting with `-`, `--all`, and counts of documents with
/// all the words and with some.
@Suite struct SearchCommandTests {
    private static let documents = [
        #"{"id":"both","title":"Tin","body":"Đồi chè Mỏ Chè ở Sơn Hà."}"#,
        #"{"id":"son","title":"Tin","body":"Sơn Tùng hát ở Hà Nội."}"#,
        #"{"id":"che","title":"Tin","body":"Chè xanh Thái Nguyên."}"#,
    ]

    /// Runs `tracuu search --index … arguments` on an index of `documents`; with `queries`,
    /// `--queries FILE` of them.
    private static func search(_ arguments: [String], queries: [String] = []) throws
        -> TracuuExecutable.Result
    {
        let work = FileManager.default.temporaryDirectory
            .appendingPathComponent("tracuu-search-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let corpus = work.appendingPathComponent("docs.jsonl")
        try Data((documents.joined(separator: "\n") + "\n").utf8).write(to: corpus)
        let index = work.appendingPathComponent("index").path
        let built = try TracuuExecutable.run(["index", "--index", index, corpus.path], input: "")
        #expect(built.status == 0, "\(built.stderr)")
        let queryFile = work.appendingPathComponent("queries.txt")
        try Data((queries.joined(separator: "\n") + "\n").utf8).write(to: queryFile)
        return try TracuuExecutable.run(
            ["search", "--index", index] + arguments
                + (queries.isEmpty ? [] : ["--queries", queryFile.path]), input: "")
    }

    @Test("counts say how many documents hold all the words and how many some")
    func counts() throws {
        let result = try Self.search(["Sơn", "Chè"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.output.hasPrefix("1 match with all the words, 3 with some"))
        let json = try Self.search(["--json", "Sơn Chè"])
        #expect(json.output.contains(#""total":3,"total_all_words":1,"totals_exact":true"#))
    }

    @Test("--all keeps only documents holding every word")
    func allWords() throws {
        let result = try Self.search(["--all", "--json", "Sơn Chè"])
        #expect(result.output.contains(#""total":1,"total_all_words":1"#))
        #expect(result.output.contains(#""id":"both""#))
    }

    @Test("a query starting with '-' and pasted text are searched, with notes on stderr")
    func pasted() throws {
        let dash = try Self.search(["-Sơn Chè"])
        #expect(dash.status == 0, "\(dash.stderr)")
        #expect(dash.output.hasPrefix("1 match "))
        let pasted = try Self.search([#"Sơn - Chè "Mỏ"#])
        #expect(pasted.status == 0)
        #expect(pasted.stderr.contains("tracuu: note: this quote is never closed; read as words"))
        let json = try Self.search(["--json", #"Sơn "Mỏ"#])
        #expect(json.output.contains(#""notes":["this quote is never closed; read as words "#))
    }

    @Test("--queries reads pasted lines, and says why a line with nothing to search fails")
    func batch() throws {
        let result = try Self.search([], queries: [#"Sơn "Chè"#, "-", "Chè"])
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].contains(#""total":3"#))
        #expect(lines[1].contains(#""error":"the query has no words to search for""#))
        #expect(lines[2].contains(#""total":2"#))
    }
}
