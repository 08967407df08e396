/// Makes a line of bytes valid UTF-8 before it is parsed: each invalid byte sequence becomes
/// U+FFFD, as Swift's own decoding does (the longest valid prefix of a broken sequence is one
/// replacement), and the replacements are counted so that they can be reported.
enum UTF8Repair {
    /// `bytes` unchanged when they are valid UTF-8, else a repaired copy; and the number of
    /// sequences replaced. Valid input costs one validating pass and no allocation.
    static func repaired(_ bytes: [UInt8]) -> (bytes: [UInt8], replacements: Int) {
        if isValid(bytes) { return (bytes, 0) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var replacements = 0
        var decoder = Unicode.UTF8()
        var iterator = bytes.makeIterator()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                UTF8.encode(scalar) { output.append($0) }
            case .error:
                replacements += 1
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case .emptyInput:
                break decoding
            }
        }
        return (output, replacements)
    }

    private static func isValid(_ bytes: [UInt8]) -> Bool {
        if bytes.allSatisfy({ $0 < 0x80 }) { return true }
        return String(validating: bytes, as: UTF8.self) != nil
    }
}

