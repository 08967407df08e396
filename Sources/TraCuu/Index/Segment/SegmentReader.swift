import Synchronization

/// One immutable segment, ready to search: its term dictionary, document table and bigram
/// counts verified (checksum and structure) and decoded in place; its postings, positions
/// and stored fields verified on first use (`SegmentFiles`). Built once per segment and
/// process by `SharedSegment.reader()` and shared by every searcher and the writer;
/// immutable, so shareable across threads. Stored fields are decoded through a reader made
/// per call.
final class SegmentReader: @unchecked Sendable {
    let name: String
    let dictionary: TermDictionary
    let documents: DocumentTable
    /// Tokens in all its documents, live and deleted, for BM25's average length.
    let totalLength: UInt64
    private let files: SegmentFiles
    /// Framed but not yet verified: `postings(ofTerm:)` and `positions(at:…)` verify first.
    private let postings: UnsafeRawBufferPointer
    private let positions: UnsafeRawBufferPointer
    private let bigrams: BigramTable
    /// Opened on the first stored document read (which verifies the file) and never read
    /// through (its block cache would be shared across threads): each `document(_:)` call
    /// reads through a reader of its own sharing it.
    private let stored = Mutex<StoredFieldsReader?>(nil)
    /// Decompressors for `document(_:)`, reused from call to call (one per thread at a time).
    private let decompressors = Mutex<[ZstdFrameDecompressor]>([])

    /// Verifies and decodes the dictionary and the bigram counts (O(their size)); takes the
    /// document table already verified. Throws `.corrupted` naming the damaged file.
    init(files: SegmentFiles, documents: DocumentTable) throws {
        name = files.name
        self.files = files
        self.documents = documents
        dictionary = try TermDictionary(files.body(.dictionary),
                                        file: files.fileName(.dictionary))
        bigrams = try BigramTable(files.body(.bigrams), file: files.fileName(.bigrams))
        postings = files.unverifiedBody(.postings)
        positions = files.unverifiedBody(.positions)
        totalLength = (0..<documents.count).reduce(0) { $0 + UInt64(documents.length($1)) }
    }

    var documentCount: Int { documents.count }

    /// Bytes in the positions stream: a bound on the positions of any set of terms, since
    /// each takes at least one byte.
    var positionsByteCount: Int { positions.count }

    /// Appends to `positions` the `count` positions of a document that start `skipping`
    /// varints after `offset` in the positions file (`PostingsCursor.blockPositionsStart`);
    /// moves `offset` past them.
    func positions(at offset: inout Int, skipping: Int, count: Int,
                   into positions: inout [UInt32]) throws {
        try files.verify(.positions)
        do throws(DecodeError) {
            guard offset <= self.positions.count else { throw .truncated }
            try VarInt.skip(skipping, in: self.positions, at: &offset)
            var position: UInt32 = 0
            for _ in 0..<count {
                position &+= try VarInt.readUInt32(self.positions, at: &offset)
                positions.append(position)
            }
        } catch {
            throw IndexError.corrupted(SegmentFormat.file(name, "pos"), "positions: \(error)")
        }
    }

    /// A cursor over a term's postings.
    func postings(ofTerm term: Int) throws -> PostingsCursor {
        try files.verify(.postings)
        try files.verify(.positions)
        return try PostingsCursor(postings: postings, positions: positions,
                                  stats: dictionary.stats(term),
                                  file: SegmentFormat.file(name, "pst"))
    }

    /// The stored document at `ordinal`: decompresses its block (zstd) each call.
    func document(_ ordinal: Int) throws -> Document {
        StoredDocument.document(from: try storedFields(ordinal))
    }

    /// The stored document at `ordinal` and its body's checkpoints (none when indexed
    /// without them).
    func documentWithCheckpoints(_ ordinal: Int) throws
        -> (document: Document, checkpoints: BodyCheckpoints)
    {
        let fields = try storedFields(ordinal)
        let document = StoredDocument.document(from: fields)
        return (document, StoredDocument.checkpoints(in: fields, body: document.body))
    }

    private func storedFields(_ ordinal: Int) throws -> [StoredField] {
        let decompressor = decompressors.withLock { $0.popLast() } ?? ZstdFrameDecompressor()
        defer {
            decompressors.withLock { spares in
                if spares.count < 4 { spares.append(decompressor) }
            }
        }
        let reader = StoredFieldsReader(sharing: try sharedStoredFields(),
                                        decompressor: decompressor)
        return try reader.document(ordinal)
    }

    /// A reader of the stored fields with a block cache of its own, for reading many
    /// documents in order on one thread (a merge). Verifies the file on first use.
    func storedFieldsReader() throws -> StoredFieldsReader {
        StoredFieldsReader(sharing: try sharedStoredFields(),
                           decompressor: ZstdFrameDecompressor())
    }

    /// The shared stored-fields reader, opened (and the file verified) on first use:
    /// O(file size) once, then O(1).
    private func sharedStoredFields() throws -> StoredFieldsReader {
        try stored.withLock { stored in
            if let stored { return stored }
            let name = files.fileName(.storedFields)
            let opened = try StoredFieldsReader(files.bytes(.storedFields),
                                                verifiedBody: files.body(.storedFields),
                                                name: name)
            guard opened.count == documents.count else {
                throw IndexError.corrupted(name, "holds \(opened.count) documents, "
                                           + "the segment \(documents.count)")
            }
            stored = opened
            return opened
        }
    }

    /// Every syllable pair with its count, keyed `first << 32 | second` by term ordinals, in
    /// key order.
    func forEachBigram(_ body: (_ key: UInt64, _ count: UInt32) throws -> Void) throws {
        try bigrams.forEachPair(body)
    }

    /// How often the syllable pair (`first`, `second`), given as term ordinals, was adjacent.
    func bigramCount(_ first: Int, _ second: Int) -> Int {
        bigrams.count(first, second)
    }

    /// Bytes per file kind (extension), for statistics.
    var fileSizes: [String: Int] { files.fileSizes }

    /// Verifies every file's checksum: again, even if verified before, with `again` (`check`);
    /// else only those not yet verified in this process (a merge).
    func verifyFiles(again: Bool) throws {
        try files.verifyAll(again: again)
    }
}
