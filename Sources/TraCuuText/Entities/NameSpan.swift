/// The run of name syllables shared by the person and place recognisers.
enum NameSpan {
    /// The end of a run of up to `maximum` name-like syllables from `start`, separated by
    /// single spaces: capitalised in documents (and in queries when the first one is);
    /// any syllable in a lower-case query.
    static func end(from start: Int, maximum: Int, in context: EntityContext) -> Int {
        let capitalized = context.tokens[start].isCapitalized
        var end = start
        while end < context.tokens.count, end - start < maximum {
            let token = context.tokens[end]
            guard token.kind == .word, isSyllable(token),
                  capitalized || !stopsLowercaseName(token.folded),
                  capitalized ? token.isCapitalized : context.mode == .query,
                  end == start || context.gap(after: end - 1, is: " ") else { break }
            end += 1
        }
        return end
    }

    /// Whether the token is one Vietnamese syllable (not `UBND`, `iPhone`, `H5N1`).
    static func isSyllable(_ token: Token) -> Bool {
        token.toneless.utf8.count <= 12 && SyllableStructure.isSyllable(token.toneless)
    }

    /// In a lower-case query, words that end a name: designators and titles
    /// (`nguyen thai ha phuong mo che`).
    static func stopsLowercaseName(_ folded: String) -> Bool {
        lowercaseStops.contains(folded)
    }

    private static let lowercaseStops: Set<String> = Set(
        (PlaceWords.designators + PersonTitles.phrases).flatMap {
            Keywords.words($0, .folded)
        })

    /// Words that start an organisation's name (`Sở Tài chính`, `Ban Tuyên giáo`).
    static func isInstitutionWord(_ folded: String) -> Bool {
        institutionWords.contains(folded)
    }

    /// An entity for a name span: NFC name as written and `kind|key` at each level.
    static func match(_ tokens: Range<Int>, kind: String, in context: EntityContext,
                      _ value: (String) -> Entity.Value) -> EntityMatch {
        func key(_ level: MatchLevel) -> String {
            kind + "|" + tokens.map { context.tokens[$0].keys[level] }.joined(separator: " ")
        }
        let name = ICUNormalizer.normalized(context.text(of: tokens), .nfc)
        return EntityMatch(tokens: tokens, value: value(name),
                           keys: WordKeys(exact: key(.exact), toneless: key(.toneless),
                                          folded: key(.folded)))
    }

    private static let institutionWords: Set<String> = [
        "so", "ban", "bo", "cuc", "vu", "phong", "hoi", "uy", "cong", "tong", "vien",
        "truong", "dang", "nha", "thanh", "tinh", "huyen", "xa", "phuong", "quan", "trung",
        "ubnd", "hdnd", "mat", "doan", "chi", "lien", "khoi", "toa", "vien", "benh",
    ]
}
