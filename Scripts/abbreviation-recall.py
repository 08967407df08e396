#!/usr/bin/env python3
"""How well abbreviated and full queries find each other's articles in the news.

Builds an abbreviation set from the news corpus: for pairs of the abbreviation table
(`UBND` / `Ủy ban nhân dân`, ...) and the contexts they stand in there (`UBND tỉnh
Quảng Ninh`, `Sở GD-ĐT Hà Nội`, `BLDS`), the articles that write only the short form in
that context and those that write only the full form. Then asks `tracuu` the query with
the short form and the query with the full form, 100 hits each, and reports, for each
direction, the share of the articles writing only the other form that the query puts in
its top 100. A context is kept when at most 100 articles write it in either form (so a
perfect ranking holds them all) and at least 3 write each form only.

    Scripts/abbreviation-recall.py --corpus news_baomoi.jsonl.zst --index news.tracuu \\
        --tracuu .build/release/tracuu [--tracuu-before OTHER] [--work /tmp/abbr-set]

The set (queries and judgements, derived from the news) is written under --work, never in
the repository. Matching here folds marks and case (`Uỷ` is `ủy`, `HDND` is `HĐND`) and
splits words at any character that is not a letter or digit, as the index does.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import unicodedata

# (short forms, full form) as the abbreviation table writes them; the first short form is
# the one queries use.
PAIRS = [
    (["UBND"], "Ủy ban nhân dân"),
    (["HĐND"], "Hội đồng nhân dân"),
    (["TP"], "thành phố"),
    (["TP.HCM", "TPHCM", "TP Hồ Chí Minh"], "Thành phố Hồ Chí Minh"),
    (["BCH"], "Ban Chấp hành"),
    (["MTTQ"], "Mặt trận Tổ quốc"),
    (["ĐBQH"], "đại biểu Quốc hội"),
    (["TAND"], "Tòa án nhân dân"),
    (["VKSND"], "Viện kiểm sát nhân dân"),
    (["CSGT"], "Cảnh sát giao thông"),
    (["BHXH"], "bảo hiểm xã hội"),
    (["BHYT"], "bảo hiểm y tế"),
    (["THPT"], "trung học phổ thông"),
    (["THCS"], "trung học cơ sở"),
    (["GD-ĐT", "GD&ĐT", "GDĐT"], "Giáo dục và Đào tạo"),
    (["TN-MT", "TN&MT", "TNMT"], "Tài nguyên và Môi trường"),
    (["LĐ-TB-XH", "LĐ-TB&XH", "LĐTB&XH", "LĐTBXH"], "Lao động - Thương binh và Xã hội"),
    (["GTVT", "GT-VT"], "Giao thông vận tải"),
    (["NN-PTNT", "NN&PTNT", "NNPTNT"], "Nông nghiệp và Phát triển nông thôn"),
    (["KH-ĐT", "KH&ĐT"], "Kế hoạch và Đầu tư"),
    (["VH-TT-DL", "VH-TT&DL", "VHTT&DL", "VHTTDL"], "Văn hóa, Thể thao và Du lịch"),
    (["XHCN"], "xã hội chủ nghĩa"),
    (["BLHS"], "Bộ luật Hình sự"),
    (["BLDS"], "Bộ luật Dân sự"),
    (["BLTTHS"], "Bộ luật Tố tụng hình sự"),
    (["HĐQT"], "Hội đồng quản trị"),
    (["CLB"], "câu lạc bộ"),
    (["HLV"], "huấn luyện viên"),
]
# Designators a context may start with after the form, before a name.
DESIGNATORS = {"tinh", "huyen", "quan", "xa", "phuong", "tp", "thi"}
# Words a ministry's short form stands after (`Bộ GD-ĐT`, `Sở GD-ĐT`, `Phòng GD-ĐT`).
HEADS = {"bo", "so", "phong"}
MINISTRIES = {"GD-ĐT", "TN-MT", "LĐ-TB-XH", "GTVT", "NN-PTNT", "KH-ĐT", "VH-TT-DL"}
CONTEXTS_PER_PAIR = 5
# Capitalised words that start no name here: sentence openers after a comma, titles, bodies.
NOT_NAMES = {"bo", "so", "phong", "tai", "theo", "trong", "sau", "khi", "ngay", "ong", "ba",
             "anh", "chi", "cong", "uy", "ban", "hoi", "dang", "nha", "nuoc"}
WORD = re.compile(r"\w+")


def fold(text):
    text = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    return "".join(c for c in text if unicodedata.category(c) != "Mn").replace("đ", "d")


def tokens(text):
    """(surface, folded) of each word."""
    return [(m.group(), fold(m.group())) for m in WORD.finditer(unicodedata.normalize("NFC", text))]


def name_words(text, words, starts, first):
    """The capitalised words from `first` on (at most 3) that are not a sentence's first."""
    end = first
    while end < len(words) and end < first + 3 and words[end][0][0].isupper() \
            and len(words[end][0]) > 1 and words[end][0].isalpha() \
            and not words[end][0].isupper() and words[end][1] not in NOT_NAMES:
        if end == first and text[:starts[end]].rstrip()[-1:] in ("", ".", "!", "?", ":", "\n"):
            break
        end += 1
    return words[first:end]


