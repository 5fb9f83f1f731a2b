#!/usr/bin/env python3
"""Scores models and the codebook's keyword rules on the real dev set: labels.tsv (ours, ids
only) joined to ../shared/data/gov-posts-dev/posts.tsv (third-party, not shipped; when it is
absent the script says so and exits 66).

  bench/models/govdev/evaluate.py [--split tune|test|all] [--rules] [--json FILE]
                                  [--liputan BIN] NAME=MODEL_DIR...

Macro-F1 averages the labels that occur in the split's gold labels (a label with no real post
there has no recall to measure). Prints one table row per system and axis, then per-label F1
and, with --confusion, the confusion matrices."""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from govdev_posts import read_posts, split_of  # noqa: E402
from keyword_rules import KeywordRules  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
AXES = ("sektor", "fungsi")


def read_labels(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"))


def model_text(post):
    """The post as classify reads it from a text file: one line."""
    return post["text"].replace("\r", " ").replace("\n", " ")


def classify(liputan, model, texts):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("".join(t + "\n" for t in texts))
        path = f.name
    try:
        out = subprocess.run([liputan, "classify", "-m", model, "--input-format", "text", path],
                             check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    preds = [json.loads(l)["predictions"] for l in out.splitlines() if l.strip()]
    if len(preds) != len(texts):
        sys.exit(f"evaluate: {model}: {len(preds)} predictions for {len(texts)} posts")
    return [{a: p[a][0]["label"] for a in AXES if a in p} for p in preds]


def scores(gold, pred):
    labels = sorted(set(gold))
    per = {}
    for lab in sorted(set(gold) | set(pred)):
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        n_gold, n_pred = gold.count(lab), pred.count(lab)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[lab] = {"precision": prec, "recall": rec, "f1": f1, "support": n_gold, "predicted": n_pred}
    macro = sum(per[l]["f1"] for l in labels) / len(labels)
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    confusion = {g: {} for g in labels}
    for g, p in zip(gold, pred):
        confusion[g][p] = confusion[g].get(p, 0) + 1
    return {"macro_f1": macro, "accuracy": acc, "labels": per, "confusion": confusion, "n": len(gold)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="tune", choices=["tune", "test", "all", "fresh", "test+fresh"],
                    help="fresh: the second, independent dev-test (labels_fresh.tsv); "
                         "test+fresh: both dev-tests")
    ap.add_argument("--labels", default=os.path.join(HERE, "labels.tsv"))
    ap.add_argument("--liputan", default="build/cli/liputan")
    ap.add_argument("--rules", action="store_true", help="also score the keyword rules")
    ap.add_argument("--per-label", action="store_true")
    ap.add_argument("--confusion", action="store_true")
    ap.add_argument("--json", help="write every score to this file")
    ap.add_argument("models", nargs="*", help="NAME=MODEL_DIR")
    a = ap.parse_args()
    posts = read_posts()
    rows = [r for r in read_labels(a.labels)
            if a.split == "all" or split_of(r["dev_id"]) == a.split
            or (a.split == "test+fresh" and split_of(r["dev_id"]) == "test")]
    if a.split in ("fresh", "test+fresh"):
        rows = (rows if a.split != "fresh" else []) + read_labels(os.path.join(HERE, "labels_fresh.tsv"))
    missing = [r["dev_id"] for r in rows if r["dev_id"] not in posts]
    if missing:
        sys.exit(f"evaluate: {len(missing)} labeled ids are not in {len(posts)} posts (e.g. {missing[0]})")
    texts = [model_text(posts[r["dev_id"]]) for r in rows]
    systems = []
    if a.rules:
        rules = KeywordRules()
        systems.append(("keyword-rules", [rules.predict(t) for t in texts]))
    for spec in a.models:
        name, _, path = spec.partition("=")
        systems.append((name, classify(a.liputan, path or name, texts)))
    print(f"real dev set, split {a.split}: {len(rows)} posts (gov-posts-dev)")
    print(f"{'system':28} {'axis':7} {'macro-F1':>8} {'accuracy':>8} {'min label F1':>22}")
    result = {}
    for name, preds in systems:
        result[name] = {}
        for axis in AXES:
            s = scores([r[axis] for r in rows], [p[axis] for p in preds])
            result[name][axis] = s
            worst = min((v["f1"], k) for k, v in s["labels"].items() if v["support"])
            print(f"{name:28} {axis:7} {s['macro_f1']:8.3f} {s['accuracy']:8.3f} {worst[0]:6.2f} {worst[1]:>15}")
            if a.per_label:
                for lab, v in sorted(s["labels"].items()):
                    print(f"    {lab:28} P {v['precision']:.2f} R {v['recall']:.2f} F1 {v['f1']:.2f} "
                          f"support {v['support']:3} predicted {v['predicted']:3}")
            if a.confusion:
                for g, row in s["confusion"].items():
                    print(f"    {g:28} " + ", ".join(f"{p} {n}" for p, n in sorted(row.items(), key=lambda x: -x[1])))
    if a.json:
        with open(a.json, "w") as f:
            json.dump(result, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
