#!/usr/bin/env python3
"""Precision and recall of the `unsourced-claim` finding against a labelled
sentence set (eval/unsourced/labels.tsv: file, byte start, byte end, sha1
prefix of the sentence bytes, label unsourced | sourced | not-a-claim).

A labelled sentence counts as flagged when an `unsourced-claim` finding of at
least --min-severity overlaps its byte range. The positive class is
`unsourced`; a flag on a `sourced` or `not-a-claim` sentence is a false
positive. The corpus is not part of the repository: pass its text folder.

    python3 scripts/unsourced_score.py ../shared/corpora/polnear/train/text \
        --binary .build/release/claimaudit [--errors]

With --agree-with FILE (another labeller's labels of the same rows) only the
rows both label alike are scored: the blind dev sets have two labellers.

    python3 scripts/unsourced_score.py ../shared/corpora/polnear/dev/text \
        --labels eval/unsourced/dev.tsv --agree-with eval/unsourced/dev-second.tsv
"""
import argparse, collections, hashlib, json, os, subprocess, sys

from label_agreement import agreed_rows

LEVEL = {'info': 0, 'warning': 1, 'error': 2}


def read_labels(path):
    """[(file, start, end, sha1-8, label, line)] of a label file; exits with path:line:1 on a bad row."""
    rows = []
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        if line.startswith('#') or not line.strip():
            continue
        f = line.rstrip('\n').split('\t')
        if len(f) != 5 or f[4] not in ('unsourced', 'sourced', 'not-a-claim') or not (f[1].isdigit() and f[2].isdigit()):
            sys.exit(f'{path}:{n}:1: error: expected file, start, end, sha1-8, label')
        rows.append((f[0], int(f[1]), int(f[2]), f[3], f[4], n))
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('text_dir')
    ap.add_argument('--labels', default=os.path.join(here, '..', 'eval', 'unsourced', 'labels.tsv'))
    ap.add_argument('--binary', default=os.path.join(here, '..', '.build', 'release', 'claimaudit'))
    ap.add_argument('--min-severity', choices=list(LEVEL), default='info')
    ap.add_argument('--errors', action='store_true', help='print every false positive and false negative')
    ap.add_argument('--min-precision', type=float, default=0.0)
    ap.add_argument('--min-recall', type=float, default=0.0)
    ap.add_argument('--agree-with', action='append', default=[], metavar='FILE',
                    help='another labelling of the same rows (repeatable): score only the rows every file labels alike')
    a = ap.parse_args()

    rows = read_labels(a.labels)
    if a.agree_with:
        rows = agreed_rows(rows, a.labels, a.agree_with, read_labels)
    files = sorted({r[0] for r in rows})
    paths = [os.path.join(a.text_dir, f) for f in files]
    for p in paths:
        if not os.path.exists(p):
            sys.exit(f'{p}: error: labelled file not found (is TEXT_DIR the PolNeAR train/text folder?)')
    out = subprocess.run([a.binary, 'audit', '--format', 'json', '--fail-on', 'never', *paths], capture_output=True)
    if out.returncode != 0:
        sys.exit(out.stderr.decode())
    report = json.loads(out.stdout)
    flags = collections.defaultdict(list)
    for doc in report['documents']:
        name = os.path.basename(doc['path'])
        for claim in doc['claims']:
            for f in claim.get('findings', []):
                if f['rule'] == 'unsourced-claim' and LEVEL[f['severity']] >= LEVEL[a.min_severity]:
                    flags[name].append((f['start'], f['end']))
    data = {f: open(os.path.join(a.text_dir, f), 'rb').read() for f in files}
    counts = collections.Counter()
    errors = []
    for name, s, e, sha, label, n in rows:
        if hashlib.sha1(data[name][s:e]).hexdigest()[:8] != sha:
            sys.exit(f'{a.labels}:{n}:1: error: {name} bytes {s}..{e} changed (sha1 prefix differs): wrong corpus?')
        flagged = any(fs < e and s < fe for fs, fe in flags[name])
        counts[(label, flagged)] += 1
        if flagged != (label == 'unsourced'):
            errors.append(('FP' if flagged else 'FN', label, name, s, e))
    tp = counts[('unsourced', True)]
    fp = counts[('sourced', True)] + counts[('not-a-claim', True)]
    fn = counts[('unsourced', False)]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f'unsourced-claim (>= {a.min_severity}) on {len(rows)} labelled sentences in {len(files)} articles: '
          f'P {p:.3f} R {r:.3f} F1 {f1:.3f} (TP {tp}, FP {fp} = {counts[("sourced", True)]} sourced + '
          f'{counts[("not-a-claim", True)]} not-a-claim, FN {fn})')
    if a.errors:
        for kind, label, name, s, e in errors:
            text = data[name][s:e].decode('utf-8', 'replace').replace('\n', ' ')
            print(f'{kind}\t{label}\t{name}:{s}\t{text[:160]}')
    if p < a.min_precision or r < a.min_recall:
        print(f'below threshold (P >= {a.min_precision}, R >= {a.min_recall})', file=sys.stderr)
        sys.exit(1)


if __name__ == '__main__':
    main()
