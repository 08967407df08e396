/// One query term's postings in one segment, its forms walked together in document order
/// (a heap of their cursors): at each document holding any form, the forms' frequencies
/// summed, their weights averaged over their occurrences (one `hòa` among ten `hoa` weighs
/// little more than `hoa`), and on demand the union of their positions. With a field, only
/// documents holding the term in that field stand, and only those positions count. Memory:
/// a cursor per form, and one document's positions.
///
/// A term with other forms of an abbreviation (`AbbreviationAliases`) is merged ahead into
/// memory (`TermPostings`, O(its postings)) and walked there.
struct TermCursor {
    /// Returned past the last document.
    static let end = PostingsCursor.end

    private var forms: [PostingsCursor]
    private let weights: [Double]
    private let field: Query.Field?
    /// Whether two forms may stand at one position (an entity key among them): the
    /// frequency is then the number of distinct positions.
    private let formsMayOverlap: Bool
    private let table: DocumentTable
    private let documentCount: Int
    private let file: String
    /// Forms standing on documents after the current one, by document.
    private var waiting = CursorHeap()
    /// Forms standing on the current document, ascending.
    private var current: [Int] = []
    /// Merged ahead (abbreviations): walked instead of `forms`.
    private let merged: TermPostings?
    private var entry = -1

    /// The current document, or `end`.
    private(set) var document = TermCursor.end
    /// The term's frequency in the current document (in its field).
    private(set) var frequency: UInt32 = 0
    /// The forms' weights averaged over their occurrences in the current document.
    private(set) var weight = 0.0
    /// The current document's positions (in the field), once read.
    private var positions: [UInt32] = []
    private var positionsDocument = TermCursor.end

    /// The forms `variants` in `reader`, on the first document holding any.
    init(variants: [TermExpansion.Variant], reader: SegmentReader, field: Query.Field? = nil,
         formsMayOverlap: Bool = false) throws {
        forms = try variants.map { try reader.postings(ofTerm: $0.term) }
        weights = variants.map(\.weight)
        self.field = field
        self.formsMayOverlap = formsMayOverlap
        table = reader.documents
        documentCount = reader.documentCount
        file = reader.name + ".pst"
        merged = nil
        for index in forms.indices {
            waiting.insert(document: try forms[index].advance(), cursor: index)
        }
        current.reserveCapacity(forms.count)
        try seek(to: 0)
    }

    /// Walks `postings`, read ahead with positions; on its first document.
    init(merged postings: TermPostings, reader: SegmentReader) {
        precondition(postings.hasPositions)
        forms = []
        weights = []
        field = nil
        formsMayOverlap = false
        table = reader.documents
        documentCount = reader.documentCount
        file = reader.name + ".pst"
        merged = postings
        if postings.count > 0 {
            entry = 0
            document = postings.ordinals[0]
            frequency = postings.frequency(at: 0)
            weight = postings.weights[0]
        }
    }

    /// Moves to the first document ≥ `target` holding the term; returns it or `end`.
    @discardableResult
    mutating func seek(to target: UInt32) throws -> UInt32 {
        if document != Self.end, document >= target { return document }
        var target = target
        while true {
            try move(to: target)
            guard document != Self.end, field != nil || formsMayOverlap else { break }
            // The frequency counts the positions in the field: none there is no match.
            try readPositions()
            frequency = UInt32(positions.count)
            if frequency > 0 { break }
            target = document + 1
        }
        return document
    }

    /// Moves past the current document; returns the next or `end`.
    @discardableResult
    mutating func advance() throws -> UInt32 {
        guard document != Self.end else { return document }
        return try seek(to: document + 1)
    }

    /// The term's positions in the current document (in its field), ascending, without
    /// repeats.
    mutating func currentPositions() throws -> [UInt32] {
        if let merged {
            return merged.withBuffers { Array($0.positions(at: entry)) }
        }
        try readPositions()
        return positions
    }

    /// The forms' cursors moved to the first document ≥ `target` any holds, with its
    /// frequency (summed) and weight.
    private mutating func move(to target: UInt32) throws {
        if let merged {
            entry = max(entry, 0)
            _ = merged.find(target, from: &entry)
            guard entry < merged.count else {
                document = Self.end
                return
            }
            document = merged.ordinals[entry]
            frequency = merged.frequency(at: entry)
            weight = merged.weights[entry]
            return
        }
        for form in current { waiting.insert(document: forms[form].document, cursor: form) }
        current.removeAll(keepingCapacity: true)
        while let next = waiting.minimumDocument, next < target, let form = waiting.removeMinimum() {
            waiting.insert(document: try forms[form].seek(to: target), cursor: form)
        }
        guard let next = waiting.minimumDocument, next != Self.end else {
            document = Self.end
            return
        }
        guard Int(next) < documentCount else {
            throw IndexError.corrupted(file, "document out of range")
        }
        while waiting.minimumDocument == next, let form = waiting.removeMinimum() {
            current.append(form)
        }
        // Summed in form order, as the merged postings sum them.
        current.sort()
        var weighted = 0.0
        var total: UInt32 = 0
        for form in current {
            let found = forms[form].frequency
            weighted += weights[form] * Double(found)
            total &+= found
        }
        document = next
        frequency = total
        weight = weighted / Double(max(1, total))
    }

    /// Reads the current document's positions into `positions`: the forms' union, kept to
    /// the field.
    private mutating func readPositions() throws {
        guard merged == nil, positionsDocument != document else { return }
        positions.removeAll(keepingCapacity: true)
        for form in current {
            try forms[form].withPositions { positions.append(contentsOf: $0) }
        }
        if current.count > 1 { positions.sortAndDeduplicate(from: 0) }
        if let field {
            let titleLength = table.titleLength(Int(document))
            positions.removeAll { field == .title ? $0 >= titleLength : $0 <= titleLength }
        }
        positionsDocument = document
    }
}
