#!/usr/bin/env python3
"""Inter-coder agreement of the dev set's blind double coding (second_coding.tsv: the first and
the second coder's labels, before adjudication): raw agreement and Cohen's kappa per axis.
  bench/models/govdev/agreement.py [second_coding.tsv]"""
import csv
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
AXES = ("sektor", "fungsi")


def cohen_kappa(a, b):
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb.get(k, 0) for k in ca) / (n * n)
    return observed, (observed - expected) / (1 - expected) if expected < 1 else 1.0


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "second_coding.tsv")
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"))
    print(f"{len(rows)} posts coded twice, blind")
    for axis in AXES:
        observed, kappa = cohen_kappa([r["first_" + axis] for r in rows], [r["second_" + axis] for r in rows])
        print(f"{axis}: agreement {observed:.3f}, Cohen's kappa {kappa:.3f}")


if __name__ == "__main__":
    main()
