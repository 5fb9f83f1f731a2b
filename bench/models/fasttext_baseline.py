#!/usr/bin/env python3
"""Helpers for bench/models/run.sh: the plain-fastText baseline of the quality evaluation.

  to-fasttext IN.{tsv,csv} TEXT_COL LABEL_COL OUT   lower-cased whitespace tokens, fastText format
  macro-f1 GOLD.ft PRED.txt                         macro-F1 (and accuracy) of `fasttext predict`
  to-jsonl IN.{tsv,csv} TEXT_COL LABEL_COL OUT      labeled JSONL for `liputan train/eval`
"""
import csv
import json
import sys


def rows(path, text_col, label_col):
    delim = "\t" if path.endswith(".tsv") else ","
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=delim):
            yield row[text_col], row[label_col]


def label_token(label):
    return "__label__" + label.replace(" ", "_")


def to_fasttext(path, text_col, label_col, out):
    with open(out, "w", encoding="utf-8") as f:
        for text, label in rows(path, text_col, label_col):
            f.write(label_token(label) + " " + " ".join(text.lower().split()) + "\n")


def to_jsonl(path, text_col, label_col, out):
    with open(out, "w", encoding="utf-8") as f:
        for text, label in rows(path, text_col, label_col):
            f.write(json.dumps({"text": text, "label": label}, ensure_ascii=False) + "\n")


def macro_f1(gold_path, pred_path):
    gold = [line.split(" ", 1)[0] for line in open(gold_path, encoding="utf-8")]
    pred = [line.strip().split(" ")[0] if line.strip() else "" for line in open(pred_path, encoding="utf-8")]
    assert len(gold) == len(pred), (len(gold), len(pred))
    labels = sorted(set(gold) | set(p for p in pred if p))
    f1s = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    accuracy = sum(1 for g, p in zip(gold, pred) if g == p) / len(gold)
    print("%.4f %.4f" % (sum(f1s) / len(f1s), accuracy))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "to-fasttext":
        to_fasttext(*sys.argv[2:6])
    elif command == "to-jsonl":
        to_jsonl(*sys.argv[2:6])
    elif command == "macro-f1":
        macro_f1(sys.argv[2], sys.argv[3])
    else:
        sys.exit("unknown command " + command)
