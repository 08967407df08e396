// libFuzzer's entry for programs with a main of their own (SwiftPM gives every executable
// one): parses libFuzzer's flags from argv and runs `callback` on each input. Defined by the
// libFuzzer runtime that `-sanitize=fuzzer` links; declared here only, so that a build
// without it never references it.
#ifndef CFUZZERDRIVER_H
#define CFUZZERDRIVER_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));

#endif
