import Testing
import TraCuuTestSupport
@testable import TraCuuText

@Suite struct NormalizerTests {
    let exact = Normalizer(level: .exact)
    let toneless = Normalizer(level: .toneless)
    let folded = Normalizer(level: .folded)

    // MARK: Tone placement

    @Test("old and new tone placement give one exact key, written with the newer placement",
          arguments: [
              ("hòa", "hoà", "hoà"), ("thủy", "thuỷ", "thuỷ"), ("khỏe", "khoẻ", "khoẻ"),
              ("ủy", "uỷ", "uỷ"), ("hóa", "hoá", "hoá"), ("khóa", "khoá", "khoá"),
              ("hòe", "hoè", "hoè"), ("tùy", "tuỳ", "tuỳ"), ("Hòa", "HOÀ", "hoà"),
              ("Thủy", "THUỶ", "thuỷ"), ("xóa", "xoá", "xoá"), ("lụy", "luỵ", "luỵ"),
          ])
    func tonePlacement(traditional: String, newer: String, key: String) {
        #expect(UTF8Bytes(exact.key(of: traditional)) == UTF8Bytes(key))
        #expect(UTF8Bytes(exact.key(of: newer)) == UTF8Bytes(key))
    }

    @Test("a different tone is a different exact key but the same toneless key",
          arguments: [("hòa", "hóa"), ("hoà", "hoá"), ("thủy", "thúy"), ("má", "mà"),
                      ("ma", "mạ")])
    func differentTones(first: String, second: String) {
        #expect(exact.key(of: first) != exact.key(of: second))
        #expect(UTF8Bytes(toneless.key(of: first)) == UTF8Bytes(toneless.key(of: second)))
    }

    @Test("the tone sits where Vietnamese puts it, whatever letter carried it in the input",
          arguments: [
              // Closed syllables: the last vowel before the coda.
              ("hòang", "hoàng"), ("khỏang", "khoảng"), ("túyêt", "tuyết"), ("sóoc", "soóc"),
              // A vowel with a quality mark takes it; of ươ, the ơ.
              ("ngừơi", "người"), ("rựơu", "rượu"), ("nguỹên", "nguyễn"), ("vưà", "vừa"),
              ("thủơ", "thuở"), ("họăc", "hoặc"),
              // Three open vowels: the middle one.
              ("ngòai", "ngoài"), ("ngọai", "ngoại"), ("khủyu", "khuỷu"), ("xóay", "xoáy"),
              // Two open vowels other than oa, oe, uy: the first.
              ("cuả", "của"), ("maí", "mái"), ("muà", "mùa"), ("kià", "kìa"), ("nuí", "núi"),
          ])
    func canonicalPlacement(input: String, key: String) {
        #expect(UTF8Bytes(exact.key(of: input)) == UTF8Bytes(key))
    }

    @Test("words with two tone marks are kept as written, not guessed at")
    func twoToneMarks() {
        #expect(UTF8Bytes(exact.key(of: "hóà")) == UTF8Bytes("hóà"))
        #expect(UTF8Bytes(toneless.key(of: "hóà")) == UTF8Bytes("hoa"))
    }

    // MARK: Onsets qu and gi

    @Test("qu and gi are onsets: the tone goes on the vowel after them",
          arguments: [
              ("quý", "quý", "qui"), ("qúy", "quý", "qui"), ("quỳnh", "quỳnh", "quynh"),
              ("qùynh", "quỳnh", "quynh"), ("quà", "quà", "qua"), ("qùa", "quà", "qua"),
              ("quyết", "quyết", "quyêt"), ("già", "già", "gia"), ("gìa", "già", "gia"),
              ("giữ", "giữ", "giư"), ("gĩư", "giữ", "giư"), ("giữa", "giữa", "giưa"),
              ("giường", "giường", "giương"), ("gìn", "gìn", "gin"), ("gì", "gì", "gi"),
              ("Quỳnh", "quỳnh", "quynh"), ("GIỮ", "giữ", "giư"),
          ])
    func onsets(input: String, exactKey: String, tonelessKey: String) {
        #expect(UTF8Bytes(exact.key(of: input)) == UTF8Bytes(exactKey))
        #expect(UTF8Bytes(toneless.key(of: input)) == UTF8Bytes(tonelessKey))
    }

