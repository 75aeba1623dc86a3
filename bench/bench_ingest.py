"""Ingest the White House statements into a temporary database: stories/s, file size, dyad query time.

Run from the repo root:  .venv/bin/python bench/bench_ingest.py [INPUT] [--limit N] [--keep DB]
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from readout.query import dyad_series, events
from readout.store import Store

DEFAULT = Path("../shared/corpus/bulk/whitehouse-statements.jsonl.gz")


def main() -> None:
    """Run the benchmark and print its numbers."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("input", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=None, help="only the first N stories")
    ap.add_argument("--keep", metavar="DB", help="write here and keep it, instead of a temp file")
    ap.add_argument("--batch-size", type=int, default=100)
    args = ap.parse_args()

    from itertools import islice

    from readout import pipeline
    from readout.stories import iter_stories

    bad = []
    tmp = tempfile.TemporaryDirectory()
    db = args.keep or os.path.join(tmp.name, "bench.db")
    stories = islice(iter_stories([args.input], on_error=bad.append), args.limit)

    t0 = time.perf_counter()
    with Store(db) as store:
        counts = store.ingest_stories(
            stories, code_many=lambda todo: pipeline.code_stories(todo, on_error=bad.append),
            batch_size=args.batch_size)
        elapsed = time.perf_counter() - t0
        n = counts.stored + counts.replaced
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = os.path.getsize(db)
        table = store.counts()
        print(f"input            {args.input}")
        print(f"stories stored   {n} (skipped {counts.skipped}, bad {len(bad)})")
        print(f"ingest time      {elapsed:.1f} s = {n / elapsed:.1f} stories/s")
        print(f"rows             {table}")
        print(f"database size    {size / 1e6:.1f} MB")

        pairs = store.conn.execute(
            "SELECT source, target, COUNT(*) n FROM events WHERE source IS NOT NULL AND target"
            " IS NOT NULL AND source != target GROUP BY source, target ORDER BY n DESC LIMIT 1"
        ).fetchone()
        a, b = (pairs[0], pairs[1]) if pairs else ("USA", "CHN")
        for by in ("month", "week"):
            t = time.perf_counter()
            rows = dyad_series(store, a, b, by=by)
            print(f"dyad {a} {b} --by {by:5s} {1000 * (time.perf_counter() - t):.1f} ms, "
                  f"{len(rows)} rows")
        t = time.perf_counter()
        found = events(store, actor=a)
        print(f"events --actor {a}  {1000 * (time.perf_counter() - t):.1f} ms, {len(found)} events")
    tmp.cleanup()


if __name__ == "__main__":
    main()
