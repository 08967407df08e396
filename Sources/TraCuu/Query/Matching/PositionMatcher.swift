/// Word order checks over ascending positions: a pair of query syllables standing next to
/// each other in one document (proximity), and the documents where a run of them stands in
/// a row (phrases). Linear merges of sorted lists.
enum PositionMatcher {
    /// Whether some position of `first` is directly followed by one of `second`.
    static func hasAdjacent(_ first: UnsafeBufferPointer<UInt32>,
                            _ second: UnsafeBufferPointer<UInt32>) -> Bool {
        var next = 0
        for position in first where position < UInt32.max {
            while next < second.count, second[next] <= position { next += 1 }
            guard next < second.count else { return false }
            if second[next] == position + 1 { return true }
        }
        return false
    }

    /// Calls `body` with each document (ascending) where the run's terms stand in a row:
    /// some position `p` of `run[0]` with `p + k` in `run[k]` for every `k`. Anchored on the
    /// term in the fewest documents, then narrowed term by term, keeping each document's
    /// possible starts: linear in the run's postings, with memory and stack that do not
    /// grow with the run's length.
    static func forEachPhrase(_ run: ArraySlice<TermPostings>, _ body: (Int) -> Void) {
        guard let anchor = run.indices.min(by: { run[$0].count < run[$1].count }) else {
            return
        }
        var phrase = PhraseStarts(anchor: run[anchor], offset: UInt32(anchor - run.startIndex))
        for index in run.indices where index != anchor && !phrase.documents.isEmpty {
            phrase.narrow(to: run[index], offset: UInt32(index - run.startIndex))
        }
        for document in phrase.documents { body(Int(document)) }
    }
}

/// The documents where a phrase can still start, and where: `starts[bounds[i]..<bounds[i +
/// 1]]` (ascending) for `documents[i]`.
private struct PhraseStarts {
    var documents: [UInt32] = []
    var starts: [UInt32] = []
    var bounds: [Int] = [0]

    /// Starts `p - offset` for each position `p` of the term at `offset` in the phrase.
    init(anchor: TermPostings, offset: UInt32) {
        anchor.withBuffers { anchor in
            for entry in 0..<anchor.count {
                for position in anchor.positions(at: entry) where position >= offset {
                    starts.append(position - offset)
                }
                guard starts.count > bounds[bounds.count - 1] else { continue }
                documents.append(anchor.ordinals[entry])
                bounds.append(starts.count)
            }
        }
    }

    /// Keeps the starts `s` with `s + offset` a position of `term`, and the documents with
    /// any left; in place.
    mutating func narrow(to term: TermPostings, offset: UInt32) {
        var keptDocuments = 0, keptStarts = 0, entry = 0
        // Where document `index`'s starts begin: read before `bounds` is overwritten.
        var lower = 0
        term.withBuffers { term in
            for index in documents.indices {
                let document = documents[index]
                let upper = bounds[index + 1]
                defer { lower = upper }
                while entry < term.count, term.ordinals[entry] < document { entry += 1 }
                guard entry < term.count else { break }
                guard term.ordinals[entry] == document else { continue }
                let positions = term.positions(at: entry)
                let first = keptStarts
                var next = 0
                for slot in lower..<upper where starts[slot] <= UInt32.max - offset {
                    let start = starts[slot]
                    let wanted = start + offset
                    while next < positions.count, positions[next] < wanted { next += 1 }
                    guard next < positions.count else { break }
                    if positions[next] == wanted {
                        starts[keptStarts] = start
                        keptStarts += 1
                    }
                }
                guard keptStarts > first else { continue }
                documents[keptDocuments] = document
                keptDocuments += 1
                bounds[keptDocuments] = keptStarts
            }
        }
        documents.removeLast(documents.count - keptDocuments)
        bounds.removeLast(bounds.count - keptDocuments - 1)
        starts.removeLast(starts.count - keptStarts)
    }
}
