/// Merges segments into one new segment from what they store, without analysing any text
/// again: live documents keep their order (segment by segment) and each term its postings
/// and positions; deleted documents are dropped. Bigram counts are summed; they still count
/// the syllable pairs of deleted documents (a count cannot be split by document), which only
/// nudges how unaccented queries are read.
enum SegmentMerger {
    /// A segment to merge and its deleted documents.
    struct Source {
        let reader: SegmentReader
        let tombstones: Tombstones
    }

    /// The merged segment, ready for `SegmentWriter`. Throws `.corrupted` when a source is
    /// damaged.
    static func merge(_ sources: [Source]) throws -> SegmentBuilder {
        let merged = SegmentBuilder()
        let documentMaps = try sources.map { try copyDocuments(of: $0, into: merged) }
        let termMaps = try mergeTerms(sources, documentMaps, into: merged)
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
            merged.bigrams.add(sortedKeys: keys, counts: counts)
        }
        return merged
    }

    /// Marks a deleted document in a document map.
    private static let deleted = UInt32.max
    /// Marks a term without live postings in a term map.
    private static let gone = UInt32.max

    /// Adds the source's live documents (ids, lengths, stored fields); returns the merged
    /// ordinal of each source ordinal, `deleted` for deleted ones.
    private static func copyDocuments(of source: Source, into merged: SegmentBuilder) throws
        -> [UInt32]
    {
        let documents = source.reader.documents
        let stored = source.reader.storedFieldsReader()
        var map = [UInt32](repeating: deleted, count: documents.count)
        for ordinal in 0..<documents.count where !source.tombstones.contains(ordinal) {
            map[ordinal] = try merged.addMerged(
                id: documents.id(ordinal), titleLength: documents.titleLength(ordinal),
                length: documents.length(ordinal), fields: stored.document(ordinal))
        }
        return map
    }

    /// Adds every term with live postings in dictionary order (a merge of the sources' sorted
    /// dictionaries), with those postings; returns each source's map from term ordinal to
    /// merged term id, `gone` for terms left without postings. Both orders sort by the same
    /// keys, so the maps increase.
    private static func mergeTerms(_ sources: [Source], _ documentMaps: [[UInt32]],
                                   into merged: SegmentBuilder) throws -> [[UInt32]] {
        var walks = sources.map { TermWalk($0.reader.dictionary) }
        var termMaps = sources.map {
            [UInt32](repeating: gone, count: $0.reader.dictionary.termCount)
        }
        while let next = walks.indices.filter({ walks[$0].current != nil })
            .min(by: { walks[$0].precedes(walks[$1]) }) {
            let (folded, exact) = walks[next].current!
            var term: UInt32?
            for index in walks.indices where walks[index].isAt(folded: folded, exact: exact) {
                let ordinal = walks[index].term
                let file = SegmentFormat.file(sources[index].reader.name, "pst")
                var cursor = try sources[index].reader.postings(ofTerm: ordinal)
                while case let document = try cursor.advance(), document != PostingsCursor.end {
                    guard Int(document) < documentMaps[index].count else {
                        throw IndexError.corrupted(file, "posting of a document past the segment")
                    }
                    let target = documentMaps[index][Int(document)]
                    if target == deleted { continue }
                    let id = term ?? merged.term(exact: exact, folded: folded)
                    term = id
                    termMaps[index][ordinal] = id
                    try cursor.withPositions { positions in
                        for position in positions {
                            merged.postings.record(id, at: position, in: target)
                        }
                    }
                }
                walks[index].advance()
            }
        }
        return termMaps
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
