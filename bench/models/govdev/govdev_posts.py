"""Reads the real, unlabeled agency posts of ../shared/data/gov-posts-dev/posts.tsv (third-party
data: never committed; see its README.txt). Shared by the dev-set scripts of this folder."""
import csv
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_POSTS = os.path.normpath(os.path.join(HERE, "../../../../shared/data/gov-posts-dev/posts.tsv"))
COLUMNS = ["dev_id", "platform", "account", "account_type", "created_at", "like_count",
           "retweet_count", "reply_count", "quote_count", "is_retweet", "text"]


def posts_path():
    return os.environ.get("LIPUTAN_GOVDEV_POSTS", DEFAULT_POSTS)


def read_posts(path=None):
    """Returns {dev_id: row dict}; rows that do not have the 11 columns are skipped (the file
    has a few stray fragments). Exits 66 with a message when the file is absent."""
    path = path or posts_path()
    if not os.path.exists(path):
        sys.stderr.write(f"govdev: {path} is not present (real posts are not shipped); skipped\n")
        sys.exit(66)
    csv.field_size_limit(1 << 30)
    posts = {}
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if header != COLUMNS:
            sys.exit(f"govdev: {path}: unexpected header {header}")
        for row in reader:
            if len(row) == len(COLUMNS):
                post = dict(zip(COLUMNS, row))
                post["text"] = post["text"].replace("\\n", "\n")
                posts[post["dev_id"]] = post
    return posts


def split_of(dev_id):
    """dev-tune (60%) or dev-test (40%), by a hash of the id, so the split never depends on
    which posts were drawn or in which order they were labeled."""
    h = int(hashlib.sha256(("split:" + dev_id).encode()).hexdigest()[:8], 16)
    return "tune" if h % 100 < 60 else "test"


def rank(dev_id, salt):
    return hashlib.sha256((salt + ":" + dev_id).encode()).hexdigest()
