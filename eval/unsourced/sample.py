#!/usr/bin/env python3
"""Draw sentences for labelling from PolNeAR train articles not yet labelled.

Prints file, start, end, sha1-8 and a blank label per sentence (TSV), and
with --show the sentence text on stderr for the labeller (never stored in
the repository). Articles come in a fixed shuffled order (--seed) of the
folder, skipping those already in any --exclude label file and those of fewer
than four lines; every body sentence (the title line is left out) up to
--per-article, until at least --total sentences. The splitter is small and
independent of claimaudit's: `.?!` plus closing quotes, before a capital or
an opening quote, with common abbreviations and initials kept.

    python3 eval/unsourced/sample.py ../shared/corpora/polnear/train/text \
        --seed 61 --exclude eval/unsourced/labels.tsv --total 130 --show
"""
import argparse, hashlib, os, random, re, sys

ABBREV = {'mr', 'mrs', 'ms', 'dr', 'gov', 'sen', 'rep', 'st', 'jr', 'sr', 'gen', 'lt', 'col', 'sgt',
          'rev', 'prof', 'inc', 'corp', 'co', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept',
          'sep', 'oct', 'nov', 'dec', 'ft', 'mt', 'pres', 'gop', 'ltd', 'ave', 'calif', 'fla', 'ga',
          'mass', 'va', 'ky', 'tenn', 'ariz', 'colo', 'conn', 'ill', 'md', 'mich', 'minn', 'mo',
          'nev', 'okla', 'ore', 'pa', 'tex', 'wash', 'wis', 'del', 'ind', 'kan', 'neb', 'e.g', 'i.e'}
END = re.compile(rb"[.?!](?:[\"'\xe2\x80\x9d\xe2\x80\x99)]|'')*(?=\s+(?:[A-Z\"\xe2\x80\x9c']|``))")


def sentences(data, start, end):
    """(start, end) byte ranges of the sentences in data[start:end] (one paragraph)."""
    out, s = [], start
    for m in END.finditer(data, start, end):
        w = data[max(s, m.start() - 12):m.start()].split()[-1:] if m.group(0)[:1] == b'.' else []
        tail = w[0].lstrip(b'("\'').lower().decode('utf-8', 'replace') if w else ''
        if tail and (tail.rstrip('.') in ABBREV or re.fullmatch(r'(?:[a-z]\.)*[a-z]', tail)):
            continue
        e = m.end()
        if data[s:e].strip():
            out.append((s, e))
        s = e
        while s < end and data[s:s + 1].isspace():
            s += 1
    if data[s:end].strip():
        e = end
        while e > s and data[e - 1:e].isspace():
            e -= 1
        out.append((s, e))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('text_dir')
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--exclude', action='append', default=[])
    ap.add_argument('--total', type=int, default=130)
    ap.add_argument('--per-article', type=int, default=25)
    ap.add_argument('--show', action='store_true')
    a = ap.parse_args()
    taken = set()
    for path in a.exclude:
        for line in open(path, encoding='utf-8'):
            if line.strip() and not line.startswith('#'):
                taken.add(line.split('\t')[0])
    names = sorted(n for n in os.listdir(a.text_dir) if n.endswith('.txt'))
    random.Random(a.seed).shuffle(names)
    count = 0
    for name in names:
        if count >= a.total:
            break
        if name in taken:
            continue
        data = open(os.path.join(a.text_dir, name), 'rb').read()
        if data.count(b'\n') < 4:
            continue
        body = data.index(b'\n') + 1
        rows = []
        for para in re.finditer(rb"[^\n]+", data[body:]):
            rows += sentences(data, body + para.start(), body + para.end())
        for s, e in rows[:a.per_article]:
            sha = hashlib.sha1(data[s:e]).hexdigest()[:8]
            print(f'{name}\t{s}\t{e}\t{sha}\t')
            if a.show:
                print(f'[{count}] {name}:{s}\t{data[s:e].decode("utf-8", "replace")}', file=sys.stderr)
            count += 1
        if a.show:
            print('', file=sys.stderr)


if __name__ == '__main__':
    main()
