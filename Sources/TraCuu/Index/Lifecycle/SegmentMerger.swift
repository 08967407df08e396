/// Writes one new segment from several, from what they store, without analysing any text
/// again: live documents keep their order (segment by segment) and each term its postings
/// and positions; deleted documents are dropped. Files are written as they are merged, so
/// memory holds the dictionary, the bigram counts and one term's postings, not the segment.
/// Bigram counts are summed; they still count the syllable pairs of deleted documents (a
/// count cannot be split by document), which only nudges how unaccented queries are read.
enum SegmentMerger {
    /// A segment to merge and its deleted documents.
    struct Source {
        let reader: SegmentReader
        let tombstones: Tombstones
    }

    /// Writes the merged segment `name` (files finished, fsynced); returns its document
    /// count and, per source, the merged ordinal of each of its documents (`UInt32.max` for
    /// those left out). Verifies every source file's checksum first, unless this process
    /// already did. Throws `.corrupted` when a source is damaged.
    static func write(_ sources: [Source], as name: String, to directory: any Directory)
        throws -> (documentCount: Int, documentMaps: [[UInt32]])
    {
        for source in sources { try source.reader.verifyFiles(again: false) }
        let stored = try directory.createOutput(SegmentFormat.file(name, "fdt"))
        let storedWriter = try StoredFieldsWriter(streamingTo: stored)
        var documents: [BuiltDocument] = []
        let documentMaps = try sources.map {
            try copyDocuments(of: $0, into: &documents, storedWriter)
        }
        try storedWriter.finish()
        try stored.finish()
        var keys: [(folded: String, exact: String)] = []
        var stats: [TermStats] = []
        var postings = try PostingsFileWriter(segment: name, directory: directory,
                                              documents: documents)
        let termMaps = try mergeTerms(sources, documentMaps) { exact, folded, records in
            keys.append((folded, exact))
            stats.append(try postings.append(records))
        }
        try postings.finish()
        try SegmentWriter.write(name, "dic", SegmentFormat.dictionaryMagic,
                                SegmentWriter.dictionary(keys, stats), to: directory)
        try SegmentWriter.write(name, "doc", SegmentFormat.documentsMagic,
                                SegmentWriter.documents(documents), to: directory)
        try SegmentWriter.write(name, "bgr", SegmentFormat.bigramsMagic,
                                try bigrams(sources, termMaps), to: directory)
        return (documents.count, documentMaps)
    }

    /// Marks a deleted document in a document map.
    static let deleted = UInt32.max
    /// Marks a term without live postings in a term map.
    private static let gone = UInt32.max

    /// Adds the source's live documents (ids and lengths to `documents`, stored fields to
    /// `stored`); returns the merged ordinal of each source ordinal, `deleted` for deleted
    /// ones.
    private static func copyDocuments(of source: Source, into documents: inout [BuiltDocument],
                                      _ stored: StoredFieldsWriter) throws -> [UInt32] {
        let table = source.reader.documents
        let fields = try source.reader.storedFieldsReader()
        var map = [UInt32](repeating: deleted, count: table.count)
        for ordinal in 0..<table.count where !source.tombstones.contains(ordinal) {
            map[ordinal] = UInt32(documents.count)
            documents.append(BuiltDocument(id: table.id(ordinal),
                                           titleLength: table.titleLength(ordinal),
                                           length: table.length(ordinal),
                                           date: table.dateCode(ordinal)))
            try stored.add(fields.document(ordinal))
        }
        return map
    }

