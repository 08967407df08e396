/// Text between Swift's UTF-8 and ICU's UTF-16, by hand: the standard library's generic
/// `String(decoding:as: UTF16.self)` and `Array(text.utf16)` cost hundreds of instructions a
/// code unit on this toolchain, far more than the ICU calls they feed.
enum UTF16Transcoding {
    /// The UTF-16 code units of `text`.
    static func units(of text: String) -> [UInt16] {
        var text = text
        return text.withUTF8 { units(ofUTF8: $0) }
    }

    /// Appends a scalar's one or two code units.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to units: inout [UInt16]) {
        UTF16.encode(scalar) { units.append($0) }
    }

    /// The UTF-16 code units of valid UTF-8 (the bytes of a Swift string).
    static func units(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [UInt16] {
        // With capacity 0 the array initializer writes a count of 0 into the shared empty
        // array, which ThreadSanitizer reports as a race between threads doing the same.
        guard !bytes.isEmpty else { return [] }
        // A UTF-8 sequence never has fewer bytes than its UTF-16 form has code units.
        return [UInt16](unsafeUninitializedCapacity: bytes.count) { units, count in
            var index = 0
            var written = 0
            while index < bytes.count {
                if bytes[index] < 0x80 {
                    units[written] = UInt16(bytes[index])
                    written += 1
                    index += 1
                    continue
                }
                let (value, length) = UTF8Decoding.scalar(in: bytes, at: index)
                index += length
                if value < 0x1_0000 {
                    units[written] = UInt16(truncatingIfNeeded: value)
                    written += 1
                } else {
                    let offset = value - 0x1_0000
                    units[written] = 0xD800 | UInt16(truncatingIfNeeded: offset >> 10)
                    units[written + 1] = 0xDC00 | UInt16(truncatingIfNeeded: offset & 0x3FF)
                    written += 2
                }
            }
            count = written
        }
    }

    /// The string of UTF-16 code units, each unpaired surrogate read as U+FFFD: the same as
    /// `String(decoding: units, as: UTF16.self)`.
    static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
        // Three UTF-8 bytes at most per code unit (a surrogate pair is four for two).
        String(unsafeUninitializedCapacity: units.count * 3) { bytes in
            var index = 0
            var written = 0
            while index < units.count {
                let unit = UInt32(units[index])
                index += 1
                var value = unit
                if unit & 0xF800 == 0xD800 {
                    if unit < 0xDC00, index < units.count, units[index] & 0xFC00 == 0xDC00 {
                        value = 0x1_0000 + ((unit & 0x3FF) << 10 | UInt32(units[index] & 0x3FF))
                        index += 1
                    } else {
                        value = 0xFFFD
                    }
                }
                switch value {
                case ..<0x80:
                    bytes[written] = UInt8(truncatingIfNeeded: value)
                    written += 1
                case ..<0x800:
                    bytes[written] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                    bytes[written + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    written += 2
                case ..<0x1_0000:
                    bytes[written] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
                    bytes[written + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    bytes[written + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    written += 3
                default:
                    bytes[written] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
                    bytes[written + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
                    bytes[written + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    bytes[written + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    written += 4
                }
            }
            return written
        }
    }
}
