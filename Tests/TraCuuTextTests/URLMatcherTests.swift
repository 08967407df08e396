import Testing
import TraCuuTestSupport
import TraCuuText

/// URLs and e-mail addresses are one token each, keyed in lowercase at every level.
@Suite struct URLMatcherTests {
    @Test("URLs are one token, without trailing punctuation", arguments: [
        "⟦Xem⟧ ⟦http://www.example.org⟧ ⟦và⟧ ⟦https://vi.wikipedia.org/wiki/Hà_Nội⟧.",
        "⟦www.sane-project.org⟧.",
        // manpages-vi, basename(1) (GPL-3+).
        "⟦Giấy⟧ ⟦phép⟧ ⟦GPL⟧ ⟦pb3⟧+ :\n⟦Giấy⟧ ⟦phép⟧ ⟦Công⟧ ⟦cộng⟧ ⟦GNU⟧ ⟦phiên⟧ ⟦bản⟧ ⟦3⟧ "
            + "⟦hay⟧ ⟦sau⟧\n<⟦https://gnu.org/licenses/gpl.html⟧>.",
        "(⟦HTTP://EXAMPLE.VN/a?b=1&c=2⟧)",
        "“⟦https://baochinhphu.vn/⟧”",
        "⟦ftp://ftp.debian.org/debian/⟧, ⟦xong⟧",
        // LibreOffice help, cellreferences_url (MPL-2.0).
        "⟦Địa⟧ ⟦chỉ⟧ ⟦URL⟧ ⟦phải⟧ ⟦có⟧ ⟦dạng⟧ \"⟦http://www.miền.com/table.html⟧\".",
        "⟦https://vi.wikipedia.org/wiki/Nguy\u{00EA}\u{0303}n_Tra\u{0303}i⟧ ⟦xem⟧",
        "⟦http⟧://",
        "⟦https⟧:// ⟦www⟧",
    ])
    func urls(marked: String) {
        let tokens = TokenizerTests.expectTokens(marked)
        let urls = tokens.filter {
            $0.text.contains("://") || $0.text.lowercased().hasPrefix("www.")
        }
        #expect(urls.allSatisfy { $0.kind == .url })
        #expect(tokens.filter { $0.kind == .url }.count == urls.count)
    }

    @Test("a URL's keys are the URL in lowercase, with Vietnamese letters keyed like words",
          arguments: [
              ("HTTP://EXAMPLE.VN/A?b=1", "http://example.vn/a?b=1", "http://example.vn/a?b=1",
               "http://example.vn/a?b=1"),
              ("https://vi.wikipedia.org/wiki/Hà_Nội", "https://vi.wikipedia.org/wiki/hà_nội",
               "https://vi.wikipedia.org/wiki/ha_nôi", "https://vi.wikipedia.org/wiki/ha_noi"),
          ])
    func urlKeys(url: String, exact: String, toneless: String, folded: String) {
        let tokens = Tokenizer().tokens(in: url)
        #expect(tokens.count == 1)
        #expect(tokens.first?.kind == .url)
        #expect(tokens.first.map { UTF8Bytes($0.exact) } == UTF8Bytes(exact))
        #expect(tokens.first.map { UTF8Bytes($0.toneless) } == UTF8Bytes(toneless))
        #expect(tokens.first.map { UTF8Bytes($0.folded) } == UTF8Bytes(folded))
    }

    @Test("e-mail addresses are one token", arguments: [
        // LibreOffice help (MPL-2.0).
        "⟦If⟧ ⟦you⟧ ⟦want⟧ ⟦to⟧ ⟦discuss⟧ ⟦any⟧ ⟦issue⟧, ⟦send⟧ ⟦an⟧ ⟦email⟧ ⟦to⟧ "
            + "⟦users@global.libreoffice.org⟧.",
        "⟦For⟧ ⟦example⟧, ⟦my.name@my.provider.com⟧",
        "(⟦Ban.BienTap@BaoChinhPhu.VN⟧)",
        "⟦liên⟧ ⟦hệ⟧: ⟦a_b-c+d%e@x-y.com.vn⟧;",
    ])
    func emails(marked: String) {
        let tokens = TokenizerTests.expectTokens(marked)
        let emails = tokens.filter { $0.text.contains("@") }
        #expect(emails.count == 1)
        #expect(emails.allSatisfy { $0.kind == .email })
        #expect(emails.allSatisfy { $0.exact == $0.text.lowercased() && $0.folded == $0.exact })
    }

    @Test("an @ without a domain of two labels is not an address", arguments: [
        "⟦a⟧@⟦b⟧", "@⟦user⟧", "⟦x⟧@⟦y⟧.⟦z⟧", "⟦name⟧@⟦localhost⟧", "⟦a⟧@.⟦vn⟧", "⟦mail⟧@⟦2021.12⟧",
    ])
    func notEmails(marked: String) {
        let tokens = TokenizerTests.expectTokens(marked)
        #expect(tokens.allSatisfy { $0.kind != .email })
    }
}
