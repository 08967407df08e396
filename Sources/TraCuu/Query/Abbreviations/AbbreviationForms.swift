import TraCuuText

/// `AbbreviationTable` tokenized as the index tokenizes: every written form of every entry
/// (short forms and the full form) as its tokens' keys, found by its first token's folded
/// key. Forms whose tokens are the same (`GD-ĐT`, `GD&ĐT`) are one. Built once.
struct AbbreviationForms: Sendable {
    /// One written form of an entry.
    struct Form: Sendable {
        /// The entry in `AbbreviationTable.entries`.
        let entry: Int
        let isFull: Bool
        /// As the table writes it.
        let text: String
        /// Its tokens' keys.
        let keys: [WordKeys]
    }

    static let table = AbbreviationForms(AbbreviationTable.entries)

    let forms: [Form]
    /// Forms by the folded key of their first token, longest first.
    private let byFirstKey: [String: [Int]]

    init(_ entries: [Abbreviation]) {
        var forms: [Form] = []
        for (entry, abbreviation) in entries.enumerated() {
            for (text, isFull) in abbreviation.shortForms.map({ ($0, false) })
                + [(abbreviation.fullForm, true)] {
                let keys = Tokenizer().tokens(in: text).map(\.keys)
                guard !keys.isEmpty, !forms.contains(where: { form in
                    form.entry == entry && form.keys.map(\.folded) == keys.map(\.folded)
                }) else { continue }
                forms.append(Form(entry: entry, isFull: isFull, text: text, keys: keys))
            }
        }
        self.forms = forms
        var byFirstKey: [String: [Int]] = [:]
        for (index, form) in forms.enumerated() {
            byFirstKey[form.keys[0].folded, default: []].append(index)
        }
        self.byFirstKey = byFirstKey.mapValues { indices in
            indices.sorted { forms[$0].keys.count > forms[$1].keys.count }
        }
    }

    /// The forms starting with a token of this folded key, longest first.
    func forms(startingWith folded: String) -> [Int] { byFirstKey[folded] ?? [] }

    /// The other forms of `form`'s entry.
    func otherForms(of form: Int) -> [Int] {
        forms.indices.filter { $0 != form && forms[$0].entry == forms[form].entry }
    }
}
