import Testing
import TraCuuTestSupport
import TraCuuText

/// Real sentences (see `RealTextSamples.swift` for their sources and licences).
@Suite struct RealTextTests {
    @Test("real sentences fold to plain lowercase ASCII, punctuation kept",
          arguments: RealText.samples)
    func folded(sample: RealTextSample) {
        #expect(UTF8Bytes(Normalizer(level: .folded).normalize(sample.text).text)
                == UTF8Bytes(sample.folded))
    }

    @Test("real sentences cut into the tokens a reader sees", arguments: [
        // Seed article.
        "⟦Đặc⟧ ⟦biệt⟧, ⟦Đảng⟧ ⟦uỷ⟧ ⟦đã⟧ ⟦ban⟧ ⟦hành⟧ ⟦Nghị⟧ ⟦quyết⟧ ⟦số⟧ ⟦05⟧ "
            + "⟦ngày⟧ ⟦16⟧/⟦6⟧/⟦2021⟧ "
            + "⟦về⟧ ⟦xây⟧ ⟦dựng⟧ ⟦phường⟧ ⟦Mỏ⟧ ⟦chè⟧ ⟦đạt⟧ ⟦chuẩn⟧ ⟦văn⟧ ⟦minh⟧ ⟦đô⟧ ⟦thị⟧ "
            + "⟦giai⟧ ⟦đoạn⟧ ⟦2021⟧-⟦2025⟧, ⟦triển⟧ ⟦khai⟧ ⟦hiệu⟧ ⟦quả⟧.",
        "⟦Quỳnh⟧ ⟦Mai⟧ ⟦10⟧:⟦45⟧, ⟦17⟧/⟦01⟧/⟦2023⟧",
        "(⟦dịch⟧ ⟦vụ⟧ ⟦thương⟧ ⟦mại⟧ ⟦tăng⟧ ⟦5,9%⟧/⟦năm⟧; ⟦thu⟧ ⟦ngân⟧ ⟦sách⟧ ⟦hàng⟧ ⟦năm⟧ "
            + "⟦vượt⟧ ⟦14,2%⟧ ⟦so⟧ ⟦với⟧ ⟦kế⟧ ⟦hoạch⟧ ⟦thành⟧ ⟦phố⟧ ⟦giao⟧)",
        "⟦pháp⟧ ⟦luật⟧ ⟦của⟧ ⟦Nhà⟧ ⟦nước⟧...\u{00A0}",
        // Wikipedia, "21 tháng 10" (CC BY-SA 3.0).
        "⟦1983⟧ – ⟦Đại⟧ ⟦hội⟧ ⟦Cân⟧ ⟦đo⟧ ⟦quốc⟧ ⟦tế⟧ ⟦lần⟧ ⟦thứ⟧ ⟦17⟧ … ⟦khoảng⟧ ⟦thời⟧ ⟦gian⟧ "
            + "⟦1⟧/⟦299.792.458⟧ ⟦giây⟧”.",
        // Wikipedia, "Baht" (CC BY-SA 3.0).
        "⟦Baht⟧ (⟦tiếng⟧ ⟦Thái⟧: ⟦บาท⟧, ⟦ký⟧ ⟦hiệu⟧ ฿, ⟦mã⟧ ⟦ISO⟧ ⟦4217⟧ ⟦là⟧ ⟦THB⟧)",
        // manpages-vi, base64(1) (GPL-3+).
        "⟦Không⟧ ⟦chỉ⟧ ⟦ra⟧ ⟦TẬP⟧_⟦TIN⟧, ⟦hoặc⟧ ⟦khi⟧ ⟦TẬP⟧_⟦TIN⟧ ⟦là⟧ “-”, ⟦thì⟧ ⟦đọc⟧ ⟦từ⟧ ⟦đầu⟧ "
            + "⟦vào⟧ ⟦tiêu⟧\n⟦chuẩn⟧.",
    ])
    func tokens(marked: String) {
        TokenizerTests.expectTokens(marked)
    }

    @Test("the seed article writes both ủy and uỷ: every one has the exact key uỷ")
    func seedArticleTonePlacement() {
        let tokens = Tokenizer().tokens(in: RepositoryFiles.seedArticleText())
        let uy = tokens.filter { $0.folded == "uy" }
        #expect(Set(uy.map(\.text)) == ["ủy", "uỷ"])
        #expect(uy.allSatisfy { UTF8Bytes($0.exact) == UTF8Bytes("uỷ") })
        let hoa = tokens.filter { $0.folded == "hoa" && $0.toneless == "hoa" && $0.exact != "hoa" }
        #expect(Set(hoa.map(\.text)) == ["hóa"])
        #expect(hoa.allSatisfy { UTF8Bytes($0.exact) == UTF8Bytes("hoá") })
    }

    @Test("Wikipedia's newer placement and the seed's older one meet at the exact level",
          arguments: [("Cộng hoà", "Cộng hòa"), ("thuỷ thủ", "thủy thủ"), ("xoá", "xóa"),
                      ("tuỳ chọn", "tùy chọn"), ("văn hóa", "văn hoá")])
    func placementAcrossSources(first: String, second: String) {
        let exact = Normalizer(level: .exact)
        #expect(UTF8Bytes(exact.key(of: first)) == UTF8Bytes(exact.key(of: second)))
    }

    @Test("i/y spellings in real text share their toneless key", arguments: [
        ("thạc sĩ", "thac si"), ("lý luận", "li luân"), ("kĩ thuật", "ki thuât"),
        ("Hoa Kỳ", "hoa ki"), ("ký hiệu", "ki hiêu"), ("kỷ luật", "ki luât"),
        ("tuy nhiên", "tuy nhiên"),
    ])
    func iyInRealText(text: String, toneless: String) {
        #expect(UTF8Bytes(Normalizer(level: .toneless).normalize(text).text)
                == UTF8Bytes(toneless))
    }
}
