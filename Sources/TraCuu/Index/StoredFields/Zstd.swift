internal import CZstd

/// A failure reported by zstd, or a frame that does not hold what its caller expected.
///
/// Inside the index, `StoredFieldsReader` turns it into `IndexError.corrupted` naming the
/// file; the command line shows it with the name of the `.zst` input it was reading.
package struct ZstdError: Error, Sendable, Equatable, CustomStringConvertible {
    /// zstd's own message (`ZSTD_getErrorString`) or TraCuu's, without a prefix.
    package let message: String

    package init(_ message: String) {
        self.message = message
    }

    package var description: String { "zstd: \(message)" }

    /// The error for a negative `tc_zstd_*` result.
    static func code(_ code: Int64) -> ZstdError {
        guard let text = tc_zstd_error_string(code) else { return ZstdError("error \(-code)") }
        return ZstdError(String(cString: text))
    }
}

/// zstd compression of whole buffers, through the `CZstd` shim over the system libzstd.
///
/// `ZstdStreamDecoder` reads streams (`.jsonl.zst` files) piece by piece.
package enum Zstd {
    /// The level stored fields use. On 4 KiB blocks of news text (`zstd -b1e3 -B4096`) level
    /// 1 compresses at 189 MB/s to 2.10×, level 3 (zstd's default) at 140 MB/s to 2.15×;
    /// indexing spends about a ninth of its time compressing at level 3, and runs 3–4%
    /// faster at level 1 for 2.5% more stored bytes.
    package static let defaultLevel: Int32 = 1

    /// Compresses `bytes` into one zstd frame that records its content size, with a context
    /// of its own (`ZstdCompressor` for many blocks).
    package static func compress(_ bytes: UnsafeRawBufferPointer,
                                 level: Int32 = defaultLevel) -> [UInt8]
    {
        ZstdCompressor().compress(bytes, level: level)
    }

    /// Compresses an array; see `compress(_:level:)`.
    package static func compress(_ bytes: [UInt8], level: Int32 = defaultLevel) -> [UInt8] {
        bytes.withUnsafeBytes { compress($0, level: level) }
    }

    /// Decompresses `frame`, which must be one whole frame holding exactly `expectedSize`
    /// bytes once decompressed. Throws `ZstdError` for anything else: not a frame, a damaged
    /// one, trailing bytes, another size. Makes a decompression context for the call; use a
    /// `ZstdFrameDecompressor` for many frames.
    package static func decompress(_ frame: UnsafeRawBufferPointer, expectedSize: Int)
        throws(ZstdError) -> [UInt8]
    {
        try ZstdFrameDecompressor().decompress(frame, expectedSize: expectedSize)
    }

    /// Decompresses an array; see `decompress(_:expectedSize:)`.
    package static func decompress(_ frame: [UInt8], expectedSize: Int)
        throws(ZstdError) -> [UInt8]
    {
        // withUnsafeBytes rethrows untyped errors; keep the typed one outside it.
        let result: Result<[UInt8], ZstdError> = frame.withUnsafeBytes { bytes in
            Result { () throws(ZstdError) in try decompress(bytes, expectedSize: expectedSize) }
        }
        return try result.get()
    }
}

/// Compresses blocks one after another with one zstd context: making one and its tables for
/// every 4 KiB block would cost more than compressing it. Not thread-safe.
package final class ZstdCompressor {
    private let context: UnsafeMutableRawPointer
    /// Room for the worst case of the largest input so far, reused from call to call.
    private var scratch: [UInt8] = []

    package init() {
        guard let context = tc_zstd_cctx_create() else {
            preconditionFailure("zstd: out of memory for a compression context")
        }
        self.context = context
    }

    deinit { tc_zstd_cctx_free(context) }

    /// `bytes` as one zstd frame that records its content size, in an array of just its
    /// size: the writer holds thousands of them, and an array of the worst-case size
    /// (`tc_zstd_compress_bound`) would hold about twice the memory.
    package func compress(_ bytes: UnsafeRawBufferPointer, level: Int32) -> [UInt8] {
        let bound = tc_zstd_compress_bound(bytes.count)
        if scratch.count < bound { scratch = [UInt8](repeating: 0, count: bound) }
        return scratch.withUnsafeMutableBytes { buffer in
            let written = tc_zstd_cctx_compress(context, buffer.baseAddress, bound,
                                                bytes.baseAddress, bytes.count, level)
            // Only a destination below the bound fails, and the bound is what we have.
            precondition(written >= 0, "zstd compression failed: \(ZstdError.code(written))")
            return [UInt8](UnsafeRawBufferPointer(rebasing: buffer[0..<Int(written)]))
        }
    }
}

