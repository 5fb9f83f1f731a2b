#!/usr/bin/env python3
"""Turns evaluate.py's scores of the default model into models/default/real_validation.json
(the file `liputan train --real-validation` attaches to a bundle): per label set the macro-F1,
accuracy, per-label scores and the confusion matrix over every label of the model (rows: the
people's label, columns: the model's), with the training data digest of the bundle measured.
  real_validation.py SCORES.json MANIFEST.json SPLIT > real_validation.json"""
import json
import sys


def main():
    scores = json.load(open(sys.argv[1]))["default"]
    manifest = json.load(open(sys.argv[2]))
    split = sys.argv[3]
    # Short and language-neutral: the report quotes it inside its Indonesian or English note.
    out = {"source": f"liputan govdev dev-{split}, bench/models/govdev",
           "training_sha256": manifest["training_data"]["sha256"],
           "label_sets": {}}
    for label_set in manifest["label_sets"]:
        name = label_set["name"]
        s = scores[name]
        labels = [l["name"] for l in label_set["labels"]]
        confusion = [[s["confusion"].get(g, {}).get(p, 0) for p in labels] for g in labels]
        out["label_sets"][name] = {
            "examples": s["n"], "macro_f1": round(s["macro_f1"], 4), "accuracy": round(s["accuracy"], 4),
            "macro_f1_over": "labels with at least one real post in the split",
            "labels": labels, "confusion": confusion,
            "per_label": {l: {k: round(v, 4) if isinstance(v, float) else v for k, v in s["labels"][l].items()}
                          for l in labels if l in s["labels"]}}
    json.dump(out, sys.stdout, indent=1, sort_keys=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
