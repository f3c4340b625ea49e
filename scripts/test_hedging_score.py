#!/usr/bin/env python3
"""Tests of scripts/hedging_score.py: label-file parsing, and one end-to-end
run on a made-up article when a claimaudit binary is built.

    python3 scripts/test_hedging_score.py [-v]
"""
import hashlib, os, subprocess, sys, tempfile, unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import hedging_score  # noqa: E402

ARTICLE = ('Harbour plan stalls\n'
           'The harbour board may delay the vote until spring. '
           'The board met on Tuesday and approved the budget. '
           'Some residents say the new pier is too short. '
           'The ferry reportedly left early, and many observers believe the timetable was changed.\n')


def row(data, sentence, label, name='harbour.txt'):
    s = data.index(sentence.encode())
    e = s + len(sentence.encode())
    return f'{name}\t{s}\t{e}\t{hashlib.sha1(data[s:e]).hexdigest()[:8]}\t{label}\n'


class ParseLabels(unittest.TestCase):
    def parse(self, text):
        return hedging_score.parse_labels('t.tsv', text.splitlines(keepends=True))

    def error(self, text):
        with self.assertRaises(hedging_score.LabelError) as ctx:
            self.parse(text)
        return str(ctx.exception)

    def test_reads_rows_and_skips_comments_and_blank_lines(self):
        rows = self.parse('# file\tstart\n\na.txt\t3\t10\t0123abcd\thedge\nb.txt\t0\t4\tdeadbeef\tnone\n')
        self.assertEqual(rows, [('a.txt', 3, 10, '0123abcd', 'hedge', 3), ('b.txt', 0, 4, 'deadbeef', 'none', 4)])

    def test_unknown_label_names_line_and_choices(self):
        msg = self.error('# c\na.txt\t3\t10\t0123abcd\tmaybe\n')
        self.assertTrue(msg.startswith('t.tsv:2:1: error:'), msg)
        self.assertIn('hedge, weasel, both, none', msg)

    def test_wrong_field_count(self):
        self.assertIn('expected 5', self.error('a.txt\t3\t10\thedge\n'))

    def test_offsets_must_be_ordered_digits(self):
        self.assertIn('not before', self.error('a.txt\t10\t3\t0123abcd\thedge\n'))
        self.assertIn('digits', self.error('a.txt\t-1\t3\t0123abcd\thedge\n'))

    def test_sha_prefix_must_be_eight_hex_digits(self):
        self.assertIn('sha1-8', self.error('a.txt\t3\t10\t0123ABCD\thedge\n'))
        self.assertIn('sha1-8', self.error('a.txt\t3\t10\t0123ab\thedge\n'))


BINARY = os.path.join(HERE, '..', '.build', 'release', 'claimaudit')


@unittest.skipUnless(os.path.exists(BINARY), 'no release build of claimaudit')
class EndToEnd(unittest.TestCase):
    def run_script(self, rows, *extra):
        with tempfile.TemporaryDirectory() as d:
            data = ARTICLE.encode()
            with open(os.path.join(d, 'harbour.txt'), 'wb') as fh:
                fh.write(data)
            labels = os.path.join(d, 'l.tsv')
            with open(labels, 'w', encoding='utf-8') as fh:
                fh.write('# test\n' + ''.join(rows(data)))
            return subprocess.run([sys.executable, os.path.join(HERE, 'hedging_score.py'), d, '--labels', labels,
                                   '--binary', BINARY, *extra], capture_output=True, text=True)

    def test_scores_each_measure(self):
        out = self.run_script(lambda data: [
            row(data, 'The harbour board may delay the vote until spring.', 'hedge'),
            row(data, 'The board met on Tuesday and approved the budget.', 'none'),
            row(data, 'Some residents say the new pier is too short.', 'weasel'),
            row(data, 'The ferry reportedly left early, and many observers believe the timetable was changed.', 'both'),
        ], '--errors')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn('uncertain P 1.000 R 1.000 F1 1.000 (TP 3, FP 0, FN 0)', out.stdout)
        self.assertIn('hedge     P 1.000 R 1.000 F1 1.000 (TP 2, FP 0, FN 0)', out.stdout)
        self.assertIn('weasel    P 1.000 R 1.000 F1 1.000 (TP 2, FP 0, FN 0)', out.stdout)

    def test_lists_errors_and_fails_below_floor(self):
        out = self.run_script(lambda data: [
            row(data, 'The harbour board may delay the vote until spring.', 'none'),
            row(data, 'The board met on Tuesday and approved the budget.', 'hedge'),
        ], '--errors', '--min-precision', '0.5')
        self.assertEqual(out.returncode, 1)
        self.assertIn('uncertain P 0.000 R 0.000', out.stdout)
        self.assertIn('uncertain\tFP\tnone\tharbour.txt:', out.stdout)
        self.assertIn('“may”', out.stdout)
        self.assertIn('uncertain\tFN\thedge\tharbour.txt:', out.stdout)

    def test_changed_bytes_are_an_error(self):
        out = self.run_script(lambda data: ['harbour.txt\t20\t40\t00000000\thedge\n'])
        self.assertEqual(out.returncode, 2)
        self.assertRegex(out.stderr, r'l\.tsv:2:1: error: harbour\.txt bytes 20\.\.40 changed')


if __name__ == '__main__':
    unittest.main()
