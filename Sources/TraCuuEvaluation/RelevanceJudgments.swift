/// Which documents are relevant to which query, with a graded relevance (TREC qrels).
public struct RelevanceJudgments: Sendable, Equatable {
    /// Relevance grade by document id, by query id; grade 0 is judged not relevant.
    public private(set) var grades: [String: [String: Int]]

    public init(grades: [String: [String: Int]] = [:]) {
        self.grades = grades
    }

    /// Parses TREC qrels: `qid iteration docid grade` a line, fields split by spaces or tabs.
    /// Blank lines are skipped; any other line that does not fit throws, naming its number.
    public init(qrels text: String) throws {
        self.init()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated() {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard !fields.isEmpty else { continue }
            guard fields.count == 4, let grade = Int(fields[3]) else {
                throw EvaluationError.malformed(
                    line: index + 1, "expected `qid iteration docid grade`")
            }
            judge(query: String(fields[0]), document: String(fields[2]), grade: grade)
        }
    }

    /// Records `grade` for `document` under `query`, replacing an earlier grade.
    public mutating func judge(query: String, document: String, grade: Int = 1) {
        grades[query, default: [:]][document] = grade
    }

    /// The number of documents judged relevant (grade > 0) to `query`.
    public func relevantCount(of query: String) -> Int {
        grades[query]?.values.count(where: { $0 > 0 }) ?? 0
    }
}
