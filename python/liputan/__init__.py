"""liputan: Indonesian tweet tokenizer, archive readers, fastText models and mergeable reports.

The Python face of liputan's C++ library (docs/python.md). Everything here runs the same code as
the ``liputan`` command, so a text gets the same tokens, stems and predictions in both::

    import liputan
    liputan.Tokenizer().tokenize("Cek info @DinkesKab")
    liputan.stem("menemukan")                       # 'temu'
    model = liputan.Model.load()                    # the default model (sektor, fungsi)
    model.predict(["Jadwal vaksinasi di puskesmas"], threads=4)
    df = liputan.read_archive("tweets.jsonl.gz").to_pandas()
    report = liputan.Report.from_files("agencies.csv", ["labeled.jsonl"])
    report.write("out", ["json", "md", "html"])

Errors are ``LiputanError`` subclasses with ``.code`` (the CLI's exit code: 64 usage, 65 bad
data, 66 missing input, 70 internal, 74 I/O) and ``.location`` (``file:line``).
"""
from ._liputan import (  # noqa: F401  (the public names)
    Archive,
    DataError,
    InternalError,
    IoError,
    LiputanError,
    Model,
    NoInputError,
    Report,
    Token,
    Tokenizer,
    UsageError,
    __version__,
    default_model_path,
    read_archive,
    stem,
    train,
)


def classify_posts(model, posts, threads=0):
    """Returns the posts (dicts) with ``predictions`` filled as ``liputan report -m`` fills them:
    every label of every set, no thresholds. ``model`` is a path or None (the default model)."""
    if not isinstance(model, Model):
        model = Model.load(model, apply_thresholds=False)
    posts = list(posts)
    k = max(len(model.labels(s)) for s in model.label_sets)
    for post, predictions in zip(posts, model.predict(posts, k=k, threads=threads)):
        post["predictions"] = predictions
    return posts


__all__ = [
    "Archive", "DataError", "InternalError", "IoError", "LiputanError", "Model", "NoInputError",
    "Report", "Token", "Tokenizer", "UsageError", "__version__", "classify_posts",
    "default_model_path", "read_archive", "stem", "train",
]
