#!/usr/bin/env python3
"""Composes the training corpus of the default models from the posts authored by genre in
genres/*.tsv (written one by one; see README.md). By default it writes back into each genre file
an `id` (<genre>-NNNN) and a `split` column, so the genre files themselves are the corpus (the
build concatenates them, models/default/split_corpus.cmake). With --output it writes one combined
file instead, optionally with a share of the template-built seed.tsv (for ablations).
Deterministic: rerunning it rewrites the files byte for byte.

  python3 corpora/seed/compose_corpus.py [--output FILE [--seed-share F]]

- Every row is checked (columns, slugs, no tab, quote or newline in the text); a bad row stops
  the run naming file and line.
- Near-duplicates are dropped: a row whose token set has Jaccard >= 0.8 with a row kept before
  it (genres first, in file order; seed.tsv last) is left out, under both token rules of the
  seed corpus test (plain, and with links, mentions and a leading RT removed).
- seed.tsv rows are added until they are --seed-share (default 0: chosen on the real dev-tune
  split, where any share of these template posts lowered fungsi macro-F1) of the corpus, in a fixed
  hash order.
- split: test for a fifth of each (sektor, fungsi) cell in a fixed hash order, train otherwise.
Columns of --output: id, split, sektor, fungsi, voice, account_type, origin, source, text.
"""
import argparse
import csv
import hashlib
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "../.."))
COLUMNS = ["sektor", "fungsi", "voice", "account_type", "origin", "text"]
COMPOSED = ["id", "split"] + COLUMNS  # a genre file once composed
ACCOUNT_TYPES = {"president", "ministry", "police", "bmkg", "province", "regency", "city", "dinas",
                 "bpbd", "kecamatan", "desa", "citizen"}
RUN = re.compile(rb"[A-Za-z0-9\x80-\xff]+")


def slugs(label_set):
    with open(os.path.join(ROOT, "corpora/taxonomy", label_set + ".tsv"), encoding="utf-8") as f:
        rows = csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t")
        return {r["slug"] for r in rows}


def undecorated(text):
    """The text less links, @mentions and a leading RT, word by word as the corpus test does."""
    words = text.split()
    kept = [w for i, w in enumerate(words)
            if not (w.startswith(("@", "http", "s.id/", "bit.ly/", "rancawenikab.go.id")) or (i == 0 and w == "RT"))]
    return " ".join(kept)


def token_sets(text):
    """The corpus test's two token rules (corpora/seed/seed_corpus.h NearDuplicateTokens): runs
    of ASCII letters, digits and non-ASCII bytes, ASCII-lowercased; plain and undecorated."""
    plain = frozenset(m.lower() for m in RUN.findall(text.encode()))
    bare = frozenset(m.lower() for m in RUN.findall(undecorated(text).encode()))
    return plain, bare


class NearDuplicateFilter:
    """Keeps a text unless it has Jaccard >= 0.8 with a kept one. Candidates come from an index
    of every token (exact; texts are few thousand, tokens rare enough)."""

    def __init__(self, threshold=0.8):
        self.t, self.kept, self.index = threshold, [], {}

    def admit(self, text):
        sets = token_sets(text)
        for rule, s in enumerate(sets):
            if not s:
                continue
            need = math.ceil(self.t * len(s))
            counts = {}
            for tok in s:
                for k in self.index.get((rule, tok), ()):
                    counts[k] = counts.get(k, 0) + 1
            for k, shared in counts.items():
                if shared < need:
                    continue
                other = self.kept[k][rule]
                if shared / (len(s) + len(other) - shared) >= self.t:
                    return False
        k = len(self.kept)
        self.kept.append(sets)
        for rule, s in enumerate(sets):
            for tok in s:
                self.index.setdefault((rule, tok), []).append(k)
        return True


