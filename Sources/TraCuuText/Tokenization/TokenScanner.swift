/// The tokenizer's fast path: one pass over UTF-8 bytes that cuts tokens and decodes
/// Vietnamese letters through `LetterTable`, with an ASCII fast path. Words it has no table
/// for (other Latin letters, unusual marks) get their keys from `ReferenceNormalizer`; runs
/// of other scripts go to ICU's word break iterator.
///
/// Reuse one scanner across texts: its buffers keep their capacity, so a token costs no
/// allocation unless it takes the ICU path.
package struct TokenScanner {
    /// The current token's kind.
    package private(set) var kind: Token.Kind = .word
    /// UTF-8 offsets of the current token.
    package private(set) var start = 0
    package private(set) var end = 0
    /// The current token's position.
    package private(set) var position: UInt32 = 0
    /// Whether the current token's first letter is uppercase.
    package private(set) var isCapitalized = false
    /// The key written by the last `renderKey(_:)`.
    package private(set) var key: [UInt8] = []

    private var sequence = LetterSequence()
    private var needsReference = false
    private var referenceKeys: WordKeys?
    private var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private let table = LetterTable.shared

    package init() {}

    /// Calls `body` once per token of `text` (valid UTF-8), in order. Inside `body`, read
    /// `kind`, `start`, `end`, `position`, and call `renderKey(_:)` for the keys wanted.
    package mutating func scan(_ text: UnsafeBufferPointer<UInt8>,
                               _ body: (inout TokenScanner) -> Void) {
        self.text = text
        position = 0
        defer { self.text = UnsafeBufferPointer(start: nil, count: 0) }
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte < 0x80 {
                index = CharacterClass.isAlphanumeric(byte) ? scanWord(from: index, body) : index + 1
                continue
            }
            let (value, length) = UTF8Decoding.scalar(in: text, at: index)
            if table.entry(for: value).isLetter {
                index = scanWord(from: index, body)
            } else {
                index = scanNonASCIIStart(value, length, from: index, body)
            }
        }
    }

    /// Writes the current token's key at `level` into `key`.
    package mutating func renderKey(_ level: MatchLevel) {
        key.removeAll(keepingCapacity: true)
        switch kind {
        case .url, .email:
            if needsReference {
                key.append(contentsOf: reference()[level].utf8)
            } else {
                for byte in text[start..<end] {
                    key.append(CharacterClass.isUppercase(byte) ? byte | 0x20 : byte)
                }
            }
        case .word, .number:
            if needsReference {
                key.append(contentsOf: reference()[level].utf8)
                return
            }
            var output: [UInt8] = []
            swap(&output, &key)
            sequence.forEachRendered(at: level) { letter, tone in
                _ = table.appendComposed(letter.base, letter.mark, tone, to: &output)
            }
            swap(&output, &key)
        }
    }

    /// The current token's original text.
    package var tokenText: String {
        String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
    }

    private mutating func reference() -> WordKeys {
        if let referenceKeys { return referenceKeys }
        let keys = ReferenceNormalizer.keys(of: tokenText)
        referenceKeys = keys
        return keys
    }

    /// A non-ASCII scalar the letter table does not know starts here.
    @inline(never)
    private mutating func scanNonASCIIStart(_ value: UInt32, _ length: Int, from index: Int,
                                            _ body: (inout TokenScanner) -> Void) -> Int {
        guard let scalar = Unicode.Scalar(value) else { return index + length }
        switch ICUCharacter.characterClass(of: scalar) {
        case .letter, .digit:
            return ICUCharacter.isLatinOrCommon(scalar)
                ? scanWord(from: index, body) : scanOtherScript(from: index, body)
        case .mark, .space, .punctuation, .other:
            return index + length
        }
    }

    /// Scans a word or number starting at `wordStart` and reports it; returns its end.
    private mutating func scanWord(from wordStart: Int,
                                   _ body: (inout TokenScanner) -> Void) -> Int {
        if let urlEnd = URLMatcher.urlEnd(in: text, from: wordStart) {
            // A URL with non-ASCII letters gets its keys like a word of them (hà → ha).
            let isASCII = text[wordStart..<urlEnd].allSatisfy { $0 < 0x80 }
            return report(.url, wordStart, urlEnd, needsReference: !isASCII, body)
        }
        sequence.removeAll()
        var usesReference = false
        var hasLetter = false
        var isASCII = true
        var hasSeparator = false
        var capitalized = false
        var index = wordStart
        scanning: while index < text.count {
            let byte = text[index]
            if byte < 0x80 {
                if CharacterClass.isLetter(byte) {
                    if index == wordStart { capitalized = CharacterClass.isUppercase(byte) }
                    sequence.append(Letter(base: byte | 0x20), tone: .ngang)
                    hasLetter = true
                } else if CharacterClass.isDigit(byte) {
                    sequence.append(Letter(base: byte), tone: .ngang)
                } else if !hasLetter, isNumberSeparator(at: index) {
                    sequence.append(Letter(base: byte), tone: .ngang)
                    hasSeparator = true
                } else if byte == UInt8(ascii: "%"), !hasLetter,
                          CharacterClass.isDigit(text[index - 1]) {
                    sequence.append(Letter(base: byte), tone: .ngang)
                    index += 1
                    break scanning
                } else {
                    break scanning
                }
                index += 1
                continue
            }
            isASCII = false
            let (value, length) = UTF8Decoding.scalar(in: text, at: index)
            let entry = table.entry(for: value)
            if entry.isLetter {
                if index == wordStart { capitalized = entry.isUppercase }
                sequence.append(Letter(base: entry.base, mark: entry.mark), tone: entry.tone)
                hasLetter = true
            } else if let scalar = Unicode.Scalar(value), let tone = Tone(combiningMark: scalar) {
                if !sequence.applyToLast(tone: tone) { usesReference = true }
            } else if let scalar = Unicode.Scalar(value),
                      let mark = LetterMark(combiningMark: scalar) {
                // After `.` or `,` the word is no syllable and ICU composes it as written:
                // there a quality after a tone (ó + U+0302) does not make ố.
                if hasSeparator || !sequence.applyToLast(mark: mark) { usesReference = true }
            } else if let scalar = Unicode.Scalar(value), isOtherLatin(scalar) {
                if index == wordStart { capitalized = scalar.properties.isUppercase }
                usesReference = true
                hasLetter = true
            } else {
                break scanning
            }
            index += length
        }
        if isASCII, index < text.count, URLMatcher.mayContinueEmail(text[index]),
           let emailEnd = URLMatcher.emailEnd(in: text, from: wordStart) {
            return report(.email, wordStart, emailEnd, needsReference: false, body)
        }
        isCapitalized = capitalized
        return report(hasLetter ? .word : .number, wordStart, index,
                      needsReference: usesReference, body)
    }

    /// Whether the `.` or `,` at `index` sits between two digits (`3,5`, `1.000`).
    @inline(__always)
    private func isNumberSeparator(at index: Int) -> Bool {
        let byte = text[index]
        return (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","))
            && index > 0 && CharacterClass.isDigit(text[index - 1])
            && index + 1 < text.count && CharacterClass.isDigit(text[index + 1])
    }

    /// A letter, digit or mark of the Latin or common script that the table does not know.
    private func isOtherLatin(_ scalar: Unicode.Scalar) -> Bool {
        switch ICUCharacter.characterClass(of: scalar) {
        case .mark: true
        case .letter, .digit: ICUCharacter.isLatinOrCommon(scalar)
        default: false
        }
    }

    /// Scans a run of letters in scripts other than Latin and reports the words ICU's break
    /// iterator finds in it; returns the run's end.
    @inline(never)
    private mutating func scanOtherScript(from runStart: Int,
                                          _ body: (inout TokenScanner) -> Void) -> Int {
        var index = runStart
        while index < text.count, text[index] >= 0x80 {
            let (value, length) = UTF8Decoding.scalar(in: text, at: index)
            guard !table.entry(for: value).isLetter, let scalar = Unicode.Scalar(value) else {
                break
            }
            let characterClass = ICUCharacter.characterClass(of: scalar)
            let continues = characterClass == .mark
                || ((characterClass == .letter || characterClass == .digit)
                    && !ICUCharacter.isLatinOrCommon(scalar))
            guard continues else { break }
            index += length
        }
        let run = String(decoding: UnsafeBufferPointer(rebasing: text[runStart..<index]),
                         as: UTF8.self)
        let offsets = UTF16Offsets(run)
        isCapitalized = false
        for range in ICUBreakIterator.wordRanges(in: Array(run.utf16)) {
            _ = report(.word, runStart + offsets.utf8(range.lowerBound),
                       runStart + offsets.utf8(range.upperBound), needsReference: true, body)
        }
        return index
    }

    private mutating func report(_ kind: Token.Kind, _ start: Int, _ end: Int,
                                 needsReference: Bool,
                                 _ body: (inout TokenScanner) -> Void) -> Int {
        self.kind = kind
        self.start = start
        self.end = end
        self.needsReference = needsReference
        referenceKeys = nil
        if kind == .url || kind == .email { isCapitalized = false }
        body(&self)
        position += 1
        return end
    }
}
