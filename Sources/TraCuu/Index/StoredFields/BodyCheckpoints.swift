/// Where some of a body's tokens start, kept beside the document in its stored fields (field
/// `body-checkpoints`), so that a snippet scans the body from near its window instead of
/// from the start: about every 64 tokens, a token that follows white space, as its index
/// among the body's tokens and its UTF-8 offset. A scan started there cuts the same tokens as
/// one from the start: no token holds white space. Written as decimal pairs,
/// `"64 301 128 622"`.
struct BodyCheckpoints {
    static let fieldName = "body-checkpoints"
    static let spacing = 64

    private(set) var tokens: [Int] = []
    private(set) var offsets: [Int] = []

    init() {}

    /// Whether a checkpoint is due at token `token` (tokens in order).
    func isDue(_ token: Int) -> Bool { token >= (tokens.last ?? 0) + Self.spacing }

    /// Keeps token `token`, which starts at `offset` of the body, right after white space.
    mutating func add(token: Int, offset: Int) {
        tokens.append(token)
        offsets.append(offset)
    }

    /// The stored field; nil without checkpoints.
    var field: StoredField? {
        guard !tokens.isEmpty else { return nil }
        let pairs = zip(tokens, offsets).map { "\($0) \($1)" }
        return StoredField(name: Self.fieldName, value: pairs.joined(separator: " "))
    }

    /// The checkpoints stored in `value` for `body`, once checked: ascending, inside the
    /// body, each right after white space. Empty when any is not (the scan then starts at
    /// the body's start).
    init(field value: String, body: UnsafeBufferPointer<UInt8>) {
        let numbers = value.split(separator: " ").map { Int($0) }
        guard numbers.count.isMultiple(of: 2) else { return }
        var tokens: [Int] = [], offsets: [Int] = []
        for pair in stride(from: 0, to: numbers.count, by: 2) {
            guard let token = numbers[pair], let offset = numbers[pair + 1],
                  token > (tokens.last ?? 0), offset > (offsets.last ?? 0),
                  offset < body.count, Self.isWhiteSpace(body[offset - 1]) else { return }
            tokens.append(token)
            offsets.append(offset)
        }
        self.tokens = tokens
        self.offsets = offsets
    }

    /// The last checkpoint at or before token `token`: where to start scanning to reach it;
    /// (0, 0) when none is.
    func start(before token: Int) -> (token: Int, offset: Int) {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle] <= token { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? (0, 0) : (tokens[low - 1], offsets[low - 1])
    }

    static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }
}
