/// A string compared byte for byte. Swift's `==` on `String` is canonical equivalence, so
/// `"hoà" == "hoa\u{0300}"` holds; tests of NFC output compare `UTF8Bytes` instead.
public struct UTF8Bytes: Equatable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]

    public init(_ string: String) {
        bytes = Array(string.utf8)
    }

    /// The text, then its non-ASCII scalars as code points, so that a failure shows
    /// `hoà` and `hoà` apart: `"hoà" [U+0300]`.
    public var description: String {
        let text = String(decoding: bytes, as: UTF8.self)
        let escaped = text.unicodeScalars.filter { !$0.isASCII }
            .map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
        return escaped.isEmpty ? "\"\(text)\"" : "\"\(text)\" [\(escaped.joined(separator: " "))]"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
