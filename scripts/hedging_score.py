#!/usr/bin/env python3
"""Precision and recall of the hedging and weasel findings against a labelled
sentence set of news articles (eval/hedging/train.tsv).

Label file: UTF-8 TSV, `#` lines and blank lines ignored, one sentence a row:

    file <TAB> start <TAB> end <TAB> sha1-8 <TAB> label

`file` is an article name inside TEXT_DIR, `start`/`end` are UTF-8 byte
offsets of the sentence (end exclusive), `sha1-8` the first 8 hex digits of
the SHA-1 of those bytes (it proves the corpus is the one labelled), and
`label` is one of `hedge`, `weasel`, `both`, `none` (eval/hedging/GUIDE.md).
A bad row is reported as `LABELS:LINE:1: error: …` and the script exits 2.

The articles are audited once with `claimaudit audit --format json` (every
finding of every claim plus the document-level findings; offsets are UTF-8
bytes into the file). A sentence is *flagged* by a category when a finding of
that category at `--min-severity` or above overlaps its byte range. Three
measures are printed, each with P, R, F1 and TP/FP/FN:

- uncertain: label hedge, weasel or both, against a `hedging` OR `weasel` flag
  (the same question `claimaudit eval --sentences` asks of wikiweasel);
- hedge: label hedge or both, against a `hedging` flag;
- weasel: label weasel or both, against a `weasel` flag.

Then, per rule, how many labelled sentences it flags and how many of them are
uncertain. `--errors` lists every false positive and false negative of each
measure with the words the findings cover. `--min-precision` and
`--min-recall` check the uncertain measure (exit 1 when below), for CI.

    python3 scripts/hedging_score.py ../shared/corpora/polnear/train/text \\
        --binary .build/release/claimaudit [--min-severity warning] [--errors]

`--agree-with FILE` (repeatable) scores only the rows that FILE, another
labeller's labels of the same rows, labels alike: the blind dev sets
(eval/hedging/dev*.tsv) have two or three labellers.

    python3 scripts/hedging_score.py ../shared/corpora/polnear/dev/text \
        --labels eval/hedging/dev.tsv --agree-with eval/hedging/dev-second.tsv \
        --agree-with eval/hedging/dev-third.tsv

`--rules DIR` and `--no-default-rules` are passed to `claimaudit audit`, to
score rule packs being edited without rebuilding.

The corpus is not part of the repository: pass its text folder.
"""
import argparse, collections, hashlib, json, os, re, subprocess, sys

from label_agreement import agreed_rows

LEVEL = {'info': 0, 'warning': 1, 'error': 2}
LABELS = ('hedge', 'weasel', 'both', 'none')
SHA = re.compile(r'[0-9a-f]{8}')
# measure -> (labels that are positive, finding categories that flag)
MEASURES = (
    ('uncertain', {'hedge', 'weasel', 'both'}, {'hedging', 'weasel'}),
    ('hedge', {'hedge', 'both'}, {'hedging'}),
    ('weasel', {'weasel', 'both'}, {'weasel'}),
)


class LabelError(Exception):
    """A bad row: message already in `path:line:1: error: …` form."""


def parse_labels(path, lines):
    """Rows (file, start, end, sha1-8, label, line number) of a label file."""
    rows = []
    for n, line in enumerate(lines, 1):
        line = line.rstrip('\r\n')
        if not line.strip() or line.startswith('#'):
            continue
        f = line.split('\t')
        where = f'{path}:{n}:1: error:'
        if len(f) != 5:
            raise LabelError(f'{where} expected 5 tab-separated fields (file, start, end, sha1-8, label), found {len(f)}')
        name, start, end, sha, label = f
        if not name or '/' in name or name.startswith('.'):
            raise LabelError(f'{where} file must be a plain article name, got {name!r}')
        if not (start.isdigit() and end.isdigit()):
            raise LabelError(f'{where} start and end must be byte offsets (digits), got {start!r}, {end!r}')
        if int(start) >= int(end):
            raise LabelError(f'{where} start {start} is not before end {end}')
        if not SHA.fullmatch(sha):
            raise LabelError(f'{where} sha1-8 must be 8 lower-case hex digits, got {sha!r}')
        if label not in LABELS:
            raise LabelError(f'{where} label must be one of {", ".join(LABELS)}, got {label!r}')
        rows.append((name, int(start), int(end), sha, label, n))
    return rows


def read_label_file(path):
    """The rows of the label file at path; a file that cannot be read or a bad row exits 2 with path:line:col."""
    try:
        with open(path, encoding='utf-8') as fh:
            return parse_labels(path, fh)
    except (OSError, UnicodeDecodeError) as e:
        print(f'{path}:1:1: error: cannot read label file: {e}', file=sys.stderr)
        sys.exit(2)
    except LabelError as e:
        print(e, file=sys.stderr)
        sys.exit(2)


def findings_by_file(report):
    """file name -> [(start, end, category, rule, severity)] of every finding."""
    out = collections.defaultdict(list)
    for doc in report['documents']:
        name = os.path.basename(doc['path'])
        found = [f for claim in doc['claims'] for f in claim.get('findings', [])]
        found += doc.get('documentFindings', [])
        for f in found:
            out[name].append((f['start'], f['end'], f['category'], f['rule'], f['severity']))
    return out


