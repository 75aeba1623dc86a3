#!/usr/bin/env python3
"""bulkdiff.py A B [N]: events/stances added/removed per story between two prediction files; print N sample changes."""
import json, sys, random
sys.path.insert(0, "/work/shared/tools"); from score import event_key, stance_key
def ld(p): return {json.loads(l)["id"]: json.loads(l) for l in open(p)}
A, B = ld(sys.argv[1]), ld(sys.argv[2]); N = int(sys.argv[3]) if len(sys.argv) > 3 else 0
ea = er = sa = sr = 0; ch = []
for k in B:
    a, b = A.get(k, {}), B[k]
    e1 = {event_key(e): e.get("evidence") for e in a.get("events") or []}; e2 = {event_key(e): e.get("evidence") for e in b.get("events") or []}
    s1 = {stance_key(s): s.get("evidence") for s in a.get("stances") or []}; s2 = {stance_key(s): s.get("evidence") for s in b.get("stances") or []}
    add = [("+ev", x, e2[x]) for x in e2.keys() - e1.keys()] + [("+st", x, s2[x]) for x in s2.keys() - s1.keys()]
    rem = [("-ev", x, e1[x]) for x in e1.keys() - e2.keys()] + [("-st", x, s1[x]) for x in s1.keys() - s2.keys()]
    ea += len(e2.keys() - e1.keys()); er += len(e1.keys() - e2.keys()); sa += len(s2.keys() - s1.keys()); sr += len(s1.keys() - s2.keys())
    if add or rem: ch.append((k, add + rem))
print(f"stories changed {len(ch)}; events +{ea} -{er}; stances +{sa} -{sr}")
for k, c in random.Random(1).sample(ch, min(N, len(ch))):
    print("==", k); [print("  ", *x) for x in c]