    /// Calls `add` with every term that has live postings, in dictionary order (a merge of
    /// the sources' sorted dictionaries), and its `doc freq pos…` records; returns each
    /// source's map from term ordinal to merged term ordinal, `gone` for terms left without
    /// postings. Both orders sort by the same keys, so the maps increase.
    private static func mergeTerms(
        _ sources: [Source], _ documentMaps: [[UInt32]],
        _ add: (_ exact: String, _ folded: String, UnsafeBufferPointer<UInt32>) throws -> Void
    ) throws -> [[UInt32]] {
        var walks = sources.map { TermWalk($0.reader.dictionary) }
        var termMaps = sources.map {
            [UInt32](repeating: gone, count: $0.reader.dictionary.termCount)
        }
        var records: [UInt32] = []
        var mergedCount: UInt32 = 0
        while let next = walks.indices.filter({ walks[$0].current != nil })
            .min(by: { walks[$0].precedes(walks[$1]) }) {
            let (folded, exact) = walks[next].current!
            records.removeAll(keepingCapacity: true)
            for index in walks.indices where walks[index].isAt(folded: folded, exact: exact) {
                let ordinal = walks[index].term
                let before = records.count
                try appendLiveRecords(of: ordinal, in: sources[index], documentMaps[index],
                                      to: &records)
                if records.count > before { termMaps[index][ordinal] = mergedCount }
                walks[index].advance()
            }
            guard !records.isEmpty else { continue }
            try records.withUnsafeBufferPointer { try add(exact, folded, $0) }
            mergedCount += 1
        }
        return termMaps
    }

    /// Appends a term's `doc freq pos…` records for the source's live documents, with
    /// merged ordinals.
    private static func appendLiveRecords(of term: Int, in source: Source,
                                          _ documentMap: [UInt32],
                                          to records: inout [UInt32]) throws {
        var cursor = try source.reader.postings(ofTerm: term)
        while case let document = try cursor.advance(), document != PostingsCursor.end {
            guard Int(document) < documentMap.count else {
                throw IndexError.corrupted(SegmentFormat.file(source.reader.name, "pst"),
                                           "posting of a document past the segment")
            }
            let target = documentMap[Int(document)]
            if target == deleted { continue }
            try cursor.withPositions { positions in
                records.append(target)
                records.append(UInt32(positions.count))
                records.append(contentsOf: positions)
            }
        }
    }

    /// The `.bgr` body: the sources' pair counts in merged term ordinals, summed; pairs of a
    /// term left without postings are dropped.
    private static func bigrams(_ sources: [Source], _ termMaps: [[UInt32]]) throws -> [UInt8] {
        let counter = BigramCounter()
        for (source, termMap) in zip(sources, termMaps) {
            var keys: [UInt64] = []
            var counts: [UInt32] = []
            try source.reader.forEachBigram { key, count in
                let first = Int(key >> 32), second = Int(key & 0xFFFF_FFFF)
                guard first < termMap.count, second < termMap.count else {
                    throw IndexError.corrupted(SegmentFormat.file(source.reader.name, "bgr"),
                                               "bigram of a term past the dictionary")
                }
                guard termMap[first] != gone, termMap[second] != gone else { return }
                keys.append(UInt64(termMap[first]) << 32 | UInt64(termMap[second]))
                counts.append(count)
            }
            counter.add(sortedKeys: keys, counts: counts)
        }
        let (keys, counts) = counter.sortedPairs()
        return BigramTable.encoded(keys: keys, counts: counts)
    }
}

/// Walks a term dictionary in order, term by term, with each term's folded and exact key.
private struct TermWalk {
    let dictionary: TermDictionary
    private(set) var term = 0
    private var foldedIndex = 0
    /// The current term's folded and exact keys; nil past the last term.
    private(set) var current: (folded: String, exact: String)?

    init(_ dictionary: TermDictionary) {
        self.dictionary = dictionary
        load()
    }

    mutating func advance() {
        term += 1
        load()
    }

    /// Whether the current term sorts before `other`'s (by folded key, then exact, bytewise).
    func precedes(_ other: TermWalk) -> Bool {
        guard let mine = current, let theirs = other.current else { return false }
        if !mine.folded.utf8.elementsEqual(theirs.folded.utf8) {
            return mine.folded.utf8.lexicographicallyPrecedes(theirs.folded.utf8)
        }
        return mine.exact.utf8.lexicographicallyPrecedes(theirs.exact.utf8)
    }

    func isAt(folded: String, exact: String) -> Bool {
        guard let current else { return false }
        return current.folded.utf8.elementsEqual(folded.utf8)
            && current.exact.utf8.elementsEqual(exact.utf8)
    }

    private mutating func load() {
        guard term < dictionary.termCount else {
            current = nil
            return
        }
        while !dictionary.terms(ofFoldedIndex: foldedIndex).contains(term) { foldedIndex += 1 }
        current = (dictionary.foldedKey(atIndex: foldedIndex), dictionary.exactKey(term))
    }
}
