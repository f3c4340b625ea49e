#!/usr/bin/env python3
"""Tests of scripts/label_agreement.py (the --agree-with filter of the
scoring scripts).

    python3 scripts/test_label_agreement.py [-v]
"""
import contextlib, io, os, sys, unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from label_agreement import agreed_rows  # noqa: E402

MINE = [('a.txt', 0, 10, 'aaaaaaaa', 'unsourced', 2),
        ('a.txt', 11, 20, 'bbbbbbbb', 'sourced', 3),
        ('b.txt', 0, 5, 'cccccccc', 'not-a-claim', 4)]


def reader(files):
    return lambda path: files[path]


class AgreedRows(unittest.TestCase):
    def agreed(self, others, files):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            rows = agreed_rows(MINE, 'mine.tsv', others, reader(files))
        return rows, out.getvalue()

    def test_keeps_only_rows_every_other_file_labels_alike(self):
        second = [MINE[0], MINE[1][:4] + ('unsourced', 9), MINE[2]]
        third = [MINE[0], MINE[1], MINE[2][:4] + ('sourced', 7)]
        rows, said = self.agreed(['second.tsv', 'third.tsv'], {'second.tsv': second, 'third.tsv': third})
        self.assertEqual(rows, [MINE[0]])
        self.assertEqual(said, '1 of 3 rows labelled alike in mine.tsv and second.tsv, third.tsv\n')

    def test_rows_are_matched_by_file_and_offsets_not_by_order(self):
        rows, _ = self.agreed(['second.tsv'], {'second.tsv': list(reversed(MINE))})
        self.assertEqual(rows, MINE)

    def test_a_row_missing_from_the_other_file_is_an_error_at_its_line(self):
        err = io.StringIO()
        with contextlib.redirect_stderr(err), self.assertRaises(SystemExit) as ctx:
            self.agreed(['second.tsv'], {'second.tsv': MINE[:2]})
        self.assertEqual(ctx.exception.code, 2)
        self.assertTrue(err.getvalue().startswith('mine.tsv:4:1: error: b.txt bytes 0..5 is not labelled in second.tsv'),
                        err.getvalue())

    def test_a_different_sha1_prefix_is_an_error(self):
        err = io.StringIO()
        changed = [MINE[0][:3] + ('00000000', 'unsourced', 2), MINE[1], MINE[2]]
        with contextlib.redirect_stderr(err), self.assertRaises(SystemExit):
            self.agreed(['second.tsv'], {'second.tsv': changed})
        self.assertIn('mine.tsv:2:1: error: a.txt bytes 0..10', err.getvalue())


if __name__ == '__main__':
    unittest.main()
