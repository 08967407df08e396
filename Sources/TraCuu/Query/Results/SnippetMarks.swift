import TraCuuText

/// One body token a snippet marks: a query syllable's matched form, a token of a person or
/// place the query names, or where another query entity starts.
struct SnippetMark: Comparable {
    /// The token's index among the body's tokens (the tokenizer's position in the body).
    let token: Int
    /// Which query word it shows: syllables with one folded key share a word, and each
    /// entity is a word of its own.
    let word: Int
    /// Whether the token is highlighted. Where an entity other than a name starts is marked
    /// but not highlighted: the recognisers find its extent in the snippet.
    let isHighlighted: Bool

    static func < (left: SnippetMark, right: SnippetMark) -> Bool {
        (left.token, left.word, left.isHighlighted ? 0 : 1)
            < (right.token, right.word, right.isHighlighted ? 0 : 1)
    }
}

/// Where hits' bodies hold what the query matched, read from the index instead of finding it
/// again in the text: the positions of each query syllable's variants and of each query
/// entity. The index keeps an entity's key at the position of its first syllable, and a
/// name's key is its syllables' keys, one word each, so a name's mention is that many tokens
/// from there. Body tokens are counted as the index counts them, from
/// `SegmentFormat.bodyStart`; a body of over 1 MiB was analysed in pieces cut at white space
/// (`FieldPieces`), which gives the same tokens (unless half a MiB holds no white space and a
/// piece is cut inside a word: marks past that cut may then be off).
enum SnippetMarks {
    /// The marks of each of `documents` (ordinals in `reader`'s segment, ascending), each
    /// document's in token order: one pass over each variant's postings for them all.
    static func read(_ plan: QueryPlan, expansion: SegmentExpansion, reader: SegmentReader,
                     documents: [UInt32]) throws -> [[SnippetMark]] {
        var marks = [[SnippetMark]](repeating: [], count: documents.count)
        func add(_ variants: [TermExpansion.Variant], word: Int, tokens: Int?) throws {
            let found = try TermPostings(variants: variants, reader: reader, withPositions: true,
                                         only: documents)
            found.withBuffers { found in
                var next = 0
                for entry in 0..<found.count {
                    let ordinal = found.ordinals[entry]
                    while documents[next] < ordinal { next += 1 }
                    let bodyStart = Int(SegmentFormat.bodyStart(
                        titleLength: reader.documents.titleLength(Int(ordinal))))
                    for position in found.positions(at: entry) where Int(position) >= bodyStart {
                        let token = Int(position) - bodyStart
                        for covered in token..<(token + (tokens ?? 1)) {
                            marks[next].append(SnippetMark(token: covered, word: word,
                                                           isHighlighted: tokens != nil))
                        }
                    }
                }
            }
        }
        var words: [String: Int] = [:]
        for (index, term) in plan.terms.enumerated() {
            let word = words[term.keys.folded] ?? words.count
            words[term.keys.folded] = word
            try add(expansion.terms[index], word: word, tokens: 1)
        }
        expansion.aliases.forEachOccurrence(in: documents) { slot, position, length, term in
            let bodyStart = Int(SegmentFormat.bodyStart(
                titleLength: reader.documents.titleLength(Int(documents[slot]))))
            guard Int(position) >= bodyStart, let word = words[plan.terms[term].keys.folded]
            else { return }
            for token in (Int(position) - bodyStart)..<(Int(position) - bodyStart + length) {
                marks[slot].append(SnippetMark(token: token, word: word, isHighlighted: true))
            }
        }
        for (index, entity) in plan.entities.enumerated() {
            try add(expansion.entities[index], word: words.count + index,
                    tokens: isName(entity) ? syllableCount(of: entity) : nil)
        }
        return marks.map(deduplicated)
    }

    /// Whether `entity` is a person or place, whose tokens the index gives.
    static func isName(_ entity: Entity) -> Bool {
        entity.kind == .person || entity.kind == .place
    }

    /// The syllables of a name's key (`person|nguyễn thái hà`: 3).
    private static func syllableCount(of entity: Entity) -> Int {
        entity.keys.folded.split(separator: "|", maxSplits: 1).last
            .map { $0.split(separator: " ").count } ?? 1
    }

    /// Sorted, one mark per token and word (highlighted when any was).
    private static func deduplicated(_ marks: [SnippetMark]) -> [SnippetMark] {
        var kept: [SnippetMark] = []
        for mark in marks.sorted() {
            if let last = kept.last, last.token == mark.token, last.word == mark.word { continue }
            kept.append(mark)
        }
        return kept
    }
}
