/// Places: capitalised words after `phường`, `xã`, `thị trấn`, `quận`, `huyện`, `thị xã`,
/// `thành phố`, `TP.`, `tỉnh` (`phường Mỏ Chè`, `TP. Hồ Chí Minh`, `TP.HCM`, `tỉnh Đắk Nông`).
/// Numbered units (`quận 1`) and `xã hội` are left out. In queries lower case is allowed:
/// `phuong mo che`. Keys: `place|mỏ chè` exact, `place|mo che` folded.
public struct PlaceRecognizer: EntityRecognizer {
    public init() {}

    public func match(at index: Int, in context: EntityContext) -> EntityMatch? {
        guard context.tokens[index].kind == .word,
              Self.designatorEnd(before: index, in: context),
              !(context.tokens[index].folded == "hoi" && context.tokens[index - 1].folded == "xa")
        else { return nil }
        let end = NameSpan.placeEnd(from: index, in: context) {
            PersonNameRecognizer.isSurname($0, in: context)
        }
        guard end > index else { return nil }
        return NameSpan.match(index..<end, kind: "place", in: context) { .place(name: $0) }
    }

    /// Whether a designator ends right before `index`: `phường `, `TP. `, `TP.`, `TP `.
    static func designatorEnd(before index: Int, in context: EntityContext) -> Bool {
        guard index > 0 else { return false }
        let designators = Self.designators[context.mode] ?? []
        return designators.contains { words in
            guard index >= words.count,
                  context.phraseEnd(words, at: index - words.count) == index else { return false }
            let last = index - 1
            if words == ["tp"] {
                return context.gap(after: last, is: ". ") || context.gap(after: last, is: ".")
                    || context.isSpaced(after: last)
            }
            return context.isSpaced(after: last)
        }
    }

    private static let designators: [AnalysisMode: [[String]]] = {
        Keywords.table(PlaceWords.designators.map { ($0, ()) }).mapValues { $0.map(\.words) }
    }()
}
