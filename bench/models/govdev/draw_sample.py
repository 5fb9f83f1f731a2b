#!/usr/bin/env python3
"""Draws the posts of the real dev set from gov-posts-dev, stratified by account_type: every post
of the small types, a fixed number of police posts and at most 30% from the president's
timeline. The draw is a deterministic hash order, so it can be repeated from the ids alone.
Writes the drawn posts (with their texts) to a folder OUTSIDE the repository for labeling, in
chunks, plus a blind second-coding share (20%) mixed into another coder's chunk.

  bench/models/govdev/draw_sample.py OUT_DIR [CODERS]
  bench/models/govdev/draw_sample.py --fresh OUT_DIR [CODERS]

--fresh draws the second, independent dev-test (labels_fresh.tsv): only posts not yet in
labels.tsv, that is every remaining police post and as many of the president's as keeps them at
30% of the draw (the small types were all drawn the first time).
"""
import os
import random
import sys

from govdev_posts import read_posts, rank

PRESIDENT = 245
POLICE = 290
DOUBLE_SHARE = 0.20
EXCLUDED = set()  # posts already labeled (--fresh)


def draw(posts):
    by_type = {}
    for p in posts.values():
        if p["dev_id"] in EXCLUDED:
            continue
        by_type.setdefault(p["account_type"], []).append(p["dev_id"])
    drawn = []
    for kind, ids in sorted(by_type.items()):
        ids.sort(key=lambda i: rank(i, "draw"))
        take = {"president": PRESIDENT, "police": POLICE}.get(kind, len(ids))
        if EXCLUDED and kind == "president":  # at most 30% of the fresh draw
            others = sum(len(v) for k, v in by_type.items() if k != "president")
            take = others * 3 // 7
        drawn += ids[:take]
    return sorted(drawn, key=lambda i: rank(i, "order"))


def labeled_ids():
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "labels.tsv")) as f:
        return {line.split("\t")[0] for line in f if not line.startswith(("#", "dev_id"))}


def main():
    global EXCLUDED
    args = sys.argv[1:]
    if args and args[0] == "--fresh":
        EXCLUDED = labeled_ids()
        args = args[1:]
    out = args[0]
    coders = int(args[1]) if len(args) > 1 else 4
    posts = read_posts()
    drawn = draw(posts)
    doubles = set(sorted(drawn, key=lambda i: rank(i, "double"))[: round(len(drawn) * DOUBLE_SHARE)])
    os.makedirs(out, exist_ok=True)
    chunks = [drawn[c::coders] for c in range(coders)]
    with open(os.path.join(out, "drawn.tsv"), "w") as f:
        f.write("dev_id\tcoder\tdouble_coder\n")
        for c, ids in enumerate(chunks):
            for i in ids:
                f.write(f"{i}\t{c}\t{(c + 1) % coders if i in doubles else ''}\n")
    for c in range(coders):
        mine = list(chunks[c]) + [i for i in chunks[(c - 1) % coders] if i in doubles]
        random.Random(c).shuffle(mine)
        with open(os.path.join(out, f"coder{c}.tsv"), "w") as f:
            f.write("dev_id\taccount\taccount_type\tplatform\tis_retweet\ttext\n")
            for i in mine:
                p = posts[i]
                text = p["text"].replace("\n", "\\n").replace("\t", " ")
                f.write(f"{i}\t{p['account']}\t{p['account_type']}\t{p['platform']}\t{p['is_retweet']}\t{text}\n")
        print(f"coder{c}: {len(mine)} posts", file=sys.stderr)
    kinds = {}
    for i in drawn:
        kinds[posts[i]["account_type"]] = kinds.get(posts[i]["account_type"], 0) + 1
    print(f"drawn {len(drawn)} posts, {len(doubles)} double-coded: {kinds}", file=sys.stderr)


if __name__ == "__main__":
    main()