    // MARK: The three levels

    @Test("each level keeps what it should", arguments: [
        // input, exact, toneless, folded
        ("mã", "mã", "ma", "ma"),
        ("mâ", "mâ", "mâ", "ma"),
        ("Đảng", "đảng", "đang", "dang"),
        ("ĐẢNG", "đảng", "đang", "dang"),
        ("đảng", "đảng", "đang", "dang"),
        ("Nghị", "nghị", "nghi", "nghi"),
        ("quyết", "quyết", "quyêt", "quyet"),
        ("người", "người", "ngươi", "nguoi"),
        ("ăn", "ăn", "ăn", "an"),
        ("Ước", "ước", "ươc", "uoc"),
        ("Ơn", "ơn", "ơn", "on"),
        ("ĐÔNG", "đông", "đông", "dong"),
        ("Hà", "hà", "ha", "ha"),
        ("NỘI", "nội", "nôi", "noi"),
        ("05", "05", "05", "05"),
        ("COVID", "covid", "covid", "covid"),
    ])
    func levels(input: String, exactKey: String, tonelessKey: String, foldedKey: String) {
        #expect(UTF8Bytes(exact.key(of: input)) == UTF8Bytes(exactKey))
        #expect(UTF8Bytes(toneless.key(of: input)) == UTF8Bytes(tonelessKey))
        #expect(UTF8Bytes(folded.key(of: input)) == UTF8Bytes(foldedKey))
    }

    @Test("vowel qualities are distinct below the tone: mâ, ma, mă, mơ are four toneless keys")
    func qualitiesStayApart() {
        let keys = Set(["mâ", "ma", "mă", "mơ", "mư", "mu"].map { toneless.key(of: $0) })
        #expect(keys.count == 6)
        let foldedKeys = Set(["mâ", "ma", "mă", "mấ", "mạ"].map { folded.key(of: $0) })
        #expect(foldedKeys == ["ma"])
    }

    @Test("đ folds to d although it has no Unicode decomposition")
    func strokedD() {
        #expect(folded.key(of: "đ") == "d")
        #expect(folded.key(of: "Đ") == "d")
        #expect(toneless.key(of: "Đ") == "đ")
        #expect(toneless.key(of: "đi") != toneless.key(of: "di"))
    }

    @Test("case does not matter at any level", arguments: MatchLevel.allCases)
    func caseInsensitive(level: MatchLevel) {
        let normalizer = Normalizer(level: level)
        let keys = ["ĐẢNG", "Đảng", "đảng", "đẢnG"].map { UTF8Bytes(normalizer.key(of: $0)) }
        #expect(Set(keys.map(\.description)).count == 1)
    }

    // MARK: i/y spelling variants

    @Test("i/y variants after h k l m t s v n qu are one word below the exact level",
          arguments: [
              ("lý luận", "lí luận"), ("quy định", "qui định"), ("kỹ", "kĩ"), ("Mỹ", "Mĩ"),
              ("thạc sỹ", "thạc sĩ"), ("kỷ luật", "kỉ luật"), ("hy sinh", "hi sinh"),
              ("công ty", "công ti"), ("Tường Vy", "Tường Vi"), ("quý", "quí"),
          ])
    func iyVariants(withY: String, withI: String) {
        #expect(exact.key(of: withY) != exact.key(of: withI))
        #expect(UTF8Bytes(toneless.key(of: withY)) == UTF8Bytes(toneless.key(of: withI)))
        #expect(UTF8Bytes(folded.key(of: withY)) == UTF8Bytes(folded.key(of: withI)))
    }

