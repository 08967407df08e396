/// Person names: 2–4 capitalised syllables that start with a Vietnamese surname
/// (`Nguyễn Thái Hà`, `Trần Thị T.`), or that follow a title (`đồng chí`, `ông`, `Bí thư`, …).
/// Not a person: a name after a place designator (`TP. Hồ Chí Minh`) or in a street, school
/// or institution (`đường Nguyễn Huệ`, `số 5 Lý Thường Kiệt`), a title written capitalised
/// (`Phó Chủ tịch`), a run that starts inside a longer capitalised run (`Bồ Đào Nha`),
/// provinces and countries (`Thái Bình`, `Hàn Quốc`). In queries lower case is allowed:
/// `nguyen thai ha`. Keys: `person|nguyễn thái hà` exact, `person|nguyen thai ha` folded.
public struct PersonNameRecognizer: EntityRecognizer {
    public init() {}

    public func match(at index: Int, in context: EntityContext) -> EntityMatch? {
        let token = context.tokens[index]
        guard token.kind == .word, !Self.isExcludedContext(before: index, in: context),
              !Self.startsTitle(index, in: context) else { return nil }
        let afterTitle = Self.followsTitle(index, in: context)
        guard afterTitle || Self.isSurname(token, in: context) else { return nil }
        let end = NameSpan.personEnd(from: index, in: context)
        guard end - index >= 2,
              afterTitle || end - index >= 3 || !Self.continuesCapitalizedRun(index, in: context)
        else { return nil }
        let folded = (index..<end).map { context.tokens[$0].folded }.joined(separator: " ")
        guard !Self.notPersons.contains(where: { folded.hasPrefix($0) }) else { return nil }
        return NameSpan.match(index..<end, kind: "person", in: context) { .person(name: $0) }
    }

    /// Whether the token is a surname; a query's accented syllable is taken as typed
    /// (`đảng` is not the surname `Đặng`).
    static func isSurname(_ token: Token, in context: EntityContext) -> Bool {
        let level: MatchLevel = context.mode == .document || token.exact != token.folded
            ? .exact : .folded
        return surnames[level]?.contains(token.keys[level]) == true
    }

    /// Whether a title ends right before `index` (`đồng chí`, `Bí thư`).
    static func followsTitle(_ index: Int, in context: EntityContext) -> Bool {
        guard index > 0, context.isSpaced(after: index - 1),
              !NameSpan.isInstitutionWord(context.tokens[index].folded) else { return false }
        return endsPhrase(titles[context.mode] ?? [], at: index, in: context)
    }

    /// Whether a title starts at `index` (`Ông`, `Phó Chủ tịch`, `Đoàn Chủ tịch`).
    private static func startsTitle(_ index: Int, in context: EntityContext) -> Bool {
        context.firstPhrase(titles[context.mode] ?? [], at: index) != nil
            || context.firstPhrase(capitalizedTitles[context.mode] ?? [], at: index) != nil
    }

    /// Whether a capitalised word stands right before `index`: then a two-syllable name
    /// would have started there (`Bồ Đào Nha`, `Phan Chu Trinh`); an abbreviation
    /// (`TP HCM Nguyễn Thiện Nhân`) does not count.
    private static func continuesCapitalizedRun(_ index: Int, in context: EntityContext)
        -> Bool
    {
        index > 0 && context.mode == .document && context.isSpaced(after: index - 1)
            && context.tokens[index - 1].isCapitalized && context.tokens[index - 1].kind == .word
            && context.tokens[index - 1].text != context.tokens[index - 1].text.uppercased()
    }

    /// Whether a street, institution or place word, or an address number, comes right before.
    static func isExcludedContext(before index: Int, in context: EntityContext) -> Bool {
        guard index > 0 else { return false }
        if context.tokens[index - 1].kind == .number, context.isSpaced(after: index - 1) {
            return true
        }
        if PlaceRecognizer.designatorEnd(before: index, in: context) { return true }
        return endsPhrase(nonPersonWords[context.mode] ?? [], at: index, in: context)
    }

    private static func endsPhrase(_ phrases: [(words: [String], tag: Void)], at index: Int,
                                   in context: EntityContext) -> Bool {
        phrases.contains { phrase in
            index >= phrase.words.count
                && context.phraseEnd(phrase.words, at: index - phrase.words.count) == index
        }
    }

    private static let surnames: [MatchLevel: Set<String>] = {
        var table: [MatchLevel: Set<String>] = [:]
        for level in [MatchLevel.exact, .folded] {
            let normalizer = Normalizer(level: level)
            table[level] = Set(Surnames.names.filter { !$0.contains(" ") }
                .map { normalizer.key(of: $0) })
        }
        return table
    }()

    private static let titles = Keywords.table(PersonTitles.phrases.map { ($0, ()) })
    private static let capitalizedTitles = Keywords.table(
        ["đoàn chủ tịch", "phó tổng", "phó trưởng", "phó chánh", "phó chủ", "phó thủ",
         "phó giám", "phó bí", "phó viện", "phó hiệu"].map { ($0, ()) })
    private static let nonPersonWords = Keywords.table(PlaceWords.nonPersonContext.map { ($0, ()) })
    private static let notPersons = (PlaceWords.provinces + PlaceWords.countries).map {
        Normalizer(level: .folded).key(of: $0)
    }
}
