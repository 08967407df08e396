#!/bin/sh
# TraCuu beside tantivy as the corpus grows: for each scale, a corpus of real sentences
# (Tools/scale_corpus.py, N x the news corpus's 35,439 documents), then each engine's index
# built by a whole process (wall and CPU time, peak RSS), its size, the time to open it, the
# 850 peer queries' p50/p95/p99 overall and per class (each engine pinned to one core, one
# after the other; TraCuu with snippets and ids only, tantivy ids only), one `tracuu search`
# process's peak RSS, and TraCuu's commit of 1,000 documents to the big index with
# searcher() after it. Markdown tables at the end.
#
#   Tools/compare-scale.sh [--scales news,1,10,30] [--rounds N] [--clock wall|cpu]
#                          [--one-thread-up-to S]
#
# A scale is a number (documents as a multiple of the news corpus's count) or `news`, the
# news corpus itself, which shows how the made corpora compare with the real one. --rounds
# (default 5) and --clock (wall, the default, or cpu: each query timed by its thread's CPU
# time, steadier on a busy machine) are SearchLatency's and peers.py's.
#
# OUT (default /tmp/tracuu-scale) keeps the corpora, indexes and records, and the script
# resumes from them: a corpus is reused when complete (written under .partial, then
# renamed); a TraCuu index and its build figures when built by the library at the same
# commit (the last one that changed Sources/ or Package.swift; uncommitted changes there
# rebuild it: the format or the writer may have changed); a tantivy index when complete.
# Delete OUT/Nx to measure scale N afresh. Opening, commit and searches run again on every
# call; the report reads the records of every scale named.
#
# Builds: TraCuu is `tracuu index` (default threads: all cores, unpinned) and tantivy
# `peers.py build tantivy` (as many indexing threads, unpinned); up to scale
# --one-thread-up-to (default 10) both also build with one thread pinned to one core (that
# index is measured and deleted). CORE picks the core (default 1); SEED the corpora's seed
# (default 1). tantivy needs `pip install tantivy`; /usr/bin/time (GNU time) gives the RSS.
# Disk at 30x: 3.9 GB of corpus, 3.9 GB of TraCuu index and as much for the copy the commit
# is timed on, 1.4 GB of tantivy index; `rm -rf OUT` when done.
set -eu

cd "$(dirname "$0")/.."
bench=$(pwd)
root=$(cd .. && pwd)
corpus_dir=${CORPUS_DIR:-/work/shared/corpus}
queries=${QUERIES:-$corpus_dir/eval/peer_queries_news.txt}
news=$corpus_dir/news_baomoi.jsonl.zst
out=${OUT:-/tmp/tracuu-scale}
core=${CORE:-1}
seed=${SEED:-1}
scales=1,10,30
rounds=5
clock=wall
one_thread_up_to=10
usage="usage: $0 [--scales news,1,10,30] [--rounds N] [--clock wall|cpu]"
usage="$usage [--one-thread-up-to S]"
while [ $# -gt 1 ]; do
    case $1 in
    --scales) scales=$2 ;;
    --rounds) rounds=$2 ;;
    --clock) clock=$2 ;;
    --one-thread-up-to) one_thread_up_to=$2 ;;
    *) echo "$usage" >&2; exit 2 ;;
    esac
    shift 2
