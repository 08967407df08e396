// czstd.c — the one file that includes zstd's headers. See include/czstd.h for the contract.
#include "czstd.h"

#include <zstd.h>
#include <zstd_errors.h>

// A zstd size_t result as a tc_zstd_* result: the size, or minus the error code.
static int64_t result(size_t code) {
    if (ZSTD_isError(code)) {
        return -(int64_t)ZSTD_getErrorCode(code);
    }
    return (int64_t)code;
}

// zstd wants real pointers even for empty buffers; Swift passes NULL for those.
static char empty_buffer[1];
#define NONNULL(pointer) ((pointer) != NULL ? (pointer) : (void *)empty_buffer)

size_t tc_zstd_compress_bound(size_t length) {
    return ZSTD_compressBound(length);
}

void *tc_zstd_cctx_create(void) {
    return ZSTD_createCCtx();
}

int64_t tc_zstd_cctx_compress(void *context, void *dst, size_t capacity, const void *src,
                              size_t length, int32_t level) {
    return result(ZSTD_compressCCtx((ZSTD_CCtx *)context, NONNULL(dst), capacity, NONNULL(src),
                                    length, level));
}

void tc_zstd_cctx_free(void *context) {
    ZSTD_freeCCtx((ZSTD_CCtx *)context);
}

int64_t tc_zstd_decompress(void *dst, size_t capacity, const void *src, size_t length) {
    return result(ZSTD_decompress(NONNULL(dst), capacity, NONNULL(src), length));
}

int64_t tc_zstd_frame_content_size(const void *src, size_t length) {
    unsigned long long size = ZSTD_getFrameContentSize(NONNULL(src), length);
    if (size == ZSTD_CONTENTSIZE_UNKNOWN) return -1;
    if (size == ZSTD_CONTENTSIZE_ERROR || size > (unsigned long long)INT64_MAX) return -2;
    return (int64_t)size;
}

const char *tc_zstd_error_string(int64_t error) {
    if (error >= 0) return "no error";
    return ZSTD_getErrorString((ZSTD_ErrorCode)(-error));
}

void *tc_zstd_dstream_create(void) {
    ZSTD_DStream *stream = ZSTD_createDStream();
    if (stream == NULL) return NULL;
    if (ZSTD_isError(ZSTD_initDStream(stream))) {
        ZSTD_freeDStream(stream);
        return NULL;
    }
    return stream;
}

int64_t tc_zstd_dstream_decompress_chunk(void *stream,
                                         void *dst, size_t dst_capacity, size_t *dst_pos,
                                         const void *src, size_t src_length, size_t *src_pos) {
    ZSTD_outBuffer output = { NONNULL(dst), dst_capacity, *dst_pos };
    ZSTD_inBuffer input = { NONNULL(src), src_length, *src_pos };
    size_t code = ZSTD_decompressStream((ZSTD_DStream *)stream, &output, &input);
    *dst_pos = output.pos;
    *src_pos = input.pos;
    return result(code);
}

size_t tc_zstd_dstream_output_size(void) {
    return ZSTD_DStreamOutSize();
}

void tc_zstd_dstream_free(void *stream) {
    ZSTD_freeDStream((ZSTD_DStream *)stream);
}
