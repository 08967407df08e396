/// Maps UTF-16 offsets (ICU's unit) back to UTF-8 byte offsets (TraCuu's unit).
struct UTF16Offsets {
    /// `utf8Offset[i]` is the UTF-8 offset of UTF-16 offset `i`; one extra entry for the end.
    private let utf8Offset: [Int]

    init(_ text: String) {
        var offsets: [Int] = []
        offsets.reserveCapacity(text.utf16.count + 1)
        var utf8 = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            for _ in 0..<UTF16.width(scalar) { offsets.append(utf8) }
            utf8 += width
        }
        offsets.append(utf8)
        utf8Offset = offsets
    }

    /// The UTF-8 offset of a UTF-16 offset that lies on a scalar boundary.
    func utf8(_ utf16: Int) -> Int { utf8Offset[utf16] }
}
