/// The runs of name syllables the person and place recognisers read.
enum NameSpan {
    /// The end of a person's name from `start`: up to four syllables separated by single
    /// spaces, capitalised in documents (and in a query whose first word is), any in a
    /// lower-case query; an initial (`Trần Thị T.`) may close it. All-caps words and
    /// capitalised function words (`Trong`, `Chiều`) end it.
    static func personEnd(from start: Int, in context: EntityContext) -> Int {
        let capitalized = isCapitalizedName(at: start, in: context)
        var end = start
        while end < context.count, end - start < 4 {
            guard end == start || context.gap(after: end - 1, is: " ") else { break }
            if end > start, isInitial(end, in: context), capitalized {
                end += 1
                break
            }
            guard context.kind(end) == .word,
                  capitalized ? context.isCapitalized(end) : context.allowsLowercaseNames,
                  SyllableStructure.isSyllable(context.keys(end).toneless),
                  !isAllCaps(end, in: context),
                  !stopsName(end, capitalized: capitalized, stops: sentenceWords, in: context)
                    || end == start
            else { break }
            end += 1
        }
        return end
    }

    /// The end of a place name from `start`: up to four capitalised words (any letters:
    /// `Đắk Lắk`, `Gifu`, the abbreviation `HCM`), joined by spaces, ` - ` or `'`
    /// (`Phan Rang - Tháp Chàm`, `Cư M'gar`). A surname that starts a second name ends it
    /// (`tỉnh Kiên Giang Phạm Vũ Hồng`).
    static func placeEnd(from start: Int, in context: EntityContext,
                         isSurname: (Int) -> Bool) -> Int {
        let capitalized = isCapitalizedName(at: start, in: context)
        var end = start
        while end < context.count, end - start < 5 {
            if end > start {
                let joinedByApostrophe = context.gap(after: end - 1, is: "'")
                guard context.gap(after: end - 1, is: " ") || context.gap(after: end - 1, is: " - ")
                        || joinedByApostrophe else { break }
                if joinedByApostrophe {
                    end += 1
                    continue
                }
            }
            guard context.kind(end) == .word,
                  capitalized ? context.isCapitalized(end) : context.allowsLowercaseNames,
                  isPlaceWord(context.keys(end).folded),
                  !stopsName(end, capitalized: capitalized, stops: placeStopWords, in: context)
            else { break }
            if end > start, isSurname(end), end + 2 < context.count,
               context.isCapitalized(end + 1), context.isCapitalized(end + 2),
               context.gap(after: end, is: " "), context.gap(after: end + 1, is: " ") { break }
            end += 1
        }
        return end
    }

    /// Whether the name at `start` is written capitalised: its first word is, and is not
    /// merely the first word of a query that allows lower-case names (`Nguyen thai ha`).
    static func isCapitalizedName(at start: Int, in context: EntityContext) -> Bool {
        context.isCapitalized(start) && !(start == 0 && context.allowsLowercaseNames)
    }

    /// A single capital letter (at most 4 bytes): an initial.
    static func isInitial(_ index: Int, in context: EntityContext) -> Bool {
        context.kind(index) == .word && context.isCapitalized(index)
            && context.byteCount(index) <= 4 && context.text(index).unicodeScalars.count == 1
    }

    private static func isAllCaps(_ index: Int, in context: EntityContext) -> Bool {
        context.isAllUppercase(index) && context.text(index).unicodeScalars.count > 1
    }

    private static func isPlaceWord(_ folded: String) -> Bool {
        folded.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } && folded.utf8.count <= 12
    }

    /// Function words (exact keys) that end a name when capitalised after it (a caption
    /// running into the next sentence: `Nguyễn Duy Thăng Trong …`) or typed with marks in a
    /// lower-case query (`lại những lời`); in a lower-case query also a whole designator or
    /// title (`thi xa` stops, `thi` of `pham thi thuy` does not).
    private static func stopsName(_ index: Int, capitalized: Bool, stops: KeywordIndex,
                                  in context: EntityContext) -> Bool {
        if capitalized || context.isMarked(index),
           stops.contains(context.exactCode(index)) {
            return true
        }
        return !capitalized
            && (context.firstPhrase(PlaceRecognizer.designators, at: index) != nil
                || context.firstPhrase(PersonNameRecognizer.titles, at: index) != nil)
    }

    private static let sentenceWords = Keywords.index([
        "trong", "theo", "tại", "sau", "khi", "với", "ngày", "hôm", "chiều", "sáng", "tối",
        "trưa", "đêm", "các", "những", "tháng", "và", "nhưng", "còn", "vì", "do", "để",
        "từ", "đến", "ảnh", "cùng", "cử", "nguồn", "video", "clip", "dù", "nếu", "đây",
        "hiện", "một", "cho", "trên", "dưới", "về", "là", "có", "không", "đã", "sẽ", "đang",
        "thì", "mà", "này", "đó", "trước", "giữa", "ngoài", "của", "vào", "ở", "ai", "gì",
        "nào",
    ].map { Normalizer(level: .exact).key(of: $0) })

    private static let placeStopWords = Keywords.index([
        "trong", "theo", "tại", "sau", "khi", "với", "ngày", "hôm", "chiều", "sáng", "tối",
        "các", "những", "và", "nhưng", "từ", "đến", "cùng", "để",
    ].map { Normalizer(level: .exact).key(of: $0) })

    /// Words that start an organisation's name (`Sở Tài chính`, `Ban Tuyên giáo`): whether
    /// a token's folded key, as a code, is one.
    static func isInstitutionWord(_ folded: KeywordCode) -> Bool {
        institutionWords.contains(folded)
    }

    /// An entity for a name span: NFC name as written (an initial keeps its period) and
    /// `kind|key` at each level.
    static func match(_ tokens: Range<Int>, kind: String, in context: EntityContext,
                      _ value: (String) -> Entity.Value) -> EntityMatch {
        func key(_ level: MatchLevel) -> String {
            kind + "|" + tokens.map { context.keys($0)[level] }.joined(separator: " ")
        }
        var name = ICUNormalizer.normalized(context.text(of: tokens), .nfc)
        if isInitial(tokens.upperBound - 1, in: context),
           context.gap(after: tokens.upperBound - 1).first == UInt8(ascii: ".") {
            name += "."
        }
        return EntityMatch(tokens: tokens, value: value(name),
                           keys: WordKeys(exact: key(.exact), toneless: key(.toneless),
                                          folded: key(.folded)))
    }

    private static let institutionWords = Keywords.index([
        "so", "ban", "bo", "cuc", "vu", "phong", "hoi", "uy", "cong", "tong", "vien",
        "truong", "dang", "nha", "thanh", "tinh", "huyen", "xa", "phuong", "quan", "trung",
        "ubnd", "hdnd", "mat", "doan", "chi", "lien", "khoi", "toa", "benh",
    ])
}
