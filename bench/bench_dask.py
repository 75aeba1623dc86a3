"""Scaling on Dask: code the same bulk statements on a local cluster of 1 and of 2 workers, load
the shards into SQLite, and time the same event query on SQLite and on the shards with DuckDB.

Run from the repo root:  .venv/bin/python bench/bench_dask.py [--limit 200] [--workers 1 2]
"""
from __future__ import annotations

import argparse
import tempfile
import time
from itertools import islice
from pathlib import Path

from readout.query import events
from readout.scale import events_from_parquet, load_shards, shard_stories
from readout.stories import iter_stories
from readout.store import Store

DEFAULT = Path(__file__).resolve().parents[1] / "../shared/corpus/bulk/whitehouse-statements.jsonl.gz"


def main() -> None:
    """Run the benchmark and print a table."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("input", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--partition-size", type=int, default=25)
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="readout-dask-"))
    print(f"input {args.input}, first {args.limit} stories, partitions of {args.partition_size}")
    print(f"{'workers':>7} {'seconds':>8} {'stories/s':>10} {'speed-up':>9} {'shard files':>12}")
    first = None
    for w in args.workers:
        out = tmp / f"shards-{w}"
        counts = shard_stories(islice(iter_stories([args.input]), args.limit), out, workers=w,
                               partition_size=args.partition_size)
        first = first or counts.seconds
        print(f"{w:7} {counts.seconds:8.1f} {counts.stories / counts.seconds:10.2f} "
              f"{first / counts.seconds:8.2f}x {counts.files:12}")
    shards = tmp / f"shards-{args.workers[-1]}"
    with Store(tmp / "bench.db") as store:
        t = time.perf_counter()
        counts = load_shards(shards, store)
        print(f"load into SQLite: {time.perf_counter() - t:.1f} s, stored {counts.stored}")
        for label, kwargs in (("--actor CHN", {"actor": "CHN"}), ("--type CONSULT", {"type": "CONSULT"})):
            t = time.perf_counter()
            n_sql = len(events(store, reports=True, **kwargs))
            sql_ms = 1000 * (time.perf_counter() - t)
            t = time.perf_counter()
            n_pq = len(events_from_parquet(shards, **kwargs))
            pq_ms = 1000 * (time.perf_counter() - t)
            print(f"events {label:15} SQLite {sql_ms:7.1f} ms ({n_sql} reports)   "
                  f"DuckDB on shards {pq_ms:7.1f} ms ({n_pq} reports)")


if __name__ == "__main__":
    main()
