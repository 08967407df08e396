/// Rendering the current token's keys from the letters the scanner stored.
///
/// The folded key is the bases as they are (`Đảng` was stored as `dang`), with one fix-up: a
/// final `y` that is an i/y variant is written `i`. The toneless and exact keys compose
/// each letter through `LetterTable`; the exact one first moves a single tone to where the
/// syllable's structure puts it. A word with no mark and no tone has all three keys equal
/// to its bases (but for that `y`). `RenderingPlan` holds the rules; `LetterSequence` reads
/// them the same way on the reference path.
extension TokenScanner {
    /// Writes the current token's key at `level` into `key`.
    @inline(__always)
    package mutating func renderKey(_ level: MatchLevel) {
        if needsReference {
            setKey(hasReferenceKeys ? referenceKeys[level]
                   : storage.referenceKey(of: tokenText, at: level))
            return
        }
        switch kind {
        case .url, .email:
            renderLowercasedText()
        case .word, .number:
            switch level {
            case .folded: renderFolded()
            case .toneless: renderToneless()
            case .exact: renderExact()
            }
        }
    }

    /// The current token's original text and its keys at the three levels, as strings.
    /// Equal keys share one string, and so does the text when it equals the exact key.
    package mutating func renderToken() -> (text: String, keys: WordKeys) {
        let rendered = render(withCodes: false)
        return (rendered.text, rendered.keys)
    }

    /// `renderToken()`, and the exact and folded keys as `KeywordCode`s, for the entity
    /// recognisers: read from the key buffer, not from the strings.
    mutating func renderTokenWithCodes()
        -> (text: String, keys: WordKeys, exact: KeywordCode, folded: KeywordCode)
    {
        render(withCodes: true)
    }

    /// `renderTokenWithCodes()` without the text, which the index builder takes from the
    /// bytes when it needs it.
    mutating func renderKeysWithCodes() -> (keys: WordKeys, exact: KeywordCode,
                                            folded: KeywordCode) {
        let rendered = render(withCodes: true, withText: false)
        return (rendered.keys, rendered.exact, rendered.folded)
    }

    @inline(__always)
    private mutating func render(withCodes: Bool, withText: Bool = true)
        -> (text: String, keys: WordKeys, exact: KeywordCode, folded: KeywordCode)
    {
        if needsReference || kind == .url || kind == .email {
            let keys: WordKeys
            let text: String
            if needsReference {
                keys = reference()
                text = referenceText
            } else {
                renderLowercasedText()
                let key = keyString()
                keys = WordKeys(exact: key, toneless: key, folded: key)
                text = withText ? tokenText : ""
            }
            guard withCodes else { return (text, keys, .long, .long) }
            return (text, keys, KeywordCode(keys.exact), KeywordCode(keys.folded))
        }
        renderFolded()
        let folded = keyString()
        let foldedCode = withCodes ? KeywordCode(bytes: key) : .long
        let foldedIsBases = key.baseAddress == UnsafePointer(bases)
        let toneless: String
        if markCount == 0 {
            toneless = folded
        } else {
            renderToneless()
            toneless = keyString()
        }
        let exact: String
        if markCount == 0 && toneCount == 0 {
            // The bases, without the variant fix-up that the folded key may have.
            setKeyToBases()
            exact = foldedIsBases ? folded : keyString()
        } else {
            renderExact()
            exact = keyString()
        }
        // `key` holds the exact key now.
        let exactCode = withCodes ? KeywordCode(bytes: key) : .long
        let text = keyEqualsText || !withText ? exact : tokenText
        return (text, WordKeys(exact: exact, toneless: toneless, folded: folded), exactCode,
                foldedCode)
    }

    private var letters: ScannedLetters {
        ScannedLetters(bases: bases, details: details, count: letterCount)
    }

    private mutating func setKeyToBases() {
        key = UnsafeBufferPointer(start: bases, count: letterCount)
    }

    @inline(__always)
    private mutating func renderFolded() {
        let variant = RenderingPlan(letters, toneCount: toneCount, level: .folded).variant
        guard variant >= 0 else {
            setKeyToBases()
            return
        }
        let output = storage.key.assumingMemoryBound(to: UInt8.self)
        output.update(from: bases, count: letterCount)
        output[variant] = UInt8(ascii: "i")
        key = UnsafeBufferPointer(start: output, count: letterCount)
    }