done
if [ $# -gt 0 ]; then echo "$usage" >&2; exit 2; fi
mkdir -p "$out"
pin="taskset -c $core"
threads=$(nproc)

(cd "$root" && swift build -c release --product tracuu >&2)
swift build -c release --product SearchLatency >&2
swift build -c release --product IndexOpening >&2
tracuu=$root/.build/release/tracuu
commit=$(git -C "$root" log -1 --format=%h -- Sources Package.swift)
if [ -n "$(git -C "$root" status --porcelain -- Sources Package.swift)" ]; then
    commit=$commit-modified-$(git -C "$root" diff -- Sources Package.swift | md5sum | cut -c1-8)
fi
# The index format version, as the library declares it (for the report).
format=$(grep -rhs 'static let formatVersion' "$root/Sources" \
    | sed -n 's/.*= *\([0-9]*\).*/\1/p' | head -n 1)
python=$(for p in python3 /usr/bin/python3; do
    if "$p" -c "import tantivy" 2> /dev/null; then echo "$p"; break; fi; done)
if [ -z "$python" ]; then echo "tantivy is not installed: pip install tantivy" >&2; exit 1; fi
if [ ! -x /usr/bin/time ]; then echo "GNU time is missing: apt-get install time" >&2; exit 1; fi
tantivy_version=$("$python" -c "import importlib.metadata as m; print(m.version('tantivy'))")

cut -f1 "$queries.labels" | paste - "$queries" > "$out/queries.tsv"
zstd -dc "$news" | head -n 1000 > "$out/commit-docs.jsonl"

# Runs the rest of the line under GNU time; $1 names the record: $dir/$1.time is written
# only once the command succeeded, its output goes to $dir/$1.log.
timed() {
    name=$1; shift
    /usr/bin/time -v -o "$dir/$name.time.partial" "$@" > "$dir/$name.log" 2>&1
    mv "$dir/$name.time.partial" "$dir/$name.time"
    echo "   $name: $(grep -E 'Elapsed|Maximum resident' "$dir/$name.time" | tr -s ' \t' ' ' \
        | tr '\n' ';')" >&2
}

# Bytes of the index folder $2, all of it and without the files matching $3, to $dir/$1.
sizes() {
    total=$(du -sb "$2" | cut -f1)
    stored=$(find "$2" -name "$3" -printf '%s\n' | awk '{s += $1} END {printf "%d\n", s}')
    printf 'total=%s\nwithout_stored=%s\n' "$total" $((total - stored)) > "$dir/$1"
}

# A TraCuu build of $corpus into $2 with $3 threads, recorded as $1, unless this commit did it.
build_tracuu() {
    name=$1 index=$2 count=$3; shift 3
    if [ -s "$dir/$name.time" ] && [ "$(cat "$dir/$name.commit" 2> /dev/null)" = "$commit" ] \
        && { [ -d "$index" ] || [ "$name" != tracuu-build ]; }; then
        echo "   $name: reused (commit $commit)" >&2; return
    fi
    rm -rf "$index" "$index.building" "$dir/$name.time"
    cat "$corpus" > /dev/null
    timed "$name" "$@" "$tracuu" index --index "$index.building" --threads "$count" "$corpus"
    mv "$index.building" "$index"
    sizes "$name.size" "$index" '*.fdt'
    echo "$commit" > "$dir/$name.commit"
}

build_tantivy() {
    name=$1 index=$2 count=$3; shift 3
    if [ -s "$dir/$name.time" ] && { [ -d "$index" ] || [ "$name" != tantivy-build ]; }; then
        echo "   $name: reused" >&2; return
    fi
    rm -rf "$index" "$index.building" "$dir/$name.time"
    cat "$corpus" > /dev/null
    timed "$name" "$@" "$python" Tools/peers.py build tantivy "$corpus" "$index.building" "$count"
    mv "$index.building" "$index"
    sizes "$name.size" "$index" '*.store'
    echo "$tantivy_version" > "$dir/$name.version"
}

names=
for scale in $(echo "$scales" | tr ',' ' '); do
    name=${scale}x
    if [ "$scale" = news ]; then name=news; fi
    names="$names $name"
    dir=$out/$name
    corpus=$out/corpus-$name.jsonl
    mkdir -p "$dir/lat"
    echo "== $name ($dir)" >&2
    if [ "$scale" = news ] && [ ! -s "$corpus" ]; then
        zstd -dc "$news" > "$corpus.partial"
        mv "$corpus.partial" "$corpus"
    elif [ ! -s "$corpus" ]; then
        python3 Tools/scale_corpus.py --scale "$scale" --seed "$seed" "$corpus"
    fi
    if [ ! -s "$corpus.stats" ] || [ "$corpus" -nt "$corpus.stats" ]; then
        printf 'documents=%s\nbytes=%s\n' "$(wc -l < "$corpus")" "$(stat -c %s "$corpus")" \
            > "$corpus.stats"
    fi
    cp "$corpus.stats" "$dir/corpus.stats"

    build_tracuu tracuu-build "$dir/lat/tracuu" "$threads"
    build_tantivy tantivy-build "$dir/tantivy" "$threads"
    size=$scale
    if [ "$scale" = news ]; then size=1; fi
    if awk "BEGIN { exit !($size <= $one_thread_up_to) }"; then
        build_tracuu tracuu-build-1t "$dir/tracuu-1t" 1 $pin
        rm -rf "$dir/tracuu-1t"
        build_tantivy tantivy-build-1t "$dir/tantivy-1t" 1 $pin
        rm -rf "$dir/tantivy-1t"
    fi

    echo "   opening, commit" >&2
    scratch=$dir/scratch
    rm -rf "$scratch"
    cp -r "$dir/lat/tracuu" "$scratch"
    "$bench/.build/release/IndexOpening" open "$scratch" 21 > "$dir/open-tracuu.txt"
    "$bench/.build/release/IndexOpening" commit "$scratch" "$out/commit-docs.jsonl" \
        > "$dir/commit-tracuu.txt"
    rm -rf "$scratch"
    "$python" Tools/peers.py open tantivy "$dir/tantivy" 21 > "$dir/open-tantivy.txt"
    cat "$dir/open-tracuu.txt" "$dir/commit-tracuu.txt" "$dir/open-tantivy.txt" >&2

    echo "   search process RSS" >&2
    /usr/bin/time -v -o "$dir/search-tracuu.time" "$tracuu" search --index "$dir/lat/tracuu" \
        "Nghị quyết số 05" > /dev/null
    /usr/bin/time -v -o "$dir/search-tantivy.time" "$python" -c \
        "import sys; sys.path.insert(0, 'Tools'); import peers; \
peers.tantivy_searcher(sys.argv[1])(peers.OPEN_QUERY)" "$dir/tantivy"

    echo "   850 queries, pinned to core $core" >&2
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    $pin .build/release/SearchLatency --engine tracuu --corpus "$corpus" \
        --queries "$out/queries.tsv" --rounds "$rounds" --clock "$clock" --dir "$dir/lat" \
        --keep --per-query "$dir/per-query.tsv" > "$dir/query-tracuu.log"
    cut -f1-4 "$dir/per-query.tsv" | sed '1s/.*/class\tquery\tms\thits/' \
        > "$dir/query-tracuu.tsv"
    $pin .build/release/SearchLatency --engine tracuu --no-snippets --corpus "$corpus" \
        --queries "$out/queries.tsv" --rounds "$rounds" --clock "$clock" --dir "$dir/lat" \
        --keep --per-query "$dir/per-query.tsv" > "$dir/query-tracuu-ids.log"
    cut -f1-4 "$dir/per-query.tsv" | sed '1s/.*/class\tquery\tms\thits/' \
        > "$dir/query-tracuu-ids.tsv"
    $pin "$python" Tools/peers.py query tantivy "$dir/tantivy" "$out/queries.tsv" "$rounds" \
        "$dir/query-tantivy.tsv" "$clock"
    printf 'commit=%s\nformat=%s\ntantivy=%s\nclock=%s\ndate=%s\nload=%s\n' "$commit" \
        "${format:-?}" "$tantivy_version" "$clock" "$(date -u '+%Y-%m-%d %H:%M UTC')" "$load" \
        > "$dir/run.txt"
done

# shellcheck disable=SC2086
python3 Tools/scale_report.py "$out" $names | tee "$out/report.md"
echo "(corpora, indexes and records in $out)" >&2
