import TraCuuText

/// Where one written form of an abbreviation stands in one segment's documents: for each
/// document holding it (ascending), the positions of its first token. A full form matches
/// its exact keys (any tone placement: `Uỷ ban` is `Ủy ban`), a short form every form of
/// its folded key (`HDND` is `HĐND`); a form of several tokens matches them in a row.
struct AbbreviationOccurrences {
    /// Documents in ascending order.
    private(set) var ordinals: [UInt32] = []
    /// Document `i`'s start positions are `positions[starts[i]..<starts[i + 1]]`.
    private(set) var starts: [Int] = [0]
    private(set) var positions: [UInt32] = []
    /// The form's tokens.
    let length: Int

    /// Reads the documents holding every token of the form (whole blocks, without
    /// positions), then the tokens' positions in those documents only: O(the tokens'
    /// postings) and a seek per document and token. Throws `.corrupted` as `TermPostings`
    /// does.
    init(of form: AbbreviationForms.Form, reader: SegmentReader) throws {
        length = form.keys.count
        let dictionary = reader.dictionary
        var variants: [[TermExpansion.Variant]] = []
        for keys in form.keys {
            let terms = form.isFull
                ? dictionary.term(exact: keys.exact, folded: keys.folded).map { [$0] } ?? []
                : Array(dictionary.terms(withFolded: keys.folded))
            guard !terms.isEmpty else { return }
            variants.append(terms.map { TermExpansion.Variant(term: $0, weight: 1) })
        }
        var holding: [UInt32]?
        if variants.count > 1 {
            for token in variants.indices {
                let found = try TermPostings(variants: variants[token], reader: reader,
                                             withPositions: false)
                holding = holding.map { Self.intersection($0, found.ordinals) } ?? found.ordinals
                guard holding?.isEmpty == false else { return }
            }
        }
        let tokens = try variants.map { token in
            try TermPostings(variants: token, reader: reader, withPositions: true,
                             only: holding)
        }
        collectStarts(of: tokens)
    }

    /// The documents in both ascending lists, ascending.
    private static func intersection(_ left: [UInt32], _ right: [UInt32]) -> [UInt32] {
        var both: [UInt32] = []
        var (first, second) = (0, 0)
        while first < left.count, second < right.count {
            if left[first] < right[second] {
                first += 1
            } else if right[second] < left[first] {
                second += 1
            } else {
                both.append(left[first])
                first += 1
                second += 1
            }
        }
        return both
    }

    /// The entry of `document`, moving `entry` forward (documents sought in ascending order).
    func find(_ document: UInt32, from entry: inout Int) -> Bool {
        while entry < ordinals.count, ordinals[entry] < document { entry += 1 }
        return entry < ordinals.count && ordinals[entry] == document
    }

    /// The start positions of entry `entry`.
    func positions(at entry: Int) -> ArraySlice<UInt32> {
        positions[starts[entry]..<starts[entry + 1]]
    }

    /// The positions `p` of `tokens[0]` with `p + k` a position of `tokens[k]` for every
    /// `k`, per document holding them all: anchored on the token in the fewest documents.
    private mutating func collectStarts(of tokens: [TermPostings]) {
        guard let anchor = tokens.indices.min(by: { tokens[$0].count < tokens[$1].count })
        else { return }
        var entries = [Int](repeating: 0, count: tokens.count)
        for document in tokens[anchor].ordinals {
            guard tokens.indices.allSatisfy({ tokens[$0].find(document, from: &entries[$0]) })
            else { continue }
            let first = tokens[0]
            let candidates = first.positions[
                first.starts[entries[0]]..<first.starts[entries[0] + 1]]
            for start in candidates where tokens.indices.dropFirst().allSatisfy({ offset in
                let token = tokens[offset]
                let entry = entries[offset]
                let held = token.positions[token.starts[entry]..<token.starts[entry + 1]]
                return Self.contains(held, start &+ UInt32(offset))
            }) {
                positions.append(start)
            }
            guard positions.count > starts[starts.count - 1] else { continue }
            ordinals.append(document)
            starts.append(positions.count)
        }
    }

    /// Whether the ascending `positions` hold `position`: binary search.
    private static func contains(_ positions: ArraySlice<UInt32>, _ position: UInt32) -> Bool {
        var low = positions.startIndex, high = positions.endIndex
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low < positions.endIndex && positions[low] == position
    }
}
