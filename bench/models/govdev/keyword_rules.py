"""The codebook's keyword rules (corpora/taxonomy/*.tsv cues) as a classifier: the baseline a
model must beat on real posts. A label scores 2 per strong cue and 1 per weak cue found in the
lower-cased post as a whole word or phrase; the highest score wins, ties go to the codebook's
order (fungsi: tie_break; sektor: the TSV's order), and a post with no cue gets the fallback
(umum, lainnya)."""
import csv
import os
import re

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../.."))
FALLBACK = {"sektor": "umum", "fungsi": "lainnya"}


def read_taxonomy(label_set):
    path = os.path.join(ROOT, "corpora/taxonomy", label_set + ".tsv")
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"))
    labels = []
    for order, row in enumerate(rows):
        rank = int(row["tie_break"]) if row.get("tie_break") else order
        cues = [(c, 2) for c in row["strong_cues"].split("|") if c] + \
               [(c, 1) for c in row["weak_cues"].split("|") if c]
        pattern = [(re.compile(r"(?<!\w)" + re.escape(c) + r"(?!\w)"), w) for c, w in cues]
        labels.append((rank, row["slug"], pattern))
    return sorted(labels)


class KeywordRules:
    def __init__(self, label_sets=("sektor", "fungsi")):
        self.sets = {s: read_taxonomy(s) for s in label_sets}

    def predict(self, text):
        text = text.lower()
        out = {}
        for name, labels in self.sets.items():
            best, best_score = FALLBACK[name], 0
            for _, slug, patterns in labels:  # in tie-break order: the first best wins
                score = sum(w for p, w in patterns if p.search(text))
                if score > best_score:
                    best, best_score = slug, score
            out[name] = best
        return out
