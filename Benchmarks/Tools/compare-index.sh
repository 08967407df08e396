#!/bin/sh
# Indexes the news corpus with SQLite FTS5 and with TraCuu (1 thread, then all cores), each in
# its own process, and prints the ratios against the indexing targets:
#   TraCuu 1 thread ≥ 2 × FTS5's throughput; all cores ≥ 1.7 × one thread;
#   index without stored text ≤ 0.5 × the input text; peak RSS < 1 GiB.
# It also times TraCuu's tokenizer alone on the same documents (no index): what is left of
# the one-thread target's time once the least work any TraCuu indexing does is done.
#
#   Tools/compare-index.sh [--limit DOCS] [--corpus PATH]     (from Benchmarks/ or anywhere)
#
# Extra arguments go to every IndexComparison run. THREADS sets the "all cores" run
# (default: nproc). Each run's full output is kept in $OUT (default: a temp folder).
set -eu

cd "$(dirname "$0")/.."
threads=${THREADS:-$(nproc)}
out=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/compare-index.XXXXXX")}
mkdir -p "$out"

swift build -c release --product IndexComparison >&2
bin=.build/release/IndexComparison

run() {  # name, arguments...
    name=$1
    shift
    echo "== $bin $* $EXTRA" >&2
    # shellcheck disable=SC2086
    "$bin" "$@" $EXTRA | tee "$out/$name.txt" >&2
    grep '^RESULT ' "$out/$name.txt" | tail -n 1 > "$out/$name.result"
}

EXTRA="$*"
run fts5 --engine fts5
run tracuu-1 --engine tracuu --threads 1
if [ "$threads" -gt 1 ]; then
    run tracuu-n --engine tracuu --threads "$threads"
else
    cp "$out/tracuu-1.result" "$out/tracuu-n.result"
fi
run tokenizer --engine tokenizer

echo
awk -v threads="$threads" '
    function field(line, key,    n, i, parts, pair) {
        n = split(line, parts, " ")
        for (i = 2; i <= n; i++) {
            split(parts[i], pair, "=")
            if (pair[1] == key) return pair[2]
        }
        return ""
    }
    function verdict(ok) { return ok ? "meets" : "MISSES" }
    FNR == 1 { run[++count] = $0 }
    END {
        fts = run[1]; one = run[2]; all = run[3]; tokens = run[4]
        mib = 1048576
        printf "%-18s %9s %8s %10s %10s %12s %8s\n", "engine", "docs/s", "MB/s", "peak RSS",
               "index", "w/o stored", "/input"
        for (i = 1; i <= 3; i++) {
            name = field(run[i], "engine")
            if (name == "tracuu") name = name " " field(run[i], "threads") "t"
            printf "%-18s %9.0f %8.2f %6.0f MiB %7.1f MB %9.1f MB %8.3f\n", name,
                   field(run[i], "docs_per_s"), field(run[i], "mb_per_s"),
                   field(run[i], "peak_rss_bytes") / mib, field(run[i], "index_bytes") / 1e6,
                   field(run[i], "index_without_stored_bytes") / 1e6,
                   field(run[i], "without_stored_ratio")
        }
        printf "documents: %d, input text %.1f MB\n\n", field(one, "docs"),
               field(one, "input_bytes") / 1e6
        single = field(one, "docs_per_s") / field(fts, "docs_per_s")
        scaling = field(all, "docs_per_s") / field(one, "docs_per_s")
        ratio = field(one, "without_stored_ratio")
        peak = field(one, "peak_rss_bytes")
        if (field(all, "peak_rss_bytes") + 0 > peak + 0) peak = field(all, "peak_rss_bytes")
        printf "TraCuu 1 thread / FTS5 throughput:   %6.2f×  (target ≥ 2)    %s\n", single,
               verdict(single >= 2)
        printf "TraCuu %d threads / 1 thread:         %6.2f×  (target ≥ 1.7)  %s\n", threads,
               scaling, verdict(scaling >= 1.7)
        printf "TraCuu index w/o stored text / input: %6.3f   (target ≤ 0.5)  %s\n", ratio,
               verdict(ratio <= 0.5)
        printf "TraCuu peak RSS:                     %6.0f MiB (target < 1024) %s\n",
               peak / mib, verdict(peak < 1024 * mib)
        printf "FTS5 index w/o stored text / input:   %6.3f\n",
               field(fts, "without_stored_ratio")
        floor = field(tokens, "docs_per_s") / field(fts, "docs_per_s")
        printf "TraCuu tokenizer alone / FTS5:       %6.2f×  (no index)\n", floor
        if (floor > 2)
            printf "  at 2× FTS5, all of indexing but tokenizing would get %.0f%% of the time\n",
                   100 * (1 - 2 / floor)
    }
' "$out/fts5.result" "$out/tracuu-1.result" "$out/tracuu-n.result" "$out/tokenizer.result"
echo "(full output in $out)"
