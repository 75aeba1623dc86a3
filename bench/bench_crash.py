"""SIGKILL `readout ingest` at random moments, rerun it, and compare the store with an uninterrupted run.

Run from the repo root:  .venv/bin/python bench/bench_crash.py [--limit 1000] [--kills 20]

Takes the first --limit statements of ../shared/corpus/bulk/whitehouse-statements.jsonl.gz, ingests
them once without interruption, then again into a second file while killing the ingest with SIGKILL
--kills times at random moments (each kill a fresh `readout ingest` of the same input, killed
--min to --max seconds after it started), then lets a last run finish. After every kill the file
must pass `PRAGMA integrity_check` and hold no story twice; at the end its stories, events, stances,
actors and a digest of all of them must equal the uninterrupted run's. Prints a table.

The code is copied to a temporary folder first, so that edits to the working tree during the
run cannot make the two stores differ; the per-story time budget is off for the same reason.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from readout.store import fingerprint, stored_count

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "../shared/corpus/bulk/whitehouse-statements.jsonl.gz"


def main() -> None:
    """Run the benchmark and print its table."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=1000, help="the first N statements")
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--min", type=float, default=8.0, help="earliest kill, seconds after start")
    ap.add_argument("--max", type=float, default=20.0, help="latest kill, seconds after start")
    ap.add_argument("--batch-size", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--clean", metavar="DB", help="reuse this uninterrupted run's file")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench_crash-"))
    shutil.copytree(ROOT / "src", tmp / "src")  # a frozen copy of the code
    env = {**os.environ, "PYTHONPATH": str(tmp / "src"), "READOUT_STORY_SECONDS": "0"}
    src = tmp / "slice.jsonl"
    with gzip.open(args.input, "rt", encoding="utf-8") as f, open(src, "w", encoding="utf-8") as out:
        out.writelines(itertools.islice(f, args.limit))

    def ingest(db: Path) -> list[str]:
        return [sys.executable, "-m", "readout", "ingest", str(src), "--db", str(db),
                "--batch-size", str(args.batch_size)]

    clean = Path(args.clean) if args.clean else tmp / "clean.db"
    t0 = time.perf_counter()
    if not args.clean:
        r = subprocess.run(ingest(clean), env=env, capture_output=True, text=True)
        print(f"uninterrupted run: {time.perf_counter() - t0:.0f} s, exit {r.returncode}, "
              f"{r.stdout.strip()}")
    want = fingerprint(clean)

    rng = random.Random(args.seed)
    db = tmp / "killed.db"
    print(f"\n{'kill':>4} {'after s':>8} {'stories before':>15} {'after':>6} {'integrity':>10} "
          f"{'dup ids':>8}")
    failures = 0
    kills = 0
    while kills < args.kills:
        before = stored_count(db)
        delay = rng.uniform(args.min, args.max)
        proc = subprocess.Popen(ingest(db), env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            proc.wait(delay)
            print(f"   - run finished before its kill at {delay:.1f} s; the file is complete")
            break
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        kills += 1
        d = fingerprint(db) if db.exists() else {"integrity": "no file", "stories": 0, "duplicate_ids": 0}
        ok = d["integrity"] in ("ok", "no file") and d["duplicate_ids"] == 0
        failures += not ok
        print(f"{kills:4d} {delay:8.1f} {before:15d} {d['stories']:6d} {d['integrity']:>10} "
              f"{d['duplicate_ids']:8d}")
    r = subprocess.run(ingest(db), env=env, capture_output=True, text=True)
    print(f"final run: exit {r.returncode}, {r.stdout.strip()}")
    got = fingerprint(db)
    print(f"\n{'':12} {'stories':>8} {'events':>8} {'stances':>8} {'actors':>8} {'integrity':>10} "
          f"{'digest':>17}")
    for name, d in (("uninterrupted", want), ("killed+rerun", got)):
        print(f"{name:12} {d['stories']:8d} {d['events']:8d} {d['stances']:8d} {d['actors']:8d} "
              f"{d['integrity']:>10} {d['digest']:>17}")
    same = got == want
    print(f"\n{kills} kills, {failures} bad checks after a kill; final store "
          f"{'IDENTICAL to' if same else 'DIFFERENT from'} the uninterrupted run; "
          f"{time.perf_counter() - t0:.0f} s in all")
    shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(0 if same and not failures else 1)


if __name__ == "__main__":
    main()