def read_corpus(path):
    command = ["zstd", "-dc", path] if path.endswith(".zst") else ["cat", path]
    with subprocess.Popen(command, stdout=subprocess.PIPE) as process:
        for line in process.stdout:
            article = json.loads(line)
            yield article["id"], article.get("title", "") + "\n" + article.get("body", "")


def build_set(corpus, work):
    forms = []  # (pair, is_full, folded tokens)
    for pair, (shorts, full) in enumerate(PAIRS):
        for text in shorts:
            forms.append((pair, False, [f for _, f in tokens(text)]))
        forms.append((pair, True, [f for _, f in tokens(full)]))
    by_first = collections.defaultdict(list)
    for form in forms:
        by_first[form[2][0]].append(form)
    # (pair, context) -> {"short": set(ids), "full": set(ids)}, and the context's words as
    # written, most often first.
    found = collections.defaultdict(lambda: {"short": set(), "full": set()})
    surfaces = collections.defaultdict(collections.Counter)
    for count, (article, text) in enumerate(read_corpus(corpus)):
        text = unicodedata.normalize("NFC", text)
        matches = list(WORD.finditer(text))
        words = [(m.group(), fold(m.group())) for m in matches]
        starts = [m.start() for m in matches]
        folded = [f for _, f in words]
        for start, key in enumerate(folded):
            for pair, is_full, form in by_first.get(key, ()):
                end = start + len(form)
                if folded[start:end] != form:
                    continue
                side = "full" if is_full else "short"
                shorts = PAIRS[pair][0]
                if shorts[0] != "TP":
                    found[(pair, ())][side].add(article)
                before = folded[start - 1] if start > 0 else None
                if before in HEADS and shorts[0] in MINISTRIES:
                    context = ((before,), ())
                    found[(pair, context)][side].add(article)
                    surfaces[(pair, context)][(words[start - 1][0],)] += 1
                head = 1 if end < len(words) and words[end][1] in DESIGNATORS else 0
                if head and words[end][0][0].isupper():
                    continue  # a designator capitalised starts something else
                # A place after a designator (`tỉnh Quảng Ninh`, `quận Hải Bà Trưng`) or a
                # name (`Nguyễn Xuân Cường`): two words, and three when there are.
                name = name_words(text, words, starts, end + head)
                for length in range(2, len(name) + 1):
                    after = words[end:end + head] + name[:length]
                    context = ((), tuple(f for _, f in after))
                    found[(pair, context)][side].add(article)
                    surfaces[(pair, context)][tuple(w for w, _ in after)] += 1
        if count % 5000 == 4999:
            print(f"  {count + 1} articles read", file=sys.stderr)
    chosen = []
    for pair in range(len(PAIRS)):
        candidates = []
        for (p, context), sides in found.items():
            if p != pair:
                continue
            only_short = sides["short"] - sides["full"]
            only_full = sides["full"] - sides["short"]
            total = len(sides["short"] | sides["full"])
            # Contexts inside another pair's form (`TP` before `HCM`) are that pair's.
            if context and context[1] and context[1][0] in ("hcm", "ho", "tp"):
                continue
            if total <= 100 and len(only_short) >= 3 and len(only_full) >= 3:
                candidates.append((min(len(only_short), len(only_full)), context,
                                   only_short, only_full))
        # A name cut short (`quận Hải Bà`) has the articles of the whole (`quận Hải Bà
        # Trưng`): the longer context stands for both.
        candidates = [c for c in candidates if not any(
            c[1] and o[1] and o[1][0] == c[1][0] and len(o[1][1]) > len(c[1][1]) and o[1][1][:len(c[1][1])] == c[1][1]
            and o[2] == c[2] and o[3] == c[3] for o in candidates)]
        candidates.sort(key=lambda c: (-c[0], c[1]))
        for _, context, only_short, only_full in candidates[:CONTEXTS_PER_PAIR]:
            def written(form):
                if not context:
                    return form
                words = list(surfaces[(pair, context)].most_common(1)[0][0])
                return " ".join(words + [form] if context[0] else [form] + words)
            shorts, full = PAIRS[pair]
            chosen.append({"pair": shorts[0], "short_query": written(shorts[0]),
                           "full_query": written(full), "only_short": sorted(only_short),
                           "only_full": sorted(only_full)})
    with open(os.path.join(work, "abbreviation-set.jsonl"), "w") as out:
        for entry in chosen:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return chosen


