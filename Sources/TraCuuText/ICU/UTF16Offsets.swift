/// Maps UTF-16 offsets (ICU's unit) back to UTF-8 byte offsets (TraCuu's unit).
struct UTF16Offsets {
    /// `utf8Offset[i]` is the UTF-8 offset of UTF-16 offset `i`; one extra entry for the end.
    private let utf8Offset: [Int]

    /// The map for valid UTF-8 bytes (the bytes of a Swift string), in one pass over them.
    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var offsets: [Int] = []
        offsets.reserveCapacity(bytes.count + 1)
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            offsets.append(index)
            switch lead {
            case ..<0x80: index += 1
            case ..<0xE0: index += 2
            case ..<0xF0: index += 3
            default:
                // Four bytes are a surrogate pair: two UTF-16 offsets, one UTF-8 offset.
                offsets.append(index)
                index += 4
            }
        }
        offsets.append(index)
        utf8Offset = offsets
    }

    /// The UTF-8 offset of a UTF-16 offset that lies on a scalar boundary.
    func utf8(_ utf16: Int) -> Int { utf8Offset[utf16] }
}
