#!/usr/bin/env bash
# Builds the libFuzzer targets with AddressSanitizer and runs them.
#
#   Fuzz/run.sh [TARGET|all] [SECONDS]     (defaults: all, 20 seconds each)
#
# Targets: query text jsonl manifest dictionary postings positions documents bigrams
# stored-fields tombstones. Each starts from seeds the replay tool writes (a tiny index's
# files, queries, Vietnamese lines in every encoding) plus what earlier runs kept in
# .build-fuzz/corpus/TARGET. A crash stops the run with a non-zero exit; libFuzzer saves the
# input under .build-fuzz/crashes/ (replay it with `.build/debug/TraCuuFuzz TARGET FILE`).
# FUZZ_SEED, when set, fixes libFuzzer's random seed, so that a run (CI's) can be repeated.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:-all}
seconds=${2:-20}
scratch=.build-fuzz
all_targets=(query text jsonl manifest dictionary postings positions documents bigrams
             stored-fields tombstones)
if [ "$target" = all ]; then targets=("${all_targets[@]}"); else targets=("$target"); fi

# The seeds come from the plain build's replay tool (no sanitizer, no libFuzzer main).
nice -n 10 swift build --product TraCuuFuzz
.build/debug/TraCuuFuzz seeds "$scratch/seeds"

# SwiftPM links every executable with `--defsym main=<module>_main`, which the system's gold
# linker cannot combine with libFuzzer's runtime; the toolset links with lld instead.
nice -n 10 swift build -c release --product TraCuuFuzz --scratch-path "$scratch" \
    --toolset Fuzz/toolset.json -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
fuzzer="$scratch/release/TraCuuFuzz"

mkdir -p "$scratch/crashes"
for name in "${targets[@]}"; do
    if [ ! -d "$scratch/seeds/$name" ]; then
        echo "run.sh: unknown target $name (one of: ${all_targets[*]})" >&2
        exit 2
    fi
    mkdir -p "$scratch/corpus/$name"
    echo "== $name: $seconds s"
    # Swift's own crash backtracer reads memory ASan flags; let libFuzzer report traps.
    SWIFT_BACKTRACE=enable=no TRACUU_FUZZ_TARGET="$name" nice -n 10 "$fuzzer" \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
        ${FUZZ_SEED:+-seed="$FUZZ_SEED"} \
        -artifact_prefix="$scratch/crashes/$name-" \
        "$scratch/corpus/$name" "$scratch/seeds/$name"
done
