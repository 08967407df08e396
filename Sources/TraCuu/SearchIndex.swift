import Synchronization

/// A full-text index of documents, on disk or in memory.
///
/// ```swift
/// let index = try SearchIndex.open(at: "archive.tracuu", creatingIfMissing: true)
/// let writer = try index.writer()
/// try writer.add(Document(id: "nq-05", title: "Nghị quyết số 05", body: "…"))
/// try writer.commit()
/// let searcher = try index.searcher()
/// ```
/// One writer at a time (a lock file); any number of searchers, each a snapshot of one
/// commit that keeps answering while the writer commits newer ones.
///
/// Segments are opened once per process and shared by every searcher and the writer
/// (`searcher()` after a commit maps only the new segments' files); each file's checksum is
/// verified on its first use, by `Searcher.verify()` (`tracuu check`) and by merges.
public final class SearchIndex: Sendable {
    let directory: any Directory
    /// The segments open in this process, shared by searchers and the writer.
    let segments = SegmentCache()
    /// The searcher of the last commit seen, returned again while no commit follows it.
    private let latest = Mutex<Searcher?>(nil)
    /// The folder, or nil in memory.
    public let path: String?
    public let options: IndexOptions

    init(directory: any Directory, path: String?, options: IndexOptions) {
        self.directory = directory
        self.path = path
        self.options = options
    }

    /// Opens the index in folder `path`. With `creatingIfMissing`, creates the folder and an
    /// empty index when there is none; otherwise throws `IndexError.notFound`. An existing
    /// folder that holds no index but other files is never made one: it throws
    /// `IndexError.notAnIndex` and nothing in it is touched. The index owns only the files
    /// it writes; nothing else in its folder is ever deleted.
    public static func open(at path: String, creatingIfMissing: Bool = false,
                            options: IndexOptions = IndexOptions()) throws -> SearchIndex {
        let directory = try FileDirectory(path: path, creatingIfMissing: creatingIfMissing)
        let index = SearchIndex(directory: directory, path: path, options: options)
        try index.prepare(creatingIfMissing: creatingIfMissing)
        return index
    }

    /// An index in any `Directory` (tests wrap one to inject faults).
    package static func open(in directory: any Directory, creatingIfMissing: Bool = true,
                             options: IndexOptions = IndexOptions()) throws -> SearchIndex {
        let index = SearchIndex(directory: directory, path: nil, options: options)
        try index.prepare(creatingIfMissing: creatingIfMissing)
        return index
    }

    /// An index in memory with the same behaviour, for embedding and tests.
    public static func inMemory(options: IndexOptions = IndexOptions()) -> SearchIndex {
        let index = SearchIndex(directory: MemoryDirectory(), path: nil, options: options)
        try? Manifest().commit(to: index.directory)
        return index
    }

    /// The writer; throws `IndexError.locked` naming the holder when another writer is open.
    public func writer() throws -> IndexWriter {
        try IndexWriter(index: self)
    }

    /// A snapshot of the last commit. Costs one manifest read and O(segments): the searcher
    /// of the same commit when the index has one, else a new one that maps only the files
    /// of segments not open yet. No body is read before a search needs it: the first search
    /// verifies the dictionary, document and bigram files of each segment not verified yet in
    /// this process, and the postings, positions and stored fields on their first read.
    /// The index keeps the last searcher (and so its segments) until a newer commit.
    public func searcher() throws -> Searcher {
        var attempt = 0
        while true {
            let manifest = try Manifest(reading: directory)
            if let current = latest.withLock({ $0 }), current.generation == manifest.generation {
                return current
            }
            do {
                let searcher = try Searcher(manifest: manifest, directory: directory,
                                            cache: segments)
                latest.withLock { latest in
                    if latest.map({ $0.generation < searcher.generation }) ?? true {
                        latest = searcher
                    }
                }
                return searcher
            } catch IndexError.Code.notFound where attempt < 5 {
                // A writer replaced the manifest and removed its files meanwhile: read again.
                attempt += 1
            }
        }
    }

    private func prepare(creatingIfMissing: Bool) throws {
        guard !directory.fileExists(SegmentFormat.manifestName) else {
            _ = try Manifest(reading: directory)
            return
        }
        guard creatingIfMissing else {
            throw IndexError(.notFound, "no index at \(path ?? "memory") (no manifest)")
        }
        let foreign = try IndexFiles.foreignEntries(in: directory)
        guard foreign.isEmpty else {
            let shown = foreign.prefix(3).joined(separator: ", ")
                + (foreign.count > 3 ? " and \(foreign.count - 3) more" : "")
            throw IndexError(.notAnIndex, "\(path ?? "the directory") is not a TraCuu index "
                             + "and is not empty (it holds \(shown)); nothing was changed. "
                             + "Give a new or empty folder for the index")
        }
        let lock = try directory.lock()
        defer { lock.release() }
        if !directory.fileExists(SegmentFormat.manifestName) {
            try Manifest().commit(to: directory)
        }
    }
}
