/// Places: capitalised words after `phường`, `xã`, `thị trấn`, `quận`, `huyện`, `thị xã`,
/// `thành phố`, `TP.`, `tỉnh` (`phường Mỏ Chè`, `TP. Hồ Chí Minh`, `TP.HCM`, `tỉnh Đắk Nông`).
/// Numbered units (`quận 1`) and `xã hội` are left out. In queries lower case is allowed:
/// `phuong mo che`. Keys: `place|mỏ chè` exact, `place|mo che` folded.
public struct PlaceRecognizer: EntityRecognizer, PrefilteredRecognizer {
    public init() {}

    public func match(at index: Int, in context: EntityContext) -> EntityMatch? {
        mayStart(at: index, in: context) ? find(at: index, in: context) : nil
    }

    /// The place at `index`, without the `mayStart(at:in:)` test.
    func find(at index: Int, in context: EntityContext) -> EntityMatch? {
        guard context.kind(index) == .word,
              Self.designatorEnd(before: index, in: context),
              !(context.foldedCode(index) == Self.hoi && context.foldedCode(index - 1) == Self.xa)
        else { return nil }
        let end = NameSpan.placeEnd(from: index, in: context) {
            PersonNameRecognizer.isSurname(at: $0, in: context)
        }
        guard end > index else { return nil }
        return NameSpan.match(index..<end, kind: "place", in: context) { .place(name: $0) }
    }

    /// Whether a place can start at `index`: capitalised, unless the context allows names in
    /// lower case (`NameSpan.placeEnd(from:in:)` ends it at once otherwise), and right after
    /// a designator. Cheap; `Analyzer` asks it first.
    @inline(__always)
    func mayStart(at index: Int, in context: EntityContext) -> Bool {
        (context.allowsLowercaseNames || context.isCapitalized(index)) && index > 0
            && context.starts(index - 1).contains(.designatorEnd)
    }

    /// Whether a designator ends right before `index`: `phường `, `TP. `, `TP.`, `TP `.
    static func designatorEnd(before index: Int, in context: EntityContext) -> Bool {
        guard index > 0 else { return false }
        let last = index - 1
        return context.endsPhrase(designators, before: index) { phrase in
            if phrase.tag {
                return context.gap(after: last, is: ". ") || context.gap(after: last, is: ".")
                    || context.isSpaced(after: last)
            }
            return context.isSpaced(after: last)
        }
    }

    /// The designators as written (`phường`, `thị xã`, `tp`), for reading queries typed
    /// without marks.
    package static var designatorPhrases: [String] { PlaceWords.designators }

    /// The designators, tagged true for `tp` (`TP.`, `TP.HCM`, `TP HCM`).
    static let designators = Keywords.table(PlaceWords.designators.map { ($0, $0 == "tp") })
    private static let hoi = KeywordCode(fixedWord: "hoi")
    private static let xa = KeywordCode(fixedWord: "xa")
}
