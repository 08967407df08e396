import TraCuuText

/// The other forms of a query's abbreviations in one segment (`AbbreviationSpan`), and the
/// plan terms each stands for: a term of the form typed matches where an other form stands,
/// at `AbbreviationSpan.otherFormWeight`, so `UBND` and `ủy ban nhân dân` are one word to
/// BM25, coverage (`--all`, the all-words count), phrases and proximity.
///
/// An other form's occurrence gives each term of the span one position, which keeps the
/// term's frequency, with the span's terms in a row, so that they stand next to each other
/// as a phrase would: aligned on the form's last token when a query word follows the span
/// (`UBND tỉnh` against `Ủy ban nhân dân tỉnh`: `ubnd` at `dân`; `Bộ luật Dân sự năm`
/// against `BLDS năm`: `sự` at `BLDS`, `bộ luật dân` on the three positions before), else
/// on its first (`Phòng TN-MT` against `Phòng Tài nguyên và Môi trường`: `tn` at `tài`, `mt`
/// at `nguyên`). The terms then stand next to the word on that side; positions a span longer
/// than the form gives lie on the words beside it, within the field (title or body) the form
/// stands in.
struct AbbreviationAliases {
    /// An other form standing for term `index` of a span of `spanLength` terms.
    private struct Alias {
        let occurrences: Int
        let index: Int
        let spanLength: Int
        /// Whether the span is aligned on the form's last token.
        let isEndAligned: Bool

        /// Where the term stands for an occurrence of the form at `position`, of `length`
        /// tokens, in a field spanning `field`: on the alignment asked when the span fits
        /// in the field so, else on the other, else within the field.
        func position(_ position: Int, length: Int, field: ClosedRange<Int>) -> Int {
            let endStart = position + length - spanLength
            let fitsEnd = endStart >= field.lowerBound
            let fitsStart = position + spanLength - 1 <= field.upperBound
            let start = isEndAligned ? (fitsEnd || !fitsStart ? endStart : position)
                : (fitsStart || !fitsEnd ? position : endStart)
            return min(max(start + index, field.lowerBound), field.upperBound)
        }
    }

    private var occurrences: [AbbreviationOccurrences] = []
    /// Per entry of `occurrences`, the first plan term of its span.
    private var firstTerms: [Int] = []
    private var byTerm: [Int: [Alias]] = [:]

    /// None: the query has no abbreviation.
    init() {}

    /// Reads each span's other forms in `reader`'s segment, each form once: O(their
    /// postings).
    init(spans: [AbbreviationSpan], plan: QueryPlan, reader: SegmentReader,
         table: AbbreviationForms = .table) throws {
        // A form the query repeats (a pasted text) is read once.
        var read: [Int: AbbreviationOccurrences] = [:]
        for span in spans {
            for form in span.others {
                let found = try read[form]
                    ?? AbbreviationOccurrences(of: table.forms[form], reader: reader)
                read[form] = found
                let number = occurrences.count
                occurrences.append(found)
                firstTerms.append(span.terms.lowerBound)
                let isEndAligned = Self.isEndAligned(span, plan: plan)
                for term in span.terms {
                    byTerm[term, default: []].append(Alias(
                        occurrences: number, index: term - span.terms.lowerBound,
                        spanLength: span.terms.count, isEndAligned: isEndAligned))
                }
            }
        }
    }

    /// Whether plan term `term` also matches other forms.
    func hasAliases(_ term: Int) -> Bool { byTerm[term] != nil }

