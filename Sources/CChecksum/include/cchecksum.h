// cchecksum.h — CRC-32C with the processor's own instruction (SSE 4.2 on x86-64, the CRC32
// extension on 64-bit ARM), for the checksums in every index file's footer. Swift keeps a
// table-driven version for other processors (`Checksum`).
#ifndef CCHECKSUM_H
#define CCHECKSUM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// 1 when this processor has a CRC-32C instruction that tc_crc32c uses, else 0.
int tc_crc32c_available(void);

/// The CRC-32C of `bytes[0..<length]` continuing from `crc` (0 to start), the same value the
/// table-driven version gives. Precondition: tc_crc32c_available() returned 1.
uint32_t tc_crc32c(uint32_t crc, const void *bytes, size_t length);

#ifdef __cplusplus
}
#endif

#endif
