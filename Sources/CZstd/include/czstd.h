// czstd.h — TraCuu's only window onto zstd (libzstd, the system library).
//
// The same seam as cicu.h: Swift never sees a zstd header, only these tc_zstd_* functions over
// <stdint.h>/<stddef.h> types; czstd.c makes the zstd calls. Stored fields are compressed with
// it, and the command line reads `.jsonl.zst` input through the streaming decoder.
//
// Conventions: functions that can fail return a non-negative size on success and a negative
// number on failure: minus zstd's error code (ZSTD_ErrorCode, a small positive enum), which
// tc_zstd_error_string turns into zstd's message.
#ifndef CZSTD_H
#define CZSTD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The largest compressed size of `length` input bytes (ZSTD_compressBound).
size_t tc_zstd_compress_bound(size_t length);

/// A compression context (ZSTD_createCCtx), for compressing many blocks without allocating
/// zstd's tables for each; NULL when out of memory. Free it with tc_zstd_cctx_free.
void *tc_zstd_cctx_create(void);

/// Compresses `src[0..<length]` as one zstd frame into `dst` at `level` with `context`
/// (ZSTD_compressCCtx; the frame records its content size). Returns the frame's size, or a
/// negative error (for example when `capacity` is below tc_zstd_compress_bound).
int64_t tc_zstd_cctx_compress(void *context, void *dst, size_t capacity, const void *src,
                              size_t length, int32_t level);

void tc_zstd_cctx_free(void *context);

/// Decompresses all frames in `src[0..<length]` into `dst` (ZSTD_decompress). Returns the
/// decompressed size, or a negative error: corrupt input, or output longer than `capacity`.
int64_t tc_zstd_decompress(void *dst, size_t capacity, const void *src, size_t length);

/// The content size recorded in the frame that starts `src` (ZSTD_getFrameContentSize):
/// -1 when the frame does not record it, -2 when `src` does not start a valid frame header.
int64_t tc_zstd_frame_content_size(const void *src, size_t length);

/// zstd's message for an error returned by a tc_zstd_* function (ZSTD_getErrorString);
/// a static string, never NULL.
const char *tc_zstd_error_string(int64_t error);

/// Opens a streaming decompressor (ZSTD_createDStream + ZSTD_initDStream). NULL when out
/// of memory. Reads any number of concatenated frames.
void *tc_zstd_dstream_create(void);

/// Decompresses as much of `src[*src_pos..<src_length]` into `dst[*dst_pos..<dst_capacity]`
/// as fits (ZSTD_decompressStream), advancing both positions. Returns 0 when a frame has just
/// been completed and fully flushed, a positive hint (more input expected, or output pending:
/// call again with room in `dst`), or a negative error.
int64_t tc_zstd_dstream_decompress_chunk(void *stream,
                                         void *dst, size_t dst_capacity, size_t *dst_pos,
                                         const void *src, size_t src_length, size_t *src_pos);

/// The output buffer size zstd recommends for streaming (ZSTD_DStreamOutSize).
size_t tc_zstd_dstream_output_size(void);

/// Frees a streaming decompressor (ZSTD_freeDStream); NULL is ignored.
void tc_zstd_dstream_free(void *stream);

#ifdef __cplusplus
}
#endif

#endif
