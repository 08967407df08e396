/// The encodings TraCuu reads. Vietnamese archives hold all of them: Unicode, and the
/// legacy TCVN3, VNI-Windows, VISCII and Windows-1258 of the 1990s and 2000s.
public enum TextEncoding: String, CaseIterable, Sendable, Hashable {
    /// Detect from the bytes: a BOM, valid UTF-8, else the legacy encoding whose byte
    /// statistics fit best.
    case auto
    case utf8 = "utf8"
    /// UTF-16 with a byte order mark (little-endian when there is none).
    case utf16 = "utf16"
    /// Windows-1258 (CP1258), decoded by ICU; tones may arrive as combining marks.
    case windows1258 = "windows-1258"
    /// VISCII (RFC 1456).
    case viscii
    /// TCVN3 (ABC, the `.VnTime` fonts): bytes as TCVN 5712:1993.
    case tcvn3
    /// VNI-Windows: a base letter followed by mark bytes.
    case vni

    /// The names the command line accepts, comma separated.
    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// Text decoded to Unicode, with what the decoder did to it.
public struct DecodedText: Sendable {
    /// The text (not yet NFC: normalization is the analyzer's job).
    public var text: String
    /// The encoding that was read; for `.auto`, the one detected.
    public var encoding: TextEncoding
    /// Invalid or unmappable input sequences replaced by U+FFFD.
    public var replacementCount: Int
    /// For each UTF-8 offset of `text` (plus one for the end), the byte offset in the input;
    /// nil when the two are the same.
    public var sourceOffsets: [Int]?

    /// The input byte offset of a UTF-8 offset of `text`.
    public func sourceOffset(of offset: Int) -> Int {
        sourceOffsets?[offset] ?? offset
    }
}
