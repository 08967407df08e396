import Testing
import TraCuu
import TraCuuText

/// Operators as users know them from Lucene, FTS5 and web search: `+word`, `-word`,
/// `NOT`, `AND`, `OR` and parentheses; only upper-case `OR`, `AND`, `NOT` are operators.
@Suite struct QueryOperatorTests {
    static func word(_ text: String) -> Query.Clause { .word(text, field: nil, isPrefix: false) }

    @Test("operators read as Lucene reads them", arguments: [
        ("+Sơn Chè", [.required(word("Sơn")), word("Chè")]),
        ("Hà AND Nội", [.required(word("Hà")), .required(word("Nội"))]),
        ("a OR b AND c", [.required(.anyOf([word("a"), word("b")])), .required(word("c"))]),
        ("a NOT b", [word("a"), .excluded(word("b"))]),
        ("Sơn OR -Chè", [.anyOf([word("Sơn"), .excluded(word("Chè"))])]),
        (#"+(Sơn OR Chè) -"Mỏ Chè""#,
         [.required(.anyOf([word("Sơn"), word("Chè")])),
          .excluded(.phrase(["Mỏ", "Chè"], field: nil))]),
        ("(a b) OR c", [.anyOf([.anyOf([word("a"), word("b")]), word("c")])]),
        ("x (+a -b)", [word("x"), .anyOf([.required(word("a")), .excluded(word("b"))])]),
        ("hà and nội or not", ["hà", "and", "nội", "or", "not"].map(word)),
        ("a AND -b", [.required(word("a")), .excluded(word("b"))]),
    ] as [(String, [Query.Clause])])
    func reads(text: String, clauses: [Query.Clause]) throws {
        let query = try Query(parsing: text, strict: true)
        #expect(query.clauses == clauses)
        #expect(query.notes.isEmpty)
    }

    @Test("a dangling operator or parenthesis is read as text, with a note", arguments: [
        ("AND hòa", ["AND", "hòa"], QueryError.Code.danglingAnd, 1),
        ("hòa NOT", ["hòa", "NOT"], .danglingNot, 5),
        (") hòa", ["hòa"], .unbalancedParenthesis, 1),
        ("hòa +", ["hòa"], .lonePlus, 5),
    ] as [(String, [String], QueryError.Code, Int)])
    func dangling(text: String, words: [String], code: QueryError.Code, column: Int) throws {
        let query = try Query(parsing: text)
        #expect(query.clauses == words.map(Self.word))
        #expect(query.notes.map(\.code) == [code])
        #expect(query.notes.first?.column == column)
        #expect(throws: QueryError.self) { try Query(parsing: text, strict: true) }
    }

    @Test("a parenthesis never closed closes at the end, with a note")
    func unclosed() throws {
        let query = try Query(parsing: "x (a OR b")
        #expect(query.clauses == [Self.word("x"), .anyOf([Self.word("a"), Self.word("b")])])
        #expect(query.notes.map(\.code) == [.unbalancedParenthesis])
        #expect(query.notes.first?.column == 3)
    }

    @Test("requiring all words makes every clause without an operator required")
    func allWords() throws {
        let query = try Query(parsing: "a -b (c OR d) +e").requiringAllWords()
        #expect(query.clauses == [.required(Self.word("a")), .excluded(Self.word("b")),
                                  .required(.anyOf([Self.word("c"), Self.word("d")])),
                                  .required(Self.word("e"))])
    }

    @Test("the builder gives the query the parser reads from the builder's text")
    func builder() throws {
        let built = QueryBuilder()
            .words("Đinh La Thăng")
            .required(QueryBuilder().phrase("Bộ Chính trị"))
            .excluded(QueryBuilder().words("Ninh Bình", field: .title))
            .anyOf([QueryBuilder().words("Sơn"), QueryBuilder().prefix("chè"),
                    QueryBuilder().words("Mỏ Chè")])
            .required(QueryBuilder().anyOf([QueryBuilder().words("a"),
                                             QueryBuilder().excluded(QueryBuilder().words("b"))]))
            .date(CalendarDate(year: 2017)!)
            .query
        #expect(built.text == #"Đinh La Thăng +"Bộ Chính trị" -title:Ninh -title:Bình "#
                + #"(Sơn OR chè* OR (Mỏ OR Chè)) +(a -b) date:2017"#)
        #expect(try Query(parsing: built.text, strict: true) == built)
    }
}
