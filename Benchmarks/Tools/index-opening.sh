#!/bin/sh
# Times the index lifecycle on copies of an existing index (IndexOpening): opening it for a
# search, then per run on a fresh copy: commit of 1,000 new documents, searcher() after it,
# and with MERGE_FACTOR=2 (every segment then wants merging) the same commit with merges
# pending, and close(), which waits for them.
#
#   Tools/index-opening.sh INDEX [CORPUS.jsonl.zst]
#
# INDEX is only read (it is copied under $TMPDIR first). The 1,000 documents are the first
# lines of CORPUS (default: /work/shared/corpus/news_baomoi.jsonl.zst), under new ids. RUNS
# sets the commit runs per merge factor (default 3).
set -eu

cd "$(dirname "$0")/.."
index=$1
corpus=${2:-/work/shared/corpus/news_baomoi.jsonl.zst}
runs=${RUNS:-3}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/index-opening.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

swift build -c release --product IndexOpening >&2
tool=.build/release/IndexOpening
zstd -dc "$corpus" | head -n 1000 > "$scratch/docs.jsonl"
cp -r "$index" "$scratch/copy"
echo "== open"
$tool open "$scratch/copy" 21
for factor in "" 2; do
    for run in $(seq "$runs"); do
        rm -rf "$scratch/copy"
        cp -r "$index" "$scratch/copy"
        echo "== commit, merge factor ${factor:-default}, run $run"
        # shellcheck disable=SC2086
        $tool commit "$scratch/copy" "$scratch/docs.jsonl" $factor
    done
done
