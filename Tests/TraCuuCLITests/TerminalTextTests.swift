import Testing
@testable import tracuu

@Suite struct TerminalTextTests {
    @Test("display width: NFD tone marks and bold escapes take no column, CJK takes two",
          arguments: [
              ("Nghị quyết", 10),
              ("Nghi\u{323} quye\u{302}\u{301}t", 10),
              ("\u{1B}[1mĐảng\u{1B}[0m bộ", 7),
              ("中文 abc", 8),
          ])
    func width(text: String, columns: Int) {
        #expect(TerminalText.width(of: text) == columns)
    }

    @Test("lines break at spaces and fit the width, counted in display columns")
    func wrapsToWidth() {
        let nfd = "Nghi\u{323} quye\u{302}\u{301}t so\u{302}\u{301} 05 ngày 16/6/2021"
        let lines = TerminalText.wrap(nfd, width: 20, indent: "  ", first: "  ")
        #expect(lines == ["  Nghi\u{323} quye\u{302}\u{301}t so\u{302}\u{301} 05",
                          "  ngày 16/6/2021"])
        #expect(lines.allSatisfy { TerminalText.width(of: $0) <= 20 })
    }

    @Test("a word wider than the line gets a line of its own; no width means one line")
    func longWordsAndNoWidth() {
        let url = "https://example.vn/" + String(repeating: "a", count: 30)
        #expect(TerminalText.wrap("xem \(url) nhé", width: 20, indent: "")
                == ["xem", url, "nhé"])
        #expect(TerminalText.wrap("một hai ba", width: nil, indent: "  ", first: "> ")
                == ["> một hai ba"])
    }

    @Test("show's text output wraps each paragraph of the body to the width")
    func showWraps() {
        let text = ShowCommand.text(.init(id: "a", title: "Tiêu đề",
                                          body: "một hai ba bốn năm\nsáu"), width: 10)
        #expect(text == "Tiêu đề\nid: a\n\nmột hai ba\nbốn năm\nsáu\n")
    }
}
