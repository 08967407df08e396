/// UTF-8 validation with replacement: each maximal invalid subsequence becomes one U+FFFD
/// (Unicode's "best practice", as ICU and Swift do) and is counted. A leading BOM is dropped.
enum UTF8Decoder {
    static func decode(_ bytes: [UInt8]) -> DecodedText {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if !hasBOM, let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: .utf8, replacementCount: 0)
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var offsets: [Int] = []
        offsets.reserveCapacity(bytes.count + 16)
        var replaced = 0
        var index = hasBOM ? 3 : 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            if length > 0 {
                for offset in 0..<length {
                    output.append(bytes[index + offset])
                    offsets.append(index + offset)
                }
                index += length
            } else {
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                offsets.append(contentsOf: [index, index, index])
                replaced += 1
                index += max(1, invalidSubsequenceLength(bytes, at: index))
            }
        }
        offsets.append(bytes.count)
        return DecodedText(text: String(decoding: output, as: UTF8.self), encoding: .utf8,
                           replacementCount: replaced, sourceOffsets: offsets)
    }

    /// The length of the well-formed sequence at `index`, or 0 (Unicode Table 3-7).
    static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        guard let (length, low, high) = leadRule(lead), index + length <= bytes.count else {
            return 0
        }
        let second = bytes[index + 1]
        guard second >= low && second <= high else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// How many bytes a maximal subpart of an ill-formed sequence covers (at least 1).
    static func invalidSubsequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        guard let (length, low, high) = leadRule(bytes[index]) else { return 1 }
        var consumed = 1
        while consumed < length, index + consumed < bytes.count {
            let byte = bytes[index + consumed]
            let fits = consumed == 1 ? (byte >= low && byte <= high) : byte & 0xC0 == 0x80
            guard fits else { break }
            consumed += 1
        }
        return consumed
    }

    /// Sequence length and the allowed range of the second byte for a lead byte.
    private static func leadRule(_ lead: UInt8) -> (Int, UInt8, UInt8)? {
        switch lead {
        case 0xC2...0xDF: (2, 0x80, 0xBF)
        case 0xE0: (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80, 0xBF)
        case 0xED: (3, 0x80, 0x9F)
        case 0xF0: (4, 0x90, 0xBF)
        case 0xF1...0xF3: (4, 0x80, 0xBF)
        case 0xF4: (4, 0x80, 0x8F)
        default: nil
        }
    }
}
