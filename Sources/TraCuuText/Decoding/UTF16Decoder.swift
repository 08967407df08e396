/// UTF-16 with a byte order mark (little-endian without one); lone surrogates and an odd
/// trailing byte become U+FFFD and are counted.
enum UTF16Decoder {
    static func decode(_ bytes: [UInt8]) -> DecodedText {
        var bigEndian = false
        var index = 0
        if bytes.starts(with: [0xFE, 0xFF]) {
            bigEndian = true
            index = 2
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            index = 2
        }
        var output = String.UnicodeScalarView()
        var offsets: [Int] = []
        var replaced = 0
        func unit(at position: Int) -> UInt16 {
            bigEndian ? UInt16(bytes[position]) << 8 | UInt16(bytes[position + 1])
                : UInt16(bytes[position + 1]) << 8 | UInt16(bytes[position])
        }
        func emit(_ scalar: Unicode.Scalar, from start: Int) {
            output.append(scalar)
            offsets.append(contentsOf: repeatElement(start, count: UTF8.width(scalar)))
        }
        while index + 1 < bytes.count {
            let first = unit(at: index)
            if UTF16.isLeadSurrogate(first), index + 3 < bytes.count,
               case let second = unit(at: index + 2), UTF16.isTrailSurrogate(second) {
                let value = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
                emit(Unicode.Scalar(value) ?? "\u{FFFD}", from: index)
                index += 4
            } else if let scalar = Unicode.Scalar(UInt32(first)) {
                emit(scalar, from: index)
                index += 2
            } else {
                emit("\u{FFFD}", from: index)
                replaced += 1
                index += 2
            }
        }
        if index < bytes.count {
            emit("\u{FFFD}", from: index)
            replaced += 1
        }
        offsets.append(bytes.count)
        return DecodedText(text: String(output), encoding: .utf16, replacementCount: replaced,
                           sourceOffsets: offsets)
    }
}