/// Decompresses whole frames one after another with one zstd context (a streaming
/// decompressor, `tc_zstd_dstream_*`, given each frame whole): making and freeing a context
/// of about 100 KiB per frame costs as much as decompressing a block. Not
/// thread-safe: one thread at a time (`@unchecked Sendable` so that a pool can hand it from
/// one thread to another under a lock).
package final class ZstdFrameDecompressor: @unchecked Sendable {
    private var stream: UnsafeMutableRawPointer

    /// Opens a decompressor (`tc_zstd_dstream_create`). Traps when out of memory.
    package init() {
        stream = Self.openStream()
    }

    deinit { tc_zstd_dstream_free(stream) }

    /// Decompresses `frame`, which must be one whole frame holding exactly `expectedSize`
    /// bytes once decompressed (`tc_zstd_frame_content_size`, then
    /// `tc_zstd_dstream_decompress_chunk`). Throws `ZstdError` for anything else: not a frame,
    /// a damaged one, trailing bytes, another size; the next frame starts from a fresh
    /// context. Allocates `expectedSize` bytes, so callers bound it before trusting it.
    package func decompress(_ frame: UnsafeRawBufferPointer, expectedSize: Int)
        throws(ZstdError) -> [UInt8]
    {
        guard expectedSize >= 0 else { throw ZstdError("negative expected size") }
        let declared = tc_zstd_frame_content_size(frame.baseAddress, frame.count)
        guard declared != -2 else { throw ZstdError("not a zstd frame") }
        guard declared == -1 || declared == Int64(expectedSize) else {
            throw ZstdError("frame holds \(declared) bytes, expected \(expectedSize)")
        }
        var code: Int64 = 0
        var outputPosition = 0, inputPosition = 0
        let stream = self.stream
        let bytes = [UInt8](unsafeUninitializedCapacity: max(expectedSize, 1)) { buffer, count in
            // One call decodes a whole frame that fits; go on only while it makes progress.
            var progress = true
            while progress {
                let before = (outputPosition, inputPosition)
                code = tc_zstd_dstream_decompress_chunk(stream, buffer.baseAddress, expectedSize,
                                                        &outputPosition, frame.baseAddress,
                                                        frame.count, &inputPosition)
                progress = code > 0 && (outputPosition, inputPosition) != before
            }
            count = outputPosition
        }
        guard code == 0, inputPosition == frame.count, outputPosition == expectedSize else {
            // Start the next frame from a clean context.
            tc_zstd_dstream_free(self.stream)
            self.stream = Self.openStream()
            if code < 0 { throw ZstdError.code(code) }
            if code > 0 { throw ZstdError("the frame is incomplete or holds more than expected") }
            if inputPosition != frame.count { throw ZstdError("bytes after the frame") }
            throw ZstdError("frame holds \(outputPosition) bytes, expected \(expectedSize)")
        }
        return bytes
    }

    private static func openStream() -> UnsafeMutableRawPointer {
        guard let stream = tc_zstd_dstream_create() else {
            preconditionFailure("tc_zstd_dstream_create failed: out of memory")
        }
        return stream
    }
}

/// Streaming zstd decompression, for inputs read piece by piece (`.jsonl.zst` files):
/// feed compressed chunks of any size to `decode(_:_:)`, then call `finish()`.
///
/// Reads any number of concatenated frames, as the `zstd` tool writes them. Holds one
/// output buffer of zstd's recommended size (128 KiB) plus the frame's window (8 MiB at
/// level 19; zstd refuses frames that need more than 128 MiB). Not thread-safe: one stream,
/// one thread at a time.
package final class ZstdStreamDecoder {
    private let stream: UnsafeMutableRawPointer
    private var output: [UInt8]
    /// Whether the input so far ends in the middle of a frame.
    private var isInsideFrame = false
    private var failure: ZstdError?

    /// Opens a decoder (`tc_zstd_dstream_create`). Traps when out of memory.
    package init() {
        guard let stream = tc_zstd_dstream_create() else {
            preconditionFailure("tc_zstd_dstream_create failed: out of memory")
        }
        self.stream = stream
        output = [UInt8](repeating: 0, count: max(tc_zstd_dstream_output_size(), 4096))
    }

    deinit { tc_zstd_dstream_free(stream) }

    /// Decompresses one chunk of input (`tc_zstd_dstream_decompress_chunk`), handing each
    /// piece of output to `consume`; a piece is valid only during that call. Throws
    /// `ZstdError` for damaged input (and again on every later call), or what `consume` throws.
    package func decode(_ input: UnsafeRawBufferPointer,
                        _ consume: (UnsafeRawBufferPointer) throws -> Void) throws
    {
        if let failure { throw failure }
        var inputPosition = 0
        var outputWasFull = false
        while inputPosition < input.count || outputWasFull {
            var outputPosition = 0
            let inputBefore = inputPosition
            let capacity = output.count
            let code = output.withUnsafeMutableBytes { buffer in
                tc_zstd_dstream_decompress_chunk(stream, buffer.baseAddress, capacity,
                                                 &outputPosition, input.baseAddress,
                                                 input.count, &inputPosition)
            }
            guard code >= 0 else {
                let error = ZstdError.code(code)
                failure = error
                throw error
            }
            // A call without input after a finished frame answers for the next frame;
            // only a call that consumed or produced bytes tells where the stream is.
            let consumed = inputPosition > inputBefore
            if code == 0 {
                isInsideFrame = false
            } else if consumed || outputPosition > 0 {
                isInsideFrame = true
            } else if inputPosition < input.count {
                let error = ZstdError("the decoder stopped making progress")
                failure = error
                throw error
            }
            outputWasFull = outputPosition == capacity
            if outputPosition > 0 {
                try output.withUnsafeBytes { buffer in
                    try consume(UnsafeRawBufferPointer(rebasing: buffer[0..<outputPosition]))
                }
            }
        }
    }

    /// Decompresses one chunk of input and returns its output; see `decode(_:_:)`.
    package func decode(_ input: [UInt8]) throws -> [UInt8] {
        var result: [UInt8] = []
        try input.withUnsafeBytes { bytes in
            try decode(bytes) { result.append(contentsOf: $0) }
        }
        return result
    }

    /// Checks that the input ended where a frame ends: throws `ZstdError` for a truncated
    /// stream (or one that failed earlier).
    package func finish() throws(ZstdError) {
        if let failure { throw failure }
        guard !isInsideFrame else {
            throw ZstdError("truncated input: the last frame is incomplete")
        }
    }
}
