/// What a decoder found wrong in bytes read from disk. Callers turn it into
/// `IndexError.corrupted` naming the file.
package enum DecodeError: Error, Sendable, Equatable {
    /// The bytes end before the value does.
    case truncated
    /// A varint longer than its type allows.
    case overlong
    /// A bit width above 32, or another field out of its range.
    case outOfRange(String)
}
