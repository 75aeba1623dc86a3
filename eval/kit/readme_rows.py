#!/usr/bin/env python3
"""readme_rows.py FINAL README: rewrite the numbers of the README accuracy rows for dev, folds and style probes."""
import re, sys
sys.path.insert(0, "/work/shared/tools")
from score import load, score
import folds as F
fin, readme = sys.argv[1], sys.argv[2]
ST = "/work/main/eval/styles"
def cells(r):
    e = r["events"]
    return [f"{e['f1']:.3f} ({e['precision']:.3f} / {e['recall']:.3f})", f"{r['headline_accuracy']:.3f}",
            f"{r['date_accuracy']:.3f}", f"{r['stances']['f1']:.3f} / {r['stances_relaxed']['f1']:.3f}"]
gold = load("/work/shared/corpus/real/gold-dev.jsonl"); pred = load(f"{fin}/dev.jsonl")
fo = {}
for sid, g in gold.items(): fo.setdefault(F.fold_of(sid), {})[sid] = g
dev = {"dev gold, all": score(gold, pred)[0], "fold: White House readouts": score(fo["wh-readouts"], pred)[0],
       "fold: White House statements": score(fo["wh-statements"], pred)[0], "fold: Kremlin": score(fo["others"], pred)[0]}
out = []
for line in open(readme).read().split("\n"):
    m = re.match(r"\| (?:style probes, )?(\w+) \(", line) if line.startswith("| style probes") else None
    key = next((k for k in dev if line.startswith("| " + k) or line.startswith("| &nbsp; " + k)), None)
    r = None
    if m and not line.startswith("| **"):
        n = m.group(1); r = score(load(f"{ST}/{n}-gold.jsonl"), load(f"{fin}/{n}.jsonl"))[0]
    elif key:
        r = dev[key]
    if r:
        parts = line.split(" | ")
        c = cells(r)
        if key and key != "dev gold, all":
            c[3] = f"{r['stances']['f1']:.3f}"
        line = " | ".join([parts[0]] + c) + " |"
    out.append(line)
open(readme, "w").write("\n".join(out))