def read_genre(path, sektor, fungsi):
    """Rows of a genre file (authored or already composed; a composed file's id and split are
    recomputed), its leading comment lines, and the problems found."""
    rows, errors, comments = [], [], []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    composed = None
    for n, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            if line and composed is None:
                comments.append(line)
            continue
        cells = line.split("\t")
        if composed is None:
            if cells not in (COLUMNS, COMPOSED):
                errors.append(f"{path}:{n}: header must be {' '.join(COLUMNS)}")
                break
            composed = cells == COMPOSED
            continue
        if composed:
            cells = cells[2:]
        where = f"{os.path.relpath(path, ROOT)}:{n}"
        if len(cells) != len(COLUMNS):
            errors.append(f"{where}: {len(cells)} cells, not {len(COLUMNS)}")
            continue
        row = dict(zip(COLUMNS, cells))
        row["text"] = row["text"].strip()
        problems = [c for c, ok in (("sektor", row["sektor"] in sektor), ("fungsi", row["fungsi"] in fungsi),
                                    ("voice", row["voice"] in ("agency", "citizen")),
                                    ("account_type", row["account_type"] in ACCOUNT_TYPES),
                                    ("origin", row["origin"] in ("written", "template")),
                                    ("text", row["text"] and '"' not in row["text"] and "\\n" not in row["text"]
                                     and "__label__" not in row["text"] and "\r" not in row["text"]))
                    if not ok]
        if problems:
            errors.append(f"{where}: bad {', '.join(problems)}: {line[:80]}")
            continue
        row["where"] = where
        rows.append(row)
    return rows, errors, comments


def read_seed():
    with open(os.path.join(HERE, "seed.tsv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in rows:
        r.update(account_type="citizen" if r["voice"] == "citizen" else "regency", origin="template",
                 where="corpora/seed/seed.tsv:" + r["id"])
    return rows


def write_atomically(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def write_combined(path, rows):
    lines = ["\t".join(["id", "split", "sektor", "fungsi", "voice", "account_type", "origin", "source", "text"])]
    lines += ["\t".join([r[c] for c in ("id", "split", "sektor", "fungsi", "voice", "account_type", "origin",
                                         "source", "text")]) for r in rows]
    write_atomically(path, "\n".join(lines) + "\n")


def write_genre(path, comments, rows):
    lines = comments + ["\t".join(COMPOSED)] + ["\t".join(r[c] for c in COMPOSED) for r in rows]
    write_atomically(path, "\n".join(lines) + "\n")


def order(text, salt):
    return hashlib.sha256((salt + text).encode()).hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed-share", type=float, default=0.0, help="with --output only")
    ap.add_argument("--output", help="one combined file instead of writing into the genre files")
    a = ap.parse_args()
    if a.seed_share and not a.output:
        ap.error("--seed-share needs --output: the genre files hold authored posts only")
    sektor, fungsi = slugs("sektor"), slugs("fungsi")
    keep, errors, dropped = [], [], 0
    dedup = NearDuplicateFilter()
    genre_dir = os.path.join(HERE, "genres")
    headers = {}
    for name in sorted(os.listdir(genre_dir)):
        if not name.endswith(".tsv"):
            continue
        rows, bad, headers[name[:-4]] = read_genre(os.path.join(genre_dir, name), sektor, fungsi)
        errors += bad
        for r in rows:
            r["source"] = name[:-4]
            if dedup.admit(r["text"]):
                keep.append(r)
            else:
                dropped += 1
    if errors:
        sys.stderr.write("\n".join(errors[:50]) + f"\ncompose_corpus: {len(errors)} bad rows\n")
        return 65
    written = len(keep)
    want_seed = round(written * a.seed_share / (1 - a.seed_share)) if a.seed_share < 1 else 0
    seed_rows = sorted(read_seed(), key=lambda r: order(r["text"], "seed"))
    added = 0
    for r in seed_rows:
        if added >= want_seed:
            break
        if dedup.admit(r["text"]):
            r["source"] = "seed"
            keep.append(r)
            added += 1
    cells = {}
    for r in keep:
        cells.setdefault((r["sektor"], r["fungsi"]), []).append(r)
    carry = 0.0
    for key in sorted(cells):
        rows = sorted(cells[key], key=lambda r: order(r["text"], "split"))
        carry += len(rows) * 0.2
        n_test = int(carry)
        carry -= n_test
        for i, r in enumerate(rows):
            r["split"] = "test" if i < n_test else "train"
    counters = {}
    for r in keep:
        counters[r["source"]] = counters.get(r["source"], 0) + 1
        r["id"] = f"{r['source']}-{counters[r['source']]:04d}"
    if a.output:
        write_combined(a.output, keep)
    else:
        for genre, comments in headers.items():
            write_genre(os.path.join(genre_dir, genre + ".tsv"), comments,
                        [r for r in keep if r["source"] == genre])
    templates = sum(r["origin"] == "template" for r in keep)
    print(f"compose_corpus: {len(keep)} posts ({written} authored by genre, {added} from seed.tsv; "
          f"{dropped} near-duplicates dropped); template share {templates / len(keep):.1%}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