    /// `found` (the term's own postings, in `field`) with the term's other forms added: with
    /// positions, a document's are the union; without, its frequency is the sum. Its weight
    /// is the average over the occurrences. With `chosen` (ascending), only those documents
    /// get other forms added. `found` itself when the term has none.
    func adding(to found: TermPostings, term: Int, field: Query.Field?,
                documents table: DocumentTable, only chosen: [UInt32]? = nil) -> TermPostings {
        guard let aliases = byTerm[term] else { return found }
        var others: [UInt32] = []
        for alias in aliases {
            let form = occurrences[alias.occurrences].ordinals
            var next = 0
            others = Self.union(others, chosen.map { chosen in
                form.filter { Self.isChosen($0, in: chosen, from: &next) }
            } ?? form)
        }
        let forms = aliases.map { occurrences[$0.occurrences] }
        // The same arrays emptied (blocks and variant masks no longer line up with entries).
        var merged = TermPostings(reusing: found)
        var foundEntry = 0, other = 0
        var aliasEntries = [Int](repeating: 0, count: aliases.count)
        for document in Self.union(found.ordinals, others) {
            let start = merged.positions.count
            let isOwn = found.find(document, from: &foundEntry)
            let own = isOwn ? Int(found.frequency(at: foundEntry)) : 0
            if isOwn, found.hasPositions {
                merged.positions += found.positions[
                    found.starts[foundEntry]..<found.starts[foundEntry + 1]]
            }
            var added = 0
            if other < others.count, others[other] == document {
                other += 1
                let titleLength = Int(table.titleLength(Int(document)))
                for number in aliases.indices
                where forms[number].find(document, from: &aliasEntries[number]) {
                    for position in forms[number].positions(at: aliasEntries[number]) {
                        // Kept in the field the form stands in (title or body).
                        let isTitle = Int(position) < titleLength
                        if let field, field == .title ? !isTitle : isTitle { continue }
                        let shifted = aliases[number].position(
                            Int(position), length: forms[number].length,
                            field: isTitle ? 0...(titleLength - 1)
                                : (titleLength + 1)...(Int(UInt32.max) - 1))
                        added += 1
                        if found.hasPositions { merged.positions.append(UInt32(shifted)) }
                    }
                }
            }
            guard own + added > 0 else { continue }
            merged.ordinals.append(document)
            let ownWeight = isOwn ? found.weights[foundEntry] * Double(own) : 0
            merged.weights.append(added == 0 ? found.weights[foundEntry]
                : (ownWeight + AbbreviationSpan.otherFormWeight * Double(added))
                    / Double(own + added))
            if found.hasPositions {
                if added > 0 { merged.positions.sortAndDeduplicate(from: start) }
                merged.starts.append(merged.positions.count)
            } else {
                merged.frequencies.append(UInt32(clamping: own + added))
            }
        }
        return merged
    }

    /// Calls `body` for each other form standing in `documents` (ascending ordinals): the
    /// document's index in `documents`, the form's first position and token count, and the
    /// first plan term of its span.
    func forEachOccurrence(in documents: [UInt32],
                           _ body: (_ slot: Int, _ position: UInt32, _ length: Int,
                                    _ term: Int) -> Void) {
        for (number, form) in occurrences.enumerated() {
            var entry = 0
            for (slot, document) in documents.enumerated()
            where form.find(document, from: &entry) {
                for position in form.positions(at: entry) {
                    body(slot, position, form.length, firstTerms[number])
                }
            }
        }
    }

    /// Whether `span` is aligned on its other forms' last token: when a query word follows
    /// it, or none precedes it.
    private static func isEndAligned(_ span: AbbreviationSpan, plan: QueryPlan) -> Bool {
        let terms = plan.terms
        let (first, last) = (span.terms.lowerBound, span.terms.upperBound - 1)
        let isFollowed = last + 1 < terms.count
            && terms[last + 1].sequence == terms[last].sequence + 1
        let isPreceded = first > 0 && terms[first - 1].sequence == terms[first].sequence - 1
        return isFollowed || !isPreceded
    }

    /// Moves `next` to the first of `documents` (ascending) ≥ `ordinal`; whether it is that
    /// ordinal.
    private static func isChosen(_ ordinal: UInt32, in documents: [UInt32],
                                 from next: inout Int) -> Bool {
        while next < documents.count, documents[next] < ordinal { next += 1 }
        return next < documents.count && documents[next] == ordinal
    }

    /// The documents of two ascending lists, ascending, without repeats: a linear merge.
    private static func union(_ left: [UInt32], _ right: [UInt32]) -> [UInt32] {
        guard !left.isEmpty else { return right }
        guard !right.isEmpty else { return left }
        var merged: [UInt32] = []
        merged.reserveCapacity(left.count + right.count)
        var (first, second) = (0, 0)
        while first < left.count, second < right.count {
            let (a, b) = (left[first], right[second])
            merged.append(min(a, b))
            if a <= b { first += 1 }
            if b <= a { second += 1 }
        }
        merged += left[first...]
        merged += right[second...]
        return merged
    }
}
