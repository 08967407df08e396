/// A recognised entity: a number, date, document reference, plenum, person or place,
/// with the span it covers and keys that do not depend on how it was written.
///
/// Entities are extra terms at the positions of the tokens they cover, like synonyms:
/// `Nghị quyết số 05`, `Nghị quyết 05/NQ-ĐU` and `nghi quyet so 5` share the key
/// `docref|nghi quyet|5`.
public struct Entity: Hashable, Sendable {
    /// The kinds of entity.
    public enum Kind: String, CaseIterable, Sendable, Hashable {
        case number, date, docref, plenum, person, place
    }

    /// What the entity is, with its fields.
    public enum Value: Hashable, Sendable {
        case number(Int)
        case date(CalendarDate)
        case docref(DocumentReference)
        case plenum(Plenum)
        /// A person's name, NFC, as written.
        case person(name: String)
        /// A place's name without its designator (`phường`, `TP.`), NFC, as written.
        case place(name: String)
    }

    public var value: Value
    /// The original text the entity covers.
    public var text: String
    /// UTF-8 offsets of `text` in the analysed text.
    public var utf8Range: Range<Int>
    /// Positions of the first and one past the last token covered.
    public var positions: Range<UInt32>
    /// The entity's key at each match level; for numbers, dates, references and plenums the
    /// three are the same.
    public var keys: WordKeys

    public var kind: Kind {
        switch value {
        case .number: .number
        case .date: .date
        case .docref: .docref
        case .plenum: .plenum
        case .person: .person
        case .place: .place
        }
    }

    /// Keys that narrow the main one, for ranking the exact match first: a reference's year
    /// and issuer (`docref|nghi quyet|5|2021`, `docref|nghi quyet|5|nq-du`).
    public var qualifiedKeys: [String] {
        guard case .docref(let reference) = value else { return [] }
        return reference.qualifiedKeys
    }
}

/// A Central Committee plenum: `Hội nghị Trung ương 4 khóa XII` is plenum 4 of term 12.
public struct Plenum: Hashable, Sendable {
    public var plenum: Int
    /// The Party congress term (`khóa`), when written.
    public var term: Int?

    public init(plenum: Int, term: Int?) {
        self.plenum = plenum
        self.term = term
    }

    var key: String { "plenum|\(plenum)" + (term.map { "|\($0)" } ?? "") }
}
