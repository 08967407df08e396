import Foundation
import Testing

/// What `tracuu search` says of an abbreviation it read: the reading, and with `--explain`
/// or `--json` the forms searched and their weights.
@Suite struct AbbreviationOutputTests {
    private static let documents = [
        ["id": "ubnd", "title": "Phòng chống bệnh dại",
         "body": "UBND tỉnh Quảng Ninh yêu cầu các địa phương tăng cường tiêm phòng dại."],
        ["id": "full", "title": "Du lịch Hạ Long",
         "body": "Ủy ban nhân dân tỉnh Quảng Ninh vừa phê duyệt đề án phát triển du lịch."],
    ]

    @Test("--json lists the forms of UBND with their weights, and both hits")
    func json() throws {
        let work = try CLIWorkFolder()
        defer { work.remove() }
        let index = try work.index(Self.documents)
        let result = try TracuuExecutable.run(["search", "--index", index, "--json",
                                               "UBND tỉnh Quảng Ninh"], input: "")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(
            with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["interpreted"] as? String
                == #"(ubnd OR "uỷ ban nhân dân") tỉnh quảng ninh"#)
        let readings = try #require(object["abbreviations"] as? [[String: Any]])
        #expect(readings.map { $0["typed"] as? String } == ["ubnd"])
        let forms = try #require(readings.first?["forms"] as? [[String: Any]])
        #expect(forms.map { $0["text"] as? String } == ["UBND", "Ủy ban nhân dân"])
        #expect(forms.map { $0["weight"] as? Double } == [1, 0.8])
        let hits = try #require(object["hits"] as? [[String: Any]])
        #expect(hits.map { $0["id"] as? String } == ["ubnd", "full"])
    }

    @Test("--explain prints the forms and their weights; the other form is highlighted")
    func explain() throws {
        let work = try CLIWorkFolder()
        defer { work.remove() }
        let index = try work.index(Self.documents)
        let result = try TracuuExecutable.run(["search", "--index", index, "--explain",
                                               "Ủy ban nhân dân tỉnh Quảng Ninh"], input: "")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first == #"interpreted as: ("uỷ ban nhân dân" OR ubnd) tỉnh quảng ninh"#)
        #expect(lines.contains("abbreviation: Ủy ban nhân dân (1.00) ≡ UBND (0.80)"))
        #expect(lines.contains { $0.hasPrefix("   [UBND] [tỉnh] [Quảng] [Ninh] yêu cầu") },
                "\(result.output)")
    }
}
