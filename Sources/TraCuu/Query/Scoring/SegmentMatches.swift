/// What `SegmentScorer` found in one segment: the documents that pass the query's filters
/// with their score parts, and which of the query's entities each mentions.
struct SegmentMatches {
    /// Holds the score table; given back to the searcher's pool after the hits are made.
    private var workspace: SegmentWorkspace
    /// Per plan entity, the documents mentioning it, ascending.
    private let entityDocuments: [[UInt32]]
    /// Matches that hold every syllable term of the query.
    let allWordsCount: Int

    init(workspace: consuming SegmentWorkspace, entityDocuments: [[UInt32]],
         allWordsCount: Int) {
        self.workspace = workspace
        self.entityDocuments = entityDocuments
        self.allWordsCount = allWordsCount
    }

    /// The score parts of a candidate, (complete for those added to the
    /// collector).
    func explanation(of ordinal: UInt32) -> Explanation {
        workspace.table.explanations[Int(ordinal)]
    }

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

    /// The workspace, to give back to the pool once the hits are made.
    consuming func releaseWorkspace() -> SegmentWorkspace { workspace }
}
