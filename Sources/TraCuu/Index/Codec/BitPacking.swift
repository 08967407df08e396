/// Packs blocks of exactly 128 `UInt32`s at a common bit width, the body of a postings block.
///
/// A block at bit width `w` takes `16 * w` bytes. Bits run little-endian: value 0 sits in the
/// lowest `w` bits of byte 0, value 1 starts at bit `w`, and a value may straddle bytes.
///
/// ```
/// w = 3, values 5, 1, 7, 0, 2, …   bits (low first): 101 100 111 000 010 …
/// byte 0 = 0b11_001_101 = 0xCD     (value 2 straddles bytes 0 and 1)
/// ```
///
/// `unpack` is the hot loop of query evaluation. Eight values at width `w` fill exactly `w`
/// bytes, so it decodes groups of eight with one unaligned 64-bit load, a shift and a mask per
/// value; a `switch` on the width hands each width its own copy of the kernel in which every
/// shift and mask is a constant. It never allocates.
package enum BitPacking {
    /// The number of values in a packed block.
    package static let blockSize = 128

    /// The largest bit width a block can have.
    package static let maxBitWidth = 32

    /// The number of bits needed to hold `maxValue`: 0 for 0, 32 for values ≥ 2³¹.
    @inline(__always)
    package static func bitWidth(of maxValue: UInt32) -> Int {
        UInt32.bitWidth - maxValue.leadingZeroBitCount
    }

    /// The number of bytes a block of 128 values takes at `bitWidth`.
    @inline(__always)
    package static func packedByteCount(bitWidth: Int) -> Int {
        blockSize / 8 * bitWidth
    }

    /// Appends exactly 128 `values` packed at `bitWidth`, `16 * bitWidth` bytes.
    ///
    /// Preconditions: `values.count == 128`, `bitWidth` in 0…32, and every value fits in
    /// `bitWidth` bits (pass `bitWidth(of:)` of their maximum).
    package static func pack(
        _ values: UnsafeBufferPointer<UInt32>, bitWidth: Int, to output: inout [UInt8]
    ) {
        precondition(values.count == blockSize, "pack(_:) takes exactly 128 values")
        precondition((0...maxBitWidth).contains(bitWidth), "bit width \(bitWidth) is not 0…32")
        output.reserveCapacity(output.count + packedByteCount(bitWidth: bitWidth))
        var pending: UInt64 = 0
        var pendingBits = 0
        var union: UInt32 = 0
        for value in values {
            union |= value
            // pendingBits < 8 here, so the shifted value stays below bit 40.
            pending |= UInt64(value) &<< UInt64(pendingBits)
            pendingBits &+= bitWidth
            while pendingBits >= 8 {
                output.append(UInt8(truncatingIfNeeded: pending))
                pending &>>= 8
                pendingBits &-= 8
            }
        }
        precondition(Self.bitWidth(of: union) <= bitWidth, "a value does not fit \(bitWidth) bits")
    }

    /// Reads a block of 128 values packed at `bitWidth` from `offset` into `output[0..<128]`
    /// and moves `offset` past its `16 * bitWidth` bytes.
    ///
    /// Throws `.outOfRange` for a bit width outside 0…32 or a negative offset, `.truncated` when
    /// fewer than `16 * bitWidth` bytes remain; `offset` is unchanged when it throws.
    /// Precondition: `output.count >= 128`. Reads the 8 bytes past the block when they exist;
    /// a block at the very end of `bytes` is copied to a stack buffer first.
    @inline(__always)
    package static func unpack(
        _ bytes: UnsafeRawBufferPointer,
        at offset: inout Int,
        bitWidth: Int,
        into output: UnsafeMutableBufferPointer<UInt32>
    ) throws(DecodeError) {
        precondition(output.count >= blockSize, "unpack(_:) needs room for 128 values")
        guard (0...maxBitWidth).contains(bitWidth) else {
            throw .outOfRange("bit width \(bitWidth)")
        }
        guard offset >= 0 else { throw .outOfRange("offset \(offset)") }
        let byteCount = packedByteCount(bitWidth: bitWidth)
        let available = bytes.count - offset
        guard available >= byteCount else { throw .truncated }
        // Non-nil: output.count >= 128.
        guard let target = output.baseAddress else { return }
        if bitWidth == 0 {
            target.update(repeating: 0, count: blockSize)
        } else if available >= byteCount + 8, let base = bytes.baseAddress {
            unpackBlock(base + offset, bitWidth: bitWidth, into: target)
        } else {
            unpackAtEnd(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + byteCount]),
                        bitWidth: bitWidth, into: target)
        }
        offset += byteCount
    }

    /// Copies the last block of a buffer into zero-padded stack memory so the kernel's 8-byte
    /// loads stay in bounds.
    @inline(never)
    private static func unpackAtEnd(
        _ block: UnsafeRawBufferPointer, bitWidth: Int, into target: UnsafeMutablePointer<UInt32>
    ) {
        let capacity = packedByteCount(bitWidth: maxBitWidth) + 8
        withUnsafeTemporaryAllocation(byteCount: capacity, alignment: 8) { scratch in
            scratch.initializeMemory(as: UInt8.self, repeating: 0)
            scratch.copyMemory(from: block)
            if let base = scratch.baseAddress {
                unpackBlock(UnsafeRawPointer(base), bitWidth: bitWidth, into: target)
            }
        }
    }

    /// Dispatches to a kernel specialised for one bit width in 1…32. The 8 bytes after the
    /// block's `16 * bitWidth` must be readable.
    private static func unpackBlock(
        _ source: UnsafeRawPointer, bitWidth: Int, into target: UnsafeMutablePointer<UInt32>
    ) {
        switch bitWidth {
        case 1: unpackGroups(source, width: 1, into: target)
        case 2: unpackGroups(source, width: 2, into: target)
        case 3: unpackGroups(source, width: 3, into: target)
        case 4: unpackGroups(source, width: 4, into: target)
        case 5: unpackGroups(source, width: 5, into: target)
        case 6: unpackGroups(source, width: 6, into: target)
        case 7: unpackGroups(source, width: 7, into: target)
        case 8: unpackGroups(source, width: 8, into: target)
        case 9: unpackGroups(source, width: 9, into: target)
        case 10: unpackGroups(source, width: 10, into: target)
        case 11: unpackGroups(source, width: 11, into: target)
        case 12: unpackGroups(source, width: 12, into: target)
        case 13: unpackGroups(source, width: 13, into: target)
        case 14: unpackGroups(source, width: 14, into: target)
        case 15: unpackGroups(source, width: 15, into: target)
        case 16: unpackGroups(source, width: 16, into: target)
        case 17: unpackGroups(source, width: 17, into: target)
        case 18: unpackGroups(source, width: 18, into: target)
        case 19: unpackGroups(source, width: 19, into: target)
        case 20: unpackGroups(source, width: 20, into: target)
        case 21: unpackGroups(source, width: 21, into: target)
        case 22: unpackGroups(source, width: 22, into: target)
        case 23: unpackGroups(source, width: 23, into: target)
        case 24: unpackGroups(source, width: 24, into: target)
        case 25: unpackGroups(source, width: 25, into: target)
        case 26: unpackGroups(source, width: 26, into: target)
        case 27: unpackGroups(source, width: 27, into: target)
        case 28: unpackGroups(source, width: 28, into: target)
        case 29: unpackGroups(source, width: 29, into: target)
        case 30: unpackGroups(source, width: 30, into: target)
        case 31: unpackGroups(source, width: 31, into: target)
        case 32: unpackGroups(source, width: 32, into: target)
        default: preconditionFailure("bit width \(bitWidth) reached the kernel")
        }
    }

    /// Sixteen groups of eight values; group `g` starts at byte `g * width`. Inlined into each
    /// `case` above, where `width` is a literal and every offset, shift and mask folds.
    @inline(__always)
    private static func unpackGroups(
        _ source: UnsafeRawPointer, width: Int, into target: UnsafeMutablePointer<UInt32>
    ) {
        let mask: UInt64 = (1 &<< UInt64(width)) &- 1
        var input = source
        var output = target
        for _ in 0..<blockSize / 8 {
            output[0] = value(0, in: input, width: width, mask: mask)
            output[1] = value(1, in: input, width: width, mask: mask)
            output[2] = value(2, in: input, width: width, mask: mask)
            output[3] = value(3, in: input, width: width, mask: mask)
            output[4] = value(4, in: input, width: width, mask: mask)
            output[5] = value(5, in: input, width: width, mask: mask)
            output[6] = value(6, in: input, width: width, mask: mask)
            output[7] = value(7, in: input, width: width, mask: mask)
            input += width
            output += 8
        }
    }

    /// Value `index` (0…7) of the group at `group`: bits `index * width` onwards.
    @inline(__always)
    private static func value(
        _ index: Int, in group: UnsafeRawPointer, width: Int, mask: UInt64
    ) -> UInt32 {
        let bit = index &* width
        let word = group.loadUnaligned(fromByteOffset: bit &>> 3, as: UInt64.self).littleEndian
        return UInt32(truncatingIfNeeded: (word &>> UInt64(bit & 7)) & mask)
    }
}
