#!/usr/bin/env python3
"""Bigger corpora made of real sentences, for timing engines as the corpus grows.

    scale_corpus.py --scale N [--seed S] [--news FILE] [--wiki FILE] OUT.jsonl[.zst]

Writes N x 35,439 documents (N times the news corpus's count; N may be a fraction) in the
news corpus's shape, one JSON object a line: {"id", "title", "body", "source"}. Each
document copies the shape of a news article drawn at random: its body gets sentences drawn
at random from the pooled sentences of the news and Wikipedia corpora until it is as long
(in characters) as that article's body, with a line break after a sentence as often as the
news has one; its title is a real news title (7 in 10) or a pooled sentence of at most 200
characters. Term statistics therefore stay those of real Vietnamese text, while no document
repeats a real one. Ids are `scale-<seed>-<number>`, unique within a file. The sources give
no dates, so the documents have none.

Deterministic for a seed: the same arguments give the same bytes. Documents are made in
blocks of 10,000, each from its own generator seeded by (seed, block), so the output does
not depend on the number of worker processes (--jobs, default 2). OUT ending in .zst is
compressed through `zstd`; the file is written under OUT.partial and renamed when
complete, so an existing OUT is always whole.
"""

import argparse
import json
import multiprocessing
import os
import random
import re
import subprocess
import sys

CORPUS = os.environ.get("CORPUS_DIR", "/work/shared/corpus")
NEWS_DOCUMENTS = 35_439
BLOCK = 10_000
TITLE_FROM_NEWS = 0.7
SOURCE = "scale_corpus.py: sentences of news_baomoi and wiki_vi"
# A sentence ends at . ! ? or … followed by white space; lines end sentences too.
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")

# Set once in the parent before the workers fork, read by them: the pooled sentences, the
# news bodies' lengths, the news titles, and how often a sentence ends its line.
pool = {}


def read_documents(path):
    process = subprocess.Popen(["zstd", "-dc", path], stdout=subprocess.PIPE)
    for line in process.stdout:
        if line.strip():
            yield json.loads(line)
    if process.wait() != 0:
        sys.exit(f"scale_corpus.py: zstd -dc {path} failed")


def sentences_of(body):
    """The sentences of a body, line by line; Wikipedia's `== Heading ==` lines left out."""
    found = []
    for line in body.split("\n"):
        line = line.strip()
        if not line or line.startswith("=="):
            continue
        found.extend(part for part in SENTENCE_END.split(line) if len(part) > 1)
    return found


def load(news_path, wiki_path):
    sentences, lengths, titles = [], [], []
    news_sentences = news_lines = 0
    for document in read_documents(news_path):
        body = document["body"]
        lengths.append(len(body))
        if document.get("title"):
            titles.append(document["title"])
        found = sentences_of(body)
        sentences.extend(found)
        news_sentences += len(found)
        news_lines += sum(1 for line in body.split("\n") if line.strip())
    for document in read_documents(wiki_path):
        sentences.extend(sentences_of(document["body"]))
    pool.update(sentences=sentences, lengths=lengths, titles=titles,
                short=[sentence for sentence in sentences if len(sentence) <= 200],
                line_break=news_lines / max(1, news_sentences))


def block(arguments):
    """The JSON lines of documents first..<last, from block `number`'s own generator."""
    seed, number, first, last = arguments
    generator = random.Random(seed * 1_000_003 + number)
    sentences, lengths, titles = pool["sentences"], pool["lengths"], pool["titles"]
    short, line_break = pool["short"], pool["line_break"]
    lines = []
    for position in range(first, last):
        if generator.random() < TITLE_FROM_NEWS:
            title = titles[generator.randrange(len(titles))]
        else:
            title = short[generator.randrange(len(short))]
        target = lengths[generator.randrange(len(lengths))]
        parts, length = [], 0
        while length < target:
            sentence = sentences[generator.randrange(len(sentences))]
            parts.append(sentence)
            parts.append("\n" if generator.random() < line_break else " ")
            length += len(sentence) + 1
        body = "".join(parts[:-1])
        lines.append(json.dumps({"id": f"scale-{seed}-{position:08d}", "title": title,
                                 "body": body, "source": SOURCE}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, required=True,
                        help="documents as a multiple of the news corpus's 35,439")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--news", default=f"{CORPUS}/news_baomoi.jsonl.zst")
    parser.add_argument("--wiki", default=f"{CORPUS}/wiki_vi.jsonl.zst")
    parser.add_argument("out")
    options = parser.parse_args()
    count = round(options.scale * NEWS_DOCUMENTS)
    if count < 1 or options.jobs < 1:
        sys.exit("scale_corpus.py: --scale and --jobs must give at least one")
    load(options.news, options.wiki)
    print(f"pool: {len(pool['sentences']):,} sentences, {len(pool['titles']):,} titles; "
          f"writing {count:,} documents", file=sys.stderr)
    partial = options.out + ".partial"
    blocks = [(options.seed, number, first, min(first + BLOCK, count))
              for number, first in enumerate(range(0, count, BLOCK))]
    with open(partial, "wb") as file:
        sink = file
        compressor = None
        if options.out.endswith(".zst"):
            compressor = subprocess.Popen(["zstd", "-q", "-3", "-T1"], stdin=subprocess.PIPE,
                                          stdout=file)
            sink = compressor.stdin
        with multiprocessing.get_context("fork").Pool(options.jobs) as workers:
            for text in workers.imap(block, blocks):
                sink.write(text.encode("utf-8"))
        if compressor:
            compressor.stdin.close()
            if compressor.wait() != 0:
                sys.exit("scale_corpus.py: zstd failed")
    os.replace(partial, options.out)


if __name__ == "__main__":
    main()
