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
                map.appendCopy(output: output.count, source: copied..<scanner.start)
                output.append(contentsOf: bytes[copied..<scanner.start])
                scanner.renderKey(level)
                map.appendRewrite(output: output.count..<(output.count + scanner.key.count),
                                  source: scanner.start..<scanner.end)
                output.append(contentsOf: scanner.key)
                copied = scanner.end
            }
            map.appendCopy(output: output.count, source: copied..<bytes.count)
            output.append(contentsOf: bytes[copied..<bytes.count])
        }
        return NormalizedText(text: String(decoding: output, as: UTF8.self), offsets: map)
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
