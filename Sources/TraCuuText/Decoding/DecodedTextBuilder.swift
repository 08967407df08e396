/// Collects a decoder's output: UTF-8 bytes, the input offset each byte came from, and how
/// many scalars were U+FFFD replacements.
struct DecodedTextBuilder {
    private var output: [UInt8] = []
    private var offsets: [Int] = []
    private var replacementCount = 0

    /// Reserves room for about `inputCount` bytes of mostly-ASCII input.
    init(inputCount: Int) {
        output.reserveCapacity(inputCount + inputCount / 4)
        offsets.reserveCapacity(inputCount + inputCount / 4 + 1)
    }

    /// Appends `scalar`, decoded from the input byte at `offset`; counts it when it is U+FFFD.
    mutating func append(_ scalar: Unicode.Scalar, from offset: Int) {
        if scalar == "\u{FFFD}" { replacementCount += 1 }
        let before = output.count
        UTF8.encode(scalar) { output.append($0) }
        offsets.append(contentsOf: repeatElement(offset, count: output.count - before))
    }

    /// The decoded text; `inputCount` is the end entry of `sourceOffsets`.
    func finished(as encoding: TextEncoding, inputCount: Int) -> DecodedText {
        DecodedText(text: String(decoding: output, as: UTF8.self), encoding: encoding,
                    replacementCount: replacementCount, sourceOffsets: offsets + [inputCount])
    }
}
