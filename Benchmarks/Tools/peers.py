#!/usr/bin/env python3
"""tantivy and Xapian beside TraCuu and FTS5 (driven by Tools/compare-peers.sh).

    peers.py build tantivy|xapian CORPUS.jsonl INDEX [THREADS]
    peers.py open tantivy INDEX RUNS
    peers.py query tantivy|xapian INDEX QUERIES.tsv ROUNDS OUT.tsv [wall|cpu]
    peers.py time OUT.txt COMMAND...
    peers.py report OUT_DIR

build: one document a JSON line (id, title, body); title and body indexed as text, the id
stored and nothing else (the searches return ids only). tantivy: its default tokenizer
(letters and digits, lowercased, marks kept), THREADS indexing threads (default one);
Xapian: TermGenerator without stemming, with positions.

open: per run, Index.open, reload and searcher() (as a new process would, with the files in
the page cache), then the first search of OPEN_QUERY; prints the medians in ms.

query: class<TAB>query lines. Each engine parses the query its own way, any word matching
(tantivy's default OR; Xapian's QueryParser with OP_OR and phrases), and returns the ids of
the best 10. One warm-up pass over all queries, then ROUNDS passes; a query's latency is the
median of its passes, timed around parsing, searching and reading the ids with
time.perf_counter_ns (wall, the default) or time.thread_time_ns (cpu: the thread's CPU time,
which leaves out the time other processes had the core). OUT.tsv gets class, query, ms, hits
per line.

time: runs COMMAND (its output to standard output) and writes its wall time and the CPU
time of the process and its children (user + system) to OUT.txt as seconds= and cpu_seconds=.

report: reads OUT_DIR/build-*.txt (seconds, cpu_seconds, text_bytes) and OUT_DIR/query-*.tsv
and prints one Markdown table: build MB/s (10^6 bytes of title and body a second of the whole
process, by wall time and by CPU time, on an engine's first row), then p50 / p95 / p99 in ms
overall and per class (nearest rank over queries). tracuu-fetch is the part of
tracuu-snippets after ranking (stored fields and snippets), timed on its own.
"""

import json
import math
import os
import resource
import statistics
import subprocess
import sys
import time

FIELDS = ["title", "body"]
# The report's order of rows and of classes; others follow in the order first seen.
ENGINES = ["tracuu-snippets", "tracuu-ids", "tracuu-fetch", "fts5-snippets", "fts5-ids",
           "tantivy-ids", "xapian-ids"]
CLASSES = ["vi_terms", "vi_terms_nodiac", "rare", "common", "phrase"]
LIMIT = 10
# The search timed after opening, as Tools/IndexOpening times it.
OPEN_QUERY = "Nghị quyết số 05"


def documents(path):
    with open(path, encoding="utf-8") as corpus:
        for line in corpus:
            if line.strip():
                document = json.loads(line)
                yield document["id"], document.get("title") or "", document["body"]


def build_tantivy(corpus, path, threads="1"):
    import tantivy
    schema = tantivy.SchemaBuilder()
    schema.add_text_field("id", stored=True, tokenizer_name="raw")
    for field in FIELDS:
        schema.add_text_field(field, stored=False)
    os.makedirs(path)
    index = tantivy.Index(schema.build(), path=path)
    writer = index.writer(num_threads=int(threads))
    for identifier, title, body in documents(corpus):
        writer.add_document(tantivy.Document(id=identifier, title=title, body=body))
    writer.commit()
    writer.wait_merging_threads()


def build_xapian(corpus, path):
    import xapian
    database = xapian.WritableDatabase(path, xapian.DB_CREATE)
    generator = xapian.TermGenerator()
    for identifier, title, body in documents(corpus):
        document = xapian.Document()
        generator.set_document(document)
        generator.index_text(title)
        generator.increase_termpos()
        generator.index_text(body)
        document.set_data(identifier)
        database.add_document(document)
    database.commit()
    database.close()


def tantivy_searcher(path):
    import tantivy
    index = tantivy.Index.open(path)
    index.reload()
    searcher = index.searcher()
    lenient = hasattr(index, "parse_query_lenient")

    def search(text):
        if lenient:
            query, _ = index.parse_query_lenient(text, FIELDS)
        else:
            query = index.parse_query(text, FIELDS)
        hits = searcher.search(query, LIMIT).hits
        return [searcher.doc(address)["id"][0] for _, address in hits]
    return search


def open_tantivy(path, runs):
    opening, first = [], []
    for _ in range(int(runs)):
        start = time.perf_counter_ns()
        search = tantivy_searcher(path)
        middle = time.perf_counter_ns()
        search(OPEN_QUERY)
        opening.append((middle - start) / 1e6)
        first.append((time.perf_counter_ns() - middle) / 1e6)
    print(f"open+searcher() median {statistics.median(opening):.2f} ms "
          f"(min {min(opening):.2f}), first search {statistics.median(first):.2f} ms, "
          f"{runs} runs")


