"""List coded events of the wrong type: a spurious event whose actor pair matches a missed gold event.

usage: python bench/type_confusions.py GOLD.jsonl PRED.jsonl [--counts]
Keys as shared/tools/score.py. A spurious coded event (source, TYPE, target) is a type confusion when a
gold event that was missed has the same pair, in either order for CONSULT and COOPERATE, else in the same
order (a null target matches a null target). Prints each with both evidences; --counts prints only the
(coded -> gold) type counts.
"""
import argparse
from collections import Counter

from readout.evaluate import event_key as key, load_jsonl as load
from readout.cameo import types_with

SYMMETRIC = types_with("symmetric")


def same_pair(a, b):
    """Whether coded key `a` and gold key `b` join the same actors (unordered if either is symmetric)."""
    if a[1] in SYMMETRIC or b[1] in SYMMETRIC:
        return {a[0], a[2]} == {b[0], b[2]}
    return (a[0], a[2]) == (b[0], b[2])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold"); ap.add_argument("pred")
    ap.add_argument("--counts", action="store_true", help="type-pair counts only")
    a = ap.parse_args()
    gold, pred = load(a.gold), load(a.pred)
    counts = Counter()
    for sid, g in gold.items():
        gs = {key(e): e for e in g.get("events", [])}
        ps = {key(e): e for e in (pred.get(sid, {}).get("events") or [])}
        missed = [k for k in gs if k not in ps]
        for k in sorted(set(ps) - set(gs), key=str):
            hits = [m for m in missed if same_pair(k, m) and m[1] != k[1]]
            if not hits:
                continue
            counts[(k[1], "/".join(sorted({m[1] for m in hits})))] += 1
            if not a.counts:
                print(f"{sid}  coded {k}  | {ps[k].get('evidence') or ''}")
                for m in hits:
                    print(f"    gold {m}  | {gs[m].get('evidence') or ''}")
    for (c, g), n in counts.most_common():
        print(f"{n:4}  {c} -> {g}")


if __name__ == "__main__":
    main()
