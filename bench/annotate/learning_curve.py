#!/usr/bin/python3
"""Learning curve of `liputan train --base` on the real dev set (bench/models/govdev).

Pool: the dev-tune posts (labels.tsv split tune, 490). Evaluation: dev-test (split test, 334) and
the fresh dev-test (labels_fresh.tsv, 331). For each size N of user labels drawn from the pool,
(a) at random (a nested, seeded order) and (b) by `liputan annotate sample --strategy teach` with
the base model, the script writes the annotation file the user would have filled in (labels from
labels.tsv), retrains with `train --base` (weight chosen by cross-validation) and with the naive
concatenation (the posts appended once to the default corpus, default recipe), and prints
macro-F1 per axis on each evaluation set and on both together ("both"). N = 0 is the base model
itself. At the end, --base minus naive on both sets with a paired bootstrap interval.
--every-weight adds a row per fixed weight of --weights. A model already in the work folder is
reused (the same command gives the same model), so an interrupted run can go on.

  /usr/bin/python3 bench/annotate/learning_curve.py [--build build] [--sizes 0,50,100,200,400]
      [--strategies random,teach] [--work DIR] [--threads 2] [--liputan BIN] [--base MODEL]
      [--weights 1,4,16 [--every-weight] | --fixed-weight W] [--json FILE]

Texts come from ../shared/data/gov-posts-dev/posts.tsv (third-party, never committed); when it
is absent the script says so and exits 66. Cost: each --base run trains 5 weights x 3 folds + 1
models (about 16 x 45 s of CPU with the default recipe), each naive run one.
Written for liputan; licence: the project's."""
import argparse
import csv
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "../.."))
sys.path.insert(0, os.path.join(ROOT, "bench/models/govdev"))
from govdev_posts import read_posts  # noqa: E402
from evaluate import classify, model_text, read_labels, scores  # noqa: E402

AXES = ("sektor", "fungsi")
ANNOTATION_HEADER = ["id", "agency", "created_at", "url", "text", "strategy", "stratum",
                     "inclusion_p", "suggested_sektor", "suggested_sektor_p", "sektor",
                     "suggested_fungsi", "suggested_fungsi_p", "fungsi", "status", "coder", "note"]