    @Test("uy and ui are different rhymes, and y alone is not a variant",
          arguments: [("tuy", "tui"), ("huy", "hui"), ("thủy", "thủi"), ("luỹ", "lũi"),
                      ("ý", "í"), ("hay", "hai"), ("tuýt", "tuít")])
    func notVariants(first: String, second: String) {
        for level in MatchLevel.allCases {
            let normalizer = Normalizer(level: level)
            #expect(normalizer.key(of: first) != normalizer.key(of: second), "\(level)")
        }
    }

    // MARK: Input forms

    @Test("NFD input gives the NFC keys", arguments: [
        ("ho\u{0061}\u{0300}", "hoà"),
        ("tho\u{0061}\u{0309}", "thoả"),
        ("Ng\u{0075}\u{031B}o\u{031B}\u{0300}i", "người"),
        ("Ngu\u{031B}\u{0300}o\u{031B}i", "người"),
        ("Nguye\u{0302}\u{0303}n", "nguyễn"),
        ("Nguye\u{0303}\u{0302}n", "nguyễn"),
        ("HO\u{0041}\u{0300}", "hoà"),
        ("thu\u{0079}\u{0309}", "thuỷ"),
        ("thu\u{0309}y", "thuỷ"),
        ("\u{0110}a\u{0309}ng", "đảng"),
        ("qua\u{0306}\u{0301}ng", "quắng"),
    ])
    func decomposedInput(input: String, key: String) {
        #expect(UTF8Bytes(exact.key(of: input)) == UTF8Bytes(key))
    }

    @Test("Windows-1258's half-composed form (quality precomposed, tone combining) gives NFC keys",
          arguments: [
              ("\u{00E2}\u{0301}", "ấ"), ("\u{00EA}\u{0323}", "ệ"), ("\u{00F4}\u{0300}", "ồ"),
              ("\u{01A1}\u{0309}", "ở"), ("\u{01B0}\u{0303}", "ữ"), ("\u{0103}\u{0323}", "ặ"),
              ("Vi\u{00EA}\u{0323}t Nam", "việt nam"), ("ng\u{01B0}\u{01A1}\u{0300}i", "người"),
              ("\u{0110}\u{00C2}\u{0300}U", "đầu"),
          ])
    func halfComposedInput(input: String, key: String) {
        #expect(UTF8Bytes(exact.key(of: input)) == UTF8Bytes(key))
    }

    @Test("NFC, NFD and half-composed spellings of a sentence give the same keys at every level",
          arguments: MatchLevel.allCases)
    func inputFormsAgree(level: MatchLevel) {
        let nfc = "Nghị quyết của Ban Chấp hành Trung ương về xây dựng, chỉnh đốn Đảng"
        let nfd = ICUNormalizer.normalized(nfc, .nfd)
        let halfComposed = Self.halfComposed(nfc)
        #expect(UTF8Bytes(nfd) != UTF8Bytes(nfc))
        #expect(UTF8Bytes(halfComposed) != UTF8Bytes(nfc))
        let normalizer = Normalizer(level: level)
        let expected = UTF8Bytes(normalizer.normalize(nfc).text)
        #expect(UTF8Bytes(normalizer.normalize(nfd).text) == expected)
        #expect(UTF8Bytes(normalizer.normalize(halfComposed).text) == expected)
    }

    /// Rewrites NFC text the way Windows-1258 writes it: each letter with its quality mark
    /// precomposed (â ê ô ă ơ ư), its tone as a combining mark after it.
    static func halfComposed(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in ICUNormalizer.normalized(text, .nfc).unicodeScalars {
            let parts = ICUNormalizer.normalized(String(scalar), .nfd).unicodeScalars
            let tones = parts.filter { Tone(combiningMark: $0) != nil }
            let letter = String(String.UnicodeScalarView(parts.filter {
                Tone(combiningMark: $0) == nil
            }))
            output.append(contentsOf: ICUNormalizer.normalized(letter, .nfc).unicodeScalars)
            output.append(contentsOf: tones)
        }
        return String(output)
    }