def top_ids(tracuu, index, queries):
    """The top 100 ids of each query, asked in one run of `tracuu search --queries -`."""
    run = subprocess.run([tracuu, "search", "--index", index, "--limit", "100", "--queries", "-"],
                         input="\n".join(queries) + "\n", capture_output=True, text=True,
                         check=True)
    results = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    return [[hit["id"] for hit in result["hits"]] for result in results]


def shares(entries, tracuu, index):
    short_tops = top_ids(tracuu, index, [e["short_query"] for e in entries])
    full_tops = top_ids(tracuu, index, [e["full_query"] for e in entries])
    rows = []
    for entry, short_top, full_top in zip(entries, short_tops, full_tops):
        full_found = len(set(entry["only_full"]) & set(short_top))
        short_found = len(set(entry["only_short"]) & set(full_top))
        rows.append((full_found, len(entry["only_full"]), short_found, len(entry["only_short"])))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--index", required=True)
    parser.add_argument("--tracuu", required=True, help="the build to measure")
    parser.add_argument("--tracuu-before", help="a build to compare with (before a change)")
    parser.add_argument("--work", default="/tmp/abbreviation-set")
    arguments = parser.parse_args()
    os.makedirs(arguments.work, exist_ok=True)
    cached = os.path.join(arguments.work, "abbreviation-set.jsonl")
    if os.path.exists(cached):
        entries = [json.loads(line) for line in open(cached)]
    else:
        entries = build_set(arguments.corpus, arguments.work)
    runs = [("before", arguments.tracuu_before)] if arguments.tracuu_before else []
    runs.append(("after", arguments.tracuu))
    results = {name: shares(entries, binary, arguments.index) for name, binary in runs}
    names = [name for name, _ in runs]
    print("| short query | full query | only short | only full | "
          + " | ".join(f"full found by short, {n} | short found by full, {n}" for n in names)
          + " |")
    print("| --- | --- | ---: | ---: | " + " | ".join("---: | ---:" for _ in names) + " |")
    for number, entry in enumerate(entries):
        cells = []
        for name in names:
            full_found, full_total, short_found, short_total = results[name][number]
            cells += [f"{full_found}/{full_total}", f"{short_found}/{short_total}"]
        print(f"| {entry['short_query']} | {entry['full_query']} | {len(entry['only_short'])} | "
              f"{len(entry['only_full'])} | " + " | ".join(cells) + " |")
    for name in names:
        rows = results[name]
        full = sum(r[0] for r in rows) / max(1, sum(r[1] for r in rows))
        short = sum(r[2] for r in rows) / max(1, sum(r[3] for r in rows))
        full_mean = sum(r[0] / r[1] for r in rows) / max(1, len(rows))
        short_mean = sum(r[2] / r[3] for r in rows) / max(1, len(rows))
        print(f"{name}: {len(rows)} contexts; short query finds {full:.1%} of the only-full "
              f"articles (mean per context {full_mean:.1%}); full query finds {short:.1%} "
              f"of the only-short articles (mean {short_mean:.1%})")


if __name__ == "__main__":
    main()
