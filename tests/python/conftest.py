"""Fixtures of the Python module's tests: the built `liputan` executable (LIPUTAN_BIN, set by
tests/python/CMakeLists.txt) and demo archives it generates (`liputan samples`), so no test
reads data from outside the build."""
import json
import os
import pathlib
import subprocess

import pytest

import liputan


@pytest.fixture(scope="session")
def liputan_bin():
    return os.environ["LIPUTAN_BIN"]


@pytest.fixture(scope="session")
def source_dir():
    return pathlib.Path(os.environ.get("LIPUTAN_SOURCE_DIR", pathlib.Path(__file__).parents[2]))


def run(*args, **kwargs):
    """Runs a command and returns its stdout; a failure shows its stderr."""
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, **kwargs)
    assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="session")
def samples(tmp_path_factory, liputan_bin):
    """Two months of the demo agencies' archives: DIR/<handle>.jsonl and DIR/agencies.csv."""
    out = tmp_path_factory.mktemp("samples")
    run(liputan_bin, "samples", "-o", out, "--months", "2", "--start", "2025-01-01")
    return out


@pytest.fixture(scope="session")
def archives(samples):
    return sorted(str(p) for p in samples.glob("*.jsonl"))


@pytest.fixture(scope="session")
def agencies(samples):
    return str(samples / "agencies.csv")


@pytest.fixture(scope="session")
def model():
    return liputan.Model.load()


def read_jsonl(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]
