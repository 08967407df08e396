/// Finds URLs and e-mail addresses, which the tokenizer keeps as one token each.
enum URLMatcher {
    /// The end of a URL starting at `start` (`http://`, `https://`, `ftp://` or `www.`, up to
    /// the next space, quote, angle bracket or non-ASCII character other than a letter, mark
    /// or digit, without trailing punctuation), or nil when none starts there. Letters go on
    /// the URL (`https://vi.wikipedia.org/wiki/Hà_Nội`); `”` or `…` end it.
    static func urlEnd(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let prefixLength = prefixLength(text, start)
        guard prefixLength > 0 else { return nil }
        var end = start + prefixLength
        while end < text.count {
            let byte = text[end]
            if byte >= 0x80 {
                let (value, length) = UTF8Decoding.scalar(in: text, at: end)
                guard isWordCharacter(value) else { break }
                end += length
                continue
            }
            if CharacterClass.isSpace(byte) || isStopper(byte) { break }
            end += 1
        }
        while end > start + prefixLength, isTrailing(text[end - 1]) { end -= 1 }
        return end > start + prefixLength ? end : nil
    }

    /// Whether a URL may start with this byte: only `h`, `f` and `w` (either case) start one
    /// of the prefixes.
    @inline(__always)
    static func mayStartURL(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "h"), UInt8(ascii: "f"), UInt8(ascii: "w"): true
        default: false
        }
    }

    /// The end of an e-mail address starting at `start`, for a word that ends at `wordEnd`:
    /// nil unless what follows the word may continue an address up to an `@`. The same as
    /// `emailEnd(in:from:)`, which it calls only then.
    @inline(__always)
    static func emailEnd(in text: UnsafeBufferPointer<UInt8>, from start: Int, wordEnd: Int)
        -> Int?
    {
        var index = wordEnd
        while index < text.count, isLocalPart(text[index]) { index += 1 }
        guard index < text.count, text[index] == UInt8(ascii: "@") else { return nil }
        return emailEnd(in: text, from: start)
    }

    /// The end of an e-mail address starting at `start` (`local@label.label`, the last label
    /// two or more letters), or nil.
    static func emailEnd(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < text.count, isLocalPart(text[index]) { index += 1 }
        guard index > start, index < text.count, text[index] == UInt8(ascii: "@") else {
            return nil
        }
        index += 1
        var end: Int?
        var labelStart = index
        var labels = 0
        while index <= text.count {
            let byte = index < text.count ? text[index] : 0
            if CharacterClass.isAlphanumeric(byte) || byte == UInt8(ascii: "-") {
                index += 1
                continue
            }
            guard index > labelStart else { break }
            labels += 1
            let label = UnsafeBufferPointer(rebasing: text[labelStart..<index])
            if labels >= 2, label.count >= 2, label.allSatisfy(CharacterClass.isLetter) {
                end = index
            }
            guard byte == UInt8(ascii: "."), index + 1 < text.count,
                  CharacterClass.isAlphanumeric(text[index + 1]) else { break }
            index += 1
            labelStart = index
        }
        return end
    }

    /// Whether a non-ASCII scalar is a letter, mark or digit, which a URL may contain.
    private static func isWordCharacter(_ value: UInt32) -> Bool {
        if LetterTable.shared.entry(for: value).isLetter { return true }
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch ICUCharacter.characterClass(of: scalar) {
        case .letter, .mark, .digit: return true
        case .space, .punctuation, .other: return false
        }
    }

    private static func isLocalPart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "%"), UInt8(ascii: "+"),
             UInt8(ascii: "-"): true
        default: CharacterClass.isAlphanumeric(byte)
        }
    }

    /// The length of the prefix (`https://`, `http://`, `ftp://`, `www.`, any case) at
    /// `start`, or 0.
    private static func prefixLength(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        func lowercase(_ offset: Int) -> UInt8 {
            guard start + offset < text.count else { return 0 }
            let byte = text[start + offset]
            return CharacterClass.isUppercase(byte) ? byte | 0x20 : byte
        }
        func matches(_ prefix: StaticString, from offset: Int) -> Bool {
            for index in offset..<prefix.utf8CodeUnitCount
            where lowercase(index) != prefix.utf8Start[index] {
                return false
            }
            return true
        }
        switch lowercase(0) {
        case UInt8(ascii: "h"):
            guard matches("http", from: 1) else { return 0 }
            if matches("https://", from: 4) { return 8 }
            return matches("http://", from: 4) ? 7 : 0
        case UInt8(ascii: "f"):
            return matches("ftp://", from: 1) ? 6 : 0
        case UInt8(ascii: "w"):
            return matches("www.", from: 1) ? 4 : 0
        default:
            return 0
        }
    }

    /// `"` `'` `<` `>` and the backquote end a URL.
    private static func isStopper(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "`"): true
        default: false
        }
    }

    /// Punctuation a URL does not end with: `.,;:!?)]}`.
    private static func isTrailing(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
             UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "]"),
             UInt8(ascii: "}"): true
        default: false
        }
    }
}
