import Foundation
import Testing
import TraCuuTestSupport

/// `tracuu tokens`, run as a child process.
@Suite struct TokensCommandTests {
    /// The JSON objects of `tokens --json` output, one a line.
    static func objects(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            return try #require(object as? [String: Any], "not an object: \(line)")
        }
    }

    @Test("--json prints one object a line with kind, keys, position and byte offsets")
    func json() throws {
        let marked = MarkedText(
            "⟦Nghị⟧ ⟦quyết⟧ ⟦số⟧ ⟦05⟧ ⟦ngày⟧ ⟦16⟧/⟦6⟧/⟦2021⟧ ⟦của⟧ ⟦Đảng⟧ ⟦uỷ⟧\n")
        let result = try TracuuExecutable.run(["tokens", "--json"], input: marked.text)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.output.hasSuffix("\n"))
        let all = try Self.objects(result.output)
        let objects = all.filter { $0["type"] as? String == "token" }
        #expect(objects.count == marked.ranges.count)
        let keys: Set = ["type", "text", "exact", "toneless", "folded", "position", "start", "end"]
        for (index, object) in objects.enumerated() {
            #expect(keys.isSubset(of: Set(object.keys)), "\(object.keys)")
            #expect(object["position"] as? Int == index)
            #expect(object["start"] as? Int == marked.ranges[index].lowerBound)
            #expect(object["end"] as? Int == marked.ranges[index].upperBound)
            #expect(object["text"] as? String == marked.spans[index])
        }
        #expect(objects.map { $0["folded"] as? String } == [
            "nghi", "quyet", "so", "05", "ngay", "16", "6", "2021", "cua", "dang", "uy",
        ])
        #expect(objects[10]["exact"] as? String == "uỷ")
        #expect(objects[9]["toneless"] as? String == "đang")
        #expect(objects[3]["kind"] as? String == "number")
        let references = all.filter { $0["kind"] as? String == "docref" }
        #expect(references.count == 1)
        #expect(references.first?["number"] as? Int == 5)
        #expect(references.first?["date"] as? String == "2021-06-16")
        #expect(references.first?["doctype"] as? String == "nghị quyết")
        #expect(references.first?["key"] as? String == "docref|nghi quyet|5")
        #expect(references.first?["start"] as? Int == 0)
        #expect(references.first?["end"] as? Int == marked.ranges[7].upperBound)
    }

    @Test("the issue's example prints one docref with number 5 and date 2021-06-16")
    func issueExample() throws {
        let result = try TracuuExecutable.run(
            ["tokens", "--json"], input: "Nghị quyết số 05 ngày 16/6/2021 của Đảng ủy phường\n")
        let entities = try Self.objects(result.output).filter { $0["type"] as? String == "entity" }
        let references = entities.filter { $0["kind"] as? String == "docref" }
        #expect(references.count == 1)
        #expect(references.first?["number"] as? Int == 5)
        #expect(references.first?["year"] as? Int == 2021)
        #expect(references.first?["date"] as? String == "2021-06-16")
        #expect(entities.contains { $0["kind"] as? String == "date"
            && $0["value"] as? String == "2021-06-16" })
    }

    @Test("offsets point into the input as read, past replaced bytes")
    func offsetsAfterInvalidBytes() throws {
        let input = Array("Hoà".utf8) + [0xFF, 0xFE] + Array(" bình ".utf8) + [0xC3]
            + Array("Đảng\n".utf8)
        let result = try TracuuExecutable.run(["tokens", "--json", "--encoding", "utf8"],
                                              input: input)
        #expect(result.status == 0)
        #expect(result.stderr.contains("replaced 3 invalid"))
        let objects = try Self.objects(result.output)
        #expect(objects.map { $0["text"] as? String } == ["Hoà", "bình", "Đảng"])
        for object in objects {
            let start = try #require(object["start"] as? Int)
            let end = try #require(object["end"] as? Int)
            #expect(String(decoding: input[start..<end], as: UTF8.self)
                    == object["text"] as? String)
        }
    }

    @Test("offsets of UTF-16 input count the input's bytes")
    func utf16Offsets() throws {
        let text = "Hà Nội"
        let input: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap {
            [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)]
        }
        let result = try TracuuExecutable.run(["tokens", "--json", "--encoding", "utf16"],
                                              input: input)
        #expect(result.status == 0)
        let objects = try Self.objects(result.output)
        #expect(objects.map { $0["start"] as? Int } == [2, 8])
        #expect(objects.map { $0["end"] as? Int } == [6, 14])
    }

    @Test("text output: position, byte range, kind, text and the three keys, tab-separated")
    func textOutput() throws {
        let result = try TracuuExecutable.run(["tokens"], input: "Hòa 3,5%")
        #expect(result.status == 0)
        #expect(UTF8Bytes(result.output) == UTF8Bytes(
            "0\t0..<4\tword\tHòa\thoà\thoa\thoa\n1\t5..<9\tnumber\t3,5%\t3,5%\t3,5%\t3,5%\n"))
    }

    @Test("the seed article's tokens come out with offsets into the file")
    func seedArticle() throws {
        let bytes = try [UInt8](Data(contentsOf: RepositoryFiles.seedArticle))
        let result = try TracuuExecutable.run(["tokens", "--json"], input: bytes)
        #expect(result.status == 0)
        let objects = try Self.objects(result.output)
        #expect(objects.count > 800)
        var mismatches = 0
        for object in objects {
            guard let start = object["start"] as? Int, let end = object["end"] as? Int,
                  String(decoding: bytes[start..<end], as: UTF8.self) == object["text"] as? String
            else {
                mismatches += 1
                continue
            }
        }
        #expect(mismatches == 0)
    }
}
