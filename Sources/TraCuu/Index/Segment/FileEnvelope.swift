/// The frame around every index file: a header with a magic and the format version, the
/// body, and a footer with the body's length and CRC-32C.
///
/// ```
/// file   := magic:4 version:u32le body footer
/// footer := bodyLength:u64le crc32c(body):u32le "TCft"
/// ```
/// Readers verify the magic, the version (refusing other versions with
/// `IndexError.incompatibleFormat`) and the length when they open a file, O(1), and the
/// checksum before they trust the body: segment files on first use (`SegmentFiles`), small
/// files (manifest, tombstones) at once.
package enum FileEnvelope {
    /// The format version this build writes and reads (history in `SegmentFormat`); an
    /// index of another version must be built again.
    package static let formatVersion: UInt32 = 4
    static let headerSize = 8
    static let footerSize = 16
    private static let footerMagic = Array("TCft".utf8)

    /// The header bytes for a file kind (`magic` is four ASCII letters, such as `TCpo`).
    package static func header(magic: String) -> [UInt8] {
        precondition(magic.utf8.count == 4, "a file magic is four bytes")
        var header = Array(magic.utf8)
        withUnsafeBytes(of: formatVersion.littleEndian) { header.append(contentsOf: $0) }
        return header
    }

    /// The footer for a body of `length` bytes with checksum `crc`.
    package static func footer(bodyLength length: Int, crc: UInt32) -> [UInt8] {
        var footer: [UInt8] = []
        withUnsafeBytes(of: UInt64(length).littleEndian) { footer.append(contentsOf: $0) }
        withUnsafeBytes(of: crc.littleEndian) { footer.append(contentsOf: $0) }
        footer.append(contentsOf: footerMagic)
        return footer
    }

    /// Checks a whole file and returns its body. Throws `.corrupted` naming `file` for a bad
    /// magic, length or checksum, `.incompatibleFormat` for another version. O(file size).
    package static func body(of bytes: UnsafeRawBufferPointer, magic: String, file: String)
        throws -> UnsafeRawBufferPointer
    {
        let body = try frame(of: bytes, magic: magic, file: file)
        try verifyChecksum(of: bytes, file: file)
        return body
    }

    /// Checks the frame of a file (magic, version, footer magic, body length) without reading
    /// the body, and returns the body, not yet to be trusted: O(1). Verify its checksum
    /// (`verifyChecksum(of:file:)`) before decoding it. Throws as `body(of:magic:file:)`.
    package static func frame(of bytes: UnsafeRawBufferPointer, magic: String, file: String)
        throws -> UnsafeRawBufferPointer
    {
        guard bytes.count >= headerSize + footerSize else {
            throw IndexError.corrupted(file, "too short (\(bytes.count) bytes)")
        }
        guard bytes.prefix(4).elementsEqual(magic.utf8) else {
            throw IndexError.corrupted(file, "not a \(magic) file (bad magic)")
        }
        let version = bytes.loadUnaligned(fromByteOffset: 4, as: UInt32.self).littleEndian
        guard version >= 1 else { throw IndexError.corrupted(file, "format version 0") }
        guard version == formatVersion else {
            let advice = version > formatVersion ? "Upgrade TraCuu to open it."
                : "Index the documents again to rebuild it."
            throw IndexError(.incompatibleFormat,
                             "index file \(file) has format version \(version); this build reads "
                             + "version \(formatVersion). \(advice)", file: file)
        }
        let footerStart = bytes.count - footerSize
        guard bytes[footerStart + 12..<bytes.count].elementsEqual(footerMagic) else {
            throw IndexError.corrupted(file, "bad footer magic (truncated file?)")
        }
        let length = bytes.loadUnaligned(fromByteOffset: footerStart, as: UInt64.self).littleEndian
        guard length == UInt64(footerStart - headerSize) else {
            throw IndexError.corrupted(file, "body length \(length) does not match the file size")
        }
        return UnsafeRawBufferPointer(rebasing: bytes[headerSize..<footerStart])
    }

    /// Verifies the CRC-32C of a file whose frame `frame(of:magic:file:)` accepted: reads
    /// every byte of the body once. Throws `.corrupted` naming `file` on a mismatch.
    package static func verifyChecksum(of bytes: UnsafeRawBufferPointer, file: String) throws {
        let footerStart = bytes.count - footerSize
        let body = UnsafeRawBufferPointer(rebasing: bytes[headerSize..<footerStart])
        let stored = bytes.loadUnaligned(fromByteOffset: footerStart + 8, as: UInt32.self)
            .littleEndian
        guard Checksum.crc32c(body) == stored else {
            throw IndexError.corrupted(file, "checksum mismatch")
        }
    }

    /// Writes a whole file: header, body, footer.
    package static func write(_ body: [UInt8], magic: String, to output: any FileOutput) throws {
        try output.write(header(magic: magic))
        try output.write(body)
        try output.write(footer(bodyLength: body.count, crc: Checksum.crc32c(body)))
    }
}
