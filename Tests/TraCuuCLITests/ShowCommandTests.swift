import Foundation
import Testing

@Suite struct ShowCommandTests {
    private static let document = [
        "id": "nq-05", "title": "Nghị quyết số 05/NQ-ĐU", "date": "2021-06-16",
        "source": "Báo Thái Nguyên", "author": "Quỳnh Mai",
        "body": "Đảng uỷ phường Mỏ Chè ban hành Nghị quyết số 05.\nVề xây dựng đô thị văn minh.",
    ]

    @Test("show prints a stored document's title, metadata, extra fields and body as text")
    func text() throws {
        let work = try CLIWorkFolder()
        defer { work.remove() }
        let index = try work.index([Self.document, ["id": "other", "body": "hòa bình"]])
        let result = try TracuuExecutable.run(["show", "--index", index, "nq-05"], input: "")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.output == """
            Nghị quyết số 05/NQ-ĐU
            id: nq-05
            date: 2021-06-16
            source: Báo Thái Nguyên
            path: \(work.path("documents.jsonl"))
            author: Quỳnh Mai

            Đảng uỷ phường Mỏ Chè ban hành Nghị quyết số 05.
            Về xây dựng đô thị văn minh.

            """)
    }

    @Test("show --json prints every stored field as one JSON object")
    func json() throws {
        let work = try CLIWorkFolder()
        defer { work.remove() }
        let index = try work.index([Self.document])
        let result = try TracuuExecutable.run(["show", "--index", index, "--json", "nq-05"],
                                              input: "")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout))
                                  as? [String: Any])
        for key in ["id", "title", "date", "source", "body"] {
            #expect(object[key] as? String == Self.document[key], "\(key)")
        }
        #expect(object["path"] as? String == work.path("documents.jsonl"))
        #expect(object["fields"] as? [String: String] == ["author": "Quỳnh Mai"])
    }

    @Test("show with an id the index does not hold says so and exits with 1")
    func unknownID() throws {
        let work = try CLIWorkFolder()
        defer { work.remove() }
        let index = try work.index([Self.document])
        let result = try TracuuExecutable.run(["show", "--index", index, "nq-06"], input: "")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "tracuu: no document with id nq-06 in \(index)\n")
    }
}
