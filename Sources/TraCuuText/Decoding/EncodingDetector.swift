/// Guesses the encoding of bytes: a BOM, then valid UTF-8, then the legacy encodings.
///
/// Among Windows-1258, TCVN3, VNI and VISCII it decodes the lines that have bytes ≥ 0x80
/// (up to `sampleLimit` bytes of them) each way and keeps the decoding whose words read
/// as Vietnamese: every word with a non-ASCII letter scores +1 when it is a Vietnamese
/// syllable (`SyllableValidator`) and −1 when it is not. A wrong table turns `tiếng` into
/// `tiạng`, `TiƠng` or `tĩng`, so one line is usually enough. Input that is not valid
/// UTF-8 is also scored as UTF-8 (bad bytes replaced), which wins ties: a file with one bad
/// byte is still UTF-8. Other ties go to the earlier of `candidates`.
package enum EncodingDetector {
    /// The legacy encodings in the order that wins ties.
    package static let candidates: [TextEncoding] = [.windows1258, .tcvn3, .vni, .viscii]

    /// At most this many bytes of non-ASCII lines are scored.
    static let sampleLimit = 64 * 1024

    /// The encoding `bytes` are most likely in; never `.auto`. Decodes up to
    /// `sampleLimit` bytes four times.
    package static func detect(_ bytes: [UInt8]) -> TextEncoding {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .utf16 }
        if String(validating: bytes, as: UTF8.self) != nil { return .utf8 }
        let sample = sample(of: bytes)
        var best = TextEncoding.utf8
        var bestScore = Int.min
        // UTF-8 with a few bad bytes is still UTF-8: it competes, and wins ties.
        for candidate in [.utf8] + candidates {
            let score = score(sample, as: candidate)
            if score > bestScore { (best, bestScore) = (candidate, score) }
        }
        return best
    }

    /// How Vietnamese `bytes` read as `encoding`: +1 per non-ASCII word that is a syllable,
    /// −1 per one that is not.
    package static func score(_ bytes: [UInt8], as encoding: TextEncoding) -> Int {
        let scalars = Array(TextDecoder.decode(bytes, as: encoding).text.unicodeScalars)
        var validator = SyllableValidator()
        var score = 0
        var start = 0
        var hasNonASCII = false
        for index in 0...scalars.count {
            if index < scalars.count && !isSeparator(scalars[index]) {
                if !scalars[index].isASCII { hasNonASCII = true }
                continue
            }
            if hasNonASCII {
                score += validator.accepts(scalars[start..<index]) ? 1 : -1
            }
            start = index + 1
            hasNonASCII = false
        }
        return score
    }

    /// The lines of `bytes` with a byte ≥ 0x80, up to about `sampleLimit` bytes.
    static func sample(of bytes: [UInt8]) -> [UInt8] {
        var sample: [UInt8] = []
        var lineStart = 0
        var hasHighByte = false
        for index in 0...bytes.count where sample.count < sampleLimit {
            if index < bytes.count && bytes[index] != 0x0A {
                if bytes[index] >= 0x80 { hasHighByte = true }
                continue
            }
            if hasHighByte {
                sample.append(contentsOf: bytes[lineStart..<index])
                sample.append(0x0A)
            }
            lineStart = index + 1
            hasHighByte = false
        }
        return sample
    }

    /// Word boundaries: ASCII other than letters, no-break space, general punctuation.
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ASCIILetter(scalar) == nil
        }
        return scalar.value == 0xA0 || (0x2000...0x206F).contains(scalar.value)
    }
}
