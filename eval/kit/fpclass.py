#!/usr/bin/env python3
"""fpclass.py SNAP: classify each false event key over the tune sets; write fp-<class>.txt (set | story | key | gold keys of the type | evidence)."""
import sys, json, collections
sys.path.insert(0, '/work/shared/tools')
from score import event_key, load
snap = sys.argv[1]
names = [l.strip() for l in open('/work/lead/tunesets.txt') if l.strip()]
out = collections.defaultdict(list)
for n in names:
    gp = '/work/shared/corpus/real/gold-dev.jsonl' if n == 'dev' else f'/work/main/eval/styles/{n}-gold.jsonl'
    G = load(gp); P = load(f'{snap}/{n}.jsonl')
    for sid, g in G.items():
        p = P.get(sid, {})
        gk = {event_key(e) for e in g.get('events', [])}
        ev = collections.defaultdict(list)
        for e in p.get('events') or []: ev[event_key(e)].append(e.get('evidence', ''))
        for k in set(ev) - gk:
            s, t, tg = k
            same_st = [x for x in gk if x[0] == s and x[1] == t]
            same_tt = [x for x in gk if x[1] == t and x[2] == tg]
            same_t = [x for x in gk if x[1] == t]
            if same_st: c = 'wrong-target'
            elif same_tt: c = 'wrong-source'
            elif same_t: c = 'type-other-actors'
            elif any(x[0] == s and x[2] == tg for x in gk): c = 'wrong-type'
            else: c = 'spurious'
            out[c].append(f"{n} | {sid[:60]} | {k} | gold of type: {sorted(same_t, key=str)[:4]} | {ev[k][0][:160]!r}")
for c, rows in sorted(out.items(), key=lambda x: -len(x[1])):
    print(c, len(rows))
    open(f'fp-{c}.txt', 'w').write('\n'.join(rows) + '\n')
