import Foundation
import Testing

@Suite struct DateCommandTests {
    /// An index of `lines` (JSONL) in a fresh folder, and what `tracuu index` said.
    private func index(_ lines: [String]) throws -> (folder: URL, index: String, stderr: String) {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tracuu-date-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let input = folder.appendingPathComponent("docs.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
        let index = folder.appendingPathComponent("index").path
        let result = try TracuuExecutable.run(["index", "--index", index, input.path], input: "")
        #expect(result.status == 0, "\(result.stderr)")
        return (folder, index, result.stderr)
    }

    private func line(_ id: String, date: String) -> String {
        #"{"id":"\#(id)","title":"Tin \#(id)","body":"Hội nghị tổng kết công tác năm.","#
            + #""date":\#(date)}"#
    }

    private func search(_ index: String, _ arguments: [String]) throws -> [String: Any] {
        let result = try TracuuExecutable.run(["search", "--index", index, "--json"] + arguments,
                                              input: "")
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any]
            ?? [:]
    }

    private func ids(_ object: [String: Any]) -> [String] {
        (object["hits"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    @Test("JSONL dates are read in every accepted form; another is reported and left out")
    func jsonlDates() throws {
        let (folder, index, stderr) = try index([
            line("vn", date: #""16/06/2021""#), line("iso", date: #""2020-6-1""#),
            line("bad", date: #""2017-13-45""#), line("year", date: "2019"),
            line("stamp", date: #""2018-03-04T10:00:00+07:00""#), line("none", date: "null"),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(stderr.contains(#"docs.jsonl:3: "date" "2017-13-45" is not a date"#), "\(stderr)")
        #expect(stderr.contains("indexed without a date"))
        #expect(stderr.contains("Indexed 6 documents"))
        #expect(stderr.contains("1 document kept without the date that could not be read"))
        #expect(try ids(search(index, ["date:2017"])).isEmpty)
        #expect(try ids(search(index, ["hội nghị", "--until", "2020"])).sorted()
                == ["iso", "stamp", "year"])
        #expect(try ids(search(index, ["hội nghị", "--since", "2021-6-1"])) == ["vn"])
        let hits = try search(index, ["hội nghị", "--limit", "10"])["hits"] as? [[String: Any]]
        let dates = Dictionary(uniqueKeysWithValues: (hits ?? []).map {
            ($0["id"] as? String ?? "", $0["date"] as? String ?? "-")
        })
        #expect(dates == ["vn": "2021-06-16", "iso": "2020-06-01", "bad": "-", "year": "2019",
                          "stamp": "2018-03-04", "none": "-"])
    }

    @Test("a query of date filters only lists the documents newest first, dates shown normalised")
    func listing() throws {
        let (folder, index, _) = try index([
            line("a", date: #""1/2/2021""#), line("b", date: #""2021-11""#),
            line("c", date: #""2021-07-30""#), line("d", date: #""2020-12-31""#),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ids(search(index, ["date:2021"])) == ["b", "c", "a"])
        let text = try TracuuExecutable.run(["search", "--index", index, "date:2021"], input: "")
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.output.contains("3 matches"))
        #expect(text.output.contains("a · 2021-02-01"))
        #expect(text.output.contains("b · 2021-11"))
    }

    @Test("--since and --until refuse text that is no date, with the forms they take (exit 2)",
          arguments: ["2021-13", "16/6/21", "last year"])
    func badBound(value: String) throws {
        let (folder, index, _) = try index([line("a", date: #""2021-02-01""#)])
        defer { try? FileManager.default.removeItem(at: folder) }
        for option in ["--since", "--until"] {
            let result = try TracuuExecutable.run(["search", "--index", index, "hội nghị",
                                                   option, value], input: "")
            #expect(result.status == 2)
            #expect(result.stderr.contains("YYYY-MM-DD, YYYY-MM, YYYY, D/M/YYYY"),
                    "\(result.stderr)")
        }
    }

    @Test("a date filter on an index without dated documents says so")
    func undatedIndex() throws {
        let plain = #"{"id":"p","title":"Tin","body":"Hội nghị tổng kết công tác năm."}"#
        let (folder, index, _) = try index([plain])
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["hội nghị date:2021"], ["hội nghị", "--since", "2021"],
                          ["date:2021", "--json"]] {
            let result = try TracuuExecutable.run(["search", "--index", index] + arguments,
                                                  input: "")
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("no document in this index has a date"),
                    "\(arguments)")
        }
        let words = try TracuuExecutable.run(["search", "--index", index, "hội nghị"], input: "")
        #expect(!words.stderr.contains("has a date"))
    }
}
