/// Finds URLs and e-mail addresses, which the tokenizer keeps as one token each.
enum URLMatcher {
    /// The end of a URL starting at `start` (`http://`, `https://`, `ftp://` or `www.`, up to
    /// the next space, quote, angle bracket or non-ASCII character other than a letter, mark
    /// or digit, without trailing punctuation), or nil when none starts there. Letters go on
    /// the URL (`https://vi.wikipedia.org/wiki/Hà_Nội`); `”` or `…` end it.
    static func urlEnd(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let prefix = prefixes.first(where: { hasPrefix(text, start, $0) }) else {
            return nil
        }
        var end = start + prefix.count
        while end < text.count {
            let byte = text[end]
            if byte >= 0x80 {
                let (value, length) = UTF8Decoding.scalar(in: text, at: end)
                guard isWordCharacter(value) else { break }
                end += length
                continue
            }
            if CharacterClass.isSpace(byte) || stoppers.contains(byte) { break }
            end += 1
        }
        while end > start + prefix.count, trailing.contains(text[end - 1]) { end -= 1 }
        return end > start + prefix.count ? end : nil
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

    /// Whether a byte that stopped a word may continue an e-mail address.
    static func mayContinueEmail(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "@") || isLocalPart(byte)
    }

    private static func isLocalPart(_ byte: UInt8) -> Bool {
        CharacterClass.isAlphanumeric(byte) || localPunctuation.contains(byte)
    }

    private static func hasPrefix(_ text: UnsafeBufferPointer<UInt8>, _ start: Int,
                                  _ prefix: [UInt8]) -> Bool {
        guard text.count - start >= prefix.count else { return false }
        for (offset, byte) in prefix.enumerated() {
            let actual = text[start + offset]
            if (CharacterClass.isUppercase(actual) ? actual | 0x20 : actual) != byte {
                return false
            }
        }
        return true
    }

    private static let prefixes: [[UInt8]] = ["https://", "http://", "ftp://", "www."]
        .map { Array($0.utf8) }
    private static let stoppers: Set<UInt8> = Set("\"'<>`".utf8)
    private static let trailing: Set<UInt8> = Set(".,;:!?)]}".utf8)
    private static let localPunctuation: Set<UInt8> = Set("._%+-".utf8)
}
