/// Document references in every written form: a type (`Nghị quyết`, `Quyết định`, … or a
/// code `NQ`, `QĐ`, …), optional `số`, a number, then optionally a year, an issuer code and a
/// date: `Nghị quyết số 05 ngày 16/6/2021`, `Nghị quyết 05/NQ-ĐU`, `NQ số 5`,
/// `Quy định số 69-QĐ/TW`, `Nghị định 100/2019/NĐ-CP`. A bare code (`35-NQ/TW`,
/// `05/2021/NQ-HĐND`) is a reference too, typed by its code. Queries may be lower case and
/// unaccented (`nghi quyet so 5`, `qd 69`). Key: `docref|nghi quyet|5`.
///
/// In documents, a type and a number alone (`Kế hoạch 5 năm`) count only when the type is
/// capitalised and no unit word (`năm`, `tháng`, `người`, …) follows the number.
public struct DocumentReferenceRecognizer: EntityRecognizer, PrefilteredRecognizer {
    public init() {}

    public func match(at index: Int, in context: EntityContext) -> EntityMatch? {
        mayStart(at: index, in: context) ? find(at: index, in: context) : nil
    }

    /// The reference at `index`, without the `mayStart(at:in:)` test.
    func find(at index: Int, in context: EntityContext) -> EntityMatch? {
        typedReference(at: index, in: context) ?? bareCode(at: index, in: context)
    }

    /// Whether a reference can start at `index`: it starts with a number or a type (a name
    /// or a code). Cheap; `Analyzer` asks it first.
    @inline(__always)
    func mayStart(at index: Int, in context: EntityContext) -> Bool {
        context.kind(index) == .number
            || !context.starts(index).isDisjoint(with: [.documentType, .documentCode])
    }

    private func typedReference(at index: Int, in context: EntityContext) -> EntityMatch? {
        guard let (kind, typeEnd) = documentType(at: index, in: context),
              context.isSpaced(after: typeEnd - 1) else { return nil }
        var cursor = typeEnd
        var hasNumberWord = false
        if context.keywordCode(cursor) == Self.numberWord[context.mode],
           context.isSpaced(after: cursor) {
            hasNumberWord = true
            cursor += 1
        }
        guard let number = context.integer(cursor), context.byteCount(cursor) <= 5
        else { return nil }
        var reference = DocumentReference(kind: kind, number: number)
        var end = suffix(after: cursor, in: context, into: &reference)
        end = date(after: end, in: context, into: &reference)
        let isExplicit = hasNumberWord || reference.year != nil || reference.issuer != nil
            || reference.date != nil
        if context.mode == .document, !isExplicit {
            guard context.isCapitalized(index),
                  !Self.isFollowedByUnit(cursor, in: context) else { return nil }
        }
        return Self.match(index..<end, reference)
    }

    /// `35-NQ/TW`, `05/2021/NQ-HĐND`, `1880/QĐ-TTg`: a number, then a code that types it.
    private func bareCode(at index: Int, in context: EntityContext) -> EntityMatch? {
        // The code (`suffix(after:in:into:)`'s issuer) follows a `/` or a `-`.
        guard context.gap(after: index, is: "/") || context.gap(after: index, is: "-"),
              let number = context.integer(index), context.byteCount(index) <= 5
        else { return nil }
        var reference = DocumentReference(kind: .resolution, number: number)
        var end = suffix(after: index, in: context, into: &reference)
        guard let issuer = reference.issuer, end > index + 1 else { return nil }
        let code = Normalizer(level: .folded).key(of: String(issuer.prefix { $0.isLetter }))
        guard let kind = DocumentKind.kind(forFoldedCode: code),
              issuer.contains(where: { $0 == "-" || $0 == "/" }) else { return nil }
        reference.kind = kind
        end = date(after: end, in: context, into: &reference)
        return Self.match(index..<end, reference)
    }

    /// The type at `index`: a written name or a code; its kind and the index after it.
    private func documentType(at index: Int, in context: EntityContext)
        -> (DocumentKind, Int)?
    {
        if context.starts(index).contains(.documentType),
           let found = context.firstPhrase(Self.typeNames, at: index) {
            return (found.tag, found.end)
        }
        guard context.kind(index) == .word,
              case let code = Self.codeKinds.value(for: context.foldedCode(index)), code >= 0,
              context.mode == .query || context.isAllUppercase(index) else { return nil }
        return (DocumentKind.allCases[Int(code)], index + 1)
    }

