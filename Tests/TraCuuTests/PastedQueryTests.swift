import Testing
import TraCuu

/// Whatever people paste is searched: text the query syntax cannot read is read as words,
/// and each such place is noted; a strict parse throws there instead.
@Suite struct PastedQueryTests {
    static func words(_ query: Query) -> [String] {
        query.clauses.compactMap { clause in
            if case .word(let word, nil, false) = clause { return word }
            return nil
        }
    }

    @Test("a spaced hyphen between words is a dash, read without a note")
    func spacedHyphen() throws {
        let query = try Query(parsing: "Hà Nội - Hải Phòng")
        #expect(Self.words(query) == ["Hà", "Nội", "Hải", "Phòng"])
        #expect(query.notes.isEmpty)
    }

    @Test("text the syntax cannot read is read as words, with a note at its column",
          arguments: [
            ("\"Nghị quyết", ["Nghị", "quyết"], QueryError.Code.unbalancedQuote, 1),
            ("hòa -", ["hòa"], .loneMinus, 5),
            ("- hòa", ["hòa"], .loneMinus, 1),
            ("a title:", ["a", "title"], .emptyField, 3),
            ("OR hòa", ["OR", "hòa"], .danglingOr, 1),
            ("hòa OR", ["hòa", "OR"], .danglingOr, 5),
            ("hòa date:21", ["hòa", "date:21"], .badDate, 5),
            ("\"Sơn\" \"Chè", ["Chè"], .unbalancedQuote, 7),
          ] as [(String, [String], QueryError.Code, Int)])
    func readAsWords(text: String, words: [String], code: QueryError.Code, column: Int) throws {
        let query = try Query(parsing: text)
        #expect(Self.words(query) == words)
        #expect(query.notes.map(\.code) == [code])
        #expect(query.notes.first?.column == column)
    }

    @Test("stray *, : and ( are text", arguments: ["*", "a : b", "(Hà Nội", "x*y", "10:30"])
    func strayCharacters(text: String) throws {
        let query = try Query(parsing: text)
        #expect(!query.clauses.isEmpty)
    }

    @Test("a strict parse throws where the default parse notes",
          arguments: [("\"Nghị quyết", QueryError.Code.unbalancedQuote, 1),
                      ("hòa -", .loneMinus, 5), ("Hà - Nội", .loneMinus, 4),
                      ("a title:", .emptyField, 3), ("   ", .empty, 1),
                      ("OR hòa", .danglingOr, 1), ("hòa date:21", .badDate, 5),
                      ("hòa date:2017-13-45", .badDate, 5)])
    func strict(text: String, code: QueryError.Code, column: Int) {
        do {
            _ = try Query(parsing: text, strict: true)
            Issue.record("parsed \(text)")
        } catch let error as QueryError {
            #expect(error.code == code)
            #expect(error.column == column)
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test("a query with nothing to search still throws, strict or not", arguments: ["", "  -  "])
    func empty(text: String) {
        #expect(throws: QueryError.self) { try Query(parsing: text) }
    }

    @Test("a headline with a spaced hyphen and an odd quote finds its article")
    func headline() throws {
        let searcher = IndexFixtures.searcher(
            ofBodies: ["Tuyến cao tốc Hà Nội - Hải Phòng thông xe", "Giá vàng hôm nay"],
            title: "Tin")
        let query = try Query(parsing: #"Hà Nội - Hải Phòng "thông xe"#)
        #expect(try searcher.search(query, limit: 5).hits.map(\.id) == ["body0"])
    }

    @Test("60 KB of operators or parentheses parse without deep recursion, notes bounded",
          arguments: ["(", "( ", "-", "+-", "NOT ", ") ", "NOT -"])
    func operatorFloods(unit: String) throws {
        let text = String(repeating: unit, count: 60_000 / unit.utf8.count) + " Hà Nội"
        let query = try Query(parsing: text)
        #expect(query.notes.count <= 16)
        let searcher = IndexFixtures.searcher(ofBodies: ["Hà Nội"], title: "Tin")
        #expect(try searcher.search(query).hits.map(\.id) == ["body0"])
    }
}
