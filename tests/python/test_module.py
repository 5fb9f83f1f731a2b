"""The module against the CLI: same tokens, stems, predictions and report bytes."""
import json
import pathlib
import pickle

import pytest

import liputan
from conftest import read_jsonl, run


def test_tokenize_types_and_offsets():
    text = "Cek info @DinkesKab di #SehatBersama https://contoh.id"
    tokens = liputan.Tokenizer().tokenize(text)
    pairs = [(t.text, t.type) for t in tokens]
    assert ("@dinkeskab", "mention") in pairs or ("@DinkesKab", "mention") in pairs
    assert any(t.type == "hashtag" for t in tokens)
    assert any(t.type == "url" for t in tokens)
    for t in tokens:  # offsets are bytes into the input
        assert 0 <= t.begin < t.end <= len(text.encode())


def test_tokenize_equals_cli(liputan_bin, tmp_path):
    lines = ["Jadwal vaksinasi anak di puskesmas besok pagi!", "Rp5.000 pukul 08.00 WIB :)"]
    (tmp_path / "in.txt").write_text("\n".join(lines) + "\n")
    for options, kwargs in [([], {}), (["--stem", "--drop-stopwords"], {"stem": True, "drop_stopwords": True})]:
        cli = run(liputan_bin, "tokenize", *options, tmp_path / "in.txt").splitlines()
        tokenizer = liputan.Tokenizer(**kwargs)
        assert [tokenizer.words(line) for line in lines] == cli
        assert [" ".join(t.text for t in tokenizer.tokenize(line)) for line in lines] == cli


def test_stem_equals_cli(liputan_bin, tmp_path):
    words = ["menemukan", "buku-buku", "berlari-lari", "pembangunan", "kuasa-Mu"]
    assert liputan.stem("menemukan") == "temu"
    assert liputan.stem("buku-buku") == "buku"
    (tmp_path / "w.txt").write_text("\n".join(words) + "\n")
    cli = [line.split("\t")[1] for line in run(liputan_bin, "stem", tmp_path / "w.txt").splitlines()]
    assert [liputan.stem(w) for w in words] == cli


def test_predict_equals_classify(liputan_bin, archives, model, tmp_path):
    posts = list(liputan.read_archive(archives[0]))[:300]
    assert posts
    cli = read_jsonl(run(liputan_bin, "classify", "--threads", "2", archives[0]))[:300]
    assert [p["id"] for p in posts] == [c["id"] for c in cli]
    predicted = model.predict(posts, threads=2)
    for post, mine, theirs in zip(posts, predicted, cli):
        want = {s: [(x["label"], x["probability"]) for x in v] for s, v in theirs["predictions"].items()}
        assert mine == want, post["id"]
    # One text gives one result, the same as in a batch; k=3 keeps three labels of each set.
    assert model.predict(posts[0]["text"]) == predicted[0]
    top3 = model.predict([posts[0]], k=3)[0]
    cli3 = read_jsonl(run(liputan_bin, "classify", "--top-k", "3", archives[0]))[0]
    assert top3 == {s: [(x["label"], x["probability"]) for x in v] for s, v in cli3["predictions"].items()}


def test_bad_record_raises_data_error_with_location(tmp_path):
    path = tmp_path / "bad.jsonl"
    good = {"id": "1", "created_at": "2025-01-01T00:00:00.000Z", "text": "halo",
            "author_id": "9", "author": {"id": "9", "username": "a"}}
    path.write_text(json.dumps(good) + "\n{not json\n")
    with pytest.raises(liputan.DataError) as caught:
        list(liputan.read_archive(str(path), skip_bad_records=False))
    assert caught.value.code == 65
    assert caught.value.location.endswith("bad.jsonl:2")
    assert isinstance(caught.value, liputan.LiputanError)
    # Skipped by default, and counted.
    archive = liputan.read_archive(str(path))
    assert [p["id"] for p in archive] == ["1"]
    assert archive.bad_records == 1 and "bad.jsonl:2" in archive.diagnostics[0]


def test_missing_inputs_raise_no_input_error(tmp_path):
    with pytest.raises(liputan.NoInputError) as caught:
        list(liputan.read_archive(str(tmp_path / "none.jsonl")))
    assert caught.value.code == 66 and "none.jsonl" in str(caught.value)
    assert isinstance(caught.value, FileNotFoundError)
    with pytest.raises(liputan.NoInputError):
        liputan.Model.load(str(tmp_path / "no.liputan"))
    with pytest.raises(liputan.UsageError) as caught:
        liputan.Tokenizer(invalid_utf8="maybe")
    assert caught.value.code == 64


def test_to_pandas(archives):
    df = liputan.read_archive(archives[:2]).to_pandas()
    posts = list(liputan.read_archive(archives[:2]))
    assert len(df) == len(posts) > 0
    assert list(df["id"]) == [p["id"] for p in posts]
    assert {"text", "author_handle", "created_at", "kind", "likes"} <= set(df.columns)


def report_files(directory):
    return {p.name: p.read_bytes() for p in sorted(pathlib.Path(directory).iterdir())}


