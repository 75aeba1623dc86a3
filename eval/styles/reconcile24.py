#!/usr/bin/env python3
"""Check the gold files edited by RECONCILE24 (see RECONCILE24.md).

For every edited set: each line is one JSON object with the gold fields; every event and stance
evidence is an exact substring of its story's text; types, issues, modes and actor codes are
the GUIDE's; no event or stance key is repeated; the headline is one of the story's events (or null); and
`python3 /work/shared/tools/score.py GOLD GOLD` scores 1.000 (gold against itself).
With --diff it also lists, per file, the gold lines that differ from the `main` branch.

usage: python3 eval/styles/reconcile24.py [--diff]
"""
import json, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldcheck import check_set as check_gold  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
HELD_OUT = {"fresh55", "fresh56", "fresh57"}  # held out in session 24: never edited

EDITED = [
    "fresh", "fresh2", "fresh4", "fresh5", "fresh6", "fresh7", "fresh9", "fresh10", "fresh12",
    "fresh13", "fresh14", "fresh17", "fresh18", "fresh19", "fresh20", "fresh22", "fresh23",
    "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31",
    "fresh32", "fresh34", "fresh38", "fresh41", "fresh42", "fresh43", "fresh44", "fresh47",
    "fresh49", "fresh50", "fresh52", "tune", "tune2",
]

def check_set(name):
    """Problems in NAME's gold (goldcheck.py)."""
    errs, lines = check_gold(HERE, name)
    return errs, len(lines)


def diff_main(name):
    rel = os.path.relpath(os.path.join(HERE, name + "-gold.jsonl"), subprocess.run(
        ["git", "-C", HERE, "rev-parse", "--show-toplevel"], capture_output=True, text=True).stdout.strip())
    old = subprocess.run(["git", "-C", HERE, "show", f"main:{rel}"], capture_output=True, text=True).stdout.splitlines()
    new = open(os.path.join(HERE, name + "-gold.jsonl"), encoding="utf-8").read().splitlines()
    return [json.loads(b)["id"] for a, b in zip(old, new) if a != b] if len(old) == len(new) else ["(line count changed)"]


def main():
    bad = sorted(set(EDITED) & HELD_OUT)
    if bad:
        print("held-out sets listed as edited:", bad)
        return 1
    total_errs = 0
    for name in EDITED:
        errs, n = check_set(name)
        total_errs += len(errs)
        status = "ok" if not errs else f"{len(errs)} problem(s)"
        extra = ""
        if "--diff" in sys.argv:
            ids = diff_main(name)
            extra = f"  {len(ids)} line(s) changed vs main: " + ", ".join(ids)
        print(f"{name:8s} {n:3d} stories  {status}{extra}")
        for e in errs:
            print("   ", e)
    print("all edited gold files pass" if not total_errs else f"{total_errs} problem(s)")
    return 1 if total_errs else 0


if __name__ == "__main__":
    sys.exit(main())
