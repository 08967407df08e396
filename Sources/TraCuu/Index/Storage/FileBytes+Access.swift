/// Safe access to `FileBytes`.
///
/// `bytes` is valid only while the `FileBytes` object lives, and Swift may release an object
/// right after its last use, even in the middle of an expression: in
/// `Array(try directory.read(name).bytes)` the mapping can be gone before `Array` copies it.
/// These accessors keep the object alive for as long as the bytes are used.
extension FileBytes {
    /// Calls `body` with the bytes, keeping them valid until it returns.
    package func withUnsafeBytes<Result>(
        _ body: (UnsafeRawBufferPointer) throws -> Result
    ) rethrows -> Result {
        try withExtendedLifetime(self) { try body(bytes) }
    }

    /// A copy of the bytes in an array. Allocates and copies the whole file.
    package func copiedBytes() -> [UInt8] {
        withUnsafeBytes { Array($0) }
    }
}
