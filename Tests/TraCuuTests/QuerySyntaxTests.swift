import Testing
import TraCuu

@Suite struct QuerySyntaxTests {
    @Test("a query written in its syntax parses back to the same clauses and dates", arguments: [
        "Nghị quyết số 05", #""Nghị quyết" -"kế hoạch""#, "title:Mỏ body:\"chè xanh\"",
        "nghi* +Sơn -Chè", "Sơn OR Chè OR Hà", "+(Sơn OR Chè) -\"Mỏ Chè\"",
        "(+Sơn -Chè Hà) date:2021-06", "a AND b NOT c",
    ])
    func roundTrip(text: String) throws {
        let query = try Query(parsing: text, strict: true)
        let again = try Query(parsing: query.syntax, strict: true)
        #expect(again.clauses == query.clauses, "\(query.syntax)")
        #expect(again.dates == query.dates)
    }
}
