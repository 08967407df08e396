/// The reader's view of a segment's term dictionary (`.dic`), in place in mapped memory.
/// Terms are sorted by (folded key, exact key): a folded key's exact forms are one range.
struct TermDictionary {
    let termCount: Int
    let foldedCount: Int
    private let foldedStart: UInt32Array
    private let foldedFirstTerm: UInt32Array
    private let termStart: UInt32Array
    private let stats: UnsafeRawBufferPointer
    private let foldedHeap: UnsafeRawBufferPointer
    private let termHeap: UnsafeRawBufferPointer
    static let statsSize = 28

    /// Parses and checks the structure; throws `.corrupted` naming `file`.
    init(_ body: UnsafeRawBufferPointer, file: String) throws {
        do {
            var reader = ByteReader(body)
            termCount = Int(try reader.uint32())
            foldedCount = Int(try reader.uint32())
            foldedStart = try reader.uint32Array(count: foldedCount + 1)
            foldedFirstTerm = try reader.uint32Array(count: foldedCount + 1)
            termStart = try reader.uint32Array(count: termCount + 1)
            guard termCount <= (body.count - reader.offset) / Self.statsSize else {
                throw DecodeError.truncated
            }
            stats = UnsafeRawBufferPointer(rebasing: body[reader.offset..<(reader.offset
                + termCount * Self.statsSize)])
            reader.offset += termCount * Self.statsSize
            let foldedLength = Int(foldedStart[foldedCount])
            let termLength = Int(termStart[termCount])
            guard foldedLength + termLength == body.count - reader.offset else {
                throw DecodeError.outOfRange("heap sizes")
            }
            foldedHeap = UnsafeRawBufferPointer(rebasing: body[reader.offset..<(reader.offset
                + foldedLength)])
            termHeap = UnsafeRawBufferPointer(rebasing: body[(reader.offset + foldedLength)...])
            try foldedStart.checkAscending(limit: foldedLength)
            try termStart.checkAscending(limit: termLength)
            try foldedFirstTerm.checkAscending(limit: termCount)
            guard foldedStart[0] == 0, termStart[0] == 0, foldedFirstTerm[0] == 0,
                  Int(foldedFirstTerm[foldedCount]) == termCount else {
                throw DecodeError.outOfRange("table bounds")
            }
        } catch let error as DecodeError {
            throw IndexError.corrupted(file, "term dictionary: \(error)")
        }
    }

    /// The range of term ordinals whose folded key is `folded`; empty when there is none.
    func terms(withFolded folded: String) -> Range<Int> {
        var key = folded
        return key.withUTF8 { key in
            let low = firstFoldedKey(notBefore: key)
            guard low < foldedCount, compare(foldedKey(low), key) == 0 else { return 0..<0 }
            return Int(foldedFirstTerm[low])..<Int(foldedFirstTerm[low + 1])
        }
    }

    /// Folded keys that start with `prefix`, for prefix queries (`nghi*`), in order.
    func foldedKeys(withPrefix prefix: String) -> Range<Int> {
        var key = prefix
        return key.withUTF8 { key in
            let low = firstFoldedKey(notBefore: key)
            var end = low
            while end < foldedCount, foldedKey(end).starts(with: key) { end += 1 }
            return low..<end
        }
    }

    /// The index of the first folded key ≥ `key`, by binary search.
    private func firstFoldedKey(notBefore key: UnsafeBufferPointer<UInt8>) -> Int {
        var low = 0, high = foldedCount
        while low < high {
            let middle = (low + high) / 2
            if compare(foldedKey(middle), key) < 0 { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The term ordinals of folded key number `index`.
    func terms(ofFoldedIndex index: Int) -> Range<Int> {
        Int(foldedFirstTerm[index])..<Int(foldedFirstTerm[index + 1])
    }

    /// Folded key number `index`, in dictionary order.
    func foldedKey(atIndex index: Int) -> String {
        String(decoding: foldedKey(index), as: UTF8.self)
    }

    /// The exact key of a term.
    func exactKey(_ term: Int) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: termHeap[Int(termStart[term])
            ..< Int(termStart[term + 1])]), as: UTF8.self)
    }

    /// The ordinal of the term with this exact key (and its folded key), if present.
    func term(exact: String, folded: String) -> Int? {
        terms(withFolded: folded).first { exactKey($0) == exact }
    }

    func stats(_ term: Int) -> TermStats {
        let base = term * Self.statsSize
        return TermStats(
            documentFrequency: stats.loadUnaligned(fromByteOffset: base, as: UInt32.self)
                .littleEndian,
            totalFrequency: stats.loadUnaligned(fromByteOffset: base + 4, as: UInt64.self)
                .littleEndian,
            postingsOffset: stats.loadUnaligned(fromByteOffset: base + 12, as: UInt64.self)
                .littleEndian,
            positionsOffset: stats.loadUnaligned(fromByteOffset: base + 20, as: UInt64.self)
                .littleEndian)
    }

    private func foldedKey(_ index: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: foldedHeap[Int(foldedStart[index])
            ..< Int(foldedStart[index + 1])])
    }

    private func compare(_ left: UnsafeRawBufferPointer, _ right: UnsafeBufferPointer<UInt8>)
        -> Int
    {
        let count = min(left.count, right.count)
        for index in 0..<count where left[index] != right[index] {
            return left[index] < right[index] ? -1 : 1
        }
        return left.count == right.count ? 0 : (left.count < right.count ? -1 : 1)
    }
}