def score(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('text_dir', help='folder holding the labelled articles (PolNeAR train/text)')
    ap.add_argument('--labels', default=os.path.join(here, '..', 'eval', 'hedging', 'train.tsv'))
    ap.add_argument('--binary', default=os.path.join(here, '..', '.build', 'release', 'claimaudit'))
    ap.add_argument('--min-severity', choices=list(LEVEL), default='info')
    ap.add_argument('--rules', action='append', default=[], metavar='DIR', help='passed to claimaudit audit (repeatable)')
    ap.add_argument('--no-default-rules', action='store_true', help='passed to claimaudit audit')
    ap.add_argument('--errors', action='store_true', help='list every false positive and false negative')
    ap.add_argument('--min-precision', type=float, default=0.0, help='exit 1 when uncertain P is below')
    ap.add_argument('--min-recall', type=float, default=0.0, help='exit 1 when uncertain R is below')
    ap.add_argument('--agree-with', action='append', default=[], metavar='FILE',
                    help='another labelling of the same rows (repeatable): score only the rows every file labels alike')
    a = ap.parse_args()

    rows = read_label_file(a.labels)
    if not rows:
        print(f'{a.labels}:1:1: error: no labelled rows', file=sys.stderr)
        sys.exit(2)
    if a.agree_with:
        rows = agreed_rows(rows, a.labels, a.agree_with, read_label_file)

    files = sorted({r[0] for r in rows})
    data = {}
    for name in files:
        p = os.path.join(a.text_dir, name)
        try:
            with open(p, 'rb') as fh:
                data[name] = fh.read()
        except OSError:
            line = next(r[5] for r in rows if r[0] == name)
            print(f'{a.labels}:{line}:1: error: {p} not found (is TEXT_DIR the PolNeAR train/text folder?)', file=sys.stderr)
            sys.exit(2)
    for name, s, e, sha, label, n in rows:
        if e > len(data[name]):
            print(f'{a.labels}:{n}:1: error: {name} has {len(data[name])} bytes, row ends at {e}', file=sys.stderr)
            sys.exit(2)
        if hashlib.sha1(data[name][s:e]).hexdigest()[:8] != sha:
            print(f'{a.labels}:{n}:1: error: {name} bytes {s}..{e} changed (sha1 prefix differs): wrong corpus?', file=sys.stderr)
            sys.exit(2)

    paths = [os.path.join(a.text_dir, f) for f in files]
    try:
        extra = [x for d in a.rules for x in ('--rules', d)] + (['--no-default-rules'] if a.no_default_rules else [])
        out = subprocess.run([a.binary, 'audit', '--format', 'json', '--fail-on', 'never', *extra, *paths], capture_output=True)
    except OSError as e:
        print(f'{a.binary}: error: cannot run claimaudit: {e}', file=sys.stderr)
        sys.exit(2)
    if out.returncode != 0:
        sys.stderr.write(out.stderr.decode('utf-8', 'replace'))
        sys.exit(2)
    found = findings_by_file(json.loads(out.stdout))
    floor = LEVEL[a.min_severity]

    def hits(name, s, e, categories):
        return [f for f in found[name] if f[0] < e and s < f[1] and f[2] in categories and LEVEL[f[4]] >= floor]

    print(f'hedging and weasel findings (>= {a.min_severity}) on {len(rows)} labelled sentences in {len(files)} articles '
          f'({", ".join(f"{k} {sum(r[4] == k for r in rows)}" for k in LABELS)})')
    result = {}
    errors = []
    for measure, positive, categories in MEASURES:
        c = collections.Counter()
        for name, s, e, sha, label, n in rows:
            h = hits(name, s, e, categories)
            gold = label in positive
            c[(gold, bool(h))] += 1
            if gold != bool(h):
                errors.append((measure, 'FP' if h else 'FN', label, name, s, e, h))
        tp, fp, fn = c[(True, True)], c[(False, True)], c[(True, False)]
        p, r, f1 = score(tp, fp, fn)
        result[measure] = (p, r)
        print(f'  {measure:<9} P {p:.3f} R {r:.3f} F1 {f1:.3f} (TP {tp}, FP {fp}, FN {fn})')

    per_rule = collections.defaultdict(lambda: [0, 0])
    for name, s, e, sha, label, n in rows:
        for rule in sorted({f[3] for f in hits(name, s, e, {'hedging', 'weasel'})}):
            per_rule[rule][0] += 1
            per_rule[rule][1] += label != 'none'
    if per_rule:
        print('  per rule (sentences flagged, of them uncertain): ' +
              ', '.join(f'{rule} {n} / {u}' for rule, (n, u) in sorted(per_rule.items(), key=lambda kv: -kv[1][0])))

    if a.errors:
        for measure, kind, label, name, s, e, h in errors:
            text = data[name][s:e].decode('utf-8', 'replace').replace('\n', ' ')
            words = '; '.join(f'{f[3]}/{f[4]} “{data[name][f[0]:f[1]].decode("utf-8", "replace")}”' for f in h)
            print(f'{measure}\t{kind}\t{label}\t{name}:{s}\t{text[:200]}' + (f'\t[{words}]' if words else ''))

    p, r = result['uncertain']
    if p < a.min_precision or r < a.min_recall:
        print(f'uncertain below threshold (P >= {a.min_precision}, R >= {a.min_recall})', file=sys.stderr)
        sys.exit(1)


if __name__ == '__main__':
    main()