    /// After the number at `index`: `/2019` (year) and `/NĐ-CP`, `-QĐ/TW` (issuer). Returns
    /// the index after what it read.
    private func suffix(after index: Int, in context: EntityContext,
                        into reference: inout DocumentReference) -> Int {
        var cursor = index + 1
        if context.isSpaced(after: index), cursor + 1 < context.count,
           context.keywordCode(cursor) == Self.yearWord[context.mode],
           context.isSpaced(after: cursor),
           let year = DateParser.fourDigitYear(cursor + 1, in: context) {
            reference.year = year
            return cursor + 2
        }
        if context.gap(after: index, is: "/"), let year = DateParser.fourDigitYear(cursor,
                                                                                  in: context),
           (1900...2100).contains(year) {
            reference.year = year
            cursor += 1
            guard context.gap(after: cursor - 1, is: "/") else { return cursor }
        } else if !(context.gap(after: index, is: "/") || context.gap(after: index, is: "-")) {
            return cursor
        }
        var issuerEnd = cursor
        while issuerEnd < context.count, issuerEnd - cursor < 4,
              Self.isIssuerPart(issuerEnd, in: context) {
            issuerEnd += 1
            guard context.gap(after: issuerEnd - 1, is: "-") || context.gap(after: issuerEnd - 1,
                                                                            is: "/"),
                  issuerEnd < context.count, Self.isIssuerPart(issuerEnd, in: context)
            else { break }
        }
        guard issuerEnd > cursor else { return cursor }
        reference.issuer = context.text(of: cursor..<issuerEnd)
        return issuerEnd
    }

    /// `ngày 16/6/2021` after a reference; sets the date (and the year when missing).
    private func date(after end: Int, in context: EntityContext,
                      into reference: inout DocumentReference) -> Int {
        guard end < context.count, context.isSpaced(after: end - 1),
              context.keywordCode(end) == Self.dayWord[context.mode],
              context.isSpaced(after: end),
              let (date, dateEnd) = DateParser.numericDate(at: end + 1, in: context) else {
            return end
        }
        reference.date = date
        if reference.year == nil { reference.year = date.year }
        return dateEnd
    }

    /// A code-like token: `NQ`, `ĐU`, `TTg`, `HĐND`, `QH14`; in a query any short word.
    private static func isIssuerPart(_ index: Int, in context: EntityContext) -> Bool {
        context.kind(index) == .word && context.byteCount(index) <= 10
            && (context.mode == .query || context.isCapitalized(index))
    }

    private static func isFollowedByUnit(_ index: Int, in context: EntityContext) -> Bool {
        index + 1 < context.count && context.isSpaced(after: index)
            && unitWords.contains(context.foldedCode(index + 1))
    }

    private static func match(_ tokens: Range<Int>, _ reference: DocumentReference)
        -> EntityMatch
    {
        EntityMatch(tokens: tokens, value: .docref(reference), key: reference.key)
    }

    static let typeNames = Keywords.table(DocumentKind.allCases.map { ($0.name, $0) })
    private static let numberWord = ModeWord(document: "số", query: "so")
    private static let yearWord = ModeWord(document: "năm", query: "nam")
    private static let dayWord = ModeWord(document: "ngày", query: "ngay")
    /// Folded codes (`nq`, `qd`, …) → index of their kind in `DocumentKind.allCases`.
    static let codeKinds = KeywordIndex(
        DocumentKind.allCases.enumerated().compactMap { index, kind in
            kind.foldedCode.map { (KeywordCode(fixedWord: $0), Int32(index)) }
        })
    /// Words that make a number a count or a duration rather than a document number.
    private static let unitWords = Keywords.index([
        "nam", "thang", "ngay", "tuan", "gio", "phut", "nguoi", "lan", "ty", "trieu", "nghin",
        "ngan", "km", "ha", "tan", "kg", "m", "muc", "dieu", "khoan", "chuong", "phan",
        "diem", "nhiem", "giai", "doan", "buoc", "loai", "noi", "van",
    ])
}

/// A fixed word as a code, for each mode: written for documents, folded for queries.
struct ModeWord: Sendable {
    let document: KeywordCode
    let query: KeywordCode

    init(document: String, query: String) {
        self.document = KeywordCode(fixedWord: document)
        self.query = KeywordCode(fixedWord: query)
    }

    subscript(mode: AnalysisMode) -> KeywordCode {
        mode == .document ? document : query
    }
}
