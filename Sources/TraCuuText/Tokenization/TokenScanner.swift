/// The tokenizer's fast path: one pass over UTF-8 bytes that cuts tokens and decodes
/// Vietnamese letters through `LetterTable`, with an ASCII fast path. Words it has no table
/// for (other Latin letters, unusual marks, more than `ScannerStorage.letterCapacity`
/// letters) get their keys from `ReferenceNormalizer`; runs of other scripts go to ICU's
/// word break iterator.
///
/// A word's letters go into two fixed columns the scanner owns (`ScannerStorage`): the bases,
/// which read as bytes are already the folded key, and each letter's mark and tone. Keys
/// are rendered from them on request (`TokenScanner+Keys.swift`).
///
/// Reuse one scanner across texts: it allocates its buffers once, so a token costs no
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
    /// The key written by the last `renderKey(_:)`, in the scanner's own memory: valid until
    /// the next `renderKey(_:)` or the end of the scan.
    package internal(set) var key = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

    /// The current word's letters: count, letters with a tone, letters with a mark (or đ).
    var letterCount = 0
    var toneCount = 0
    var markCount = 0
    /// Whether the current token's keys come from `ReferenceNormalizer`.
    var needsReference = false
    /// Whether `referenceKeys` and `referenceText` belong to the current token.
    var hasReferenceKeys = false
    var referenceKeys = WordKeys(exact: "", toneless: "", folded: "")
    var referenceText = ""
    private(set) var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// Set by `stopScanning()`: no further token is reported.
    private var isStopped = false

    let storage: ScannerStorage
    let bases: UnsafeMutablePointer<UInt8>
    let details: UnsafeMutablePointer<UInt8>
    let table: LetterTable

    package init() {
        storage = ScannerStorage()
        bases = storage.bases
        details = storage.details
        table = LetterTable.shared
    }

    /// Calls `body` once per token of `text` (valid UTF-8), in order. Inside `body`, read
    /// `kind`, `start`, `end`, `position`, and call `renderKey(_:)` for the keys wanted.
    package mutating func scan(_ text: UnsafeBufferPointer<UInt8>,
                               _ body: (inout TokenScanner) -> Void) {
        self.text = text
        position = 0
        isStopped = false
        defer {
            self.text = UnsafeBufferPointer(start: nil, count: 0)
            key = UnsafeBufferPointer(start: nil, count: 0)
        }
        let table = self.table
        var index = 0
        while index < text.count, !isStopped {
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

    /// Ends the scan in progress: called from `scan`'s body, no token after the current one
    /// is reported.
    package mutating func stopScanning() { isStopped = true }

    /// The current token's original text.
    package var tokenText: String {
        String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
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
        let text = self.text
        if URLMatcher.mayStartURL(text[wordStart]),
           let urlEnd = URLMatcher.urlEnd(in: text, from: wordStart) {
            // A URL with non-ASCII letters gets its keys like a word of them (hà → ha).
            let isASCII = text[wordStart..<urlEnd].allSatisfy { $0 < 0x80 }
            return report(.url, wordStart, urlEnd, needsReference: !isASCII, body)
        }
        let bases = self.bases, details = self.details, table = self.table
        let capacity = ScannerStorage.letterCapacity
        var count = 0
        var toneCount = 0
        var markCount = 0
        // Past `capacity` letters, or at a mark the fast path cannot place, the word's keys
        // come from the reference path; the letters stored so far no longer matter.
        var usesReference = false
        var hasLetter = false
        var isASCII = true
        var hasSeparator = false
        var capitalized = CharacterClass.isUppercase(text[wordStart])
        var index = wordStart
        scanning: while index < text.count {
            let byte = text[index]
            if CharacterClass.isLetter(byte), count < capacity {
                // A run of ASCII letters, the commonest thing in any text: lowercase and store
                // them, up to the capacity (the general branch below takes over there).
                hasLetter = true
                let limit = min(text.count, index &+ (capacity &- count))
                repeat {
                    bases[count] = text[index] | 0x20
                    details[count] = 0
                    count &+= 1
                    index &+= 1
                } while index < limit && CharacterClass.isLetter(text[index])
                continue
            }
            if byte < 0x80 {
                let stored: UInt8
                var endsWord = false
                if CharacterClass.isLetter(byte) {
                    hasLetter = true
                    stored = byte | 0x20
                } else if CharacterClass.isDigit(byte) {
                    stored = byte
                } else if !hasLetter, isNumberSeparator(at: index) {
                    hasSeparator = true
                    stored = byte
                } else if byte == UInt8(ascii: "%"), !hasLetter,
                          CharacterClass.isDigit(text[index - 1]) {
                    stored = byte
                    endsWord = true
                } else {
                    break scanning
                }
                if count < capacity {
                    bases[count] = stored
                    details[count] = 0
                    count += 1
                } else {
                    usesReference = true
                }
                index += 1
                if endsWord { break scanning }
                continue
            }
            isASCII = false
            let (value, length) = UTF8Decoding.scalar(in: text, at: index)
            let entry = table.entry(for: value)
            if entry.isLetter {
                if index == wordStart { capitalized = entry.isUppercase }
                hasLetter = true
                if count < capacity {
                    let detail = entry.detail
                    bases[count] = entry.base
                    details[count] = detail
                    count += 1
                    if detail >= 8 { toneCount += 1 }
                    if detail & 0x7 != 0 { markCount += 1 }
                } else {
                    usesReference = true
                }
            } else if let tone = Self.tone(combiningMark: value) {
                // On the last letter, which must be a vowel without a tone.
                let last = count - 1
                if !usesReference, last >= 0, details[last] < 8,
                   Letter.canCarryTone(bases[last]) {
                    details[last] |= tone
                    toneCount += 1
                } else {
                    usesReference = true
                }
            } else if let mark = Self.quality(combiningMark: value) {
                // After `.` or `,` the word is no syllable and ICU composes it as written:
                // there a quality after a tone (ó + U+0302) does not make ố.
                let last = count - 1
                if !usesReference, !hasSeparator, last >= 0, details[last] & 0x7 == 0,
                   Letter.isValid(base: bases[last], mark: mark) {
                    details[last] |= mark.rawValue
                    markCount += 1
                } else {
                    usesReference = true
                }
            } else if let scalar = Unicode.Scalar(value), isOtherLatin(scalar) {
                if index == wordStart { capitalized = Self.isUppercase(scalar) }
                usesReference = true
                hasLetter = true
            } else {
                break scanning
            }
            index += length
        }
        if isASCII, let emailEnd = URLMatcher.emailEnd(in: text, from: wordStart,
                                                      wordEnd: index) {
            return report(.email, wordStart, emailEnd, needsReference: false, body)
        }
        letterCount = count
        self.toneCount = toneCount
        self.markCount = markCount
        isCapitalized = capitalized
        return report(hasLetter ? .word : .number, wordStart, index,
                      needsReference: usesReference, body)
    }

    /// The tone a combining mark writes, as a `LetterTable.detail(_:_:)` bit pattern.
    @inline(__always)
    private static func tone(combiningMark value: UInt32) -> UInt8? {
        switch value {
        case 0x0300: Tone.huyen.rawValue << 3
        case 0x0301: Tone.sac.rawValue << 3
        case 0x0309: Tone.hoi.rawValue << 3
        case 0x0303: Tone.nga.rawValue << 3
        case 0x0323: Tone.nang.rawValue << 3
        default: nil
        }
    }

    @inline(__always)
    private static func quality(combiningMark value: UInt32) -> LetterMark? {
        switch value {
        case 0x0302: .circumflex
        case 0x0306: .breve
        case 0x031B: .horn
        default: nil
        }
    }

    /// The Unicode Uppercase property, out of line: `Unicode.Scalar.Properties` is resilient,
    /// and using it inline costs every word a metadata call and a stack allocation.
    @inline(never)
    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase
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
        let run = UnsafeBufferPointer(rebasing: text[runStart..<index])
        let offsets = UTF16Offsets(utf8: run)
        isCapitalized = false
        for range in storage.wordBreaker.wordRanges(in: UTF16Transcoding.units(ofUTF8: run)) {
            _ = report(.word, runStart + offsets.utf8(range.lowerBound),
                       runStart + offsets.utf8(range.upperBound), needsReference: true, body)
        }
        return index
    }

    private mutating func report(_ kind: Token.Kind, _ start: Int, _ end: Int,
                                 needsReference: Bool,
                                 _ body: (inout TokenScanner) -> Void) -> Int {
        guard !isStopped else { return end }
        self.kind = kind
        self.start = start
        self.end = end
        self.needsReference = needsReference
        hasReferenceKeys = false
        if kind == .url || kind == .email { isCapitalized = false }
        body(&self)
        position += 1
        return end
    }
}
