#!/usr/bin/env python3
"""cmp.py A [B]: score snapshot dirs against gold (dev with folds, every style set); B optional for deltas."""
import sys, json, glob, os, subprocess
sys.path.insert(0, "/work/shared/tools")
from score import load, score
import folds as F
ST = "/work/main/eval/styles"
def rows(d):
    out = {}
    gold = load("/work/shared/corpus/real/gold-dev.jsonl")
    p = os.path.join(d, "dev.jsonl")
    if os.path.exists(p):
        pred = load(p)
        fo = {}
        for sid, g in gold.items():
            fo.setdefault(F.fold_of(sid), {})[sid] = g
        out["dev"] = score(gold, pred)[0]
        for k, g in sorted(fo.items()):
            out["dev:" + k] = score(g, pred)[0]
    for gp in sorted(glob.glob(ST + "/*-gold.jsonl")) + sorted(glob.glob("/work/fresh*/fresh*-gold.jsonl")):
        n = os.path.basename(gp)[:-len("-gold.jsonl")]
        pp = os.path.join(d, n + ".jsonl")
        if os.path.exists(pp) and n not in out:
            out[n] = score(load(gp), load(pp))[0]
    return out
def fmt(r):
    e = r["events"]; return e["f1"], e["precision"], e["recall"], r["stances"]["f1"], r["headline_accuracy"]
A = rows(sys.argv[1]); B = rows(sys.argv[2]) if len(sys.argv) > 2 else None
print(f"{'set':22} {'evF1':>6} {'P':>6} {'R':>6} {'stF1':>6} {'head':>6}" + ("   dEv    dSt   dHead" if B else ""))
for k, r in A.items():
    a = fmt(r); s = f"{k:22} " + " ".join(f"{x:6.3f}" for x in a)
    if B and k in B:
        b = fmt(B[k]); s += f" {b[0]-a[0]:+6.3f} {b[3]-a[3]:+6.3f} {b[4]-a[4]:+6.3f}"
    print(s)
