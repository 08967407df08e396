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
/// than the form gives lie on the words beside it.
struct AbbreviationAliases {
    /// An other form standing for a term, `offset` tokens after the form's start.
    private struct Alias {
        let occurrences: Int
        let offset: Int
    }

    private var occurrences: [AbbreviationOccurrences] = []
    /// Per entry of `occurrences`, the first plan term of its span.
    private var firstTerms: [Int] = []
    private var byTerm: [Int: [Alias]] = [:]

    /// None: the query has no abbreviation.
    init() {}

    /// Reads each span's other forms in `reader`'s segment: O(their postings).
    init(spans: [AbbreviationSpan], plan: QueryPlan, reader: SegmentReader,
         table: AbbreviationForms = .table) throws {
        for span in spans {
            for form in span.others {
                let found = try AbbreviationOccurrences(of: table.forms[form], reader: reader)
                let number = occurrences.count
                occurrences.append(found)
                firstTerms.append(span.terms.lowerBound)
                for term in span.terms {
                    let offset = Self.offset(of: term, in: span, formLength: found.length,
                                             plan: plan)
                    byTerm[term, default: []].append(Alias(occurrences: number, offset: offset))
                }
            }
        }
    }

    /// Whether plan term `term` also matches other forms.
    func hasAliases(_ term: Int) -> Bool { byTerm[term] != nil }

    /// `found` (the term's own postings, with positions in `field`) with the term's other
    /// forms added: a document's positions are the union, its weight the average over them.
    /// `found` itself when the term has none.
    func adding(to found: TermPostings, term: Int, field: Query.Field?,
                documents table: DocumentTable) -> TermPostings {
        guard let aliases = byTerm[term], found.hasPositions else { return found }
        var documents = found.ordinals
        for alias in aliases { documents += occurrences[alias.occurrences].ordinals }
        documents.sort()
        var merged = TermPostings()
        var foundEntry = 0, last: UInt32?
        var aliasEntries = [Int](repeating: 0, count: aliases.count)
        let weight = AbbreviationSpan.otherFormWeight
        for document in documents where document != last {
            last = document
            let start = merged.positions.count
            var weighted = 0.0
            if found.find(document, from: &foundEntry) {
                let own = found.positions[found.starts[foundEntry]..<found.starts[foundEntry + 1]]
                merged.positions += own
                weighted += found.weights[foundEntry] * Double(own.count)
            }
            let titleLength = table.titleLength(Int(document))
            let ownCount = merged.positions.count - start
            for (number, alias) in aliases.enumerated() {
                let form = occurrences[alias.occurrences]
                guard form.find(document, from: &aliasEntries[number]) else { continue }
                for position in form.positions(at: aliasEntries[number]) {
                    let shifted = Int(position) + alias.offset
                    guard shifted >= 0, shifted < Int(UInt32.max) else { continue }
                    if let field, field == .title ? shifted >= Int(titleLength)
                        : shifted <= Int(titleLength) { continue }
                    merged.positions.append(UInt32(shifted))
                }
            }
            let aliasCount = merged.positions.count - start - ownCount
            guard merged.positions.count > start else { continue }
            weighted += weight * Double(aliasCount)
            if aliasCount > 0 { Self.sortAndDeduplicate(&merged.positions, from: start) }
            merged.ordinals.append(document)
            merged.weights.append(weighted / Double(ownCount + aliasCount))
            merged.starts.append(merged.positions.count)
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

    /// Where term `term` of `span` stands from the start of an other form of `formLength`
    /// tokens (negative: before it).
    private static func offset(of term: Int, in span: AbbreviationSpan, formLength: Int,
                               plan: QueryPlan) -> Int {
        let terms = plan.terms
        let (first, last) = (span.terms.lowerBound, span.terms.upperBound - 1)
        let isFollowed = last + 1 < terms.count
            && terms[last + 1].sequence == terms[last].sequence + 1
        let isPreceded = first > 0 && terms[first - 1].sequence == terms[first].sequence - 1
        let index = term - first
        return isFollowed || !isPreceded ? formLength - span.terms.count + index : index
    }

    /// Sorts the positions from `start` on and drops repeats.
    private static func sortAndDeduplicate(_ positions: inout [UInt32], from start: Int) {
        positions[start...].sort()
        var kept = start + 1
        for index in (start + 1)..<positions.count where positions[index] != positions[kept - 1] {
            positions[kept] = positions[index]
            kept += 1
        }
        positions.removeLast(positions.count - kept)
    }
}
