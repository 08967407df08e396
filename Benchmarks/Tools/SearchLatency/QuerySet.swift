import Foundation

/// One query of the fixed set, with its class (`docref`, `name-unaccented`, `common`…).
struct LatencyQuery {
    let kind: String
    let text: String
}

enum QuerySet {
    /// `class<TAB>query` lines; blank lines and lines starting with `#` are skipped.
    static func load(path: String) throws -> [LatencyQuery] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchmarkError("\(path): not readable")
        }
        var queries: [LatencyQuery] = []
        for (number, line) in String(decoding: data, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty && !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw BenchmarkError("\(path):\(number + 1): not class<TAB>query")
            }
            queries.append(LatencyQuery(kind: String(fields[0]), text: String(fields[1])))
        }
        guard !queries.isEmpty else { throw BenchmarkError("\(path): no queries") }
        return queries
    }

    /// The classes in the order they first appear.
    static func kinds(of queries: [LatencyQuery]) -> [String] {
        var seen: Set<String> = []
        return queries.map(\.kind).filter { seen.insert($0).inserted }
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
