/// One query term's postings in one segment, its forms walked together in document order
/// (side by side, or through a heap when they are many, as a prefix's): at each document holding any form, the forms' frequencies
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
    /// Many forms: those standing on documents after the current one, by document.
    private var waiting = CursorHeap()
    /// Few forms: each form's document.
    private var formDocuments: [UInt32]
    private let usesHeap: Bool
    /// Per form of one block (no skip table), its last document and what bounds its scores,
    /// read from the block itself.
    private var oneBlockMaxima: [(lastDocument: UInt32, maximum: BlockMaximum)?]
    /// Many forms: those standing on the current document, ascending. (Few forms: those
    /// whose `formDocuments` entry is the current document.)
    private var current: [Int] = []
    /// Merged ahead (abbreviations): walked instead of `forms`.
    private let merged: TermPostings?
    private var entry = -1

    /// How many documents its forms' postings hold, summed: what walking it costs.
    let cost: Int
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
        var forms = try variants.map { try reader.postings(ofTerm: $0.term) }
        formDocuments = try forms.indices.map { try forms[$0].advance() }
        let table = reader.documents
        let documentCount = reader.documentCount
        let file = reader.name + ".pst"
        oneBlockMaxima = try forms.map { form in
            guard form.isOneBlock, form.document != PostingsCursor.end else { return nil }
            return try form.withBlockDocuments { documents, frequencies in
                guard documents.allSatisfy({ Int($0) < documentCount }) else {
                    throw IndexError.corrupted(file, "document out of range")
                }
                return (documents.last ?? 0, BlockMaximum(
                    lengths: documents.lazy.map { table.length(Int($0)) },
                    frequencies: frequencies, inTitle: true))
            }
        }
        self.forms = forms
        weights = variants.map(\.weight)
        cost = variants.reduce(0) { total, variant in
            total + Int(reader.dictionary.stats(variant.term).documentFrequency)
        }
        self.field = field
        self.formsMayOverlap = formsMayOverlap
        self.table = table
        self.documentCount = documentCount
        self.file = file
        merged = nil
        usesHeap = forms.count > Self.fewForms
        if usesHeap {
            for (form, document) in formDocuments.enumerated() {
                waiting.insert(document: document, cursor: form)
            }
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
        usesHeap = false
        cost = postings.count
        formDocuments = []
        oneBlockMaxima = []
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

    /// The heaviest form's weight.
    var maximumWeight: Double { merged == nil ? weights.max() ?? 0 : 1 }

    /// What bounds the term's scores from `target` on, up to `lastDocument`: its forms'
    /// blocks there combined (`BlockMaximum.add`), read from their skip tables; a zero
    /// frequency when no form holds a document ≥ `target`. Nil when merged ahead.
    func blockMaximum(from target: UInt32) -> (lastDocument: UInt32, maximum: BlockMaximum)? {
        guard merged == nil else { return nil }
        var lastDocument = Self.end
        var maximum = BlockMaximum.none
        for form in forms.indices where formDocuments[form] != Self.end {
            let found: (lastDocument: UInt32, maximum: BlockMaximum)
            if let oneBlock = oneBlockMaxima[form] {
                guard oneBlock.lastDocument >= target else { continue }
                found = oneBlock
            } else if let block = forms[form].blockMaximum(from: target) {
                found = block
            } else {
                continue
            }
            lastDocument = min(lastDocument, found.lastDocument)
            maximum.add(found.maximum)
        }
        return (lastDocument, maximum)
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

    /// The forms' cursors moved to the first document ≥ `target` any holds.
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
        let next = usesHeap ? try nextThroughHeap(target) : try nextSideBySide(target)
        guard next != Self.end else {
            document = Self.end
            return
        }
        guard Int(next) < documentCount else {
            throw IndexError.corrupted(file, "document out of range")
        }
        document = next
        // Summed in form order, as `TermPostings` sums them.
        var weighted = 0.0
        var total: UInt32 = 0
        forEachFormOnDocument { form in
            let found = forms[form].frequency
            weighted += weights[form] * Double(found)
            total &+= found
        }
        frequency = total
        weight = weighted / Double(max(1, total))
    }

    /// Above this many forms, a heap finds the next document.
    private static let fewForms = 16

    /// Moves the forms before `target` there; returns the first document any stands on.
    /// O(forms).
    private mutating func nextSideBySide(_ target: UInt32) throws -> UInt32 {
        var lowest = Self.end
        for form in forms.indices {
            var found = formDocuments[form]
            if found < target {
                found = try forms[form].seek(to: target)
                formDocuments[form] = found
            }
            lowest = min(lowest, found)
        }
        return lowest
    }

    /// Calls `body` with each form standing on the current document, in form order.
    @inline(__always)
    private func forEachFormOnDocument(_ body: (Int) throws -> Void) rethrows {
        if usesHeap {
            for form in current { try body(form) }
        } else {
            for form in forms.indices where formDocuments[form] == document { try body(form) }
        }
    }

    /// `forEachFormOnDocument(_:)` with each form's cursor to change.
    @inline(__always)
    private mutating func updateFormsOnDocument(_ body: (inout PostingsCursor) throws -> Void)
        rethrows {
        if usesHeap {
            for form in current { try body(&forms[form]) }
        } else {
            for form in forms.indices where formDocuments[form] == document {
                try body(&forms[form])
            }
        }
    }

    /// `nextSideBySide(_:)` through the heap: O(log forms) per form moved.
    private mutating func nextThroughHeap(_ target: UInt32) throws -> UInt32 {
        for form in current {
            waiting.insert(document: try forms[form].seek(to: target), cursor: form)
        }
        current.removeAll(keepingCapacity: true)
        while let first = waiting.minimumDocument, first < target,
              let form = waiting.removeMinimum() {
            waiting.insert(document: try forms[form].seek(to: target), cursor: form)
        }
        guard let next = waiting.minimumDocument, next != Self.end else { return Self.end }
        while waiting.minimumDocument == next, let form = waiting.removeMinimum() {
            current.append(form)
        }
        current.sort()
        return next
    }

    /// Reads the current document's positions into `positions`: the forms' union, kept to
    /// the field.
    private mutating func readPositions() throws {
        guard merged == nil, positionsDocument != document else { return }
        positions.removeAll(keepingCapacity: true)
        var formsOnDocument = 0
        var positions = self.positions
        self.positions = []
        defer { self.positions = positions }
        try updateFormsOnDocument { form in
            try form.withPositions { positions.append(contentsOf: $0) }
            formsOnDocument += 1
        }
        if formsOnDocument > 1 { positions.sortAndDeduplicate(from: 0) }
        if let field {
            let titleLength = table.titleLength(Int(document))
            positions.removeAll { field == .title ? $0 >= titleLength : $0 <= titleLength }
        }
        positionsDocument = document
    }
}
