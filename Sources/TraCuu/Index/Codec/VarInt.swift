/// LEB128 variable-length integers: 7 bits a byte, low bits first, high bit set on all bytes
/// but the last. Values below 128 take one byte.
package enum VarInt {
    /// Appends `value`.
    @inline(__always)
    package static func append(_ value: UInt64, to output: inout [UInt8]) {
        var remaining = value
        while remaining >= 0x80 {
            output.append(UInt8(truncatingIfNeeded: remaining) | 0x80)
            remaining >>= 7
        }
        output.append(UInt8(remaining))
    }

    @inline(__always)
    package static func append(_ value: UInt32, to output: inout [UInt8]) {
        append(UInt64(value), to: &output)
    }

    /// Reads a value at `offset` and moves `offset` past it.
    @inline(__always)
    package static func read(_ bytes: UnsafeRawBufferPointer, at offset: inout Int)
        throws(DecodeError) -> UInt64
    {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count else { throw .truncated }
            let byte = bytes[offset]
            offset += 1
            guard shift < 64, shift != 63 || byte <= 1 else { throw .overlong }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// Reads a value that must fit 32 bits.
    @inline(__always)
    package static func readUInt32(_ bytes: UnsafeRawBufferPointer, at offset: inout Int)
        throws(DecodeError) -> UInt32
    {
        let value = try read(bytes, at: &offset)
        guard value <= UInt64(UInt32.max) else { throw .overlong }
        return UInt32(value)
    }

    /// Moves `offset` past `count` values without decoding them: eight bytes at a time,
    /// counting the bytes that end a value (high bit clear). Throws `.truncated` when the
    /// bytes end first; does not check the skipped values' lengths.
    package static func skip(_ count: Int, in bytes: UnsafeRawBufferPointer, at offset: inout Int)
        throws(DecodeError)
    {
        var remaining = count
        var position = offset
        while remaining > 0 {
            if bytes.count - position >= 8 {
                let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: position,
                                                                    as: UInt64.self))
                var ends = ~word & 0x8080_8080_8080_8080
                let found = ends.nonzeroBitCount
                if found < remaining {
                    remaining -= found
                    position += 8
                    continue
                }
                for _ in 1..<remaining { ends &= ends - 1 }
                position += ends.trailingZeroBitCount / 8 + 1
                remaining = 0
            } else {
                guard position < bytes.count else { throw .truncated }
                if bytes[position] < 0x80 { remaining -= 1 }
                position += 1
            }
        }
        offset = position
    }
}
