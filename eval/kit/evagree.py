#!/usr/bin/env python3
"""evagree.py GOLD IAA: of the event keys both codings share, how many have an evidence string overlapping."""
import sys, json
sys.path.insert(0, '/work/shared/tools'); from score import event_key, load
G, I = load(sys.argv[1]), load(sys.argv[2]); both = ov = 0
for sid, g in G.items():
    ge, ie = {}, {}
    for e in g.get('events', []): ge.setdefault(event_key(e), []).append(e.get('evidence') or '')
    for e in (I.get(sid) or {}).get('events', []): ie.setdefault(event_key(e), []).append(e.get('evidence') or '')
    for k in ge.keys() & ie.keys():
        both += 1
        ov += any(a and b and (a in b or b in a or len(set(a.split()) & set(b.split())) >= 0.5 * min(len(a.split()), len(b.split()))) for a in ge[k] for b in ie[k])
print(f"evidence overlaps on {ov}/{both} shared keys")
