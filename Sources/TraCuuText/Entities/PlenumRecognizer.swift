/// Central Committee plenums: `Nghị quyết Trung ương 4 khóa XII`, `Hội nghị Trung ương 6
/// khóa XIII`, `Hội nghị lần thứ 4 Ban Chấp hành Trung ương khóa XII` → plenum 4, term 12.
/// In a list (`lần thứ 4, 5, 6`, `khóa XII, XIII`) the first number counts.
/// Key: `plenum|4|12`.
public struct PlenumRecognizer: EntityRecognizer {
    public init() {}

    public func match(at index: Int, in context: EntityContext) -> EntityMatch? {
        guard let head = context.firstPhrase(Self.heads[context.mode] ?? [], at: index) else {
            return nil
        }
        let phrases = Self.parts[context.mode] ?? []
        var cursor = head.end
        var plenum: Int?
        var term: Int?
        var sawCentralCommittee = false
        var end = cursor
        while cursor < context.tokens.count, context.isSpaced(after: cursor - 1) {
            if let part = context.firstPhrase(phrases, at: cursor) {
                switch part.tag {
                case .centralCommittee: sawCentralCommittee = true
                case .term:
                    guard let (value, listEnd) = number(at: part.end, in: context) else {
                        return result(index, end, plenum, term, sawCentralCommittee)
                    }
                    term = term ?? value
                    end = listEnd
                    cursor = listEnd
                    continue
                case .filler: break
                }
                cursor = part.end
                continue
            }
            guard plenum == nil, let (value, listEnd) = number(at: cursor, in: context) else {
                break
            }
            plenum = value
            end = listEnd
            cursor = listEnd
        }
        return result(index, end, plenum, term, sawCentralCommittee)
    }

    private func result(_ start: Int, _ end: Int, _ plenum: Int?, _ term: Int?,
                        _ sawCentralCommittee: Bool) -> EntityMatch? {
        guard sawCentralCommittee, let plenum, (1...30).contains(plenum) else { return nil }
        let value = Plenum(plenum: plenum, term: term)
        return EntityMatch(tokens: start..<end, value: .plenum(value), key: value.key)
    }

    /// A number or Roman numeral at `index` (after a space), skipping a list that follows it
    /// (`4, 5, 6`); the first value and the index after the list.
    private func number(at index: Int, in context: EntityContext) -> (Int, Int)? {
        guard index < context.tokens.count, context.isSpaced(after: index - 1),
              let first = Self.value(index, in: context) else { return nil }
        var end = index + 1
        while end < context.tokens.count,
              context.gap(after: end - 1, is: ", ") || context.gap(after: end - 1, is: ","),
              Self.value(end, in: context) != nil {
            end += 1
        }
        return (first, end)
    }

    private static func value(_ index: Int, in context: EntityContext) -> Int? {
        let token = context.tokens[index]
        if token.kind == .number { return context.integer(index) }
        guard context.mode == .query || token.text == token.text.uppercased() else { return nil }
        return RomanNumeral.value(of: token.text)
    }

    enum Part: Sendable { case centralCommittee, term, filler }

    private static let heads = Keywords.table([("nghị quyết", ()), ("hội nghị", ())])
    private static let parts = Keywords.table([
        ("ban chấp hành trung ương", Part.centralCommittee), ("trung ương", .centralCommittee),
        ("ban chấp hành", .filler), ("lần thứ", .filler), ("đảng", .filler),
        ("của", .filler), ("khóa", .term),
    ])
}
