"""Shared by scripts/unsourced_score.py and scripts/hedging_score.py: keep
only the rows that other labellers' files label alike (`--agree-with`).

Rows are tuples (file, start, end, sha1-8, label, line); a row the other file
lacks, or holds with a different SHA-1 prefix, is an error at the row's line.
"""
import sys


def agreed_rows(rows, path, others, read):
    """rows of the file at path that every file in others (read by read(path) -> rows) labels alike.

    Prints how many rows are kept; exits 2 with `path:line:1: error: …` when
    a row is missing from another file.
    """
    total = len(rows)
    for other in others:
        theirs = {(r[0], r[1], r[2]): r for r in read(other)}
        for r in rows:
            t = theirs.get((r[0], r[1], r[2]))
            if t is None or t[3] != r[3]:
                print(f'{path}:{r[5]}:1: error: {r[0]} bytes {r[1]}..{r[2]} is not labelled in {other} '
                      f'(or its sha1 differs)', file=sys.stderr)
                sys.exit(2)
        rows = [r for r in rows if theirs[(r[0], r[1], r[2])][4] == r[4]]
    print(f'{len(rows)} of {total} rows labelled alike in {path} and {", ".join(others)}')
    return rows
