import Foundation
import Testing
import TraCuuTestSupport
import TraCuuText

@Suite struct KeystrokeDecoderTests {
    @Test("Telex keys typed with the input method off read as the syllable", arguments: [
        ("nghij", "nghị"), ("quyeets", "quyết"), ("Quyeets", "Quyết"), ("ddinhj", "định"),
        ("soos", "số"), ("Thoong", "Thông"), ("tuw", "tư"), ("truwowngf", "trường"),
        ("nguowif", "người"), ("nguwowif", "người"), ("thuowr", "thuở"), ("hoawcj", "hoặc"),
        ("vieetj", "việt"), ("vieejt", "việt"), ("Nguyeenx", "Nguyễn"), ("Vawn", "Văn"),
        ("khair", "khải"), ("tw", "tư"), ("nhwng", "nhưng"), ("quys", "quý"), ("giaf", "già"),
        ("tooi", "tôi"), ("DDangr", "Đảng"), ("trieeuj", "triệu"), ("hoaf", "hoà"),
        ("muwowif", "mười"), ("tieengs", "tiếng"), ("rawngf", "rằng"), ("sown", "sơn"),
        ("tracs", "trác"),
    ])
    func telex(typed: String, reading: String) {
        #expect(KeystrokeDecoder.reading(of: typed, layout: .telex) == reading)
    }

    @Test("VNI keys typed with the input method off read as the syllable", arguments: [
        ("nghi5", "nghị"), ("Nghi5", "Nghị"), ("quye6t1", "quyết"), ("d9inh5", "định"),
        ("so61", "số"), ("Tho6ng", "Thông"), ("tu7", "tư"), ("Nguye6n4", "Nguyễn"),
        ("Va8n", "Văn"), ("Khai3", "Khải"), ("tru7o7ng2", "trường"), ("nguo7i2", "người"),
        ("so16", "số"), ("d9a3ng", "đảng"), ("thuo73", "thuở"),
    ])
    func vni(typed: String, reading: String) {
        #expect(KeystrokeDecoder.reading(of: typed, layout: .vni) == reading)
    }

    @Test("syllables, numbers, codes and words that decode to no syllable have no reading",
          arguments: [
              "so", "quyet", "dinh", "Thong", "2021", "35", "A4", "U23", "H5N1", "UBND", "CSGT",
              "fax", "www", "hoa", "TW", "NGHIJ", "nghiquyet", "ss", "quyeetss", "d9", "Hà",
              "COVID19", "ok", "dd", "z",
          ])
    func noReading(typed: String) {
        #expect(KeystrokeDecoder.reading(of: typed) == nil)
    }

    @Test("after c, ch, p and t only the sắc and nặng tones are read", arguments: [
        ("cacs", "các"), ("cacj", "cạc"), ("cacf", nil), ("hocj", "học"), ("sachs", "sách"),
        ("sachr", nil), ("phaps", "pháp"), ("phapx", nil),
    ] as [(String, String?)])
    func stopFinals(typed: String, reading: String?) {
        #expect(KeystrokeDecoder.reading(of: typed, layout: .telex) == reading)
    }
}

@Suite struct TypedWordTests {
    @Test("runs of a word are read apart; codes of references take their Đ back", arguments: [
        ("63/2014/NDd-CP", "63/2014/NĐ-CP"), ("246/2006/QD9-TT", "246/2006/QĐ-TT"),
        ("55/2015/NDĐ-CP", "55/2015/NĐ-CP"), ("Nghij", "Nghị"), ("35-NQ/TW", nil),
        ("2021", nil), ("DDR", nil), ("UBND", nil), ("Hà-Nội", nil), ("d9inh5", "định"),
    ] as [(String, String?)])
    func reading(typed: String, reading: String?) {
        #expect(TypedWord.reading(of: typed) == reading)
    }
}

@Suite struct InputMethodGlitchTests {
    @Test("the plain letter left before the composed one is dropped", arguments: [
        ("dđịnh", "định"), ("Quyeết", "Quyết"), ("soố", "số"), ("quaả", "quả"),
        ("Thoông", "Thông"), ("Nghị", nil), ("định", nil), ("eế", "ế"), ("Hoàng", nil),
    ] as [(String, String?)])
    func repaired(typed: String, repaired: String?) {
        #expect(InputMethodGlitch.repaired(typed) == repaired)
    }
}

/// The typed evaluation queries: every word typed in Telex, in VNI or with a doubled letter
/// is read back as the word of the clean query.
@Suite struct TypedQueryWordTests {
    private struct TypedQuery: Decodable {
        let query: String
        let clean: String
        let variant: String
    }

    private static func words(of variant: String) throws -> [(typed: String, clean: String)] {
        let lines = SharedCorpus.lines("corpus/eval/typing_queries_dev.jsonl") ?? []
        var pairs: [(String, String)] = []
        for line in lines where !line.isEmpty {
            let query = try JSONDecoder().decode(TypedQuery.self, from: Data(line.utf8))
            guard query.variant == variant else { continue }
            let typed = query.query.split(separator: " "), clean = query.clean.split(separator: " ")
            guard typed.count == clean.count else { continue }
            for (word, cleanWord) in zip(typed, clean) where word != cleanWord {
                pairs.append((String(word), String(cleanWord)))
            }
        }
        return pairs
    }

    @Test("Telex, VNI and doubled-letter words of the typed queries read as the clean words",
          .enabled(if: SharedCorpus.exists, "needs ../shared/corpus"),
          arguments: ["telex", "vni", "ime-glitch"])
    func typedWords(variant: String) throws {
        let pairs = try Self.words(of: variant)
        #expect(pairs.count > 100)
        let exact = Normalizer(level: .exact)
        let wrong = pairs.filter { typed, clean in
            TypedWord.reading(of: typed).map { exact.normalize($0).text } != exact.normalize(clean).text
        }
        #expect(wrong.isEmpty, "\(wrong.count) of \(pairs.count): \(wrong.prefix(20))")
    }
}
