import Synchronization

/// One segment as the searchers and the writer of an index share it within a process: its
/// files, mapped once (`SegmentFiles`), and what is built from them on first use, once: the
/// document table (all a writer needs to delete by id) and the reader searches use.
final class SharedSegment: Sendable {
    let files: SegmentFiles
    /// Documents in the segment, as the manifest says; the document table must agree.
    let documentCount: Int
    private let documentTable = Mutex<DocumentTable?>(nil)
    private let searchReader = Mutex<SegmentReader?>(nil)

    /// Maps the segment's files: O(1) per file (`SegmentFiles`).
    init(name: String, documentCount: Int, directory: any Directory) throws {
        files = try SegmentFiles(name: name, directory: directory)
        self.documentCount = documentCount
    }

    var name: String { files.name }

    /// The document table, verified and decoded on the first call (O(documents)).
    func documents() throws -> DocumentTable {
        try documentTable.withLock { table in
            if let table { return table }
            let decoded = try DocumentTable(files.body(.documents),
                                            file: files.fileName(.documents))
            guard decoded.count == documentCount else {
                throw IndexError.corrupted(SegmentFormat.manifestName,
                                           "segment \(name) size differs from its files")
            }
            table = decoded
            return decoded
        }
    }

    /// The reader, built on the first call: verifies and decodes the dictionary, document
    /// table and bigram counts (O(their size)); later calls cost a lock.
    func reader() throws -> SegmentReader {
        try searchReader.withLock { reader in
            if let reader { return reader }
            let built = try SegmentReader(files: files, documents: documents())
            reader = built
            return built
        }
    }
}
