import Testing
import TraCuuTestSupport
import TraCuuText

/// Token texts, positions and byte ranges, written as marked text: every ⟦span⟧ is one
/// token, in order, and nothing else is.
@Suite struct TokenizerTests {
    /// Checks that the tokens of `marked`'s text are exactly its marked spans, numbered from 0,
    /// and returns them.
    @discardableResult
    static func expectTokens(_ marked: String, kinds: [Token.Kind]? = nil,
                             sourceLocation: SourceLocation = #_sourceLocation) -> [Token] {
        let marked = MarkedText(marked)
        let tokens = Tokenizer().tokens(in: marked.text)
        #expect(tokens.map(\.text) == marked.spans, sourceLocation: sourceLocation)
        #expect(tokens.map(\.utf8Range) == marked.ranges, sourceLocation: sourceLocation)
        #expect(tokens.map(\.position) == (0..<UInt32(tokens.count)).map { $0 },
                sourceLocation: sourceLocation)
        if let kinds {
            #expect(tokens.map(\.kind) == kinds, sourceLocation: sourceLocation)
        }
        return tokens
    }

    @Test("syllables are tokens, with positions and byte ranges into the original", arguments: [
        "⟦Nghị⟧ ⟦quyết⟧ ⟦số⟧ ⟦05⟧ ⟦ngày⟧ ⟦16⟧/⟦6⟧/⟦2021⟧",
        "⟦Đảng⟧ ⟦bộ⟧ ⟦phường⟧ ⟦Mỏ⟧ ⟦Chè⟧ (⟦TP⟧. ⟦Sông⟧ ⟦Công⟧)",
        "⟦Ban⟧ ⟦Chấp⟧ ⟦hành⟧ ⟦Trung⟧ ⟦ương⟧ ⟦Đảng⟧ ⟦khóa⟧ ⟦XIII⟧;",
        "  ⟦Hoà⟧\t⟦bình⟧\r\n⟦ĐẢNG⟧ ⟦BỘ⟧  ",
        "⟦Ngu\u{031B}\u{0300}o\u{031B}i⟧ ⟦Vie\u{0302}\u{0323}t⟧ ⟦Vi\u{00EA}\u{0323}t⟧",
        "⟦Hà⟧\u{00A0}⟦Nội⟧…",
        "“⟦tự⟧ ⟦diễn⟧ ⟦biến⟧”, “⟦tự⟧ ⟦chuyển⟧ ⟦hóa⟧”",
        "⟦Việt⟧-⟦Hoa⟧ — ⟦Lĩnh⟧ ⟦vực⟧ ⟦văn⟧ ⟦hóa⟧  - ⟦xã⟧ ⟦hội⟧",
        // `_` separates: man pages write TẬP_TIN, word-segmented corpora Nghị_quyết.
        "⟦TẬP⟧_⟦TIN⟧ ⟦Nghị⟧_⟦quyết⟧",
        "",
        "   ",
    ])
    func syllables(marked: String) {
        Self.expectTokens(marked)
    }

    @Test("keys and capitalization of each token")
    func keys() {
        let tokens = Self.expectTokens("⟦Đảng⟧ ⟦uỷ⟧ ⟦ĐÃ⟧ ⟦ban⟧ ⟦hành⟧ ⟦Nghị⟧ ⟦quyết⟧ ⟦số⟧ ⟦05⟧")
        #expect(tokens.map(\.exact)
                == ["đảng", "uỷ", "đã", "ban", "hành", "nghị", "quyết", "số", "05"])
        #expect(tokens.map(\.toneless)
                == ["đang", "uy", "đa", "ban", "hanh", "nghi", "quyêt", "sô", "05"])
        #expect(tokens.map(\.folded)
                == ["dang", "uy", "da", "ban", "hanh", "nghi", "quyet", "so", "05"])
        #expect(tokens.map(\.isCapitalized)
                == [true, false, true, false, false, true, false, false, false])
        #expect(tokens.map(\.kind) == Array(repeating: .word, count: 8) + [.number])
    }

    @Test("old and new tone placement give tokens with the same keys")
    func placementInTokens() {
        let old = Tokenizer().tokens(in: "Ủy ban hòa giải, thủy lợi, khỏe mạnh")
        let new = Tokenizer().tokens(in: "Uỷ ban hoà giải, thuỷ lợi, khoẻ mạnh")
        #expect(old.map(\.keys) == new.map(\.keys))
        #expect(old.map(\.utf8Range) == new.map(\.utf8Range))
    }

    @Test("numbers are one token with their separators and a trailing percent sign", arguments: [
        ("⟦2021⟧", [Token.Kind.number]),
        ("⟦3,5⟧ ⟦tỷ⟧", [.number, .word]),
        ("⟦0,5%⟧", [.number]),
        ("⟦1.000.000⟧ ⟦đồng⟧", [.number, .word]),
        ("⟦5,9%⟧/⟦năm⟧", [.number, .word]),
        ("(⟦2017⟧-⟦2021⟧)", [.number, .number]),
        ("⟦19⟧/⟦19⟧ ⟦cán⟧ ⟦bộ⟧", [.number, .number, .word, .word]),
        ("⟦100%⟧ ⟦tổ⟧", [.number, .word]),
        ("⟦4⟧, ⟦5⟧, ⟦6⟧", [.number, .number, .number]),
        ("⟦2,147,483,647⟧.", [.number]),
        ("⟦1⟧/⟦299.792.458⟧ ⟦giây⟧", [.number, .number, .word]),
        ("-⟦5⟧ ⟦3⟧. ⟦2⟧,", [.number, .number, .number]),
        ("⟦45,7%⟧ ⟦dân⟧ ⟦số⟧", [.number, .word, .word]),
        ("$⟦11.550.000⟧", [.number]),
        ("⟦0,5%⟧⟦x⟧", [.number, .word]),
        ("⟦50%⟧%", [.number]),
    ])
    func numbers(marked: String, kinds: [Token.Kind]) {
        let tokens = Self.expectTokens(marked, kinds: kinds)
        for token in tokens where token.kind == .number {
            #expect(token.exact == token.text)
            #expect(token.folded == token.text)
        }
    }

    @Test("punctuation, symbols and control characters are not tokens", arguments: [
        "!?,.;:()[]{}«»“”‘’…–—-/\\|@#$^&*+=<>~`'\"_%",
        "、。，《》「」・•·※§¶°±×÷",
        "\u{0}\u{1}\u{7F}\u{FFFD}\u{FEFF}\u{200B}",
        "\u{0301}\u{0300} \u{0323}",
        " \t\r\n\u{00A0}\u{2003}\u{3000}",
    ])
    func punctuation(text: String) {
        #expect(Tokenizer().tokens(in: text).isEmpty)
    }

    @Test("Chinese and Thai runs are split into words by ICU", arguments: [
        "⟦中华⟧⟦人民⟧⟦共和国⟧",
        "⟦ภาษา⟧⟦ไทย⟧",
        "⟦Hà⟧⟦中华⟧⟦人民⟧",
        "⟦中国⟧⟦Việt⟧ ⟦Nam⟧",
        "⟦黑龙江⟧, ⟦黑龍江⟧.",
        "⟦中华⟧⟦2021⟧",
    ])
    func otherScripts(marked: String) {
        let tokens = Self.expectTokens(marked)
        for token in tokens {
            #expect(token.kind == .word || token.kind == .number)
        }
    }

    @Test("a run of another script gives the words ICU's break iterator gives, in order")
    func otherScriptRunsFollowICU() {
        let runs = ["中华人民共和国", "กรุงเทพมหานคร", "หมู่บ้านนี้อยู่ไกลมาก", "安倍晋三あべしんぞう",
                    "Белару\u{0301}сь", "대한민국 서울특별시"]
        for run in runs {
            let tokens = Tokenizer().tokens(in: run)
            let utf16 = Array(run.utf16)
            let expected = ICUBreakIterator.wordRanges(in: utf16).map {
                String(decoding: utf16[$0], as: UTF16.self)
            }
            #expect(tokens.map(\.text) == expected, "\(run)")
            #expect(tokens.count >= 1)
        }
    }

    @Test("runs of other scripts in one text break as each run alone does")
    func otherScriptRunsInOneText() {
        // The scanner keeps one break iterator for all the runs of a text; each run must
        // come out as a fresh iterator cuts it.
        let runs = ["中华人民共和国", "กรุงเทพมหานคร", "安倍晋三あべしんぞう", "หมู่บ้านนี้อยู่ไกลมาก",
                    "中华人民共和国", "대한민국"]
        let text = runs.joined(separator: " Hà Nội ")
        let tokens = Tokenizer().tokens(in: text).filter { $0.folded != "ha" && $0.folded != "noi" }
        let expected = runs.flatMap { run in
            let utf16 = Array(run.utf16)
            return ICUBreakIterator.wordRanges(in: utf16).map {
                String(decoding: utf16[$0], as: UTF16.self)
            }
        }
        #expect(tokens.map(\.text) == expected)
        let bytes = Array(text.utf8)
        for token in tokens {
            #expect(UTF8Bytes(String(decoding: bytes[token.utf8Range], as: UTF8.self))
                    == UTF8Bytes(token.text))
        }
    }

    @Test("Cyrillic and other alphabetic scripts give whole words, lowercased", arguments: [
        ("⟦Москва⟧", "москва"),
        ("⟦Белару\u{0301}сь⟧", "белару\u{0301}сь"),
        ("⟦Αθήνα⟧", "αθήνα"),
    ])
    func alphabeticScripts(marked: String, exactKey: String) {
        let tokens = Self.expectTokens(marked)
        #expect(tokens.first.map { UTF8Bytes($0.exact) } == UTF8Bytes(exactKey))
    }

    @Test("Latin letters beyond Vietnamese stay in their word", arguments: [
        "⟦Abe⟧ ⟦Shinzō⟧", "⟦Gruzia⟧ ⟦naïve⟧ ⟦Straße⟧", "⟦bɛləˈruːs⟧", "⟦São⟧ ⟦Paulo⟧",
        "⟦Ångström⟧",
    ])
    func otherLatin(marked: String) {
        Self.expectTokens(marked)
    }

    @Test("a mixed Vietnamese, Japanese and Latin sentence")
    func mixedScripts() {
        // Wikipedia, "Abe Shinzō" (CC BY-SA 3.0). How ICU's dictionary cuts 安倍晋三 is
        // ICU's business (the test above holds it to that); here the Han tokens must
        // cover the name and sit between the Latin ones.
        let marked = MarkedText(
            "⟦Abe⟧ ⟦Shinzō⟧ (安倍 晋三, ⟦An⟧ ⟦Bội⟧ ⟦Tấn⟧ ⟦Tam⟧; ⟦sinh⟧ ⟦21⟧ ⟦tháng⟧ ⟦9⟧ ⟦năm⟧ ⟦1954⟧)")
        let tokens = Tokenizer().tokens(in: marked.text)
        let han = tokens.filter { $0.text.unicodeScalars.allSatisfy { $0.value >= 0x3000 } }
        let others = tokens.filter { !han.contains($0) }
        #expect(others.map(\.text) == marked.spans)
        #expect(others.map(\.utf8Range) == marked.ranges)
        #expect(han.map(\.text).joined() == "安倍晋三")
        #expect(han.first?.position == 2)
        #expect(tokens.map(\.position) == (0..<UInt32(tokens.count)).map { $0 })
        #expect(tokens[1].folded == "shinzo")
        #expect(han.allSatisfy { $0.folded == $0.text })
    }

    @Test("forEachKey reports the same keys, kinds, positions and ranges as tokens(in:)",
          arguments: MatchLevel.allCases)
    func forEachKeyAgrees(level: MatchLevel) {
        let text = RepositoryFiles.seedArticleText() + " 中华人民共和国 Shinzō http://x.vn a@b.vn 3,5%"
        let tokens = Tokenizer().tokens(in: text)
        var index = 0
        Tokenizer().forEachKey(in: text, level: level) { key, kind, position, range in
            guard index < tokens.count else {
                Issue.record("more keys than tokens")
                return
            }
            var bytes: [UInt8] = []
            for offset in key.indices { bytes.append(key[offset]) }
            #expect(UTF8Bytes(String(decoding: bytes, as: UTF8.self))
                    == UTF8Bytes(tokens[index].keys[level]))
            #expect(kind == tokens[index].kind)
            #expect(position == tokens[index].position)
            #expect(range == tokens[index].utf8Range)
            index += 1
        }
        #expect(index == tokens.count)
    }

    @Test("every token of the seed article is its original bytes")
    func seedArticleRanges() {
        let text = RepositoryFiles.seedArticleText()
        let bytes = Array(text.utf8)
        let tokens = Tokenizer().tokens(in: text)
        #expect(tokens.count > 800)
        var previousEnd = 0
        for token in tokens {
            #expect(token.utf8Range.lowerBound >= previousEnd)
            #expect(UTF8Bytes(String(decoding: bytes[token.utf8Range], as: UTF8.self))
                    == UTF8Bytes(token.text))
            previousEnd = token.utf8Range.upperBound
        }
    }
}