    @Test("the look-alikes Ð (U+00D0), Ɖ (U+0189), ð and ɖ read as Đ",
          arguments: ["\u{00D0}ảng", "\u{0189}ảng", "\u{00F0}ảng", "\u{0256}ảng", "Đảng"])
    func strokedDLookAlikes(input: String) {
        #expect(UTF8Bytes(exact.key(of: input)) == UTF8Bytes("đảng"))
        #expect(UTF8Bytes(toneless.key(of: input)) == UTF8Bytes("đang"))
        #expect(UTF8Bytes(folded.key(of: input)) == UTF8Bytes("dang"))
    }

    // MARK: Whole texts

    @Test("folded normalization of the README example")
    func readmeExample() {
        // printf 'Hoà bình\nĐẢNG BỘ\n' | tracuu normalize --level folded
        #expect(UTF8Bytes(folded.normalize("Hoà bình\nĐẢNG BỘ\n").text)
                == UTF8Bytes("hoa binh\ndang bo\n"))
    }

    @Test("text between words is kept byte for byte", arguments: [
        ("Hoà bình, ĐẢNG BỘ!", "hoa binh, dang bo!"),
        ("  «Mỏ Chè»  (TP. Sông Công)\t…\r\n", "  «mo che»  (tp. song cong)\t…\r\n"),
        ("Nghị quyết số 05 ngày 16/6/2021", "nghi quyet so 05 ngay 16/6/2021"),
        ("“tự diễn biến”, “tự chuyển hóa”", "“tu dien bien”, “tu chuyen hoa”"),
        ("", ""),
        ("  \n", "  \n"),
    ])
    func separatorsKept(input: String, expected: String) {
        #expect(UTF8Bytes(folded.normalize(input).text) == UTF8Bytes(expected))
    }

    @Test("exact-level output is NFC", arguments: [
        "Hoà bình, ĐẢNG BỘ!",
        ICUNormalizer.normalized("Thường xuyên duy trì nền nếp sinh hoạt cấp ủy", .nfd),
        "a\u{0308} o\u{0308} u\u{0308}\u{0301} ß İ ǅ",
        "Белару\u{0301}сь 黑龍江 หมู่บ้าน",
        "\u{212B}ngstr\u{00F6}m",
    ])
    func exactOutputIsNFC(input: String) {
        for level in MatchLevel.allCases {
            let output = Normalizer(level: level).normalize(input).text
            #expect(ICUNormalizer.isNormalized(output, .nfc), "\(level): \(UTF8Bytes(output))")
        }
    }

    @Test("normalizing twice changes nothing", arguments: MatchLevel.allCases)
    func idempotent(level: MatchLevel) {
        let normalizer = Normalizer(level: level)
        let once = normalizer.normalize(RepositoryFiles.seedArticleText()).text
        #expect(UTF8Bytes(normalizer.normalize(once).text) == UTF8Bytes(once))
    }

    @Test("levels only lose information: folding the exact key gives the folded key")
    func levelsNest() {
        let text = RepositoryFiles.seedArticleText()
        let exactText = exact.normalize(text).text
        #expect(UTF8Bytes(folded.normalize(exactText).text)
                == UTF8Bytes(folded.normalize(text).text))
        #expect(UTF8Bytes(toneless.normalize(exactText).text)
                == UTF8Bytes(toneless.normalize(text).text))
        #expect(UTF8Bytes(folded.normalize(toneless.normalize(text).text).text)
                == UTF8Bytes(folded.normalize(text).text))
    }

    @Test("folded output of Vietnamese text is ASCII apart from the punctuation")
    func foldedIsASCII() {
        let output = folded.normalize(RepositoryFiles.seedArticleText()).text
        let nonASCII = Set(output.unicodeScalars.filter { !$0.isASCII })
        #expect(nonASCII.isSubset(of: ["”", "…", "\u{00A0}"]), "\(nonASCII)")
    }
}
