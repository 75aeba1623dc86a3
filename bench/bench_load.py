"""50 concurrent clients on `readout serve` over the White House statements: errors, median, p95.

Run from the repo root:  .venv/bin/python bench/bench_load.py --db FILE [--clients 50] [--seconds 30]

Starts `readout serve` on 127.0.0.1 (only there) at a free port over FILE (the file that
`bench/bench_ingest.py --keep FILE` wrote; without --db the statements are ingested into a
temporary file first, which takes many minutes), then runs --clients concurrent clients
(httpx, asyncio) for --seconds over a mix of pages: overview, stories, search with and without
filters, dyads, stances, compare and the JSON twins. An error is any response that is not a 200,
a body that mentions "database is locked", or a failed connection. Prints the error count, the
median and 95th-percentile latency in all and per page type, and the requests per second.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

HOST = "127.0.0.1"  # never anything else: the store is not for other machines
DEFAULT = Path(__file__).resolve().parents[1] / "../shared/corpus/bulk/whitehouse-statements.jsonl.gz"
QUERIES = ["Ukraine", "sanctions", '"phone call"', "climate AND China", "Taiwan", "vaccine", "NATO",
           "Iran nuclear", "trade", "humanitarian assistance"]


def page_mix(db: str, rng: random.Random) -> list[tuple[str, str]]:
    """(page type, path) pairs drawn from what the database holds, shuffled."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    ids = [r[0] for r in conn.execute("SELECT id FROM stories")]
    dyads = [f"{a}-{b}" for a, b in conn.execute(
        "SELECT MIN(source, target), MAX(source, target) FROM events WHERE source != target"
        " GROUP BY 1, 2 ORDER BY COUNT(*) DESC LIMIT 50")]
    cells = [tuple(r) for r in conn.execute(
        "SELECT holder, issue FROM stances GROUP BY 1, 2 ORDER BY COUNT(*) DESC LIMIT 50")]
    top = conn.execute("SELECT code FROM actors GROUP BY code ORDER BY COUNT(*) DESC").fetchone()
    conn.close()
    actor = top[0] if top else "USA"
    q = lambda s: quote(s, safe="")  # noqa: E731
    kinds = {
        "overview": lambda: "/",
        "story": lambda: f"/stories/{q(rng.choice(ids))}",
        "search": lambda: f"/search?q={q(rng.choice(QUERIES))}",
        "search+filters": lambda: f"/search?q={q(rng.choice(QUERIES))}&since=2022-01-01&actor={actor}",
        "dyad": lambda: f"/dyads/{rng.choice(dyads)}",
        "stances": lambda: "/stances",
        "stance evidence": lambda: "/stances?holder={}&issue={}".format(*map(q, rng.choice(cells))),
        "compare": lambda: f"/compare?a={q(rng.choice(ids))}&b={q(rng.choice(ids))}",
        "api story": lambda: f"/api/stories/{q(rng.choice(ids))}",
        "api dyad": lambda: f"/api/dyads/{rng.choice(dyads)}",
        "api overview": lambda: "/api/overview",
    }
    if not dyads:
        kinds = {k: v for k, v in kinds.items() if "dyad" not in k}
    if not cells:
        del kinds["stance evidence"]
    mix = [(kind, make()) for kind, make in kinds.items() for _ in range(200)]
    rng.shuffle(mix)
    return mix


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(db: str, port: int) -> subprocess.Popen:
    """`readout serve` in a subprocess; returns once it answers."""
    import httpx

    # The `readout serve` command itself (cli_web.serve_cmd), whether or not cli.py lists it yet.
    proc = subprocess.Popen([sys.executable, "-c", "from readout.cli_web import serve_cmd; serve_cmd()",
                             "--db", db, "--host", HOST, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    for _ in range(600):
        try:
            if httpx.get(f"http://{HOST}:{port}/api/overview", timeout=30).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise SystemExit(f"readout serve exited: {proc.stderr.read().decode()[-2000:]}")
        time.sleep(0.1)
    proc.kill()
    raise SystemExit("readout serve did not answer within a minute")


async def run_clients(base: str, mix: list[tuple[str, str]], clients: int, seconds: float):
    """Each client takes the next page of the mix until time is up; returns the results."""
    import httpx

    results: list[tuple[str, int | str, float]] = []
    stop_at = time.monotonic() + seconds
    counter = iter(range(10**9))
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(c: httpx.AsyncClient):
        while time.monotonic() < stop_at:
            kind, path = mix[next(counter) % len(mix)]
            t0 = time.perf_counter()
            try:
                r = await c.get(path)
                status: int | str = r.status_code
                if status == 200 and b"database is locked" in r.content:
                    status = "locked"
            except httpx.HTTPError as e:
                status = type(e).__name__
            results.append((kind, status, (time.perf_counter() - t0) * 1000))

    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as c:
        await asyncio.gather(*(client(c) for _ in range(clients)))
    return results


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(round(p * len(values))) - 1))]


def main() -> None:
    """Run the benchmark and print its numbers."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="an ingested database (else ingest the statements first)")
    ap.add_argument("--input", default=str(DEFAULT))
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory()
    db = args.db or os.path.join(tmp.name, "bench.db")
    if not args.db:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from bench_web import ingest  # the same ingest as bench_web

        ingest(args.input, db)
    port = free_port()
    server = start_server(db, port)
    try:
        mix = page_mix(db, random.Random(args.seed))
        base = f"http://{HOST}:{port}"
        t0 = time.perf_counter()
        results = asyncio.run(run_clients(base, mix, args.clients, args.seconds))
        elapsed = time.perf_counter() - t0
    finally:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    errors = [r for r in results if r[1] != 200]
    times = [ms for _, _, ms in results]
    import sqlite3

    n = sqlite3.connect(db).execute("SELECT COUNT(*) FROM stories").fetchone()[0]
    print(f"database   {db} ({n} stories)")
    print(f"load       {args.clients} concurrent clients, {elapsed:.1f} s, {len(results)} requests "
          f"= {len(results) / elapsed:.1f} requests/s, against http://{HOST}:{port}/")
    print(f"errors     {len(errors)}" + (f"  e.g. {errors[:5]}" if errors else ""))
    print(f"latency    median {statistics.median(times):.0f} ms, p95 {pct(times, 0.95):.0f} ms, "
          f"max {max(times):.0f} ms")
    by_kind = defaultdict(list)
    for kind, _, ms in results:
        by_kind[kind].append(ms)
    print(f"\n{'page':16} {'n':>5} {'median ms':>10} {'p95 ms':>8}")
    for kind, ms in sorted(by_kind.items()):
        print(f"{kind:16} {len(ms):5d} {statistics.median(ms):10.0f} {pct(ms, 0.95):8.0f}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
