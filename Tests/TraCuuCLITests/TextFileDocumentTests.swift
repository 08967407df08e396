import Testing
@testable import tracuu

/// The title and body a text file gets (`TextFileDocument`).
@Suite struct TextFileDocumentTests {
    @Test("a short first line followed by more text is the title, the rest the body")
    func headingLine() {
        let document = TextFileDocument.document(id: "a", text: "Tin một\r\nhòa bình\n",
                                                 path: "/a")
        #expect(document.title == "Tin một")
        #expect(document.body == "hòa bình\n")
    }

    @Test("the first sentence ends at a stop before a space or the end",
          arguments: [("Nghị quyết số 05. Câu hai.", "Nghị quyết số 05."),
                      ("Thật sao? Có", "Thật sao?"),
                      ("Số 3.5 triệu đồng! Tiếp", "Số 3.5 triệu đồng!"),
                      ("Không có dấu chấm", "Không có dấu chấm")])
    func firstSentence(line: String, expected: String) {
        let document = TextFileDocument.document(id: "a", text: line, path: "/a")
        #expect(document.title == expected)
        #expect(document.body == line)
    }

    @Test("a sentence over 200 characters is cut at a space and marked, never past 200")
    func longSentence() {
        let words = String(repeating: "hòa bình ", count: 40) + "cuối."
        let title = TextFileDocument.firstSentence(of: words)
        #expect(title.count <= 200)
        #expect(title.hasSuffix("bình…"), "\(title)")
        let exact = String(repeating: "a", count: 199) + "."
        #expect(TextFileDocument.firstSentence(of: exact + " tiếp") == exact)
    }

    @Test("a first line over 200 characters is not a title even when more lines follow")
    func longFirstLine() {
        let line = String(repeating: "x", count: 300)
        let document = TextFileDocument.document(id: "a", text: line + "\nhai", path: "/a")
        #expect(document.title.count <= 200)
        #expect(document.body == line + "\nhai")
    }
}
