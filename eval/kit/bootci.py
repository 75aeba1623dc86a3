#!/usr/bin/env python3
"""bootci.py GOLD PRED [PRED_B] [--n N]: events F1 of PRED against GOLD with a 95% interval from resampling stories (N draws, default 2,000); with PRED_B, the paired interval of F1(PRED_B) - F1(PRED); aggregate only."""
import argparse, random, sys
sys.path.insert(0, "/work/shared/tools")
from score import event_key, load


def counts(gold, pred):
    """Per story (tp, fp, fn) of distinct event keys."""
    out = []
    for sid, g in gold.items():
        gk = {event_key(e) for e in g.get("events") or []}
        pk = {event_key(e) for e in (pred.get(sid) or {}).get("events") or []}
        out.append((len(gk & pk), len(pk - gk), len(gk - pk)))
    return out


def f1(rows):
    """Micro F1 over story rows."""
    tp = sum(r[0] for r in rows); fp = sum(r[1] for r in rows); fn = sum(r[2] for r in rows)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def paired(a, b):
    """F1(b) - F1(a) over the same story rows."""
    return f1(b) - f1(a)


def interval(draws):
    """The 2.5th and 97.5th percentiles of sorted draws."""
    return draws[int(0.025 * len(draws))], draws[int(0.975 * len(draws)) - 1]


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("gold"); ap.add_argument("pred"); ap.add_argument("pred_b", nargs="?")
    ap.add_argument("--n", type=int, default=2000)
    a = ap.parse_args()
    gold = load(a.gold)
    rows = counts(gold, load(a.pred))
    rng = random.Random(0)
    if not a.pred_b:
        lo, hi = interval(sorted(f1([rng.choice(rows) for _ in rows]) for _ in range(a.n)))
        print(f"events F1 {f1(rows):.3f}  95% interval {lo:.3f}-{hi:.3f}  ({len(rows)} stories)")
    else:
        rows_b = counts(gold, load(a.pred_b))
        draws = []
        for _ in range(a.n):
            pick = [rng.randrange(len(rows)) for _ in rows]
            draws.append(paired([rows[i] for i in pick], [rows_b[i] for i in pick]))
        lo, hi = interval(sorted(draws))
        print(f"events F1 {f1(rows):.3f} -> {f1(rows_b):.3f}  difference {paired(rows, rows_b):+.3f}"
              f"  95% interval {lo:+.3f} to {hi:+.3f}  ({len(rows)} stories)")
