/// Writes a `SegmentBuilder` as the files of one segment (layout in `SegmentFormat`).
/// Files are finished (fsynced) before it returns; the manifest that makes them live is
/// the committer's job.
enum SegmentWriter {
    /// Writes segment `name`.
    static func write(_ builder: SegmentBuilder, as name: String,
                      to directory: any Directory) throws {
        let order = builder.terms.sortedIDs()
        var postings = try PostingsFileWriter(segment: name, directory: directory,
                                              documents: builder.documents)
        var stats: [TermStats] = []
        stats.reserveCapacity(order.count)
        for term in order { stats.append(try postings.append(builder.postings.records(of: term))) }
        try postings.finish()
        let keys = order.map { (folded: builder.terms.foldedKeys[Int($0)],
                                exact: builder.terms.exactKeys[Int($0)]) }
        try write(name, "dic", SegmentFormat.dictionaryMagic, dictionary(keys, stats),
                  to: directory)
        try write(name, "doc", SegmentFormat.documentsMagic, documents(builder.documents),
                  to: directory)
        try write(name, "bgr", SegmentFormat.bigramsMagic, bigrams(builder.bigrams, order),
                  to: directory)
        let output = try directory.createOutput(SegmentFormat.file(name, "fdt"))
        try builder.stored.write(to: output)
        try output.finish()
    }

    /// Writes and finishes (fsyncs) one of segment `name`'s files built in memory.
    static func write(_ name: String, _ fileExtension: String, _ magic: String,
                      _ body: [UInt8], to directory: any Directory) throws {
        let output = try directory.createOutput(SegmentFormat.file(name, fileExtension))
        try FileEnvelope.write(body, magic: magic, to: output)
        try output.finish()
    }

    /// The `.dic` body: the terms' keys in dictionary order, with their entries.
    static func dictionary(_ keys: [(folded: String, exact: String)],
                           _ stats: [TermStats]) -> [UInt8] {
        var foldedStart: [UInt32] = [0]
        var foldedFirstTerm: [UInt32] = []
        var foldedHeap: [UInt8] = []
        var termStart: [UInt32] = [0]
        var termHeap: [UInt8] = []
        var previousFolded: String?
        for (ordinal, (folded, exact)) in keys.enumerated() {
            if previousFolded.map({ !$0.utf8.elementsEqual(folded.utf8) }) ?? true {
                foldedHeap.append(contentsOf: folded.utf8)
                foldedStart.append(UInt32(foldedHeap.count))
                foldedFirstTerm.append(UInt32(ordinal))
                previousFolded = folded
            }
            termHeap.append(contentsOf: exact.utf8)
            termStart.append(UInt32(termHeap.count))
        }
        foldedFirstTerm.append(UInt32(keys.count))
        var body: [UInt8] = []
        body.appendLittleEndian(UInt32(keys.count))
        body.appendLittleEndian(UInt32(foldedFirstTerm.count - 1))
        for value in foldedStart { body.appendLittleEndian(value) }
        for value in foldedFirstTerm { body.appendLittleEndian(value) }
        for value in termStart { body.appendLittleEndian(value) }
        for stat in stats {
            body.appendLittleEndian(stat.documentFrequency)
            body.appendLittleEndian(stat.totalFrequency)
            body.appendLittleEndian(stat.postingsOffset)
            body.appendLittleEndian(stat.positionsOffset)
        }
        body.append(contentsOf: foldedHeap)
        body.append(contentsOf: termHeap)
        return body
    }

    /// The `.doc` body.
    static func documents(_ documents: [BuiltDocument]) -> [UInt8] {
        var body: [UInt8] = []
        body.appendLittleEndian(UInt32(documents.count))
        for document in documents {
            body.appendLittleEndian(document.titleLength)
            body.appendLittleEndian(document.length)
        }
        var idStart: [UInt32] = [0]
        var idHeap: [UInt8] = []
        for document in documents {
            idHeap.append(contentsOf: document.id.utf8)
            idStart.append(UInt32(idHeap.count))
        }
        let sorted = documents.indices.sorted {
            documents[$0].id.utf8.lexicographicallyPrecedes(documents[$1].id.utf8)
        }
        for value in idStart { body.appendLittleEndian(value) }
        for ordinal in sorted { body.appendLittleEndian(UInt32(ordinal)) }
        for document in documents { body.appendLittleEndian(document.date) }
        body.append(contentsOf: idHeap)
        return body
    }

    /// Bigram pairs as term ordinals in dictionary order, sorted: bucketed by the first
    /// term's ordinal, each bucket sorted by the second's. A segment has millions of pairs,
    /// and every copy of them is memory held while the segment is written; this makes one of
    /// 8 bytes a pair and leaves the counter whole for a retry.
    private static func bigrams(_ counter: BigramCounter, _ order: [UInt32]) -> [UInt8] {
        var ordinalOfTerm = [UInt32](repeating: 0, count: order.count)
        for (ordinal, term) in order.enumerated() { ordinalOfTerm[Int(term)] = UInt32(ordinal) }
        let (keys, counts) = counter.sortedPairs()
        // bucketStart[first] …< bucketStart[first + 1]: the pairs whose first ordinal is first.
        var bucketStart = [Int](repeating: 0, count: order.count + 1)
        for key in keys { bucketStart[Int(ordinalOfTerm[Int(key >> 32)]) + 1] += 1 }
        for first in order.indices { bucketStart[first + 1] += bucketStart[first] }
        // Each pair as `second << 32 | count`, so that sorting a bucket sorts by second.
        var bucketed = [UInt64](repeating: 0, count: keys.count)
        var next = bucketStart
        for index in keys.indices {
            let first = Int(ordinalOfTerm[Int(keys[index] >> 32)])
            bucketed[next[first]] = UInt64(ordinalOfTerm[Int(keys[index] & 0xFFFF_FFFF)]) << 32
                | UInt64(counts[index])
            next[first] += 1
        }
        var encoder = BigramTable.Encoder()
        for first in order.indices where bucketStart[first] < bucketStart[first + 1] {
            let bucket = bucketStart[first]..<bucketStart[first + 1]
            bucketed[bucket].sort()
            for pair in bucketed[bucket] {
                encoder.append(UInt64(first) << 32 | pair >> 32,
                               count: UInt32(truncatingIfNeeded: pair))
            }
        }
        return encoder.body()
    }
}

/// A term's entry in the dictionary.
struct TermStats: Equatable {
    var documentFrequency: UInt32
    var totalFrequency: UInt64
    var postingsOffset: UInt64
    var positionsOffset: UInt64
}
