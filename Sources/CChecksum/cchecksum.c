#include "cchecksum.h"

#include <string.h>

#if defined(__x86_64__)
#include <nmmintrin.h>

int tc_crc32c_available(void) {
    __builtin_cpu_init();
    return __builtin_cpu_supports("sse4.2") ? 1 : 0;
}

__attribute__((target("sse4.2")))
uint32_t tc_crc32c(uint32_t crc, const void *bytes, size_t length) {
    const unsigned char *next = bytes;
    uint64_t value = ~crc;
    for (; length >= 8; next += 8, length -= 8) {
        uint64_t word;
        memcpy(&word, next, 8);
        value = _mm_crc32_u64(value, word);
    }
    uint32_t small = (uint32_t)value;
    for (; length > 0; next++, length--) small = _mm_crc32_u8(small, *next);
    return ~small;
}

#elif defined(__aarch64__) && defined(__ARM_FEATURE_CRC32)
#include <arm_acle.h>

int tc_crc32c_available(void) { return 1; }

uint32_t tc_crc32c(uint32_t crc, const void *bytes, size_t length) {
    const unsigned char *next = bytes;
    uint32_t value = ~crc;
    for (; length >= 8; next += 8, length -= 8) {
        uint64_t word;
        memcpy(&word, next, 8);
        value = __crc32cd(value, word);
    }
    for (; length > 0; next++, length--) value = __crc32cb(value, *next);
    return ~value;
}

#else

int tc_crc32c_available(void) { return 0; }

uint32_t tc_crc32c(uint32_t crc, const void *bytes, size_t length) {
    (void)bytes;
    (void)length;
    return crc;
}

#endif