def xapian_searcher(path):
    import xapian
    database = xapian.Database(path)
    parser = xapian.QueryParser()
    parser.set_database(database)
    parser.set_default_op(xapian.Query.OP_OR)
    flags = xapian.QueryParser.FLAG_DEFAULT | xapian.QueryParser.FLAG_PHRASE
    enquire = xapian.Enquire(database)

    def search(text):
        enquire.set_query(parser.parse_query(text, flags))
        return [match.document.get_data().decode() for match in enquire.get_mset(0, LIMIT)]
    return search


def query(engine, path, queries_path, rounds, out_path, clock_name="wall"):
    search = {"tantivy": tantivy_searcher, "xapian": xapian_searcher}[engine](path)
    with open(queries_path, encoding="utf-8") as lines:
        queries = [line.rstrip("\n").split("\t", 1) for line in lines
                   if line.strip() and not line.startswith("#")]
    hits = [len(search(text)) for _, text in queries]
    samples = [[] for _ in queries]
    clock = {"wall": time.perf_counter_ns, "cpu": time.thread_time_ns}[clock_name]
    for _ in range(rounds):
        for index, (_, text) in enumerate(queries):
            start = clock()
            search(text)
            samples[index].append((clock() - start) / 1e6)
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("class\tquery\tms\thits\n")
        for (kind, text), times, count in zip(queries, samples, hits):
            out.write(f"{kind}\t{text}\t{statistics.median(times):.4f}\t{count}\n")


def timed(out_path, command):
    start = time.perf_counter()
    subprocess.run(command, check=True)
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(out_path, "w") as out:
        out.write(f"seconds={wall:.3f}\ncpu_seconds={usage.ru_utime + usage.ru_stime:.3f}\n")


def percentile(p, values):
    ordered = sorted(values)
    rank = math.ceil(p * len(ordered))
    return ordered[min(max(rank, 1), len(ordered)) - 1]


def report(folder):
    runs = {}
    for name in sorted(os.listdir(folder)):
        if name.startswith("query-") and name.endswith(".tsv"):
            with open(os.path.join(folder, name), encoding="utf-8") as lines:
                next(lines)
                rows = [line.rstrip("\n").split("\t") for line in lines]
            runs[name[len("query-"):-len(".tsv")]] = [(row[0], float(row[2]), int(row[3]))
                                                      for row in rows]
    builds = {}
    for name in os.listdir(folder):
        if name.startswith("build-") and name.endswith(".txt"):
            with open(os.path.join(folder, name)) as lines:
                fields = dict(line.strip().split("=", 1) for line in lines if "=" in line)
            builds[name[len("build-"):-len(".txt")]] = fields
    runs = dict(sorted(runs.items(), key=lambda run: in_order(run[0], ENGINES)))
    classes = []
    for rows in runs.values():
        for kind, _, _ in rows:
            if kind not in classes:
                classes.append(kind)
    classes.sort(key=lambda kind: in_order(kind, CLASSES))
    header = ["engine", "build MB/s wall (CPU)", "hits/query", "all"] + classes
    print("| " + " | ".join(header) + " |")
    print("| --- |" + " ---: |" * (len(header) - 1))
    built = set()
    for name, rows in runs.items():
        # An engine's build speed on its first row only.
        engine = name.split("-")[0]
        build = builds.get(engine) if engine not in built else None
        built.add(engine)
        speed = ""
        if build:
            megabytes = int(build["text_bytes"]) / 1e6
            speed = "%.1f" % (megabytes / float(build["seconds"]))
            if "cpu_seconds" in build:
                speed += " (%.1f)" % (megabytes / float(build["cpu_seconds"]))
        cells = [name, speed, "%.2f" % statistics.mean(count for _, _, count in rows)]
        for kind in [None] + classes:
            times = [ms for row_kind, ms, _ in rows if kind is None or row_kind == kind]
            cells.append(" / ".join(format_ms(percentile(p, times)) for p in (0.5, 0.95, 0.99)))
        print("| " + " | ".join(cells) + " |")
    counts = {kind: sum(1 for row in next(iter(runs.values())) if row[0] == kind)
              for kind in classes}
    print("\nms p50 / p95 / p99 over queries (each query's median of its rounds); queries: "
          + ", ".join(f"{kind} {count}" for kind, count in counts.items()))


def in_order(name, preferred):
    return preferred.index(name) if name in preferred else len(preferred)


def format_ms(value):
    return "%.3f" % value if value < 1 else "%.2f" % value


def main(arguments):
    if len(arguments) in (4, 5) and arguments[0] == "build":
        {"tantivy": build_tantivy, "xapian": build_xapian}[arguments[1]](*arguments[2:])
    elif arguments[:2] == ["open", "tantivy"] and len(arguments) == 4:
        open_tantivy(arguments[2], arguments[3])
    elif len(arguments) in (6, 7) and arguments[0] == "query":
        query(arguments[1], arguments[2], arguments[3], int(arguments[4]), *arguments[5:])
    elif len(arguments) >= 3 and arguments[0] == "time":
        timed(arguments[1], arguments[2:])
    elif len(arguments) == 2 and arguments[0] == "report":
        report(arguments[1])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
