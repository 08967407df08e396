/// Person names: 2–4 capitalised syllables that start with a Vietnamese surname
/// (`Nguyễn Thái Hà`, `Trần Thị T.`), or that follow a title (`đồng chí`, `ông`, `Bí thư`, …).
/// Not a person: a name after a place designator (`TP. Hồ Chí Minh`) or in a street, school
/// or institution (`đường Nguyễn Huệ`, `số 5 Lý Thường Kiệt`), a title written capitalised
/// (`Phó Chủ tịch`), a run that starts inside a longer capitalised run (`Bồ Đào Nha`),
/// provinces and countries (`Thái Bình`, `Hàn Quốc`). In queries lower case is allowed:
/// `nguyen thai ha`. Keys: `person|nguyễn thái hà` exact, `person|nguyen thai ha` folded.
public struct PersonNameRecognizer: EntityRecognizer, PrefilteredRecognizer {
    public init() {}

    public func match(at index: Int, in context: EntityContext) -> EntityMatch? {
        mayStart(at: index, in: context) ? find(at: index, in: context) : nil
    }

    /// The name at `index`, without the `mayStart(at:in:)` test.
    func find(at index: Int, in context: EntityContext) -> EntityMatch? {
        guard context.kind(index) == .word else { return nil }
        // The most selective test first: a name follows a title or starts with a surname.
        let afterTitle = Self.followsTitle(index, in: context)
        guard afterTitle || Self.isSurname(at: index, in: context),
              !Self.isExcludedContext(before: index, in: context),
              !Self.startsTitle(index, in: context) else { return nil }
        let end = NameSpan.personEnd(from: index, in: context)
        // Two syllables in lower case (`dang bo`) are more often words than a name.
        guard end - index >= 2,
              afterTitle || end - index >= 3
                || NameSpan.isCapitalizedName(at: index, in: context)
                    && !Self.continuesCapitalizedRun(index, in: context)
        else { return nil }
        let folded = (index..<end).map { context.keys($0).folded }.joined(separator: " ")
        // (A prefix starts with the same byte: all of these are ASCII.)
        guard !Self.notPersons.contains(where: {
            folded.utf8.first == $0.utf8.first && folded.hasPrefix($0)
        }) else { return nil }
        return NameSpan.match(index..<end, kind: "person", in: context) { .person(name: $0) }
    }

    /// Whether a name can start at `index`: capitalised, unless the context allows names in
    /// lower case (`NameSpan.personEnd(from:in:)` ends it at once otherwise). Cheap;
    /// `Analyzer` asks it first.
    @inline(__always)
    func mayStart(at index: Int, in context: EntityContext) -> Bool {
        context.allowsLowercaseNames || context.isCapitalized(index)
    }

    /// Whether token `index` is a surname; a query's accented syllable is taken as typed
    /// (`đảng` is not the surname `Đặng`), but not one a reading wrote out
    /// (`EntityContext.isRead(_:)`): readings come from running text, which seldom spells
    /// the name meant (`truong quang nam` may read `trường`, and still be `Trương`).
    static func isSurname(at index: Int, in context: EntityContext) -> Bool {
        let exact = context.exactCode(index), folded = context.foldedCode(index)
        return context.mode == .document || exact != folded && !context.isRead(index)
            ? exactSurnames.contains(exact) : foldedSurnames.contains(folded)
    }

    /// Whether a title ends right before `index` (`đồng chí`, `Bí thư`).
    static func followsTitle(_ index: Int, in context: EntityContext) -> Bool {
        guard index > 0, context.starts(index - 1).contains(.titleEnd),
              context.isSpaced(after: index - 1),
              !NameSpan.isInstitutionWord(context.foldedCode(index)) else { return false }
        return context.endsPhrase(titles, before: index)
    }

    /// Whether a title starts at `index` (`Ông`, `Phó Chủ tịch`, `Đoàn Chủ tịch`).
    private static func startsTitle(_ index: Int, in context: EntityContext) -> Bool {
        context.firstPhrase(titles, at: index) != nil
            || context.firstPhrase(capitalizedTitles, at: index) != nil
    }

    /// Whether a capitalised word stands right before `index`: then a two-syllable name
    /// would have started there (`Bồ Đào Nha`, `Phan Chu Trinh`); an abbreviation
    /// (`TP HCM Nguyễn Thiện Nhân`) does not count.
    private static func continuesCapitalizedRun(_ index: Int, in context: EntityContext)
        -> Bool
    {
        index > 0 && context.mode == .document && context.isSpaced(after: index - 1)
            && context.isCapitalized(index - 1) && context.kind(index - 1) == .word
            && !context.isAllUppercase(index - 1)
    }

    /// Whether a street, institution or place word, or an address number, comes right before.
    static func isExcludedContext(before index: Int, in context: EntityContext) -> Bool {
        guard index > 0 else { return false }
        if context.kind(index - 1) == .number, context.isSpaced(after: index - 1) {
            return true
        }
        if PlaceRecognizer.designatorEnd(before: index, in: context) { return true }
        return context.endsPhrase(nonPersonWords, before: index)
    }

    private static func surnames(_ level: MatchLevel) -> KeywordIndex {
        let normalizer = Normalizer(level: level)
        return Keywords.index(Surnames.names.filter { !$0.contains(" ") }
            .map { normalizer.key(of: $0) })
    }

    private static let exactSurnames = surnames(.exact)
    private static let foldedSurnames = surnames(.folded)

    static let titles = Keywords.table(PersonTitles.phrases.map { ($0, ()) })
    private static let capitalizedTitles = Keywords.table(
        ["đoàn chủ tịch", "phó tổng", "phó trưởng", "phó chánh", "phó chủ", "phó thủ",
         "phó giám", "phó bí", "phó viện", "phó hiệu"].map { ($0, ()) })
    private static let nonPersonWords = Keywords.table(PlaceWords.nonPersonContext.map { ($0, ()) })
    private static let notPersons = (PlaceWords.provinces + PlaceWords.countries).map {
        Normalizer(level: .folded).key(of: $0)
    }
}
