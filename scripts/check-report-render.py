#!/usr/bin/env python3
"""Renders claimaudit HTML reports in headless Chromium and checks them.

For each article: writes its HTML report and its JSON report with the given
claimaudit binary, takes a screenshot, dumps the DOM as Chromium built it
and prints the page to PDF (print stylesheet), then checks

  * the screenshot is not blank: enough distinct colours, and enough pixels
    that are not the page background (a decoder for Chromium's 8-bit
    RGB/RGBA PNGs is included, so no imaging package is needed);
  * every claim of the JSON report is in the DOM as a highlighted span
    `span.claim#ID[data-kind=KIND]`, with its cue and source marks, and no
    <script> element made it into the page;
  * the PDF was written.

Optional `--expect ID:KIND:TEXT` checks one claim's highlighted text
(substring). `--index DIR` also renders a collection index (written by
`claimaudit report`) and checks its table has one row per article.

Exit status 0 when every check passes, 1 otherwise, 3 when Chromium is not
available (callers decide whether that is a skip).

    python3 scripts/check-report-render.py --binary .build/debug/claimaudit \\
        --out /tmp/render examples/transit-scoop.md --screenshot examples/report.png
"""
import argparse
import html.parser
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib


def chromium_binary():
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run_chromium(browser, profile, args, url, timeout=120):
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--no-first-run", "--disable-extensions", "--user-data-dir=" + profile] + args + [url]
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)


def decode_png(data):
    """Returns (width, height, rows of (r, g, b) tuples) for 8-bit RGB/RGBA PNGs."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, width = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in (2, 6) or interlace != 0:
                raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour}, interlace {interlace}")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous, i = [], bytearray(stride), 0
    for _ in range(height):
        kind = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            upleft = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                p = left + up - upleft
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upleft)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else upleft
                line[x] = (line[x] + pred) & 0xFF
        rows.append([tuple(line[x:x + 3]) for x in range(0, stride, channels)])
        previous = line
    return width, height, rows


def screenshot_stats(path):
    width, height, rows = decode_png(open(path, "rb").read())
    counts = {}
    for row in rows:
        for px in row:
            counts[px] = counts.get(px, 0) + 1
    background, most = max(counts.items(), key=lambda kv: kv[1])
    total = width * height
    return {"width": width, "height": height, "colours": len(counts),
            "background": "#%02x%02x%02x" % background, "ink_share": 1 - most / total}


class DOM(html.parser.HTMLParser):
    """Collects claim spans (id, kind, text) and cue/source/hedge marks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # (tag, claim id or None, mark class or None)
        self.claims = {}         # id -> {"kind", "text", "marks": {class: [text]}}
        self.scripts = 0
        self.rows = 0
        self.in_tbody = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "script":
            self.scripts += 1
        if tag == "tbody":
            self.in_tbody = True
        if tag == "tr" and self.in_tbody:
            self.rows += 1
        claim = None
        if tag == "span" and "claim" in classes and a.get("id"):
            claim = a["id"]
            self.claims[claim] = {"kind": a.get("data-kind"), "text": "", "marks": {}}
        mark = next((c for c in ("cue", "source", "hedge", "card") if c in classes), None)
        if tag in ("br", "meta", "img", "input", "link", "hr"):
            return
        self.stack.append((tag, claim, mark))

    def handle_endtag(self, tag):
        if tag == "tbody":
            self.in_tbody = False
        while self.stack:
            top = self.stack.pop()
            if top[0] == tag:
                break

    def handle_data(self, data):
        marks = [m for (_, _, m) in self.stack if m]
        if "card" in marks:
            return
        owner = next((c for (_, c, _) in reversed(self.stack) if c), None)
        if owner is None:
            return
        entry = self.claims[owner]
        entry["text"] += data
        for m in marks:
            entry["marks"].setdefault(m, []).append(data)


