#!/bin/sh
# Times the fixed query set (Data/latency-queries.tsv) on TraCuu and on SQLite FTS5 in one
# process pinned to one core, and prints p50/p95/p99 per class and overall with the verdicts
# against the latency targets: TraCuu's p50 ≤ 0.25 × FTS5's, TraCuu's p99 ≤ FTS5's.
#
#   Tools/compare-latency.sh [--limit DOCS] [--corpus PATH] [--rounds N] [--dir PATH --keep]
#
# Arguments go to SearchLatency (`--help` lists them). CORE picks the core (default 1). The
# output and each query's medians (per-query.tsv) are kept in $OUT (default: a temp folder).
set -eu

cd "$(dirname "$0")/.."
core=${CORE:-1}
out=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/compare-latency.XXXXXX")}
mkdir -p "$out"

swift build -c release --product SearchLatency >&2
pin=""
if command -v taskset > /dev/null; then pin="taskset -c $core"; fi
echo "== $pin .build/release/SearchLatency $*" >&2
# shellcheck disable=SC2086
$pin .build/release/SearchLatency --per-query "$out/per-query.tsv" "$@" | tee "$out/latency.txt"
echo "(full output in $out)"
