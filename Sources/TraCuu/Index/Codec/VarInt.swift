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
}
