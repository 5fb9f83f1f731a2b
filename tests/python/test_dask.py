"""examples/dask_report.py on a real scheduler and two workers (separate processes, 127.0.0.1
only): the merged report equals one `liputan report` over the same archives byte for byte, also
when a worker is killed while its task runs."""
import os
import pathlib
import signal
import socket
import subprocess
import sys
import time

import pytest

from conftest import run

pytest.importorskip("distributed")
PYTHON = "/usr/bin/python3"  # Debian's, with distributed (not whatever python is first on PATH)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, what, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


class Cluster:
    """`dask scheduler` and two `dask worker`s (no nanny: the worker is the process we kill)."""

    def __init__(self, tmp_path):
        self.address = f"tcp://127.0.0.1:{free_port()}"
        self.logs = tmp_path
        self.processes = []
        self.scheduler = self.start("scheduler", "distributed.cli.dask_scheduler", "--host",
                                    "127.0.0.1", "--port", self.address.rsplit(":", 1)[1],
                                    "--no-dashboard")
        self.workers = [
            self.start(f"worker{i}", "distributed.cli.dask_worker", self.address, "--host",
                       "127.0.0.1", "--nthreads", "1", "--no-nanny", "--no-dashboard",
                       "--local-directory", str(tmp_path / f"w{i}"), "--name", f"w{i}")
            for i in range(2)
        ]
        wait_for(lambda: all("Starting established connection" in self.log(f"worker{i}")
                             or "Registered to" in self.log(f"worker{i}") for i in range(2)),
                 "two workers registered")

    def start(self, name, module, *args):
        log = open(self.logs / f"{name}.log", "w")
        process = subprocess.Popen([PYTHON, "-m", module, *args], stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        self.processes.append(process)
        return process

    def log(self, name):
        return (self.logs / f"{name}.log").read_text(errors="replace")

    def stop(self):
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture
def cluster(tmp_path):
    c = Cluster(tmp_path)
    yield c
    c.stop()


@pytest.fixture(scope="module")
def single_run(liputan_bin, archives, agencies, tmp_path_factory):
    """One `liputan report` over every archive, classified as `report -m` classifies (every
    label of every set, no thresholds)."""
    out = tmp_path_factory.mktemp("single")
    labeled = out / "labeled.jsonl"
    run(liputan_bin, "classify", "--top-k", "100", "--thresholds", "ignore", "-o", labeled,
        *archives)
    run(liputan_bin, "report", "--agencies", agencies, "--formats", "json,md", "-o",
        out / "report", labeled)
    return {p.name: p.read_bytes() for p in (out / "report").iterdir()}


def example(source_dir):
    return str(source_dir / "examples" / "dask_report.py")


def files(directory):
    return {p.name: p.read_bytes() for p in pathlib.Path(directory).iterdir()}


def test_dask_report_equals_single_run(cluster, source_dir, archives, agencies, single_run,
                                       tmp_path):
    run(PYTHON, example(source_dir), "--scheduler", cluster.address, "--agencies", agencies,
        "-o", tmp_path / "out", *archives)
    assert set(single_run) == {"report.json", "report.md"}
    assert files(tmp_path / "out") == single_run
    # Both workers took part.
    assert all("liputan-task start" in cluster.log(f"worker{i}") for i in range(2))


def test_dask_report_survives_a_killed_worker(cluster, source_dir, archives, agencies,
                                             single_run, tmp_path):
    client = subprocess.Popen(
        [PYTHON, example(source_dir), "--scheduler", cluster.address, "--agencies", agencies,
         "-o", str(tmp_path / "out"), "--task-delay", "3", *archives],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: "liputan-task start" in cluster.log("worker0"), "a task on worker0")
        victim = cluster.log("worker0").split("liputan-task start ")[1].split("\n")[0]
        os.kill(cluster.workers[0].pid, signal.SIGKILL)  # mid-task: it sleeps 3 s first
        stdout, stderr = client.communicate(timeout=300)
    finally:
        if client.poll() is None:
            client.kill()
    assert client.returncode == 0, stderr
    assert cluster.workers[0].wait(timeout=10) == -signal.SIGKILL
    # The lost task ran again on the other worker.
    assert f"liputan-task start {victim}" in cluster.log("worker1")
    assert files(tmp_path / "out") == single_run
