#!/usr/bin/env python3
"""Verify the hand-labelled entity sets in Tests/Data/.

  Scripts/check-entity-labels.py [--corpus DIR]   (the folder holding news_baomoi.jsonl.zst)

Checks: every line is valid JSON with the expected fields; entity fields have the
right types; every entity "text" is a substring of its sentence; public sentences
carry their text; news sentences resolve against news_baomoi.jsonl.zst (UTF-8 byte
offsets into the stored `body`, sha256 of the slice). Prints counts per kind and
per source, and how many sentences have entities vs. none (negatives).
Exit status 1 on any error.
"""
import argparse, collections, hashlib, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'Tests', 'Data')
FIELDS = {
    'docref': {'doctype': str, 'number': int, 'year': (int, type(None)), 'issuer': (str, type(None)), 'date': (str, type(None))},
    'plenum': {'plenum': int, 'term': (int, type(None))},
    'date':   {'value': str},
    'person': {'name': str},
    'place':  {'name': str},
}
DOCTYPES = {'nghị quyết', 'quyết định', 'quy định', 'chỉ thị', 'kết luận', 'thông tư', 'nghị định', 'luật',
            'hướng dẫn', 'thông báo', 'công văn', 'kế hoạch'}
DATE_RE = re.compile(r'\d{4}(-\d\d(-\d\d)?)?$')
errors = []

def err(where, msg):
    errors.append(f'{where}: {msg}')

def check_entities(where, text, ents):
    if not isinstance(ents, list):
        err(where, 'entities is not a list'); return
    for i, e in enumerate(ents):
        w = f'{where} entity {i}'
        k = e.get('kind')
        if k not in FIELDS:
            err(w, f'unknown kind {k!r}'); continue
        t = e.get('text')
        if not isinstance(t, str) or not t:
            err(w, 'missing text'); continue
        if text is not None and t not in text:
            err(w, f'text {t!r} is not a substring of the sentence')
        for f, ty in FIELDS[k].items():
            if f not in e:
                err(w, f'missing field {f}')
            elif not isinstance(e[f], ty) or isinstance(e[f], bool):
                err(w, f'field {f} has type {type(e[f]).__name__}')
        extra = set(e) - set(FIELDS[k]) - {'kind', 'text'}
        if extra:
            err(w, f'unexpected fields {sorted(extra)}')
        if k == 'docref':
            if e.get('doctype') not in DOCTYPES: err(w, f'doctype {e.get("doctype")!r}')
            if e.get('date') is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', e['date']): err(w, f'bad date {e["date"]!r}')
        if k == 'date' and isinstance(e.get('value'), str) and not DATE_RE.match(e['value']):
            err(w, f'bad value {e["value"]!r}')
        if k in ('person', 'place') and isinstance(e.get('name'), str) and e['name'] not in t:
            err(w, f'name {e["name"]!r} not inside text {t!r}')

def load(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as ex:
                err(f'{os.path.basename(path)}:{n}', f'invalid JSON: {ex}')
    return rows

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', default='/work/shared/corpus')
    a = ap.parse_args()
    pub = load(os.path.join(DATA, 'entity_labels_public.jsonl'))
    news = load(os.path.join(DATA, 'entity_labels_news.jsonl'))
    ids = set()
    stats = collections.Counter(); kinds = collections.Counter(); kinds_src = collections.Counter()
    with_ents = collections.Counter(); negs = collections.Counter()

    def tally(src, o):
        stats[src] += 1
        ents = o.get('entities') or []
        (with_ents if ents else negs)[src] += 1
        for e in ents:
            kinds[e.get('kind')] += 1; kinds_src[(src, e.get('kind'))] += 1

    for n, o in pub:
        where = f'public:{n} {o.get("id")}'
        if o.get('id') in ids: err(where, 'duplicate id')
        ids.add(o.get('id'))
        if o.get('source') not in ('wiki', 'debian'): err(where, f'source {o.get("source")!r}')
        t = o.get('text')
        if not isinstance(t, str) or not t: err(where, 'missing text'); t = None
        elif len(t) > 400: err(where, f'sentence longer than 400 chars ({len(t)})')
        check_entities(where, t, o.get('entities'))
        tally(o.get('source'), o)

    # news: resolve offsets against the corpus
    need = {}
    for n, o in news:
        need.setdefault(o.get('doc'), []).append((n, o))
    bodies = {}
    path = os.path.join(a.corpus, 'news_baomoi.jsonl.zst')
    proc = subprocess.Popen(['zstd', '-dc', path], stdout=subprocess.PIPE)
    for line in proc.stdout:
        d = json.loads(line)
        if d['id'] in need:
            bodies[d['id']] = d['body']
    proc.wait()
    for doc, lst in need.items():
        for n, o in lst:
            where = f'news:{n} {o.get("id")}'
            if o.get('id') in ids: err(where, 'duplicate id')
            ids.add(o.get('id'))
            if o.get('source') != 'news': err(where, 'source is not news')
            if 'text' in o: err(where, 'news entries must not carry the sentence text')
            if doc not in bodies:
                err(where, f'document {doc!r} not found in corpus'); check_entities(where, None, o.get('entities')); tally('news', o); continue
            b = bodies[doc].encode('utf-8')
            s, e = o.get('start'), o.get('end')
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(b)):
                err(where, f'bad offsets {s}..{e}'); tally('news', o); continue
            try:
                sent = b[s:e].decode('utf-8')
            except UnicodeDecodeError:
                err(where, 'offsets cut a UTF-8 sequence'); tally('news', o); continue
            if hashlib.sha256(b[s:e]).hexdigest() != o.get('sha256'):
                err(where, 'sha256 mismatch')
            if len(sent) > 400: err(where, f'sentence longer than 400 chars ({len(sent)})')
            check_entities(where, sent, o.get('entities'))
            tally('news', o)

    total = sum(stats.values())
    print(f'sentences: {total}  (' + ', '.join(f'{k} {v}' for k, v in sorted(stats.items())) + ')')
    print(f'with entities: {sum(with_ents.values())}  (' + ', '.join(f'{k} {v}' for k, v in sorted(with_ents.items())) + ')')
    print(f'negatives (no entity): {sum(negs.values())}  (' + ', '.join(f'{k} {v}' for k, v in sorted(negs.items())) + ')')
    print('entities per kind:')
    srcs = sorted(stats)
    print('  ' + 'kind'.ljust(8) + 'total'.rjust(7) + ''.join(s.rjust(8) for s in srcs))
    for k in FIELDS:
        print('  ' + k.ljust(8) + str(kinds[k]).rjust(7) + ''.join(str(kinds_src[(s, k)]).rjust(8) for s in srcs))
    print(f'  {"all":8}' + str(sum(kinds.values())).rjust(7))
    if errors:
        print(f'\n{len(errors)} ERROR(S):')
        for x in errors: print('  ' + x)
        sys.exit(1)
    print('\nOK: all entity texts are substrings; all news offsets and hashes resolve.')

if __name__ == '__main__':
    main()
