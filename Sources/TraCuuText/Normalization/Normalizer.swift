/// Rewrites text at one match level: every word becomes its key (lowercase, NFC, canonical
/// tone placement; then without tones; then plain ASCII), everything between words is kept.
///
/// ```swift
/// Normalizer(level: .folded).normalize("Hoà bình, ĐẢNG BỘ").text   // "hoa binh, dang bo"
/// ```
public struct Normalizer: Sendable {
    /// The level the output is written at.
    public var level: MatchLevel

    public init(level: MatchLevel = .exact) {
        self.level = level
    }

    /// `text` normalized, with a map from output offsets back to `text`'s UTF-8 offsets.
    public func normalize(_ text: String) -> NormalizedText {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var map = OffsetMap()
        var scanner = TokenScanner()
        var text = text
        text.withUTF8 { bytes in
            var copied = 0
            scanner.scan(bytes) { scanner in
                Self.appendGap(bytes, copied..<scanner.start, to: &output, map: &map)
                scanner.renderKey(level)
                map.appendRewrite(output: output.count..<(output.count + scanner.key.count),
                                  source: scanner.start..<scanner.end)
                output.append(contentsOf: scanner.key)
                copied = scanner.end
            }
            Self.appendGap(bytes, copied..<bytes.count, to: &output, map: &map)
        }
        return NormalizedText(text: String(decoding: output, as: UTF8.self), offsets: map)
    }

    /// Appends the text between two tokens: copied when it is ASCII or already NFC, else
    /// its NFC (stray combining marks: `=` U+0338 is `≠`) as one rewritten piece.
    private static func appendGap(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                  to output: inout [UInt8], map: inout OffsetMap) {
        guard !range.isEmpty else { return }
        let gap = UnsafeBufferPointer(rebasing: bytes[range])
        let text = String(decoding: gap, as: UTF8.self)
        if gap.allSatisfy({ $0 < 0x80 }) || text.unicodeScalars.allSatisfy(isStableStarter)
            || ICUNormalizer.isNormalized(text, .nfc) {
            map.appendCopy(output: output.count, source: range)
            output.append(contentsOf: gap)
            return
        }
        let normalized = ICUNormalizer.normalized(text, .nfc)
        map.appendRewrite(output: output.count..<(output.count + normalized.utf8.count),
                          source: range)
        output.append(contentsOf: normalized.utf8)
    }

    /// Characters that NFC never changes or combines with what precedes them (checked
    /// against Unicode's data): below U+0300, general punctuation (quotes, dashes,
    /// ellipses) and CJK punctuation; common gaps skip ICU.
    private static func isStableStarter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x0300 || (0x2002...0x20CF).contains(scalar.value)
            || (0x3000...0x3029).contains(scalar.value)
    }

    /// The key of a single word at this normalizer's level (`Hoà` → `hoà` at exact level).
    public func key(of word: String) -> String {
        normalize(word).text
    }
}

/// Normalized text and the way back to the original.
public struct NormalizedText: Sendable, Hashable {
    /// The normalized text.
    public var text: String
    /// Output UTF-8 offsets → original UTF-8 offsets.
    public var offsets: OffsetMap
}
