// cprefetch.h — a hint to the processor to start loading memory that will be read soon, for
// the index builder's tables, whose reads miss the cache on almost every token.
#ifndef CPREFETCH_H
#define CPREFETCH_H

/// Starts loading the cache line holding `address` (which need not be valid: a prefetch
/// never faults).
static inline void tc_prefetch(const void *address) {
    __builtin_prefetch(address);
}

#endif
