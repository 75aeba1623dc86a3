#!/usr/bin/env python3
"""keys.py PRED OUT [JUDGED...]: one line per distinct (story, source, type, target) coded, with evidences; skip keys judged."""
import json, sys
sys.path.insert(0, "/work/shared/tools"); from score import event_key
pred, out, judged = sys.argv[1], sys.argv[2], sys.argv[3:]
done = set()
for j in judged:
    for l in open(j):
        d = json.loads(l); done.add((d["id"], d["source"], d["type"], d["target"]))
n = 0
with open(out, "w") as o:
    for l in open(pred):
        d = json.loads(l); seen = {}
        for e in d.get("events") or []:
            k = event_key(e)
            seen.setdefault(k, []).append({"evidence": e.get("evidence"), "mode": e.get("mode")})
        for (s, t, tg), ev in seen.items():
            if (d["id"], s, t, tg) in done: continue
            o.write(json.dumps({"id": d["id"], "source": s, "type": t, "target": tg, "mentions": ev}) + "\n"); n += 1
print(n, "keys")
