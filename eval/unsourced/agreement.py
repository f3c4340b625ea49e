#!/usr/bin/env python3
"""Agreement of two labellers on the sentences both label files share.

Rows are matched by (file, start, end); the SHA-1 prefixes must agree. Prints
raw agreement, Cohen's kappa over the three labels and over unsourced against
the rest, the confusion matrix, and the first file's unsourced labels scored
against the second's as if the second were the truth (a ceiling for the
check: no check can agree with one labeller better than another labeller
does, on average).

    python3 eval/unsourced/agreement.py eval/unsourced/labels.tsv eval/unsourced/labels-second.tsv
"""
import collections, sys

LABELS = ['unsourced', 'sourced', 'not-a-claim']


def read(path):
    rows = {}
    for line in open(path, encoding='utf-8'):
        if not line.strip() or line.startswith('#'):
            continue
        f, s, e, sha, label = line.rstrip('\n').split('\t')[:5]
        rows[(f, int(s), int(e))] = (sha, label)
    return rows


def kappa(pairs, labels):
    n = len(pairs)
    po = sum(a == b for a, b in pairs) / n
    ca = collections.Counter(a for a, _ in pairs)
    cb = collections.Counter(b for _, b in pairs)
    pe = sum(ca[l] * cb[l] for l in labels) / (n * n)
    return po, (po - pe) / (1 - pe) if pe < 1 else 1.0


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    a, b = read(sys.argv[1]), read(sys.argv[2])
    shared = sorted(set(a) & set(b))
    if not shared:
        sys.exit('no sentence is in both files')
    for k in shared:
        if a[k][0] != b[k][0]:
            sys.exit(f'{k[0]}:{k[1]}: SHA-1 prefixes differ ({a[k][0]} vs {b[k][0]})')
    pairs = [(a[k][1], b[k][1]) for k in shared]
    po, k3 = kappa(pairs, LABELS)
    binary = [(x == 'unsourced', y == 'unsourced') for x, y in pairs]
    po2, k2 = kappa(binary, [True, False])
    print(f'{len(pairs)} shared sentences: raw agreement {po:.3f}, Cohen kappa {k3:.3f} (3 labels); '
          f'unsourced vs rest: raw {po2:.3f}, kappa {k2:.3f}')
    cm = collections.Counter(pairs)
    print('rows: first file, columns: second file')
    print('%-12s' % '' + ''.join('%13s' % c for c in LABELS))
    for x in LABELS:
        print('%-12s' % x + ''.join('%13d' % cm[(x, y)] for y in LABELS))
    tp = cm[('unsourced', 'unsourced')]
    fp = sum(cm[('unsourced', y)] for y in LABELS if y != 'unsourced')
    fn = sum(cm[(x, 'unsourced')] for x in LABELS if x != 'unsourced')
    if tp:
        print(f'first file\'s unsourced labels against the second\'s: P {tp / (tp + fp):.3f} R {tp / (tp + fn):.3f}')


if __name__ == '__main__':
    main()
