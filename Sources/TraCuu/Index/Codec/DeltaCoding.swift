/// Turns ascending `UInt32`s (doc IDs, positions within a document) into the gaps between them
/// and back, in place, so that the block codec packs small numbers.
///
/// ```
/// values  3, 7, 8, 20     encode(_:)           3, 4, 1, 12
/// deltas  3, 4, 1, 12     decode(_:)           3, 7, 8, 20
/// with base 2:            encode(_:after: 2)   1, 4, 1, 12
/// ```
///
/// Arithmetic wraps (`&-`, `&+`): on sorted input no gap wraps, and on anything else the round
/// trip still restores the input, so corrupt bytes decode to wrong numbers, never to a trap.
package enum DeltaCoding {
    /// Replaces each value by its difference from the one before; the first value becomes its
    /// difference from `base` (0 keeps it as is). O(n), no allocation.
    ///
    /// `values` should be non-decreasing and not below `base`; otherwise the gaps wrap.
    package static func encode(_ values: UnsafeMutableBufferPointer<UInt32>, after base: UInt32 = 0)
    {
        var previous = base
        for index in values.indices {
            let value = values[index]
            values[index] = value &- previous
            previous = value
        }
    }

    /// Replaces each gap by the running sum starting from `base`, undoing `encode(_:after:)`.
    /// O(n), no allocation. Returns the last value (`base` when `values` is empty), the base
    /// for the next block.
    @discardableResult
    @inline(__always)
    package static func decode(_ values: UnsafeMutableBufferPointer<UInt32>, after base: UInt32 = 0)
        -> UInt32
    {
        var sum = base
        for index in values.indices {
            sum &+= values[index]
            values[index] = sum
        }
        return sum
    }

    /// Encodes an array in place (see `encode(_:after:)`).
    package static func encode(_ values: inout [UInt32], after base: UInt32 = 0) {
        values.withUnsafeMutableBufferPointer { encode($0, after: base) }
    }

    /// Decodes an array in place (see `decode(_:after:)`) and returns its last value.
    @discardableResult
    package static func decode(_ values: inout [UInt32], after base: UInt32 = 0) -> UInt32 {
        values.withUnsafeMutableBufferPointer { decode($0, after: base) }
    }
}
