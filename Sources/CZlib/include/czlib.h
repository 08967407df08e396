// czlib.h — gzip stream decompression through the system zlib, for `.jsonl.gz` input.
// Only <stdint.h>/<stddef.h> types; czlib.c makes the zlib calls.
#ifndef CZLIB_H
#define CZLIB_H

#include <stddef.h>
#include <stdint.h>

/// Opens a gzip decoder (inflateInit2 with windowBits 15 + 32: gzip or zlib header).
/// NULL on failure.
void *tc_gzip_open(void);

/// Decompresses from `input` into `output` (inflate). `*consumed` and `*produced` receive
/// the bytes used. Returns 0 to continue, 1 at the end of a gzip member, negative on a
/// zlib error (Z_DATA_ERROR -3, Z_MEM_ERROR -4, Z_BUF_ERROR -5 when no progress).
int32_t tc_gzip_inflate(void *decoder, const uint8_t *input, size_t input_length,
                        size_t *consumed, uint8_t *output, size_t output_capacity,
                        size_t *produced);

/// Resets for a following gzip member (inflateReset).
void tc_gzip_reset(void *decoder);

/// Frees the decoder (inflateEnd).
void tc_gzip_close(void *decoder);

#endif
