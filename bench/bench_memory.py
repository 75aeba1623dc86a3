"""Memory over a long run: `readout code --workers N` over the whole bulk file, RSS sampled.

Prints the peak RSS (the readout process and its workers, summed; forked workers share pages with
their parent, so this counts those twice), the peak PSS (shared pages split between the processes
that share them: what the run really occupies) and the peak RSS so far at each tenth of the run,
so a reader sees whether memory stays flat or grows with the input.

Run from the repo root:  .venv/bin/python bench/bench_memory.py [INPUT] [--workers 2]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

import psutil

DEFAULT = Path(__file__).resolve().parents[1] / "../shared/corpus/bulk/whitehouse-statements.jsonl.gz"


def main() -> None:
    """Run the benchmark and print its numbers."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("input", nargs="?", default=str(DEFAULT))
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()

    cmd = [sys.executable, "-m", "readout", "code", "--workers", str(args.workers), args.input]
    t0 = time.perf_counter()
    with open("/dev/null", "w") as sink:
        proc = psutil.Popen(cmd, stdout=sink, stderr=subprocess.PIPE, text=True)
        trace, pss_peak = [], 0.0
        while proc.poll() is None:
            try:
                infos = [p.memory_full_info() for p in [proc, *proc.children(recursive=True)]]
                trace.append((time.perf_counter() - t0, sum(i.rss for i in infos) / 1e6))
                pss_peak = max(pss_peak, sum(i.pss for i in infos) / 1e6)
            except psutil.Error:
                pass
            time.sleep(0.2)
        err = proc.stderr.read()
    secs = time.perf_counter() - t0
    if proc.returncode:
        raise SystemExit(f"Error: readout code failed with exit code {proc.returncode}: {err[-500:]}")
    peak = max(r for _, r in trace)
    print(f"input {args.input}, {args.workers} workers: {secs:.0f} s, peak RSS {peak:.0f} MB, "
          f"peak PSS {pss_peak:.0f} MB")
    print("peak RSS so far at each tenth of the run (MB): " + " ".join(
        f"{max((r for t, r in trace if t <= secs * k / 10), default=0):.0f}" for k in range(1, 11)))
    print(f"load average at the end: {psutil.getloadavg()}; cores {psutil.cpu_count()}")


if __name__ == "__main__":
    main()
