/// Fixed-width little-endian integers in byte arrays and raw buffers.
extension Array where Element == UInt8 {
    @inline(__always)
    mutating func appendLittleEndian(_ value: UInt32) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    @inline(__always)
    mutating func appendLittleEndian(_ value: UInt64) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    /// Appends a string as varint length + UTF-8.
    mutating func appendString(_ string: String) {
        VarInt.append(UInt64(string.utf8.count), to: &self)
        append(contentsOf: string.utf8)
    }
}

/// Bounds-checked reads from untrusted bytes: every read throws `DecodeError` instead of
/// trapping when the bytes are too short.
struct ByteReader {
    let bytes: UnsafeRawBufferPointer
    var offset: Int

    init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset >= bytes.count }

    mutating func uint32() throws(DecodeError) -> UInt32 {
        guard offset >= 0, bytes.count - offset >= 4 else { throw .truncated }
        defer { offset += 4 }
        return bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian
    }

    mutating func uint64() throws(DecodeError) -> UInt64 {
        guard offset >= 0, bytes.count - offset >= 8 else { throw .truncated }
        defer { offset += 8 }
        return bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian
    }

    mutating func varint() throws(DecodeError) -> UInt64 {
        try VarInt.read(bytes, at: &offset)
    }

    mutating func string() throws(DecodeError) -> String {
        let length = try varint()
        guard length <= UInt64(bytes.count - offset) else { throw .truncated }
        let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + Int(length))])
        offset += Int(length)
        return String(decoding: slice, as: UTF8.self)
    }

    /// A view of `count` fixed-width `UInt32`s starting here; moves past them.
    mutating func uint32Array(count: Int) throws(DecodeError) -> UInt32Array {
        guard count >= 0, count <= (bytes.count - offset) / 4 else { throw .truncated }
        let array = UInt32Array(bytes: UnsafeRawBufferPointer(
            rebasing: bytes[offset..<(offset + 4 * count)]))
        offset += 4 * count
        return array
    }
}

/// Little-endian `UInt32`s read in place from mapped bytes.
struct UInt32Array {
    let bytes: UnsafeRawBufferPointer

    var count: Int { bytes.count / 4 }

    @inline(__always)
    subscript(index: Int) -> UInt32 {
        bytes.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self).littleEndian
    }

    /// Checks that the values never decrease and stay at most `limit` (offsets into a heap
    /// of `limit` bytes, say).
    func checkAscending(limit: Int) throws(DecodeError) {
        var previous: UInt32 = 0
        for index in 0..<count {
            let value = self[index]
            guard value >= previous, Int(value) <= limit else { throw .outOfRange("offsets") }
            previous = value
        }
    }
}
