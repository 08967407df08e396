#!/usr/bin/env python3
"""The tables of Tools/compare-scale.sh from the records it leaves in OUT.

    scale_report.py OUT NAME...

NAME is a scale's folder in OUT (1x, 10x, news). Reads OUT/NAME/: corpus.stats,
<build>.time (GNU `time -v`) and <build>.size, open-*.txt, commit-tracuu.txt, search-*.time,
query-*.tsv (class, query, ms, hits) and run.txt; prints
Markdown: builds and indexes, query latency (p50 / p95 / p99 in ms over the queries, each
query's median of its rounds, nearest rank), TraCuu's commit of 1,000 documents, and TraCuu
against tantivy as ratios. A missing record leaves its cell empty.
"""

import os
import re
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from peers import CLASSES, format_ms, percentile  # noqa: E402

ENGINES = [("tracuu", "TraCuu"), ("tantivy", "tantivy")]
SEARCHES = [("tracuu", "TraCuu"), ("tracuu-ids", "TraCuu, ids only"), ("tantivy", "tantivy")]


def read(path):
    try:
        with open(path, encoding="utf-8") as file:
            return file.read()
    except FileNotFoundError:
        return None


def fields(path):
    text = read(path) or ""
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def gnu_time(path):
    """(wall seconds, CPU seconds, peak RSS in MB) from `time -v` output, or None."""
    text = read(path)
    if text is None:
        return None
    values = dict(line.strip().rsplit(": ", 1) for line in text.splitlines() if ": " in line)
    wall = 0.0
    for part in values["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
        wall = wall * 60 + float(part)
    cpu = float(values["User time (seconds)"]) + float(values["System time (seconds)"])
    return wall, cpu, int(values["Maximum resident set size (kbytes)"]) / 1024


def number(pattern, text):
    match = re.search(pattern, text or "")
    return float(match.group(1)) if match else None


def queries(path):
    text = read(path)
    if text is None:
        return None
    rows = [line.split("\t") for line in text.splitlines()[1:] if line]
    return [(row[0], float(row[2]), int(row[3])) for row in rows]


def triple(times):
    return " / ".join(format_ms(percentile(p, times)) for p in (0.5, 0.95, 0.99))


def megabytes(value):
    return "" if value is None else ("%.0f" % (value / 1e6) if value >= 1e8
                                     else "%.1f" % (value / 1e6))


def build_cell(record):
    if record is None:
        return "", ""
    wall, cpu, rss = record
    form = "%.1f (%.1f)" if wall < 10 else "%.0f (%.0f)"
    return form % (wall, cpu), "%.0f" % rss


def main(folder, scales):
    runs = {scale: os.path.join(folder, scale) for scale in scales}
    runs = {scale: path for scale, path in runs.items() if os.path.isdir(path)}
    for scale, path in runs.items():
        run = fields(os.path.join(path, "run.txt"))
        corpus = fields(os.path.join(path, "corpus.stats"))
        print(f"- {scale}: {int(corpus.get('documents', 0)):,} documents, "
              f"{megabytes(int(corpus.get('bytes', 0)))} MB of JSONL; TraCuu at "
              f"{run.get('commit', '?')} (index format {run.get('format', '?')}), tantivy "
              f"{run.get('tantivy', '?')}; searches run "
              f"{run.get('date', '?')} ({run.get('clock', 'wall')} clock), load average "
              f"{run.get('load', '?')}")
    print()
    print("| scale | engine | build s, all cores: wall (CPU) | peak RSS MB | build s, one "
          "thread: wall (CPU) | peak RSS MB | index MB | without stored text | "
          "open + searcher() ms | first search ms | search process RSS MB |")
    print("| --- | --- |" + " ---: |" * 9)
    for scale, path in runs.items():
        for engine, name in ENGINES:
            build, rss = build_cell(gnu_time(os.path.join(path, f"{engine}-build.time")))
            build1, rss1 = build_cell(gnu_time(os.path.join(path, f"{engine}-build-1t.time")))
            size = fields(os.path.join(path, f"{engine}-build.size"))
            opening = read(os.path.join(path, f"open-{engine}.txt"))
            search = gnu_time(os.path.join(path, f"search-{engine}.time"))
            cells = [scale, name, build, rss, build1, rss1,
                     megabytes(int(size["total"])) if size else "",
                     megabytes(int(size["without_stored"])) if size else "",
                     "%.2f" % v if (v := number(r"median ([\d.]+) ms", opening)) else "",
                     "%.2f" % v if (v := number(r"first search ([\d.]+) ms", opening)) else "",
                     "%.0f" % search[2] if search else ""]
            print("| " + " | ".join(cells) + " |")
    print()
    print("| scale | engine | hits/query | all | " + " | ".join(CLASSES) + " |")
    print("| --- | --- |" + " ---: |" * (2 + len(CLASSES)))
    latency = {}
    for scale, path in runs.items():
        for engine, name in SEARCHES:
            rows = queries(os.path.join(path, f"query-{engine}.tsv"))
            if not rows:
                continue
            latency[scale, engine] = rows
            cells = [scale, name, "%.2f" % statistics.mean(row[2] for row in rows),
                     triple([row[1] for row in rows])]
            cells += [triple([row[1] for row in rows if row[0] == kind]) for kind in CLASSES]
            print("| " + " | ".join(cells) + " |")
    print("\nms p50 / p95 / p99 over the queries, each pinned to one core, top 10; TraCuu "
          "with snippets (Searcher.search) and ids only (Searcher.rank), tantivy ids only.\n")
    print("| scale | TraCuu commit of 1,000 documents ms | searcher() after it ms | its first "
          "search ms | close() ms | segments after |")
    print("| --- |" + " ---: |" * 5)
    for scale, path in runs.items():
        text = read(os.path.join(path, "commit-tracuu.txt"))
        if text is None:
            continue
        values = [number(pattern, text) for pattern in
                  (r"commit ([\d.]+) ms", r"searcher\(\) after it ([\d.]+) ms",
                   r"first search ([\d.]+) ms", r"close\(\) ([\d.]+) ms",
                   r"(\d+) segments after")]
        cells = ["" if v is None else format_ms(v) if v < 10 else "%.0f" % v
                 for v in values[:-1]]
        cells.append("" if values[-1] is None else "%d" % values[-1])
        print(f"| {scale} | " + " | ".join(cells) + " |")
    print()
    print("| scale | build wall, all cores | build wall, one thread | index without stored text "
          "| p50 all | p95 all | " + " | ".join(f"p50 {kind}" for kind in CLASSES)
          + " | p50 all, ids only | p95 all, ids only |")
    print("| --- |" + " ---: |" * (7 + len(CLASSES)))
    for scale, path in runs.items():
        def ratio(ours, theirs):
            return "%.2f×" % (ours / theirs) if ours and theirs else ""

        cells = [scale]
        for suffix in ("build", "build-1t"):
            ours = gnu_time(os.path.join(path, f"tracuu-{suffix}.time"))
            theirs = gnu_time(os.path.join(path, f"tantivy-{suffix}.time"))
            cells.append(ratio(ours and ours[0], theirs and theirs[0]))
        ours = fields(os.path.join(path, "tracuu-build.size"))
        theirs = fields(os.path.join(path, "tantivy-build.size"))
        cells.append(ratio(int(ours.get("without_stored", 0)),
                           int(theirs.get("without_stored", 0))))
        theirs = latency.get((scale, "tantivy"))
        for engine, kinds in [("tracuu", [(None, 0.5), (None, 0.95)]
                               + [(kind, 0.5) for kind in CLASSES]),
                              ("tracuu-ids", [(None, 0.5), (None, 0.95)])]:
            ours = latency.get((scale, engine))
            for kind, p in kinds:
                if ours and theirs:
                    pick = [percentile(p, [ms for k, ms, _ in rows
                                           if kind is None or k == kind])
                            for rows in (ours, theirs)]
                    cells.append(ratio(*pick))
                else:
                    cells.append("")
        print("| " + " | ".join(cells) + " |")
    print("\nTraCuu ÷ tantivy, same run (above 1: TraCuu slower or bigger).")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
