#!/usr/bin/env python3
"""stclass.py SNAP: classify missed and false stance keys over the tune sets; write st-<class>.txt."""
import sys, json, collections
sys.path.insert(0, '/work/shared/tools')
from score import stance_key, load
snap = sys.argv[1]
names = [l.strip() for l in open('/work/lead/tunesets.txt') if l.strip()]
out = collections.defaultdict(list)
for n in names:
    gp = '/work/shared/corpus/real/gold-dev.jsonl' if n == 'dev' else f'/work/main/eval/styles/{n}-gold.jsonl'
    G = load(gp); P = load(f'{snap}/{n}.jsonl')
    for sid, g in G.items():
        p = P.get(sid, {})
        gs = {stance_key(s): s.get('evidence', '') for s in g.get('stances', [])}
        ps = {stance_key(s): s.get('evidence', '') for s in p.get('stances') or []}
        for k in set(gs) - set(ps):
            h, pol, iss, tw = k
            same = [x for x in ps if x[2] == iss]
            if not same: c = 'miss-issue-nowhere'
            elif any(x[0] == h and x[1] == pol for x in same): c = 'miss-wrong-toward'
            elif any(x[0] == h for x in same): c = 'miss-wrong-polarity'
            elif any(x[1] == pol for x in same): c = 'miss-wrong-holder'
            else: c = 'miss-other'
            out[c].append(f"{n} | {sid[:60]} | gold {k} | coded same issue: {same[:3]} | {gs[k][:160]!r}")
        for k in set(ps) - set(gs):
            same = [x for x in gs if x[2] == k[2]]
            c = 'false-issue-not-in-gold' if not same else 'false-other-key'
            out[c].append(f"{n} | {sid[:60]} | coded {k} | gold same issue: {same[:3]} | {ps[k][:160]!r}")
for c, rows in sorted(out.items(), key=lambda x: -len(x[1])):
    print(c, len(rows))
    open(f'st-{c}.txt', 'w').write('\n'.join(rows) + '\n')
