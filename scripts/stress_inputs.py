#!/usr/bin/env python3
"""Writes the stress inputs for scripts/stress.sh into a folder (reused when
already there). The prose is generated from a few invented sentence parts, so
no corpus text is involved."""
import os
import random
import sys

work = sys.argv[1]
os.makedirs(work, exist_ok=True)
rng = random.Random(6)
subjects = ["The council", "A spokeswoman for the agency", "Two aides", "The mayor", "Critics", "The report",
            "Officials familiar with the talks", "The company", "Residents", "The ministry"]
verbs = ["approved", "rejected", "delayed", "questioned", "announced", "may revise", "is expected to fund", "cut"]
objects = ["the transit budget", "a new bus line", "the housing plan", "3.5 million dollars in grants",
           "the water contract", "an audit of the port", "the school merger"]
tails = [", the mayor said.", ", according to records.", ".", ", sources say.", ", officials said on Tuesday.",
         " because costs rose.", ", critics argue."]


def sentence():
    return f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(objects)}{rng.choice(tails)}"


def paragraph(n=5):
    return " ".join(sentence() for _ in range(n))


def write(name, size, make):
    path = os.path.join(work, name)
    if os.path.exists(path) and os.path.getsize(path) >= size * 0.99:
        return
    with open(path, "w") as f:
        written = 0
        while written < size:
            chunk = make()
            f.write(chunk)
            written += len(chunk.encode())


def write_text(name, size):
    write(name, size, lambda: "\n\n".join(paragraph() for _ in range(50)) + "\n\n")


MB = 1_000_000
write_text("text-1mb.txt", MB)
write_text("text-10mb.txt", 10 * MB)
write_text("text-100mb.txt", 100 * MB)
write("million-lines.txt", 0, lambda: "")
path = os.path.join(work, "million-lines.txt")
if os.path.getsize(path) == 0:
    with open(path, "w") as f:
        for i in range(1_000_000):
            f.write(sentence() + "\n" if i % 3 else "\n")
line = " ".join(sentence() for _ in range(10 * MB // 40))[: 10 * MB]
for ext in ("txt", "md", "html"):
    p = os.path.join(work, f"one-line.{ext}")
    if not os.path.exists(p):
        with open(p, "w") as f:
            f.write(("<p>" + line + "</p>") if ext == "html" else line)
write("md-10mb.md", 10 * MB, lambda: "".join(
    f"## Section {i}\n\n{paragraph()}\n\n- *{sentence()}*\n- [{sentence()}](https://example.org/{i})\n\n> {sentence()}\n\n"
    for i in range(20)))
write("html-10mb.html", 10 * MB, lambda: "".join(
    f"<h2>Section {i}</h2><p>{paragraph()} <a href='/x'>{sentence()}</a></p><ul><li>{sentence()}</li></ul>\n"
    for i in range(20)))
p = os.path.join(work, "deep.html")
if not os.path.exists(p):
    with open(p, "w") as f:
        f.write("<html><body>" + "<div>" * 10_000 + f"<p>{paragraph()}</p>" + "</div>" * 10_000
                + f"<p>{paragraph()}</p></body></html>")
p = os.path.join(work, "deep.md")
if not os.path.exists(p):
    with open(p, "w") as f:
        f.write(">" * 10_000 + " " + paragraph() + "\n\n" + "".join("  " * k + "- " + sentence() + "\n" for k in range(1_000)))
many = os.path.join(work, "many")
if not os.path.isdir(many) or len(os.listdir(many)) < 100_000:
    os.makedirs(many, exist_ok=True)
    for i in range(100_000):
        sub = os.path.join(many, f"d{i // 1000:03d}")
        if i % 1000 == 0:
            os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"a{i:06d}.md"), "w") as f:
            f.write(f"# Story {i}\n\n{paragraph(3)}\n")
