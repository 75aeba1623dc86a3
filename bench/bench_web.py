"""Time each page of the web app over the White House statements: median and 95th percentile.

Run from the repo root:  .venv/bin/python bench/bench_web.py [--db FILE] [-n N]
Without --db it ingests ../shared/corpus/bulk/whitehouse-statements.jsonl.gz into a temporary file
first (as bench/bench_ingest.py does; several minutes). Give the file that
`bench/bench_ingest.py --keep FILE` wrote to skip that.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
import warnings
from pathlib import Path

from readout.store import Store

DEFAULT = Path("../shared/corpus/bulk/whitehouse-statements.jsonl.gz")
QUERIES = ["Ukraine", "sanctions", '"phone call"', "climate AND China", "Taiwan", "vaccine",
           "NATO", "Iran nuclear", "trade", "humanitarian assistance"]


def ingest(source: str, db: str) -> None:
    """Code and store the statements as `readout ingest` does."""
    from readout import pipeline
    from readout.stories import iter_stories

    bad: list = []
    t0 = time.perf_counter()
    with Store(db) as store:
        counts = store.ingest_stories(iter_stories([source], on_error=bad.append),
                                      code_many=lambda todo: pipeline.code_stories(
                                          todo, on_error=bad.append))
    print(f"ingested {counts.stored} stories in {time.perf_counter() - t0:.0f} s")


def urls(db: str, n: int, rng: random.Random) -> dict[str, list[str]]:
    """N request paths per page type, drawn from what the database holds."""
    from urllib.parse import quote

    with Store(db) as store:
        c = store.conn
        # Starlette's TestClient decodes a path twice: ids holding a literal % (some White House
        # slugs) would 404 here though a real server serves them; leave them out.
        ids = [r[0] for r in c.execute("SELECT id FROM stories WHERE instr(id, '%') = 0")]
        dyads = [f"{a}-{b}" for a, b in c.execute(
            "SELECT MIN(source, target), MAX(source, target) FROM events WHERE source != target"
            " GROUP BY 1, 2 ORDER BY COUNT(*) DESC LIMIT 50")]
        cells = [tuple(r) for r in c.execute(
            "SELECT holder, issue FROM stances GROUP BY 1, 2 ORDER BY COUNT(*) DESC LIMIT 50")]
    pick = lambda xs: [xs[rng.randrange(len(xs))] for _ in range(n)]  # noqa: E731
    return {
        "overview /": ["/"] * n,
        "story /stories/{id}": [f"/stories/{quote(i)}" for i in pick(ids)],
        "search /search?q=": [f"/search?q={quote(q)}" for q in pick(QUERIES)],
        "search + filters": [f"/search?q={quote(q)}&since=2022-01-01&actor=USA&type=CONSULT"
                             for q in pick(QUERIES)],
        "dyad /dyads/{A}-{B}": [f"/dyads/{d}" for d in pick(dyads)],
        "stances /stances": ["/stances"] * n,
        "stance evidence": [f"/stances?holder={h}&issue={i}" for h, i in pick(cells)],
        "compare /compare": [f"/compare?a={quote(a)}&b={quote(b)}"
                             for a, b in zip(pick(ids), pick(ids))],
        "api /api/stories/{id}": [f"/api/stories/{quote(i)}" for i in pick(ids)],
        "api /api/dyads/{A}-{B}": [f"/api/dyads/{d}" for d in pick(dyads)],
    }


def main() -> None:
    """Run the benchmark and print its numbers."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", help="an ingested database (else ingest the statements first)")
    ap.add_argument("--input", default=str(DEFAULT))
    ap.add_argument("-n", type=int, default=50, help="requests per page type")
    args = ap.parse_args()

    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

    from readout.web.app import create_app

    tmp = tempfile.TemporaryDirectory()
    db = args.db or os.path.join(tmp.name, "bench.db")
    if not args.db:
        ingest(args.input, db)
    with Store(db) as store:
        counts = store.counts()
    print(f"database  {db}: {counts}")
    client = TestClient(create_app(db))
    rng = random.Random(5)
    pages = urls(db, args.n, rng)
    client.get("/")  # warm up: templates compiled, spaCy's stop words loaded by a compare
    client.get(pages["compare /compare"][0])
    print(f"{'page':28} {'n':>4} {'median ms':>10} {'p95 ms':>8} {'max ms':>8} {'KB':>6}")
    for name, paths in pages.items():
        times, sizes = [], []
        for path in paths:
            t0 = time.perf_counter()
            r = client.get(path)
            times.append((time.perf_counter() - t0) * 1000)
            sizes.append(len(r.content))
            if r.status_code != 200:
                raise SystemExit(f"{path}: {r.status_code} {r.text[:200]}")
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
        print(f"{name:28} {len(times):4d} {statistics.median(times):10.1f} {p95:8.1f} "
              f"{times[-1]:8.1f} {statistics.median(sizes) / 1024:6.0f}")


if __name__ == "__main__":
    main()