def test_report_equals_cli(liputan_bin, archives, agencies, tmp_path):
    labeled = tmp_path / "labeled.jsonl"
    run(liputan_bin, "classify", "-o", labeled, *archives)
    run(liputan_bin, "report", "--agencies", agencies, "--formats", "json,md",
        "-o", tmp_path / "cli", "--emit-state", tmp_path / "cli.state.json", labeled)
    report = liputan.Report.from_files(agencies, [str(labeled)])
    written = report.write(str(tmp_path / "py"), ["json", "md"])
    assert sorted(pathlib.Path(p).name for p in written) == ["report.json", "report.md"]
    assert report_files(tmp_path / "py") == report_files(tmp_path / "cli")
    assert report.state() == (tmp_path / "cli.state.json").read_text()

    # From post dicts, and from two halves' states merged: the same report.
    posts = list(liputan.read_archive(str(labeled)))
    from_posts = liputan.Report.from_posts(agencies, posts)
    assert from_posts.state() == report.state()
    half = len(posts) // 2
    first = liputan.Report.from_posts(agencies, posts[:half])
    second = liputan.Report.from_state(agencies, liputan.Report.from_posts(agencies, posts[half:]).state())
    assert first.merge(second).state() == report.state()
    restored = pickle.loads(pickle.dumps(report))
    assert restored.state() == report.state()


def test_report_html_equals_cli(liputan_bin, archives, agencies, tmp_path):
    """report.html and its chart specs from Python: the CLI's bytes, in both languages, for the
    same aggregation state. (A single-pass `liputan report` also counts words for the word
    statistics while it reads; a state, in Python or in `--merge`, has no word counts.)"""
    labeled, state = tmp_path / "labeled.jsonl", tmp_path / "state.json"
    run(liputan_bin, "classify", "-o", labeled, *archives)
    run(liputan_bin, "report", "--agencies", agencies, "--emit-state", state, labeled)
    report = liputan.Report.from_files(agencies, [str(labeled)])
    assert report.state() == state.read_text()
    for lang in ("id", "en"):
        cli, py = tmp_path / f"cli-{lang}", tmp_path / f"py-{lang}"
        run(liputan_bin, "report", "--agencies", agencies, "--formats", "html", "--lang", lang,
            "-o", cli, "--merge", state)
        written = report.write(str(py), ["html"], lang=lang)
        assert str(py / "report.html") in written
        html = (cli / "report.html").read_bytes()
        assert b'<figure class="chart-figure' in html and b"</html>" in html
        assert (py / "report.html").read_bytes() == html
        assert report_files(py / "charts") == report_files(cli / "charts")


def test_report_with_own_label_sets_equals_cli(liputan_bin, source_dir, tmp_path):
    """A town hall's own label sets (tests/data/report/label_sets): the module's report.json and
    state are `liputan report --label-sets ambito,funcion`'s bytes, and a state of other sets is
    refused."""
    data = source_dir / "tests/data/report/label_sets"
    agencies, posts = str(data / "agencies.csv"), str(data / "posts.jsonl")
    run(liputan_bin, "report", "--agencies", agencies, "--formats", "json,md",
        "--label-sets", "ambito,funcion", "-o", tmp_path / "cli",
        "--emit-state", tmp_path / "cli.state.json", posts)
    sets = ("ambito", "funcion")
    report = liputan.Report.from_files(agencies, [posts], label_sets=sets)
    assert report.label_sets == sets
    report.write(str(tmp_path / "py"), ["json", "md"])
    assert report_files(tmp_path / "py") == report_files(tmp_path / "cli")
    assert report.state() == (tmp_path / "cli.state.json").read_text()
    assert "ambito" in json.loads((tmp_path / "py" / "report.json").read_text())["taxonomy"]
    assert pickle.loads(pickle.dumps(report)).state() == report.state()
    with pytest.raises(liputan.DataError):
        liputan.Report.from_state(agencies, report.state())  # read as sektor/fungsi
    with pytest.raises(liputan.UsageError):
        liputan.Report(agencies, label_sets=("ambito", "ambito"))


def test_report_errors(agencies, tmp_path):
    with pytest.raises(liputan.DataError) as caught:
        liputan.Report.from_state(agencies, "{\"format\": 1}", name="part.json")
    assert caught.value.code == 65 and caught.value.location == "part.json"
    with pytest.raises(liputan.NoInputError):
        liputan.Report(str(tmp_path / "none.csv"))
    with pytest.raises(liputan.UsageError):
        liputan.Report(agencies).write(str(tmp_path / "o"), ["pdf"])


def test_train_and_load(tmp_path):
    examples = [(f"vaksinasi puskesmas dokter {i}", {"sektor": ["kesehatan"]}) for i in range(20)]
    examples += [(f"jalan jembatan aspal {i}", {"sektor": ["infrastruktur"]}) for i in range(20)]
    model = liputan.train(examples, str(tmp_path / "tiny.liputan"), epoch=20)
    assert model.label_sets == ["sektor"]
    assert model.predict("jadwal vaksinasi di puskesmas")["sektor"][0][0] == "kesehatan"


def test_notebook_example(source_dir, archives, agencies, tmp_path):
    out = run("/usr/bin/python3", source_dir / "examples" / "notebook.py",
              "--agencies", agencies, "-o", tmp_path, *archives[:3])
    assert (tmp_path / "report" / "report.json").exists()
    assert (tmp_path / "sektor.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "kesehatan" in out