def recipe_args():
    args = []
    with open(os.path.join(ROOT, "models/default/recipe.args"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                args.append(line)
    return args


def write_annotation(path, rows, strategy):
    """rows: (dev_id, text, sektor, fungsi), as a user would have labeled them."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(ANNOTATION_HEADER)
        for dev_id, text, sektor, fungsi in rows:
            w.writerow([dev_id, "", "", "", text, strategy, "", "", "", "", sektor, "", "", fungsi,
                        "labeled", "govdev", ""])


def write_pool_csv(path, pool):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "screen_name", "text"])
        for dev_id, text, _, _ in pool:
            w.writerow([dev_id, "govdev", text])


def random_order(pool):
    return sorted(pool, key=lambda r: hashlib.sha256(("curve:" + r[0]).encode()).hexdigest())


def teach_draw(liputan, base, pool_csv, n, out_csv):
    """The ids `annotate sample --strategy teach` draws; None when the command is unavailable."""
    r = subprocess.run([liputan, "annotate", "sample", "-m", base, "-n", str(n), "--strategy",
                        "teach", "--seed", "1", "-o", out_csv, pool_csv],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(f"learning_curve: teach draw failed ({r.returncode}): {r.stderr.strip()}\n")
        return None
    with open(out_csv, encoding="utf-8", newline="") as f:
        return [row["id"] for row in csv.DictReader(f)]


def run(cmd, log):
    start = time.time()
    r = subprocess.run(cmd, capture_output=True, text=True)
    with open(log, "a", encoding="utf-8") as f:
        f.write(" ".join(cmd) + "\n" + r.stderr + "\n")
    if r.returncode != 0:
        sys.exit(f"learning_curve: {' '.join(cmd[:3])} failed ({r.returncode}); see {log}")
    return time.time() - start


def evaluate(liputan, model, eval_sets):
    """Macro-F1 per (set, axis), "both" being the evaluation sets together, and the predictions
    on "both" per axis (for the paired bootstrap)."""
    out, both_gold, both_pred = {}, {a: [] for a in AXES}, {a: [] for a in AXES}
    for name, rows in eval_sets.items():
        pred = classify(liputan, model, [t for _, t, _, _ in rows])
        for i, axis in enumerate(AXES):
            gold = [r[2 + i] for r in rows]
            out[(name, axis)] = scores(gold, [p[axis] for p in pred])["macro_f1"]
            both_gold[axis] += gold
            both_pred[axis] += [p[axis] for p in pred]
    for axis in AXES:
        out[("both", axis)] = scores(both_gold[axis], both_pred[axis])["macro_f1"]
    return out, both_gold, both_pred


def paired_bootstrap(gold, pred_a, pred_b, reps=1000, seed=1):
    """Macro-F1 of a minus b on the same posts, with a 95% percentile interval over resamples of
    the posts (the same resample for both), and the share of resamples where a < b."""
    rng = random.Random(seed)
    n = len(gold)
    diffs = []
    for _ in range(reps):
        idx = [rng.randrange(n) for _ in range(n)]
        g = [gold[i] for i in idx]
        diffs.append(scores(g, [pred_a[i] for i in idx])["macro_f1"] -
                     scores(g, [pred_b[i] for i in idx])["macro_f1"])
    diffs.sort()
    return {"diff": scores(gold, pred_a)["macro_f1"] - scores(gold, pred_b)["macro_f1"],
            "low": diffs[int(0.025 * reps)], "high": diffs[int(0.975 * reps) - 1],
            "share_below": sum(d < 0 for d in diffs) / reps}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--liputan", help="the executable (default: BUILD/cli/liputan)")
    ap.add_argument("--base", help="base bundle (default: BUILD/models/default.liputan)")
    ap.add_argument("--sizes", default="0,50,100,200,400")
    ap.add_argument("--strategies", default="random,teach")
    ap.add_argument("--work", default=None)
    ap.add_argument("--threads", default="2")
    ap.add_argument("--json", help="also write the table as JSON here")
    ap.add_argument("--weights", help="train --base-weights (default: liputan's 1,2,4,8,16)")
    ap.add_argument("--every-weight", action="store_true",
                    help="also train --base-weight W for each W of --weights (rows per weight)")
    ap.add_argument("--fixed-weight", help="train --base-weight W: no cross-validation (cheap "
                    "points; the table's method then says so)")
    a = ap.parse_args()
    liputan = a.liputan or os.path.join(a.build, "cli/liputan")
    base = a.base or os.path.join(a.build, "models/default.liputan")
    corpus = os.path.join(a.build, "models/corpus-train.tsv")
    posts = read_posts()
    labels = read_labels(os.path.join(ROOT, "bench/models/govdev/labels.tsv"))
    fresh = read_labels(os.path.join(ROOT, "bench/models/govdev/labels_fresh.tsv"))

    def rows(entries, split=None):
        return [(e["dev_id"], model_text(posts[e["dev_id"]]), e["sektor"], e["fungsi"])
                for e in entries if e["dev_id"] in posts and (split is None or e["split"] == split)]

    pool = rows(labels, "tune")
    eval_sets = {"dev-test": rows(labels, "test"), "fresh": rows(fresh)}
    work = a.work or tempfile.mkdtemp(prefix="liputan-curve-")
    os.makedirs(work, exist_ok=True)
    log = os.path.join(work, "log.txt")
    print(f"pool {len(pool)} dev-tune posts; dev-test {len(eval_sets['dev-test'])}, "
          f"fresh {len(eval_sets['fresh'])}; work {work}", flush=True)
    cols = [(s, x) for s in ("dev-test", "fresh", "both") for x in AXES]
    header = ("| labels | strategy | method | weight | " +
              " | ".join(f"{s} {x}" for s, x in cols) + " | seconds |")
    print(header + "\n|" + "---|" * (len(cols) + 5), flush=True)
    table = []

    def report(n, strategy, method, weight, f1, seconds):
        table.append({"labels": n, "strategy": strategy, "method": method, "weight": weight,
                      "macro_f1": {f"{k[0]} {k[1]}": v for k, v in f1.items()}, "seconds": seconds})
        cells = " | ".join(f"{f1[c]:.3f}" for c in cols)
        print(f"| {n} | {strategy} | {method} | {weight} | {cells} | {seconds:.0f} |", flush=True)

    def train(cmd, out):
        """Runs a training unless `out` is there from an earlier run in this work folder (the
        same command gives the same model); its seconds, or 0 when reused."""
        if os.path.isdir(out):
            return 0.0
        return run(cmd, log)

    sizes = [int(s) for s in a.sizes.split(",")]
    if 0 in sizes:
        report(0, "-", "base", "-", evaluate(liputan, base, eval_sets)[0], 0)
    pool_csv = os.path.join(work, "pool.csv")
    write_pool_csv(pool_csv, pool)
    by_id = {r[0]: r for r in pool}
    ordered = random_order(pool)
    teach_ok = "teach" in a.strategies.split(",")
    comparisons = []
    for n in [s for s in sizes if s > 0]:
        for strategy in a.strategies.split(","):
            if strategy == "random":
                drawn = ordered[:n]
            elif teach_ok:
                ids = teach_draw(liputan, base, pool_csv, n, os.path.join(work, f"teach{n}.csv"))
                if ids is None:
                    teach_ok = False
                    print(f"| {n} | teach | - | - | not available: `annotate sample --strategy "
                          "teach` failed (see stderr) | | | | |", flush=True)
                    continue
                drawn = [by_id[i] for i in ids if i in by_id]
            else:
                continue
            ann = os.path.join(work, f"{strategy}{n}.csv")
            write_annotation(ann, drawn, strategy)
            out = os.path.join(work, f"{strategy}{n}-base.liputan")
            extra = ["--base-weights", a.weights] if a.weights else []
            if a.fixed_weight:
                extra = ["--base-weight", a.fixed_weight]
            seconds = train([liputan, "train", "--base", base, "-i", ann, "-o", out, "--threads",
                             a.threads] + extra, out)
            b = json.load(open(os.path.join(out, "manifest.json")))["base"]
            weight = ",".join(f"{k[0]}{w}" for k, w in sorted(b["weight_by_label_set"].items(),
                                                               reverse=True))
            method = "--base-weight" if a.fixed_weight else "--base"
            f1, gold, taught = evaluate(liputan, out, eval_sets)
            report(n, strategy, method, weight, f1, seconds)
            naive_tsv = os.path.join(work, f"{strategy}{n}.tsv")
            with open(naive_tsv, "w", encoding="utf-8", newline="") as f:
                # Quoted where needed, so that liputan reads the very text the annotation file
                # holds (a post opening with a quote mark is otherwise read as a quoted field).
                w = csv.writer(f, delimiter="\t", lineterminator="\n")
                w.writerow(["text", "sektor", "fungsi"])
                for _, text, sektor, fungsi in drawn:
                    w.writerow([text, sektor, fungsi])
            naive = os.path.join(work, f"{strategy}{n}-naive.liputan")
            seconds = train([liputan, "train", "-i", corpus, naive_tsv, "-o", naive] +
                            recipe_args(), naive)
            f1, _, appended = evaluate(liputan, naive, eval_sets)
            report(n, strategy, "naive", 1, f1, seconds)
            comparisons.append((n, strategy, {x: paired_bootstrap(gold[x], taught[x], appended[x])
                                              for x in AXES}))
            for w in (a.weights.split(",") if a.every_weight and a.weights else []):
                fixed = os.path.join(work, f"{strategy}{n}-w{w}.liputan")
                seconds = train([liputan, "train", "--base", base, "-i", ann, "-o", fixed,
                                 "--threads", a.threads, "--base-weight", w], fixed)
                report(n, strategy, "--base-weight", w, evaluate(liputan, fixed, eval_sets)[0],
                       seconds)
    if comparisons:
        print("\n--base minus naive, macro-F1 on both evaluation sets together, with the 95% "
              "interval of a paired bootstrap over the posts (1,000 resamples) and the share of "
              "resamples where --base is below:\n")
        print("| labels | strategy | sektor | fungsi |\n|---|---|---|---|")
        for n, strategy, c in comparisons:
            cells = " | ".join(f"{c[x]['diff']:+.3f} [{c[x]['low']:+.3f}, {c[x]['high']:+.3f}] "
                               f"({c[x]['share_below']:.0%} below)" for x in AXES)
            print(f"| {n} | {strategy} | {cells} |", flush=True)
            table.append({"labels": n, "strategy": strategy, "method": "--base minus naive",
                          "bootstrap": c})
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(table, f, indent=1)


if __name__ == "__main__":
    main()
