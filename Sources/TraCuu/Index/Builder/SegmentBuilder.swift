import TraCuuText

/// Documents analysed into an in-memory inverted index, until they are written as a segment.
///
/// Per term, postings grow in one flat array of `UInt32`: for each document its ordinal,
/// the frequency, then the positions. Memory is estimated as documents arrive so the writer
/// can flush at its buffer limit.
final class SegmentBuilder {
    let terms = TermTable()
    /// Per term: `doc freq pos…` records, in document order.
    let postings = PostingsTable()
    /// Adjacent syllable pairs (`first << 32 | second` term ids) and their counts.
    let bigrams = BigramCounter()
    private(set) var documents: [BuiltDocument] = []
    /// Ordinals replaced or deleted while still in the buffer.
    private(set) var deleted: Set<Int> = []
    private(set) var stored = StoredFieldsWriter()
    private var ordinalByID: [String: Int] = [:]
    private let analyzer: Analyzer
    private let renderCache = RenderCache()

    init(analyzer: Analyzer = Analyzer(mode: .document)) {
        self.analyzer = analyzer
    }

    var documentCount: Int { documents.count }

    /// A rough count of the memory held, for the writer's flush decision.
    var estimatedBytes: Int {
        postings.bytes + terms.bytes + bigrams.bytes
            + documents.count * 64
            + stored.estimatedBytes
    }

    /// The ordinal of a live buffered document with this id.
    func ordinal(of id: String) -> Int? { ordinalByID[id] }

    /// Marks a buffered document deleted (replaced or deleted by id).
    func markDeleted(_ ordinal: Int) {
        deleted.insert(ordinal)
        if ordinalByID[documents[ordinal].id] == ordinal {
            ordinalByID[documents[ordinal].id] = nil
        }
    }

    /// Analyses and buffers a document; returns its ordinal in the segment.
    @discardableResult
    func add(_ document: Document) throws -> Int {
        let ordinal = documents.count
        let (title, _) = collect(document.title, offset: 0, ordinal: UInt32(ordinal))
        let (body, checkpoints) = collect(
            document.body, offset: SegmentFormat.bodyStart(titleLength: title),
            ordinal: UInt32(ordinal))
        documents.append(BuiltDocument(id: document.id, titleLength: title,
                                       length: title + body,
                                       date: DateCode.encode(document.date)))
        ordinalByID[document.id] = ordinal
        var fields = StoredDocument.fields(of: document)
        if let field = checkpoints.field { fields.append(field) }
        try stored.add(fields)
        return ordinal
    }

    /// Analyses and records a field from `offset`, in pieces of about 1 MiB cut at line
    /// breaks (or spaces), each recorded before the next is analysed, so memory for tokens
    /// stays bounded; returns the field's token count and checkpoints.
    private func collect(_ field: String, offset: UInt32, ordinal: UInt32)
        -> (count: UInt32, checkpoints: BodyCheckpoints)
    {
        var count: UInt32 = 0
        var checkpoints = BodyCheckpoints()
        var pieceStart = 0
        for piece in FieldPieces(field, limit: 1 << 20) {
            var text = String(piece)
            let (columns, entities) = analyzer.analyzeForIndex(text, cache: renderCache)
            let ids = text.withUTF8 { bytes in
                for (index, token) in columns.entries.enumerated() {
                    let position = Int(count) + index, start = token.range.lowerBound
                    if checkpoints.isDue(position), start > 0,
                       BodyCheckpoints.isWhiteSpace(bytes[start - 1]) {
                        checkpoints.add(token: position, offset: pieceStart + start)
                    }
                }
                return termIDs(of: columns, in: bytes)
            }
            record(ids, of: columns, entities: entities, offset: offset + count,
                   ordinal: ordinal)
            count += UInt32(ids.count)
            pieceStart += text.utf8.count
        }
        return (count, checkpoints)
    }

    /// Each token's term id. A term-table slot misses the cache for most tokens, so each is
    /// prefetched 8 tokens ahead; a new term's keys come from the columns, or are rendered
    /// again from `text`, the piece's bytes.
    private func termIDs(of columns: TokenColumns, in text: UnsafeBufferPointer<UInt8>)
        -> [UInt32]
    {
        var termIDs: [UInt32] = []
        termIDs.reserveCapacity(columns.count)
        var scanner = TokenScanner()
        let codes = columns.exactCodes
        for index in codes.indices {
            if index + 8 < codes.count { terms.prefetch(codes[index + 8]) }
            if let id = terms.existingID(codes[index]) {
                termIDs.append(id)
            } else {
                let keys = columns.keys(index, in: text, scanner: &scanner)
                termIDs.append(terms.id(exact: keys.exact, code: codes[index], folded: keys.folded))
            }
        }
        return termIDs
    }

    /// Records a field's terms (`termIDs[i]` at position `offset + i`), the pairs of
    /// adjacent words, and its entities' keys.
    private func record(_ termIDs: [UInt32], of columns: TokenColumns, entities: [Entity],
                        offset: UInt32, ordinal: UInt32) {
        var pairs: [UInt64] = []
        pairs.reserveCapacity(termIDs.count)
        let tokens = columns.entries
        for index in termIDs.indices.dropFirst()
        where tokens[index].kind == .word && tokens[index - 1].kind == .word {
            pairs.append(UInt64(termIDs[index - 1]) << 32 | UInt64(termIDs[index]))
        }
        bigrams.increment(pairs)
        termIDs.withUnsafeBufferPointer { postings.record($0, from: offset, in: ordinal) }
        for entity in entities {
            let position = offset + entity.positions.lowerBound
            postings.record(terms.id(exact: entity.keys.exact, folded: entity.keys.folded),
                            at: position, in: ordinal)
            for key in entity.qualifiedKeys {
                postings.record(terms.id(exact: key, folded: key), at: position, in: ordinal)
            }
        }
    }
}

/// A field cut into pieces of at most about `limit` UTF-8 bytes, at a line break when there
/// is one in the second half of the piece, else at a space, else anywhere on a character
/// boundary. Short fields are one piece.
struct FieldPieces: Sequence, IteratorProtocol {
    private let text: Substring
    private let limit: Int
    private var start: String.Index
    private var isDone = false

    init(_ text: String, limit: Int) {
        self.text = text[...]
        self.limit = limit
        start = text.startIndex
    }

    mutating func next() -> Substring? {
        guard !isDone else { return nil }
        let utf8 = text.utf8
        guard let cut = utf8.index(start, offsetBy: limit, limitedBy: utf8.endIndex),
              cut < utf8.endIndex else {
            isDone = true
            return text[start...]
        }
        let window = utf8[utf8.index(start, offsetBy: limit / 2)..<cut]
        var end = window.lastIndex(of: UInt8(ascii: "\n")) ?? window.lastIndex(of: 0x20) ?? cut
        while utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
        defer { start = end }
        return text[start..<end]
    }
}

/// What a segment keeps of each document besides its stored fields.
struct BuiltDocument {
    let id: String
    /// Tokens in the title; the body starts at `titleLength + 1`.
    let titleLength: UInt32
    /// Tokens in title and body, the document length BM25 uses.
    let length: UInt32
    /// The document's date as a `DateCode`, for date filters.
    let date: UInt32
}
