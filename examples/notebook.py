"""A notebook-style walk through liputan from Python: read archives, classify their posts with the
default model, build the coverage report, tabulate the content mix with pandas and chart it with
matplotlib. Run it as a script (tests/python runs it) or paste the cells into Jupyter.

    python3 examples/notebook.py --agencies agencies.csv -o out/ ARCHIVE...

Writes out/report/ (report.json, report.md), out/sektor.csv and out/sektor.png.
"""
import argparse
import pathlib

import matplotlib

matplotlib.use("Agg")  # files, no display
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

import liputan  # noqa: E402

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--agencies", required=True, help="agency registry CSV")
parser.add_argument("-o", "--output", required=True, help="output folder")
parser.add_argument("archives", nargs="+")
args = parser.parse_args()
out = pathlib.Path(args.output)
out.mkdir(parents=True, exist_ok=True)

# %% Read: one dict per post; the reader skips bad records and counts them.
archive = liputan.read_archive(args.archives)
posts = list(archive)
print(f"{len(posts)} posts, {archive.bad_records} bad records, {archive.duplicates} duplicates")

# %% Classify in batches on every core (the GIL is released), as `liputan report -m` does:
# every label of every set, so the report's corrected shares see the whole distribution.
posts = liputan.classify_posts(None, posts)

# %% Report: the same files `liputan report` writes.
report = liputan.Report.from_posts(args.agencies, posts)
report.write(str(out / "report"), ["json", "md"])

# %% A pandas table: posts per agency and top sektor label (originals of the agencies only).
df = liputan.read_archive(args.archives).to_pandas()
df["sektor"] = [p["predictions"]["sektor"][0][0] for p in posts]
df["month"] = pd.to_datetime(df["created_at"], unit="s", utc=True).dt.strftime("%Y-%m")
originals = df[df["kind"] != "retweet"]
table = originals.pivot_table(index="sektor", columns="author_handle", values="id",
                              aggfunc="count", fill_value=0)
table.to_csv(out / "sektor.csv")
print(table.sum(axis=1).sort_values(ascending=False).to_string())

# %% A chart: the content mix over all agencies.
ax = table.sum(axis=1).sort_values().plot.barh(figsize=(6, 4), color="#3b6ea5")
ax.set_xlabel("posts")
ax.set_title("Sektor of the agencies' posts")
plt.tight_layout()
plt.savefig(out / "sektor.png", dpi=100)
