import CChecksum

/// CRC-32C (Castagnoli), the checksum in every file's footer: with the processor's CRC-32C
/// instruction where there is one (`CChecksum`, about four times as fast, which matters
/// because the first use of a segment file verifies every byte), else table-driven,
/// slicing by 8.
package enum Checksum {
    /// The CRC-32C of `bytes`, continuing from `crc` (0 to start).
    package static func crc32c(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0)
        -> UInt32
    {
        guard hasInstruction, let base = bytes.baseAddress else {
            return tableCRC32C(bytes, continuing: crc)
        }
        return tc_crc32c(crc, base, bytes.count)
    }

    private static let hasInstruction = tc_crc32c_available() != 0

    /// The table-driven CRC-32C, for processors without the instruction (and for tests).
    package static func tableCRC32C(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0)
        -> UInt32
    {
        var value = ~crc
        var index = 0
        let count = bytes.count
        tables.withUnsafeBufferPointer { table in
            while count - index >= 8 {
                let low = bytes.loadUnaligned(fromByteOffset: index, as: UInt32.self).littleEndian
                    ^ value
                let high = bytes.loadUnaligned(fromByteOffset: index + 4, as: UInt32.self)
                    .littleEndian
                value = table[7 * 256 + Int(low & 0xFF)] ^ table[6 * 256 + Int((low >> 8) & 0xFF)]
                    ^ table[5 * 256 + Int((low >> 16) & 0xFF)] ^ table[4 * 256 + Int(low >> 24)]
                    ^ table[3 * 256 + Int(high & 0xFF)] ^ table[2 * 256 + Int((high >> 8) & 0xFF)]
                    ^ table[256 + Int((high >> 16) & 0xFF)] ^ table[Int(high >> 24)]
                index += 8
            }
            while index < count {
                value = table[Int((value ^ UInt32(bytes[index])) & 0xFF)] ^ (value >> 8)
                index += 1
            }
        }
        return ~value
    }

    package static func crc32c(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { crc32c($0) }
    }

    /// Eight 256-entry tables for the reflected polynomial 0x82F63B78.
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for byte in 0..<256 {
            var crc = UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
            tables[byte] = crc
        }
        for slice in 1..<8 {
            for byte in 0..<256 {
                let previous = tables[(slice - 1) * 256 + byte]
                tables[slice * 256 + byte] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
            }
        }
        return tables
    }()
}
