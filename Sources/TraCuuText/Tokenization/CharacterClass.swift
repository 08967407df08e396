/// Byte-level character classes for the scanner's ASCII fast path.
enum CharacterClass {
    /// Whether an ASCII byte is a letter or digit.
    @inline(__always)
    static func isAlphanumeric(_ byte: UInt8) -> Bool { table[Int(byte)] & 3 != 0 }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { table[Int(byte)] & 1 != 0 }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { table[Int(byte)] & 2 != 0 }

    @inline(__always)
    static func isUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// ASCII whitespace, which ends URLs.
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { table[Int(byte)] & 4 != 0 }

    /// Bit 0 letter, bit 1 digit, bit 2 space; bytes ≥ 0x80 are 0.
    private static let table: [UInt8] = (0..<256).map { value in
        switch value {
        case 0x41...0x5A, 0x61...0x7A: 1
        case 0x30...0x39: 2
        case 0x09...0x0D, 0x20: 4
        default: 0
        }
    }
}
