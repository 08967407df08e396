import Testing
import TraCuuText

/// Entities in queries: lower-case names where the user typed no capitals, but not words of
/// a question that capitalises its names; a marked word must match a keyword's marks, and
/// so must a word a reading wrote out.
@Suite struct QueryEntityTests {
    private func entities(_ query: String) -> [String] {
        Analyzer(mode: .query).analyze(query).entities
            .filter { $0.kind != .number }.map(\.keys.folded)
    }

    @Test("lower-case and unaccented names of three or four syllables", arguments: [
        ("pham thi thuy", "person|pham thi thuy"),
        ("dinh thi thu hang", "person|dinh thi thu hang"),
        ("Nguyen thai ha", "person|nguyen thai ha"),
        ("đồng chí nguyễn văn nam", "person|nguyen van nam"),
    ])
    func lowerCaseNames(query: String, key: String) {
        #expect(entities(query) == [key])
    }

    @Test("question words, two lower-case syllables and look-alike designators are not names",
          arguments: [
              "Một số nguồn ghi lại những lời cuối của ông là gì?",
              "dang bo",
              "Trong trận nào thì quân Texas đã mất lợi thế?",
              "Các quốc gia nào có số dân di cư đến Canada nhiều nhất?",
          ])
    func notNames(query: String) {
        #expect(entities(query).filter { !$0.hasPrefix("date|") } == [])
    }

    @Test("a capitalised question keeps its capitalised names and places")
    func capitalisedQuestion() {
        #expect(entities("Ông Nguyễn Thái Hà làm gì ở quận Ba Đình?")
                == ["person|nguyen thai ha", "place|ba dinh"])
    }

    private func readEntities(_ read: String) -> [String] {
        let words = Tokenizer().tokens(in: read).map { _ in true }
        return Analyzer(mode: .query).analyze(read, readWords: words).entities
            .filter { $0.kind != .number }.map(\.keys.folded)
    }

    @Test("a word a reading wrote out means only its own marks, even without any", arguments: [
        ("quan Duc", "quân Đức", [String]()),
        ("quan Duc", "quan Đức", []),
        ("phuong Tay", "phương Tây", []),
        ("cua ong la gi", "của ông là gì", []),
        ("quan Ba Dinh", "quận Ba Đình", ["place|ba dinh"]),
        ("dang bo phuong mo che", "đảng bộ phường mỏ chè", ["place|mo che"]),
    ])
    func readWords(typed: String, read: String, keys: [String]) {
        #expect(!entities(typed).isEmpty)
        #expect(readEntities(read) == keys)
    }

    @Test("a surname a reading wrote out stays folded: readings seldom spell names")
    func readSurnames() {
        #expect(entities("trường quang nam") == [])
        #expect(readEntities("trường quang nam") == ["person|truong quang nam"])
        #expect(readEntities("vụ khắc tiếp") == ["person|vu khac tiep"])
    }
}
