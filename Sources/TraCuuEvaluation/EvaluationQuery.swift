import Foundation

/// One query of an evaluation set: its id, its text, and an optional class to report by.
public struct EvaluationQuery: Sendable, Equatable {
    public let id: String
    public let text: String
    /// `kind/variant` when the query file gives them (`docref/unaccented`), else `kind`, else nil.
    public let queryClass: String?

    public init(id: String, text: String, queryClass: String? = nil) {
        self.id = id
        self.text = text
        self.queryClass = queryClass
    }

    /// Reads JSON Lines of `{"qid", "query", optional "kind", "variant", "relevant": [ids]}`.
    /// Returns the queries in file order and the judgments their `relevant` lists give.
    public static func parse(jsonLines data: Data) throws
        -> (queries: [EvaluationQuery], judgments: RelevanceJudgments)
    {
        var queries: [EvaluationQuery] = []
        var judgments = RelevanceJudgments()
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") })
            else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line))
                    as? [String: Any],
                  let id = object["qid"] as? String, let text = object["query"] as? String
            else {
                throw EvaluationError.malformed(line: lineNumber,
                                                "expected a JSON object with `qid` and `query`")
            }
            let kind = object["kind"] as? String
            let variant = object["variant"] as? String
            let queryClass = kind.map { kind in variant.map { "\(kind)/\($0)" } ?? kind }
            queries.append(EvaluationQuery(id: id, text: text, queryClass: queryClass))
            for document in object["relevant"] as? [String] ?? [] {
                judgments.judge(query: id, document: document)
            }
        }
        return (queries, judgments)
    }
}
