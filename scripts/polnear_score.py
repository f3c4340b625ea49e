#!/usr/bin/env python3
"""Score claimaudit's attribution cues and sources against PolNeAR.

Usage:
    scripts/polnear_score.py CORPUS_SPLIT_DIR [--binary PATH] [--batch N] [--json]

CORPUS_SPLIT_DIR is a PolNeAR split folder holding text/NAME.txt and
attributions/NAME_ANNOTATOR.ann (e.g. /work/shared/corpora/polnear/dev). The
binary defaults to .build-attr/release/claimaudit under the repository; build
it with `swift build -c release --scratch-path .build-attr`.

Every text/*.txt is audited with `claimaudit audit --format json --input-format
text` (many files per invocation). Each attribution's cue and source spans
(UTF-8 byte offsets) are converted to code-point offsets and compared with the
gold Cue and Source spans of the first annotator's .ann file (by file name).

Matching: a predicted span and a gold span match when they share a word
token (a span with no word, like a bare ":", is its marks); each span matches at most once, greedily by the number of shared word
tokens. Prints precision, recall and F1 for cues and for sources, the micro
counts, the 20 most-missed gold cues and the 20 most frequent false cues.

Exits 0 with "skipped: corpus not found" when the folder is absent. No corpus
text is written anywhere.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

WORD = re.compile(r"\w+(?:['\u2019.\-]\w+)*")
T_LINE = re.compile(r"^(T\d+)\t(\S+) ([0-9; ]+)\t")


def parse_ann(path):
    """Gold Cue and Source spans: lists of [(start, end), ...] (code points)."""
    spans = {"Cue": [], "Source": []}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = T_LINE.match(line)
            if not m or m.group(2) not in spans:
                continue
            parts = []
            for piece in m.group(3).split(";"):
                a, b = piece.split()
                parts.append((int(a), int(b)))
            spans[m.group(2)].append(parts)
    return spans


def byte_to_codepoint_map(text):
    """Index i -> code-point offset of UTF-8 byte offset i (len(bytes)+1 entries)."""
    out = []
    for cp, ch in enumerate(text):
        out.extend([cp] * len(ch.encode("utf-8")))
    out.append(len(text))
    return out


class WordIndex:
    """Word tokens of a text, to find which tokens a span touches. A span
    that covers no word (PolNeAR marks a bare ":" as a cue) is represented by
    its non-space characters instead, so ":" matches ":"."""

    def __init__(self, text):
        self.text = text
        self.owner = [-1] * (len(text) + 1)
        for n, m in enumerate(WORD.finditer(text)):
            for i in range(m.start(), m.end()):
                self.owner[i] = n

    def tokens(self, parts):
        s = set()
        marks = set()
        for a, b in parts:
            for i in range(max(0, a), min(b, len(self.owner) - 1)):
                if self.owner[i] >= 0:
                    s.add(self.owner[i])
                elif not self.text[i].isspace():
                    marks.add(("mark", i))
        return s or marks


def match(pred, gold, words):
    """Greedy one-to-one matching by shared word tokens. Returns (tp, matched gold idx set, matched pred idx set)."""
    pt = [words.tokens(p) for p in pred]
    gt = [words.tokens(g) for g in gold]
    by_token = collections.defaultdict(list)
    for j, g in enumerate(gt):
        for tok in g:
            by_token[tok].append(j)
    pairs = []
    for i, p in enumerate(pt):
        seen = set()
        for tok in p:
            for j in by_token.get(tok, ()):
                if j not in seen:
                    seen.add(j)
                    pairs.append((len(p & gt[j]), i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p, used_g = set(), set()
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
    return len(used_g), used_g, used_p


def run_claimaudit(binary, paths, batch):
    """Yields (path, document report) for every input."""
    for k in range(0, len(paths), batch):
        chunk = paths[k:k + batch]
        proc = subprocess.run(
            [binary, "audit", "--format", "json", "--input-format", "text", "--fail-on", "never"] + chunk,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if proc.returncode not in (0, 1):
            sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
            raise SystemExit("claimaudit failed with status %d" % proc.returncode)
        report = json.loads(proc.stdout.decode("utf-8"))
        for doc in report["documents"]:
            yield doc["path"], doc


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("split", help="PolNeAR split folder (with text/ and attributions/)")
    ap.add_argument("--binary", default=os.path.join(here, "..", ".build-attr", "release", "claimaudit"))
    ap.add_argument("--batch", type=int, default=100, help="files per claimaudit invocation")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON instead")
    ap.add_argument("--min-cue-f1", type=float, default=None, help="exit 1 when cue F1 is below this (CI floor)")
    ap.add_argument("--min-source-f1", type=float, default=None, help="exit 1 when source F1 is below this (CI floor)")
    args = ap.parse_args()

    text_dir = os.path.join(args.split, "text")
    ann_dir = os.path.join(args.split, "attributions")
    if not os.path.isdir(text_dir) or not os.path.isdir(ann_dir):
        print("skipped: corpus not found: %s" % args.split)
        return 0
    if not os.access(args.binary, os.X_OK):
        raise SystemExit("claimaudit binary not found: %s (swift build -c release --scratch-path .build-attr)" % args.binary)

    annotations = collections.defaultdict(list)
    for name in os.listdir(ann_dir):
        if name.endswith(".ann"):
            stem, _, _annotator = name[:-4].rpartition("_")
            annotations[stem].append(name)
    names = sorted(n[:-4] for n in os.listdir(text_dir) if n.endswith(".txt") and n[:-4] in annotations)
    paths = [os.path.join(text_dir, n + ".txt") for n in names]

    counts = {"Cue": [0, 0, 0], "Source": [0, 0, 0]}  # tp, predicted, gold
    missed = collections.Counter()
    false_cues = collections.Counter()
    for path, doc in run_claimaudit(args.binary, paths, args.batch):
        stem = os.path.basename(path)[:-4]
        with open(path, encoding="utf-8") as f:
            text = f.read()
        cp = byte_to_codepoint_map(text)
        gold = parse_ann(os.path.join(ann_dir, sorted(annotations[stem])[0]))
        pred = {"Cue": [], "Source": []}
        for claim in doc["claims"]:
            for a in claim["attributions"]:
                if a.get("rule", "").startswith("inherited") or a.get("rule") == "carry-over-quote":
                    continue  # a copy of another claim's attribution
                for label, key in (("Cue", "cue"), ("Source", "source")):
                    span = a.get(key)
                    if span:
                        pred[label].append([(cp[span["start"]], cp[span["end"]])])
        for label in ("Cue", "Source"):
            # The same span may be reported by several claims; count it once.
            uniq = sorted(set(tuple(p) for p in pred[label]))
            preds = [list(p) for p in uniq]
            words = WordIndex(text)
            tp, matched_g, matched_p = match(preds, gold[label], words)
            c = counts[label]
            c[0] += tp
            c[1] += len(preds)
            c[2] += len(gold[label])
            if label == "Cue":
                for j, g in enumerate(gold[label]):
                    if j not in matched_g:
                        missed[" ".join(text[a:b] for a, b in g).lower()] += 1
                for i, p in enumerate(preds):
                    if i not in matched_p:
                        false_cues[" ".join(text[a:b] for a, b in p).lower()] += 1

    result = {}
    for label in ("Cue", "Source"):
        tp, npred, ngold = counts[label]
        p, r, f = prf(tp, npred, ngold)
        result[label.lower()] = {"precision": p, "recall": r, "f1": f, "tp": tp, "predicted": npred, "gold": ngold}
    floors = [("cue", args.min_cue_f1), ("source", args.min_source_f1)]
    failed = [(label, floor) for label, floor in floors if floor is not None and result[label]["f1"] < floor]
    if args.json:
        result["documents"] = len(names)
        print(json.dumps(result, indent=2))
        return 1 if failed else 0
    print("PolNeAR %s: %d documents" % (os.path.normpath(args.split), len(names)))
    for label in ("cue", "source"):
        x = result[label]
        print("%-6s P %.3f  R %.3f  F1 %.3f   (tp %d, predicted %d, gold %d)"
              % (label, x["precision"], x["recall"], x["f1"], x["tp"], x["predicted"], x["gold"]))
    print("\nmost-missed gold cues:")
    for text, n in missed.most_common(20):
        print("  %5d  %s" % (n, text))
    print("\nmost frequent false cues:")
    for text, n in false_cues.most_common(20):
        print("  %5d  %s" % (n, text))
    for label, floor in failed:
        print("FAILED: %s F1 %.3f is below the floor %.2f" % (label, result[label]["f1"], floor))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
