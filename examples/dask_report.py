"""The report of many archive shards on a Dask cluster: each worker reads and classifies one shard
and returns its aggregation state (`liputan report --emit-state`'s text); the client merges the
states and writes the report, byte for byte what one `liputan report` over all the shards writes
(docs/report.md, "Splitting the work").

    python3 examples/dask_report.py --scheduler tcp://HOST:8786 --agencies agencies.csv \\
        -o out/ SHARD...            # without --scheduler: a local cluster of --workers processes

Every worker needs the liputan package (PYTHONPATH) and the shard paths (a shared filesystem).
A worker lost mid-task costs its task only: Dask runs it again elsewhere, and since a shard's
state depends on the shard alone, the report does not change.
"""
import argparse
import time


def shard_state(agencies, path, model, delay):
    """The map task: one shard → its state's text (a few kB to MB; no post text is kept but the
    report's example posts)."""
    import liputan  # on the worker

    print(f"liputan-task start {path}", flush=True)  # the failure test waits for this line
    time.sleep(delay)
    posts = liputan.classify_posts(model, liputan.read_archive(path), threads=1)
    return liputan.Report.from_posts(agencies, posts).state()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scheduler", help="scheduler address (default: start a local cluster)")
    parser.add_argument("--workers", type=int, default=2, help="local cluster: worker processes")
    parser.add_argument("--agencies", required=True, help="agency registry CSV")
    parser.add_argument("-m", "--model", help="model bundle (default: the default model)")
    parser.add_argument("-o", "--output", required=True, help="report folder")
    parser.add_argument("--formats", default="json,md")
    parser.add_argument("--task-delay", type=float, default=0.0,
                        help="seconds each task waits first (the failure test kills a worker then)")
    parser.add_argument("shards", nargs="+")
    args = parser.parse_args()

    from dask.distributed import Client, LocalCluster, as_completed

    import liputan

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, host="127.0.0.1",
                               dashboard_address=None)
        client = Client(cluster)
    try:
        # pure=False: a shard listed twice is read twice, as `liputan report` would.
        futures = client.map(shard_state, [args.agencies] * len(args.shards), args.shards,
                             [args.model] * len(args.shards),
                             [args.task_delay] * len(args.shards), pure=False)
        merged = None
        # Merged as they arrive: the merge is order-free, so the bytes are the same either way.
        for future in as_completed(futures):
            part = liputan.Report.from_state(args.agencies, future.result(), name=future.key)
            merged = part if merged is None else merged.merge(part)
        for path in merged.write(args.output, args.formats.split(",")):
            print(path)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    main()
