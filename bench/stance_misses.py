"""List missed and spurious stances (gold vs coder output) with their evidence, classed roughly.

usage: python bench/stance_misses.py GOLD.jsonl PRED.jsonl [--ids REGEX] [--counts]
Keys as shared/tools/score.py (holder, polarity, issue, toward). A miss whose relaxed key (no toward)
was found is classed `toward`; one whose (holder, issue) was found with the other polarity `polarity`;
one whose (polarity, issue, toward) was found for another holder `holder`; else `issue-absent` when no
issue phrase of issues.jsonl occurs in the gold evidence, else `not-found`. Spurious items are classed
the same way from the other side.
"""
import argparse, re, sys
from collections import Counter

from readout.evaluate import load_jsonl as load, stance_key as key


def issue_keys(text):
    from readout.issues import find_issues  # the coder's own issue matcher
    return {m.issue for m in find_issues(text)}


def classify(k, others):
    """Class an item missing from `others` (a set of keys) by the nearest key there."""
    h, p, i, t = k
    if any(o[:3] == k[:3] for o in others):
        return "toward"
    if any(o[0] == h and o[2] == i and o[1] != p for o in others):
        return "polarity"
    if any(o[1:] == k[1:] for o in others):
        return "holder"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold"); ap.add_argument("pred")
    ap.add_argument("--ids", default=None, help="only story ids matching this regex")
    ap.add_argument("--counts", action="store_true", help="class counts only")
    a = ap.parse_args()
    gold, pred = load(a.gold), load(a.pred)
    counts = Counter()
    for sid, g in gold.items():
        if a.ids and not re.search(a.ids, sid):
            continue
        gs = {key(s): s for s in g.get("stances", [])}
        ps = {key(s): s for s in (pred.get(sid, {}).get("stances") or [])}
        lines = []
        for k in sorted(set(gs) - set(ps), key=str):
            ev = gs[k].get("evidence") or ""
            cls = classify(k, set(ps))
            if cls is None:
                try:
                    found = issue_keys(ev)
                except Exception:  # noqa: BLE001 - the matcher's API may differ; class coarsely
                    found = {k[2]}
                cls = "not-found" if k[2] in found else "issue-absent"
            counts["miss:" + cls] += 1
            lines.append(f"  MISS  [{cls}] {k}  | {ev}")
        for k in sorted(set(ps) - set(gs), key=str):
            cls = classify(k, set(gs)) or "unmatched"
            counts["extra:" + cls] += 1
            lines.append(f"  EXTRA [{cls}] {k}  | {ps[k].get('evidence') or ''}")
        if lines and not a.counts:
            print(sid)
            print("\n".join(lines))
    print("\n".join(f"{c:24} {n}" for c, n in sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
