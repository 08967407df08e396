import TraCuu

/// How many names typed without marks a searcher reads right: the designator (`phường`,
/// `thị xã`) and the whole name, compared with the marked form case-insensitively. The
/// reading is `SearchResults.interpretation` (an abbreviation's other forms left out), or the
/// query itself when nothing was read.
struct ReadingTally {
    let label: String
    private(set) var count = 0
    private(set) var designatorsRight = 0
    private(set) var wholeRight = 0
    private(set) var wrong: [(typed: String, expected: String, read: String)] = []

    init(_ label: String) { self.label = label }

    /// Asks `typed` and scores its reading against `designator` (empty for none) + `name`.
    mutating func check(_ typed: String, designator: String, name: String,
                        in searcher: Searcher) throws {
        let results = try searcher.search(Query(parsing: typed), limit: 1)
        let read = Self.firstAlternatives(results.interpretation ?? typed).lowercased()
        let expected = (designator.isEmpty ? name : designator + " " + name).lowercased()
        count += 1
        if read == expected || read.hasPrefix(designator.lowercased() + " ") {
            designatorsRight += 1
        }
        if read == expected {
            wholeRight += 1
        } else {
            wrong.append((typed, expected, read))
        }
    }

    /// The reading with each group of other forms shown for an abbreviation (`("thành
    /// phố" OR tp) huế`) replaced by its first, the words as read: `thành phố huế`.
    static func firstAlternatives(_ interpretation: String) -> String {
        var result = "", rest = Substring(interpretation)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            result += rest[..<open]
            let group = rest[rest.index(after: open)..<close]
            let first = group.components(separatedBy: " OR ").first ?? String(group)
            result += first.filter { $0 != "\"" }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    var designatorShare: Double { count == 0 ? 0 : Double(designatorsRight) / Double(count) }
    var wholeShare: Double { count == 0 ? 0 : Double(wholeRight) / Double(count) }
}
