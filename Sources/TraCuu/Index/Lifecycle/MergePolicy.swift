/// Chooses segments to merge so the segment count stays logarithmic in the document count:
/// segments fall in size classes (powers of `mergeFactor` of their live documents), and
/// `mergeFactor` segments of one class merge into one of the next. A segment whose
/// documents are mostly deleted is rewritten alone to reclaim the space.
struct MergePolicy {
    let mergeFactor: Int

    /// Names of the segments to merge next, or nil when none need to.
    func nextMerge(_ segments: [Manifest.Segment]) -> Set<String>? {
        if let wasteful = segments.first(where: { $0.deletedCount * 2 > $0.documentCount }) {
            return [wasteful.name]
        }
        var classes: [Int: [Manifest.Segment]] = [:]
        for segment in segments {
            classes[sizeClass(segment.documentCount - segment.deletedCount), default: []]
                .append(segment)
        }
        for sizeClass in classes.keys.sorted() {
            if let members = classes[sizeClass], members.count >= mergeFactor {
                return Set(members.prefix(mergeFactor).map(\.name))
            }
        }
        return nil
    }

    private func sizeClass(_ liveDocuments: Int) -> Int {
        var size = max(liveDocuments, 1)
        var sizeClass = 0
        while size >= mergeFactor {
            size /= mergeFactor
            sizeClass += 1
        }
        return sizeClass
    }
}
