/// Encodes a run of `UInt32`s (doc ID deltas, term frequencies, position deltas) as bit-packed
/// blocks of 128 followed by a varint tail.
///
/// ```
/// stream := packedBlock* tail
/// packedBlock := bitWidth:u8 (0…32) bits:(16 * bitWidth bytes)   ; 128 values, BitPacking
/// tail := varint{count % 128}                                     ; LEB128, VarInt
/// ```
///
/// The value count is not stored: the caller keeps it (in the term dictionary) and passes it
/// back, so a reader knows that block `i` of `count` values holds `min(128, count - 128 * i)`.
///
/// Worked example, 259 values: two packed blocks and a 3-value tail.
///
/// ```
/// values 0..<128    max 1000 → bitWidth 10 → 1 + 16 * 10 = 161 bytes
/// values 128..<256  max 9    → bitWidth 4  → 1 + 16 * 4  =  65 bytes
/// values 256..<259  5, 300, 70000 → varints of 1, 2 and 3 bytes =   6 bytes
///                                                          total 232 bytes
/// ```
///
/// Decoding is driven by `count`, never by the bytes alone, and throws `DecodeError` on a bad
/// bit width, an overlong varint or a stream that ends early; no input traps.
package enum BlockCodec {
    /// The number of values in a full, bit-packed block.
    package static let blockSize = BitPacking.blockSize

    /// Appends `values`: one packed block per 128 values, then the rest as varints. Does not
    /// write the count. Grows `output` by at most `5 * values.count + values.count / 128` bytes.
    package static func encode(_ values: UnsafeBufferPointer<UInt32>, to output: inout [UInt8]) {
        var start = 0
        while values.count - start >= blockSize {
            let block = UnsafeBufferPointer(rebasing: values[start..<start + blockSize])
            let maxValue = block.reduce(0, |)
            let bitWidth = BitPacking.bitWidth(of: maxValue)
            output.append(UInt8(bitWidth))
            BitPacking.pack(block, bitWidth: bitWidth, to: &output)
            start += blockSize
        }
        for value in values[start...] {
            VarInt.append(value, to: &output)
        }
    }

    /// Appends `values` (see `encode(_:to:)`).
    package static func encode(_ values: [UInt32], to output: inout [UInt8]) {
        values.withUnsafeBufferPointer { encode($0, to: &output) }
    }

    /// The number of values in block `index` of a stream of `count` values (128 for every
    /// block but the last).
    @inline(__always)
    package static func blockCount(ofBlock index: Int, totalCount count: Int) -> Int {
        min(blockSize, count - index * blockSize)
    }

    /// Decodes one block of `count` values at `offset` into `output[0..<count]` and moves
    /// `offset` past it: 128 values are a packed block, 1…127 a varint tail, 0 reads nothing.
    ///
    /// Throws `.outOfRange` for a count outside 0…128, a negative offset or a bit width above
    /// 32, `.truncated` when the bytes end early, `.overlong` for a varint above `UInt32.max`.
    /// `offset` is unspecified after a throw. Precondition: `output.count >= count` for a valid
    /// `count`.
    @inline(__always)
    package static func decodeBlock(
        _ bytes: UnsafeRawBufferPointer,
        at offset: inout Int,
        count: Int,
        into output: UnsafeMutableBufferPointer<UInt32>
    ) throws(DecodeError) {
        guard (0...blockSize).contains(count) else {
            throw .outOfRange("block of \(count) values")
        }
        guard offset >= 0 else { throw .outOfRange("offset \(offset)") }
        precondition(output.count >= count, "decodeBlock(_:) output holds fewer than count")
        if count == blockSize {
            guard offset < bytes.count else { throw .truncated }
            let bitWidth = Int(bytes[offset])
            var position = offset + 1
            try BitPacking.unpack(bytes, at: &position, bitWidth: bitWidth, into: output)
            offset = position
        } else {
            for index in 0..<count {
                output[index] = try VarInt.readUInt32(bytes, at: &offset)
            }
        }
    }

    /// Decodes a whole stream of `count` values at `offset` and moves `offset` past it.
    ///
    /// Allocates one array of `count` values. Throws as `decodeBlock`; a `count` the remaining
    /// bytes cannot hold (every block takes at least one byte) throws `.truncated` before
    /// allocating, so a corrupt count cannot ask for a huge array.
    package static func decodeAll(
        _ bytes: UnsafeRawBufferPointer, at offset: inout Int, count: Int
    ) throws(DecodeError) -> [UInt32] {
        guard count >= 0 else { throw .outOfRange("stream of \(count) values") }
        guard offset >= 0 else { throw .outOfRange("offset \(offset)") }
        guard offset <= bytes.count else { throw .truncated }
        let remaining = bytes.count - offset
        let fullBlocks = count / blockSize
        let tail = count % blockSize
        guard fullBlocks <= remaining, tail <= remaining - fullBlocks else { throw .truncated }
        var values = [UInt32](repeating: 0, count: count)
        var failure: DecodeError?
        var position = offset
        values.withUnsafeMutableBufferPointer { buffer in
            var start = 0
            while start < count {
                let blockCount = min(blockSize, count - start)
                let block = UnsafeMutableBufferPointer(rebasing: buffer[start..<start + blockCount])
                do throws(DecodeError) {
                    try decodeBlock(bytes, at: &position, count: blockCount, into: block)
                } catch {
                    failure = error
                    return
                }
                start += blockCount
            }
        }
        if let failure { throw failure }
        offset = position
        return values
    }
}
