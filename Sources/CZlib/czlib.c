// czlib.c — the one file that includes zlib. See include/czlib.h.
#include "czlib.h"

#include <stdlib.h>
#include <zlib.h>

void *tc_gzip_open(void) {
    z_stream *stream = calloc(1, sizeof(z_stream));
    if (!stream) return 0;
    if (inflateInit2(stream, 15 + 32) != Z_OK) {
        free(stream);
        return 0;
    }
    return stream;
}

int32_t tc_gzip_inflate(void *decoder, const uint8_t *input, size_t input_length,
                        size_t *consumed, uint8_t *output, size_t output_capacity,
                        size_t *produced) {
    z_stream *stream = decoder;
    stream->next_in = (Bytef *)input;
    stream->avail_in = (uInt)input_length;
    stream->next_out = output;
    stream->avail_out = (uInt)output_capacity;
    int result = inflate(stream, Z_NO_FLUSH);
    *consumed = input_length - stream->avail_in;
    *produced = output_capacity - stream->avail_out;
    if (result == Z_STREAM_END) return 1;
    if (result == Z_OK) return 0;
    if (result == Z_BUF_ERROR) return (*consumed || *produced) ? 0 : -5;
    return result < 0 ? result : -3;
}

void tc_gzip_reset(void *decoder) { inflateReset((z_stream *)decoder); }

void tc_gzip_close(void *decoder) {
    inflateEnd((z_stream *)decoder);
    free(decoder);
}
