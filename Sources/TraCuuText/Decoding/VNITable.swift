/// VNI-Windows, byte by byte. VNI is a font encoding: files hold CP1252 byte values, and
/// the VNI fonts draw some of them as Vietnamese letters (`ñ` = đ, `ô` = ơ, `ö` = ư, `ì í æ
/// ó ò` = ì í ỉ ĩ ị, `î` = ỵ) and others as marks over the letter before them (`aù` = á,
/// `aâ` = â, `aá` = ấ, `aê` = ă, `aé` = ắ). Uppercase letters take the uppercase form of
/// the mark byte (0x20 lower: `AÙ` = Á); decoding accepts either form after either case.
///
/// Source: the VNI column of `src/charsets.ts` in github.com/duydev/vietnamese-conversion
/// (MIT, commit 46413a0), all 134 toned and marked letters; cross-checked against the
/// uppercase table in `vni.h` of github.com/lamdao/xvnkb and a `VNItoUNICODE` VBA function
/// in a public repository, which agree byte for byte. Some converters write ỵ as `yï`; as
/// a mark byte after `y`, `ï` decodes to ỵ too.
///
/// Bytes with no VNI meaning read as CP1252, VNI's base code page: 0x80-0x9F as CP1252's
/// punctuation, the five bytes CP1252 leaves undefined as U+FFFD, and the twelve other
/// bytes ≥ 0xC0 (Ç Ð × Ý Þ ß ç ð ÷ ý þ ÿ) as themselves: no source says what VNI fonts
/// draw there.
enum VNITable {
    /// What one byte means.
    struct Entry {
        /// The scalar the byte stands for on its own: a letter, or the CP1252 character;
        /// U+FFFD for CP1252's undefined bytes. Mark bytes use it when no letter precedes.
        let scalar: Unicode.Scalar
        /// For a mark byte, the quality mark it puts on the letter before it (U+0302
        /// circumflex, U+0306 breve), else nil.
        let quality: Unicode.Scalar?
        /// For a mark byte, the tone mark (U+0300 U+0301 U+0309 U+0303 U+0323), else nil.
        let tone: Unicode.Scalar?

        /// Whether the byte is a mark over the letter before it.
        var isMark: Bool { quality != nil || tone != nil }
        /// Whether the byte stands for a letter that a following mark byte may sit on.
        var isLetter: Bool { !isMark && scalar.properties.isAlphabetic }
    }

    /// Indexed by byte.
    static let entries: [Entry] = (0...255).map { entry(for: UInt8($0)) }

    /// Single-byte letters: byte → scalar, lowercase and uppercase.
    private static let letterBytes: [(UInt8, UInt32)] = [
        (0xF1, 0x0111), (0xD1, 0x0110),  // ñ Ñ: đ Đ
        (0xF4, 0x01A1), (0xD4, 0x01A0),  // ô Ô: ơ Ơ
        (0xF6, 0x01B0), (0xD6, 0x01AF),  // ö Ö: ư Ư
        (0xEC, 0x00EC), (0xCC, 0x00CC),  // ì Ì: ì Ì
        (0xED, 0x00ED), (0xCD, 0x00CD),  // í Í: í Í
        (0xE6, 0x1EC9), (0xC6, 0x1EC8),  // æ Æ: ỉ Ỉ
        (0xF3, 0x0129), (0xD3, 0x0128),  // ó Ó: ĩ Ĩ
        (0xF2, 0x1ECB), (0xD2, 0x1ECA),  // ò Ò: ị Ị
        (0xEE, 0x1EF5), (0xCE, 0x1EF4),  // î Î: ỵ Ỵ
    ]

    /// Mark bytes in their lowercase form: byte, quality mark, tone mark.
    private static let markBytes: [(UInt8, UInt32?, UInt32?)] = [
        (0xF8, nil, 0x0300), (0xF9, nil, 0x0301), (0xFB, nil, 0x0309),  // ø ù û
        (0xF5, nil, 0x0303), (0xEF, nil, 0x0323),  // õ ï
        (0xE2, 0x0302, nil), (0xE0, 0x0302, 0x0300), (0xE1, 0x0302, 0x0301),  // â à á
        (0xE5, 0x0302, 0x0309), (0xE3, 0x0302, 0x0303), (0xE4, 0x0302, 0x0323),  // å ã ä
        (0xEA, 0x0306, nil), (0xE8, 0x0306, 0x0300), (0xE9, 0x0306, 0x0301),  // ê è é
        (0xFA, 0x0306, 0x0309), (0xFC, 0x0306, 0x0303), (0xEB, 0x0306, 0x0323),  // ú ü ë
    ]

    /// CP1252 0x80-0x9F; 0xFFFD where CP1252 defines nothing.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 0x80
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,  // 0x88
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 0x90
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,  // 0x98
    ]

    private static func entry(for byte: UInt8) -> Entry {
        let cp1252 = (0x80...0x9F).contains(byte) ? cp1252High[Int(byte) - 0x80] : UInt32(byte)
        if let letter = letterBytes.first(where: { $0.0 == byte }) {
            return Entry(scalar: scalar(letter.1), quality: nil, tone: nil)
        }
        if let mark = markBytes.first(where: { $0.0 == byte || $0.0 == byte | 0x20 }),
           byte >= 0xC0 {
            return Entry(scalar: scalar(cp1252), quality: mark.1.map(scalar),
                         tone: mark.2.map(scalar))
        }
        return Entry(scalar: scalar(cp1252), quality: nil, tone: nil)
    }

    private static func scalar(_ value: UInt32) -> Unicode.Scalar {
        Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