def check_article(args, browser, profile, article, failures, screenshot_to=None):
    name = os.path.basename(article)
    page = os.path.join(args.out, name + ".html")
    report = os.path.join(args.out, name + ".json")
    for fmt, path in (("html", page), ("json", report)):
        r = subprocess.run([args.binary, "audit", article, "-f", fmt, "-o", path, "--fail-on", "never"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            failures.append(f"{article}: claimaudit -f {fmt} exited {r.returncode}: {r.stderr.strip()}")
            return
    url = "file://" + os.path.abspath(page)
    shot = screenshot_to or os.path.join(args.out, name + ".png")
    r = run_chromium(browser, profile, ["--screenshot=" + os.path.abspath(shot), "--window-size=" + args.window], url)
    if not os.path.exists(shot):
        failures.append(f"{article}: no screenshot ({r.stderr.decode(errors='replace').strip()[-300:]})")
        return
    stats = screenshot_stats(shot)
    print(f"{article}: screenshot {shot}: {stats['width']}x{stats['height']}, {stats['colours']} colours, "
          f"background {stats['background']}, {stats['ink_share']:.1%} of pixels not background")
    if stats["colours"] < args.min_colours or stats["ink_share"] < args.min_ink:
        failures.append(f"{article}: screenshot looks blank ({stats['colours']} colours, "
                        f"{stats['ink_share']:.1%} non-background)")

    dom_text = run_chromium(browser, profile, ["--dump-dom"], url).stdout.decode("utf-8", errors="replace")
    dom = DOM()
    dom.feed(dom_text)
    claims = json.load(open(report, encoding="utf-8"))["documents"][0]["claims"]
    missing = [c["id"] for c in claims if c["id"] not in dom.claims]
    wrong = [c["id"] for c in claims if c["id"] in dom.claims and dom.claims[c["id"]]["kind"] != c["kind"]]
    marked = sum(1 for c in dom.claims.values() if c["marks"].get("cue") or c["marks"].get("source"))
    # Claims whose cue or source lies inside the claim itself (inherited
    # attributions point elsewhere and are listed beside the claim instead).
    def inside(c, span):
        return span is not None and c["start"] <= span["start"] and span["end"] <= c["end"]
    attributed = sum(1 for c in claims
                     if any(inside(c, a.get("cue")) or inside(c, a.get("source")) for a in c["attributions"]))
    kinds = {}
    for c in dom.claims.values():
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    print(f"{article}: DOM holds {len(dom.claims)} highlighted claims of {len(claims)} in the report "
          f"({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}); "
          f"{marked} with cue/source marks ({attributed} claims hold their own cue or source)")
    if not claims:
        failures.append(f"{article}: the report has no claims")
    if missing or wrong:
        failures.append(f"{article}: claims missing from the DOM {missing[:5]}, wrong kind {wrong[:5]}")
    if marked < attributed * 0.9:
        failures.append(f"{article}: only {marked} of {attributed} claims with their own cue or source show marks")
    if dom.scripts:
        failures.append(f"{article}: the DOM holds {dom.scripts} <script> elements")
    for spec in args.expect if article == args.article[0] else []:
        cid, kind, text = spec.split(":", 2)
        got = dom.claims.get(cid)
        if not got or got["kind"] != kind or text not in " ".join(got["text"].split()):
            failures.append(f"{article}: expected claim {cid} ({kind}) holding “{text}”, got {got and (got['kind'], got['text'][:80])}")
        else:
            marks = "; ".join(f"{m}: {' '.join(' '.join(v).split())}" for m, v in sorted(got["marks"].items()))
            print(f"  {cid} [{kind}] “{' '.join(got['text'].split())[:70]}” ({marks})")

    pdf = os.path.join(args.out, name + ".pdf")
    run_chromium(browser, profile, ["--print-to-pdf=" + os.path.abspath(pdf), "--no-pdf-header-footer"], url)
    if not os.path.exists(pdf) or open(pdf, "rb").read(5) != b"%PDF-" or os.path.getsize(pdf) < 5000:
        failures.append(f"{article}: printing to PDF failed")
    else:
        print(f"{article}: printed to {pdf} ({os.path.getsize(pdf)} bytes)")


def check_index(args, browser, profile, failures):
    index = os.path.join(args.index, "index.html")
    url = "file://" + os.path.abspath(index)
    shot = os.path.join(args.out, "index.png")
    run_chromium(browser, profile, ["--screenshot=" + os.path.abspath(shot), "--window-size=1280,800"], url)
    if not os.path.exists(shot):
        failures.append("index: no screenshot")
        return
    stats = screenshot_stats(shot)
    print(f"index: screenshot {shot}: {stats['colours']} colours, {stats['ink_share']:.1%} non-background")
    if stats["colours"] < args.min_colours or stats["ink_share"] < args.min_ink / 2:
        failures.append("index: screenshot looks blank")
    dom_text = run_chromium(browser, profile, ["--dump-dom"], url).stdout.decode("utf-8", errors="replace")
    dom = DOM()
    dom.feed(dom_text)
    expected = open(os.path.join(args.index, "index.xml"), encoding="utf-8").read().count("<article ")
    sortable = dom_text.count('class="sort"')
    print(f"index: {dom.rows} table rows, {expected} audited articles in index.xml, {sortable} sort buttons added by the script")
    if dom.rows < expected or expected == 0:
        failures.append(f"index: {dom.rows} rows for {expected} articles")
    if sortable == 0:
        failures.append("index: the sort script did not run (blocked by the CSP hash?)")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("article", nargs="+")
    p.add_argument("--binary", default=".build/debug/claimaudit")
    p.add_argument("--out", required=True, help="folder for the pages, screenshots, DOM dumps and PDFs")
    p.add_argument("--screenshot", help="also save the first article's screenshot here (e.g. examples/report.png)")
    p.add_argument("--window", default="1280,1400")
    p.add_argument("--expect", action="append", default=[], metavar="ID:KIND:TEXT")
    p.add_argument("--index", help="a folder written by `claimaudit report` to check too")
    p.add_argument("--min-colours", type=int, default=32)
    p.add_argument("--min-ink", type=float, default=0.05)
    args = p.parse_args()
    browser = chromium_binary()
    if browser is None:
        print("chromium not found", file=sys.stderr)
        return 3
    os.makedirs(args.out, exist_ok=True)
    failures = []
    with tempfile.TemporaryDirectory(prefix="claimaudit-chromium-") as profile:
        # A browser that cannot render at all here (no /dev/shm, missing
        # libraries) is an environment problem, not a report problem.
        probe = os.path.join(profile, "probe.png")
        try:
            run_chromium(browser, profile, ["--screenshot=" + probe, "--window-size=200,100"],
                         "data:text/html,<p>probe</p>", timeout=60)
        except (OSError, subprocess.TimeoutExpired) as e:
            print(f"chromium cannot run here: {e}", file=sys.stderr)
            return 3
        if not os.path.exists(probe):
            print("chromium cannot render here (no screenshot of a probe page)", file=sys.stderr)
            return 3
        for i, article in enumerate(args.article):
            check_article(args, browser, profile, article, failures, args.screenshot if i == 0 else None)
        if args.index:
            check_index(args, browser, profile, failures)
    for f in failures:
        print("FAIL: " + f, file=sys.stderr)
    print("render check: " + ("passed" if not failures else f"{len(failures)} failure(s)"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
