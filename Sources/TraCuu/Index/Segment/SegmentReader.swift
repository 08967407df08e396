import Synchronization

/// One immutable segment, opened: its files mapped and verified (magic, version, checksum,
/// structure) before anything is trusted. Immutable and so shareable across threads; stored
/// fields are decoded through a reader made per call.
final class SegmentReader: @unchecked Sendable {
    let name: String
    let dictionary: TermDictionary
    let documents: DocumentTable
    private let files: [String: FileBytes]
    private let postings: UnsafeRawBufferPointer
    private let positions: UnsafeRawBufferPointer
    private let bigrams: BigramTable
    /// Verified once on open and never read through (its block cache would be shared across
    /// threads): each `document(_:)` call reads through a reader of its own sharing it.
    private let stored: StoredFieldsReader
    /// Decompressors for `document(_:)`, reused from call to call (one per thread at a time).
    private let decompressors = Mutex<[ZstdFrameDecompressor]>([])

    /// Opens segment `name`; throws `.corrupted` naming the damaged file, `.notFound` when a
    /// file is missing, `.incompatibleFormat` for a newer format.
    init(name: String, directory: any Directory) throws {
        self.name = name
        var files: [String: FileBytes] = [:]
        func body(_ fileExtension: String, _ magic: String) throws -> UnsafeRawBufferPointer {
            let file = SegmentFormat.file(name, fileExtension)
            let bytes = try directory.read(file)
            files[file] = bytes
            return try FileEnvelope.body(of: bytes.bytes, magic: magic, file: file)
        }
        postings = try body("pst", SegmentFormat.postingsMagic)
        positions = try body("pos", SegmentFormat.positionsMagic)
        dictionary = try TermDictionary(body("dic", SegmentFormat.dictionaryMagic),
                                        file: SegmentFormat.file(name, "dic"))
        documents = try DocumentTable(body("doc", SegmentFormat.documentsMagic),
                                      file: SegmentFormat.file(name, "doc"))
        bigrams = try BigramTable(body("bgr", SegmentFormat.bigramsMagic),
                                  file: SegmentFormat.file(name, "bgr"))
        let storedFile = SegmentFormat.file(name, "fdt")
        let storedBytes = try directory.read(storedFile)
        files[storedFile] = storedBytes
        self.files = files
        stored = try StoredFieldsReader(storedBytes, name: storedFile)
        guard stored.count == documents.count else {
            throw IndexError.corrupted(storedFile, "holds \(stored.count) documents, "
                                       + "the segment \(documents.count)")
        }
        // Verifying read every page; searches bring back the ones they need.
        for bytes in files.values { bytes.releaseResidentPages() }
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
        try PostingsCursor(postings: postings, positions: positions,
                           stats: dictionary.stats(term), file: SegmentFormat.file(name, "pst"))
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
        let reader = StoredFieldsReader(sharing: stored, decompressor: decompressor)
        return try reader.document(ordinal)
    }

    /// A reader of the stored fields with a block cache of its own, for reading many
    /// documents in order on one thread (a merge).
    func storedFieldsReader() -> StoredFieldsReader {
        StoredFieldsReader(sharing: stored, decompressor: ZstdFrameDecompressor())
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
    var fileSizes: [String: Int] {
        var sizes: [String: Int] = [:]
        for (file, bytes) in files {
            sizes[String(file.split(separator: ".").last ?? ""), default: 0] += bytes.count
        }
        return sizes
    }
}
