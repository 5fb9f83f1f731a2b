#!/usr/bin/env python3
"""Near-duplicate checks of authored posts (corpora/seed/genres/*.tsv, column `text`):
  - within the authored corpus: no pair with token-set Jaccard >= --within (default 0.8);
  - against every text in ../shared/data (real third-party posts, when present): no authored post
    with Jaccard >= --real (default 0.5) with any of them. Absent data is said, not failed.
Tokens: lower-cased runs of letters and digits, after removing links, @mentions and a leading
"RT". Candidate pairs come from prefix filtering on rare tokens (exact for the threshold), so the
check is fast on tens of thousands of texts.

  bench/models/govdev/jaccard_check.py [--within T] [--real T] [--data DIR] FILE.tsv...
Exit 0 when clean, 1 when a pair is found (each printed), 66 when an input is missing."""
import argparse
import csv
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
DECOR = re.compile(r"https?://\S+|www\.\S+|\S+\.(?:id|com|ly|co)/\S*|@\w+|^RT\b", re.IGNORECASE)


def tokens(text):
    return frozenset(TOKEN.findall(DECOR.sub(" ", text.replace("\\n", " ")).lower()))


def read_authored(paths):
    out = []
    for path in paths:
        if not os.path.exists(path):
            sys.exit(f"jaccard_check: {path}: no such file")
        with open(path, encoding="utf-8") as f:
            lines = [l for l in f if not l.startswith("#")]
        for n, row in enumerate(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), 2):
            out.append((f"{os.path.basename(path)}:{n}", row["text"]))
    return out


def texts_of_line(line):
    """The text fields of one line of a data file: JSON string values over 20 characters, else
    the longest tab- or comma-separated field (whole-line when short)."""
    line = line.strip()
    if line.startswith("{"):
        try:
            found = []
            def walk(v):
                if isinstance(v, dict):
                    for x in v.values(): walk(x)
                elif isinstance(v, list):
                    for x in v: walk(x)
                elif isinstance(v, str) and len(v) > 20:
                    found.append(v)
            walk(json.loads(line))
            return found
        except ValueError:
            pass
    fields = line.split("\t") if "\t" in line else [line]
    return [max(fields, key=len)]


def read_real(data_dir):
    out = []
    for root, _, files in sorted(os.walk(data_dir)):
        for name in sorted(files):
            if name.lower().startswith(("readme", "license")):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                for n, line in enumerate(f, 1):
                    for t in texts_of_line(line):
                        out.append((f"{os.path.relpath(path, data_dir)}:{n}", t))
    return out


class PrefixIndex:
    """Exact candidate generation for Jaccard >= t: two sets with J >= t share a token among the
    first |x| - ceil(t|x|) + 1 tokens of each in a fixed global (rarest-first) order."""

    def __init__(self, sets, threshold, order):
        self.t, self.order, self.sets, self.index = threshold, order, sets, {}
        for i, s in enumerate(sets):
            for tok in self.prefix(s):
                self.index.setdefault(tok, []).append(i)

    def prefix(self, s):
        ranked = sorted(s, key=lambda tok: (self.order.get(tok, 0), tok))
        return ranked[: len(s) - math.ceil(self.t * len(s)) + 1] if s else []

    def matches(self, s):
        seen = set()
        for tok in self.prefix(s):
            for i in self.index.get(tok, ()):
                if i in seen:
                    continue
                seen.add(i)
                other = self.sets[i]
                j = len(s & other) / len(s | other)
                if j >= self.t:
                    yield i, j


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--within", type=float, default=0.8)
    ap.add_argument("--real", type=float, default=0.5)
    ap.add_argument("--data", default=os.path.normpath(os.path.join(HERE, "../../../../shared/data")))
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    authored = read_authored(a.files)
    sets = [tokens(t) for _, t in authored]
    freq = {}
    for s in sets:
        for tok in s:
            freq[tok] = freq.get(tok, 0) + 1
    bad = 0
    index = PrefixIndex(sets, a.within, freq)
    for i, s in enumerate(sets):
        for k, j in index.matches(s):
            if k < i and s:
                bad += 1
                print(f"within {j:.2f}: {authored[k][0]} ~ {authored[i][0]}: {authored[i][1][:90]}")
    print(f"jaccard_check: {len(sets)} authored posts, {bad} pairs at >= {a.within} within", file=sys.stderr)
    if not os.path.isdir(a.data):
        print(f"jaccard_check: {a.data} not present; the check against real data is skipped", file=sys.stderr)
        return 1 if bad else 0
    real = read_real(a.data)
    index = PrefixIndex(sets, a.real, freq)
    hits = 0
    for where, text in real:
        s = tokens(text)
        if len(s) < 3:
            continue
        for k, j in index.matches(s):
            hits += 1
            print(f"real {j:.2f}: {authored[k][0]} ~ {where}: {authored[k][1][:90]}")
    print(f"jaccard_check: {len(real)} real texts in {a.data}, {hits} authored posts at >= {a.real}", file=sys.stderr)
    return 1 if bad or hits else 0


if __name__ == "__main__":
    sys.exit(main())
