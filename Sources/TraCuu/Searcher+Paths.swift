/// Where the documents of a snapshot came from.
extension Searcher {
    /// The id and stored `path` of every live document that has a path, segment by segment.
    /// Reads every stored-fields block once (decompressing it), decoding only the path:
    /// O(stored bytes). For keeping an index in step with a folder (`tracuu index --prune`).
    public func documentPaths() throws -> [(id: String, path: String)] {
        var result: [(id: String, path: String)] = []
        for segment in try loadedSegments() {
            let stored = try segment.reader.storedFieldsReader()
            for ordinal in 0..<segment.reader.documentCount where !segment.isDeleted(ordinal) {
                if let path = try stored.field("path", of: ordinal) {
                    result.append((segment.reader.documents.id(ordinal), path))
                }
            }
        }
        return result
    }
}
