/// Person names: 2–4 capitalised syllables that start with a Vietnamese surname
/// (`Nguyễn Thái Hà`), or that follow a title (`đồng chí`, `ông`, `Bí thư`, …). Not a person:
/// a name after a place designator (`TP. Hồ Chí Minh`) or in a street, school or institution
/// (`đường Nguyễn Huệ`, `số 5 Lý Thường Kiệt`, `Trường Lê Quý Đôn`), and province names.
/// In queries lower case is allowed: `nguyen thai ha`. Keys: `person|nguyễn thái hà` at exact
/// level, `person|nguyen thai ha` at folded level.
public struct PersonNameRecognizer: EntityRecognizer {
    public init() {}

    public func match(at index: Int, in context: EntityContext) -> EntityMatch? {
        let token = context.tokens[index]
        guard token.kind == .word,
              !Self.isExcludedContext(before: index, in: context) else { return nil }
        // A query's accented syllable is taken as typed: `đảng` is not the surname `Đặng`.
        let level: MatchLevel = context.mode == .document || token.exact != token.folded
            ? .exact : .folded
        let startsWithSurname = Self.surnames[level]?.contains(token.keys[level]) == true
        guard startsWithSurname || Self.followsTitle(index, in: context) else { return nil }
        let end = NameSpan.end(from: index, maximum: 4, in: context)
        guard end - index >= 2 else { return nil }
        let folded = (index..<end).map { context.tokens[$0].folded }.joined(separator: " ")
        guard !Self.provinces.contains(folded) else { return nil }
        return NameSpan.match(index..<end, kind: "person", in: context) { .person(name: $0) }
    }

    /// Whether a title ends right before `index` (`đồng chí`, `Bí thư`).
    static func followsTitle(_ index: Int, in context: EntityContext) -> Bool {
        guard index > 0, context.isSpaced(after: index - 1),
              !NameSpan.isInstitutionWord(context.tokens[index].folded) else { return false }
        let titles = Self.titles[context.mode] ?? []
        return titles.contains { title in
            index >= title.words.count
                && context.phraseEnd(title.words, at: index - title.words.count) == index
        }
    }

    /// Whether a street, institution or place word, or an address number, comes right before.
    static func isExcludedContext(before index: Int, in context: EntityContext) -> Bool {
        guard index > 0 else { return false }
        let previous = context.tokens[index - 1]
        if previous.kind == .number, context.isSpaced(after: index - 1) { return true }
        if PlaceRecognizer.designatorEnd(before: index, in: context) { return true }
        let excluded = Self.nonPersonWords[context.mode] ?? []
        return excluded.contains { phrase in
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
    private static let nonPersonWords = Keywords.table(PlaceWords.nonPersonContext.map { ($0, ()) })
    private static let provinces = Set(PlaceWords.provinces.map {
        Normalizer(level: .folded).key(of: $0)
    })
}
