import Foundation

/// A query file and its judgments, read from disk, and the report of any engine's rankings.
public struct EvaluationSet: Sendable {
    public let queries: [EvaluationQuery]
    public let judgments: RelevanceJudgments

    /// Reads the queries (JSON Lines, see `EvaluationQuery.parse(jsonLines:)`) and the
    /// judgments: TREC qrels from `qrels` when given, else the queries' `relevant` lists.
    /// Throws `EvaluationError.inFile` naming the file that cannot be read or does not fit.
    public init(queriesAt path: String, qrelsAt qrels: String? = nil) throws {
        let parsed = try Self.reading(path) { try EvaluationQuery.parse(jsonLines: $0) }
        queries = parsed.queries
        judgments = try qrels.map { path in
            try Self.reading(path) { try RelevanceJudgments(qrels: String(decoding: $0,
                                                                          as: UTF8.self)) }
        } ?? parsed.judgments
    }

    /// The report of every query ranked by `rank`, which gets the query and the text to ask:
    /// the query's own, or with its diacritics stripped (`Diacritics.stripped(_:)`).
    public func report(strippingDiacritics: Bool = false,
                       _ rank: (EvaluationQuery, String) throws -> [String]) rethrows
        -> EvaluationReport
    {
        var rankings: [String: [String]] = [:]
        for query in queries {
            let text = strippingDiacritics ? Diacritics.stripped(query.text) : query.text
            rankings[query.id] = try rank(query, text)
        }
        return EvaluationReport(queries: queries, rankings: rankings, judgments: judgments)
    }

    private static func reading<T>(_ path: String, _ parse: (Data) throws -> T) throws -> T {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvaluationError.inFile(path, .unreadable)
        }
        do {
            return try parse(data)
        } catch let error as EvaluationError {
            throw EvaluationError.inFile(path, error)
        }
    }
}