    private mutating func renderToneless() {
        guard markCount > 0 else {
            renderFolded()
            return
        }
        let variant = RenderingPlan(letters, toneCount: toneCount, level: .toneless).variant
        let output = storage.key
        var length = 0
        for index in 0..<letterCount {
            let base = index == variant ? UInt8(ascii: "i") : bases[index]
            length += write(base, detail: details[index] & 0x7, to: output + length)
        }
        key = UnsafeBufferPointer(start: output.assumingMemoryBound(to: UInt8.self),
                                  count: length)
    }

    private mutating func renderExact() {
        guard markCount > 0 || toneCount > 0 else {
            setKeyToBases()
            return
        }
        let tonePosition = RenderingPlan(letters, toneCount: toneCount, level: .exact)
            .tonePosition
        let output = storage.key
        var length = 0
        if tonePosition >= 0 {
            // One tone, moved to where the syllable puts it.
            var tone: UInt8 = 0
            for index in 0..<letterCount where details[index] >= 8 {
                tone = details[index] & 0x38
            }
            for index in 0..<letterCount {
                let detail = details[index] & 0x7 | (index == tonePosition ? tone : 0)
                length += write(bases[index], detail: detail, to: output + length)
            }
        } else {
            for index in 0..<letterCount {
                length += write(bases[index], detail: details[index], to: output + length)
            }
        }
        key = UnsafeBufferPointer(start: output.assumingMemoryBound(to: UInt8.self),
                                  count: length)
    }

    /// Writes one letter's NFC bytes at `output`; returns how many. Stores four bytes, so
    /// `output` needs three bytes of room past the letter (`minimumKeyCapacity`).
    @inline(__always)
    private func write(_ base: UInt8, detail: UInt8, to output: UnsafeMutableRawPointer)
        -> Int
    {
        if detail == 0 {
            output.storeBytes(of: base, as: UInt8.self)
            return 1
        }
        let packed = table.composedBytes(base, detail: detail)
        output.storeBytes(of: packed.littleEndian, as: UInt32.self)
        return Int(packed >> 24)
    }

    /// A URL's or e-mail address's key: its ASCII bytes, lowercase.
    private mutating func renderLowercasedText() {
        let output = storage.reserveKey(end - start).assumingMemoryBound(to: UInt8.self)
        for index in start..<end {
            let byte = text[index]
            output[index - start] = CharacterClass.isUppercase(byte) ? byte | 0x20 : byte
        }
        key = UnsafeBufferPointer(start: output, count: end - start)
    }

    private mutating func setKey(_ string: String) {
        var string = string
        string.withUTF8 { bytes in
            let output = storage.reserveKey(max(bytes.count, 1))
                .assumingMemoryBound(to: UInt8.self)
            if let source = bytes.baseAddress { output.update(from: source, count: bytes.count) }
            key = UnsafeBufferPointer(start: output, count: bytes.count)
        }
    }

    private func keyString() -> String {
        String(decoding: key, as: UTF8.self)
    }

    /// Whether `key` holds the token's original bytes.
    private var keyEqualsText: Bool {
        // A capitalised word's key starts lowercase: a quick no for many words.
        guard !isCapitalized, key.count == end - start, let keyBytes = key.baseAddress,
              let textBytes = text.baseAddress else { return false }
        let keyRaw = UnsafeRawPointer(keyBytes), textRaw = UnsafeRawPointer(textBytes + start)
        var offset = 0
        while offset + 8 <= key.count {
            guard keyRaw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    == textRaw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else {
                return false
            }
            offset += 8
        }
        while offset < key.count {
            guard keyBytes[offset] == textBytes[start + offset] else { return false }
            offset += 1
        }
        return true
    }

    /// The current token's keys from `ReferenceNormalizer`, computed once per token and
    /// remembered per text (`ScannerStorage.referenceKeys(of:)`).
    mutating func reference() -> WordKeys {
        if hasReferenceKeys { return referenceKeys }
        let text = tokenText
        referenceKeys = storage.referenceKeys(of: text)
        referenceText = text
        hasReferenceKeys = true
        return referenceKeys
    }
}
