#!/bin/sh
# TraCuu beside SQLite FTS5, tantivy and Xapian: each builds its index of the same news JSONL
# (the whole process timed, one thread), then answers the same 850 queries warm, top 10, each
# engine pinned to one core and timed by its own loop; one table of build MB/s and p50/p95/p99
# overall and per class.
#
#   Tools/compare-peers.sh [--rounds N] [--clock wall|cpu]
#
# --clock cpu times each query by its thread's CPU time instead of elapsed time, for figures
# that compare on a machine busy with other work (the builds report both anyway).
# CORPUS: the news corpus, .jsonl or .jsonl.zst (default ../shared/corpus/news_baomoi.jsonl.zst,
# decompressed once to $OUT/news.jsonl so that every engine reads plain JSONL).
# QUERIES: one query a line, with QUERIES.labels giving each line's class in its first column
# (default ../shared/corpus/eval/peer_queries_news.txt). CORE picks the core (default 1).
# OUT keeps the indexes, logs and per-query medians (default: a temp folder).
# tantivy needs `pip install tantivy`; Xapian (`apt-get install python3-xapian`) is optional.
# Each runs under the first of python3 and /usr/bin/python3 that imports it.
set -eu

cd "$(dirname "$0")/.."
root=$(cd .. && pwd)
corpus=${CORPUS:-$root/../shared/corpus/news_baomoi.jsonl.zst}
queries=${QUERIES:-$root/../shared/corpus/eval/peer_queries_news.txt}
core=${CORE:-1}
out=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/compare-peers.XXXXXX")}
rounds=5
clock=wall
while [ $# -gt 1 ]; do
    case $1 in
    --rounds) rounds=$2 ;;
    --clock) clock=$2 ;;
    *) echo "usage: $0 [--rounds N] [--clock wall|cpu]" >&2; exit 2 ;;
    esac
    shift 2
done
if [ $# -gt 0 ]; then echo "usage: $0 [--rounds N] [--clock wall|cpu]" >&2; exit 2; fi
mkdir -p "$out"
pin="taskset -c $core"

swift build -c release --product PeerIndex >&2
swift build -c release --product SearchLatency >&2

case $corpus in
*.zst)
    if [ ! -s "$out/news.jsonl" ]; then zstd -dc "$corpus" > "$out/news.jsonl"; fi
    corpus=$out/news.jsonl ;;
esac
cut -f1 "$queries.labels" | paste - "$queries" > "$out/queries.tsv"

python_with() {
    for python in python3 /usr/bin/python3; do
        if "$python" -c "import $1" 2> /dev/null; then echo "$python"; return; fi
    done
}

# Runs the rest of the line pinned; its wall and CPU seconds go to $out/build-$1.txt.
timed_build() {
    name=$1; shift
    cat "$corpus" > /dev/null  # the corpus in the page cache for every engine alike
    python3 Tools/peers.py time "$out/build-$name.txt" $pin "$@" > "$out/build-$name.log"
    echo "== $name build:" $(cat "$out/build-$name.txt") >&2
}

rm -rf "$out/lat" "$out/tantivy" "$out/xapian"
mkdir -p "$out/lat"
timed_build fts5 .build/release/PeerIndex --engine fts5 --corpus "$corpus" \
    --index "$out/lat/fts5.db"
timed_build tracuu .build/release/PeerIndex --engine tracuu --corpus "$corpus" \
    --index "$out/lat/tracuu"

tantivy=$(python_with tantivy)
xapian=$(python_with xapian)
if [ -n "$tantivy" ]; then
    timed_build tantivy "$tantivy" Tools/peers.py build tantivy "$corpus" "$out/tantivy"
else
    echo "tantivy: not installed (pip install tantivy), left out" >&2
fi
if [ -n "$xapian" ]; then
    timed_build xapian "$xapian" Tools/peers.py build xapian "$corpus" "$out/xapian"
else
    echo "Xapian: not installed (apt-get install python3-xapian), left out" >&2
fi

# MB/s for every engine over the same bytes: the UTF-8 of title and body, as PeerIndex counts.
text_bytes=$(sed -n 's/.*text_bytes=\([0-9]*\).*/\1/p' "$out/build-fts5.log")
for file in "$out"/build-*.txt; do echo "text_bytes=$text_bytes" >> "$file"; done

# SearchLatency's per-query table (class, query, tracuu_ms, tracuu_hits, fts5_ms, fts5_hits,
# tracuu_fetch_ms) as class, query, ms, hits.
latency() {
    name=$1 columns=$2; shift 2
    echo "== $name" >&2
    $pin .build/release/SearchLatency --queries "$out/queries.tsv" --rounds "$rounds" \
        --clock "$clock" \
        --dir "$out/lat" --keep --per-query "$out/per-query.tsv" "$@" > "$out/query-$name.log"
    cut -f"$columns" "$out/per-query.tsv" | sed '1s/.*/class\tquery\tms\thits/' \
        > "$out/query-$name.tsv"
}
# TraCuu with snippets (Searcher.search), then its ranking alone (Searcher.rank: ids and
# scores); tracuu-fetch is the first run's part after ranking: stored fields and snippets.
latency tracuu-snippets 1,2,3,4 --engine tracuu
awk -F '\t' 'BEGIN { OFS = "\t" } NR == 1 { print "class", "query", "ms", "hits"; next }
    { print $1, $2, $7, $4 }' "$out/per-query.tsv" > "$out/query-tracuu-fetch.tsv"
latency tracuu-ids 1,2,3,4 --engine tracuu --no-snippets
latency fts5-snippets 1,2,5,6 --engine fts5
latency fts5-ids 1,2,5,6 --engine fts5 --no-snippets
for engine in tantivy xapian; do
    python=$(eval echo "\$$engine")
    [ -n "$python" ] || continue
    echo "== $engine-ids" >&2
    $pin "$python" Tools/peers.py query "$engine" "$out/$engine" "$out/queries.tsv" "$rounds" \
        "$out/query-$engine-ids.tsv" "$clock"
done

echo "timing: the $clock clock" | tee "$out/report.md"
python3 Tools/peers.py report "$out" | tee -a "$out/report.md"
echo "(indexes, logs and per-query medians in $out)"
