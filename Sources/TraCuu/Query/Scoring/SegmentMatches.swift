/// What `SegmentScorer` found in one segment: the documents that pass the query's filters
/// with their score parts, and which of the query's entities each mentions.
struct SegmentMatches {
    private let table: ScoreTable
    /// Matching live documents, ascending.
    let candidates: [UInt32]
    /// Per plan entity, the documents mentioning it, ascending.
    private let entityDocuments: [[UInt32]]

    init(table: ScoreTable, candidates: [UInt32], entityDocuments: [[UInt32]]) {
        self.table = table
        self.candidates = candidates
        self.entityDocuments = entityDocuments
    }

    /// The score parts of a candidate, coverage included.
    func explanation(of ordinal: UInt32) -> Explanation { table.explanations[Int(ordinal)] }

    /// How many of the query's entities a candidate mentions.
    func entityCount(of ordinal: UInt32) -> Int { Int(table.entityCounts[Int(ordinal)]) }

    /// The indices (in `QueryPlan.entities`) of the entities a candidate mentions, ascending.
    /// A binary search per entity.
    func matchedEntities(of ordinal: UInt32) -> [Int] {
        entityDocuments.indices.filter { index in
            let documents = entityDocuments[index]
            var low = 0, high = documents.count
            while low < high {
                let middle = (low + high) / 2
                if documents[middle] < ordinal { low = middle + 1 } else { high = middle }
            }
            return low < documents.count && documents[low] == ordinal
        }
    }
}
