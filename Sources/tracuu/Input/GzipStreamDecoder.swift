internal import CZlib

/// Streaming gzip decompression (`tc_gzip_inflate`), for `.jsonl.gz` files; concatenated
/// gzip members are read one after another.
final class GzipStreamDecoder: StreamDecompressor {
    private let handle: UnsafeMutableRawPointer
    private var isAtMemberEnd = false

    init() throws {
        guard let handle = tc_gzip_open() else {
            throw OperationFailure("cannot start a gzip decoder")
        }
        self.handle = handle
    }

    deinit { tc_gzip_close(handle) }

    func decompress(_ input: [UInt8]) throws -> [UInt8] {
        var output: [UInt8] = []
        var offset = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 18)
        while offset < input.count {
            if isAtMemberEnd {
                tc_gzip_reset(handle)
                isAtMemberEnd = false
            }
            var consumed = 0, produced = 0
            let result = input.withUnsafeBufferPointer { source in
                buffer.withUnsafeMutableBufferPointer { target in
                    tc_gzip_inflate(handle, source.baseAddress! + offset, source.count - offset,
                                    &consumed, target.baseAddress!, target.count, &produced)
                }
            }
            guard result >= 0 else {
                throw OperationFailure("gzip data is damaged (zlib error \(result))")
            }
            output.append(contentsOf: buffer[0..<produced])
            offset += consumed
            isAtMemberEnd = result == 1
        }
        return output
    }

    func finish() throws -> [UInt8] {
        guard isAtMemberEnd else {
            throw OperationFailure("gzip data ends before its end marker (truncated?)")
        }
        return []
    }
}
