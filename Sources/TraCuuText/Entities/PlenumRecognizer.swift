/// Central Committee plenums: `Nghị quyết Trung ương 4 khóa XII`, `Hội nghị Trung ương 6
/// khóa XIII`, `Hội nghị lần thứ 4 Ban Chấp hành Trung ương khóa XII`, `hội nghị TƯ 5`,
/// `Hội nghị lần thứ nhất …` → plenum and term. In a list (`lần thứ 4, 5, 6`,
/// `khóa XII, XIII`) the first number counts. Without `Nghị quyết`/`Hội nghị`,
/// `Trung ương 5 khóa XII` needs its term to count. Key: `plenum|4|12`.
public struct PlenumRecognizer: EntityRecognizer, PrefilteredRecognizer {
    public init() {}

    public func match(at index: Int, in context: EntityContext) -> EntityMatch? {
        mayStart(at: index, in: context) ? find(at: index, in: context) : nil
    }

    /// The plenum at `index`, without the `mayStart(at:in:)` test.
    func find(at index: Int, in context: EntityContext) -> EntityMatch? {
        var state = State()
        var cursor: Int
        if let head = context.firstPhrase(Self.heads, at: index) {
            cursor = head.end
        } else if let central = context.firstPhrase(Self.centralOnly, at: index) {
            cursor = central.end
            state.sawCentralCommittee = true
            state.needsTerm = true
        } else {
            return nil
        }
        let phrases = Self.parts
        while cursor < context.count {
            let spaced = context.isSpaced(after: cursor - 1)
            if spaced, state.afterOrdinal, state.plenum == nil,
               let (value, listEnd) = number(at: cursor, in: context, words: true) {
                state.plenum = value
                state.end = listEnd
                cursor = listEnd
                continue
            }
            if let part = context.firstPhrase(phrases, at: cursor),
               spaced || (part.tag == .term && context.gap(after: cursor - 1, is: ", ")) {
                cursor = part.end
                switch part.tag {
                case .centralCommittee: state.sawCentralCommittee = true
                case .ordinal: state.afterOrdinal = true
                case .filler: break
                case .term:
                    guard let (value, listEnd) = number(at: cursor, in: context,
                                                        words: false) else {
                        return state.result(index)
                    }
                    state.term = state.term ?? value
                    state.end = listEnd
                    cursor = listEnd
                }
                continue
            }
            guard spaced, state.plenum == nil,
                  let (value, listEnd) = number(at: cursor, in: context,
                                                words: state.afterOrdinal) else { break }
            state.plenum = value
            state.end = listEnd
            cursor = listEnd
        }
        return state.result(index)
    }

    /// Whether a plenum can start at `index`: at `nghị quyết`, `hội nghị` or `trung ương`.
    /// Cheap; `Analyzer` asks it first.
    @inline(__always)
    func mayStart(at index: Int, in context: EntityContext) -> Bool {
        context.starts(index).contains(.plenum)
    }

    private struct State {
        var plenum: Int?
        var term: Int?
        var sawCentralCommittee = false
        var needsTerm = false
        var afterOrdinal = false
        var end = 0

        func result(_ start: Int) -> EntityMatch? {
            guard sawCentralCommittee, let plenum, (1...30).contains(plenum),
                  !needsTerm || term != nil else { return nil }
            let value = Plenum(plenum: plenum, term: term)
            return EntityMatch(tokens: start..<end, value: .plenum(value), key: value.key)
        }
    }

    /// A number, Roman numeral or (after `lần thứ`) ordinal word at `index`, skipping a list
    /// that follows it (`4, 5, 6`); the first value and the index after the list.
    private func number(at index: Int, in context: EntityContext, words: Bool) -> (Int, Int)? {
        guard index < context.count,
              let first = Self.value(index, in: context, words: words) else { return nil }
        var end = index + 1
        while end < context.count,
              context.gap(after: end - 1, is: ", ") || context.gap(after: end - 1, is: ","),
              Self.value(end, in: context, words: false) != nil {
            end += 1
        }
        return (first, end)
    }

    private static func value(_ index: Int, in context: EntityContext, words: Bool) -> Int? {
        if context.kind(index) == .number { return context.integer(index) }
        if words, let ordinal = ordinals[context.keys(index).folded] { return ordinal }
        guard context.mode == .query || context.isAllUppercase(index) else { return nil }
        return RomanNumeral.value(of: context.text(index))
    }

    enum Part: Sendable { case centralCommittee, ordinal, term, filler }

    /// `lần thứ nhất`, `lần thứ Sáu`: ordinal words, folded.
    private static let ordinals: [String: Int] = [
        "nhat": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7,
        "tam": 8, "chin": 9, "muoi": 10,
    ]
    static let heads = Keywords.table([("nghị quyết", ()), ("hội nghị", ())])
    static let centralOnly = Keywords.table([("trung ương", ())])
    private static let parts = Keywords.table([
        ("ban chấp hành trung ương", Part.centralCommittee), ("trung ương", .centralCommittee),
        ("tư", .centralCommittee), ("ban chấp hành", .filler), ("lần thứ", .ordinal),
        ("đảng", .filler), ("của", .filler), ("khóa", .term),
    ])
}
