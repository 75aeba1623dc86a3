#!/usr/bin/env python3
"""headcls.py SNAP: headline misses over tune sets: gold headline coded but another chosen / not coded / coder null."""
import sys, json, collections
sys.path.insert(0, '/work/shared/tools')
from score import event_key, headline_key, load
snap = sys.argv[1]
names = [l.strip() for l in open('/work/lead/tunesets.txt') if l.strip()]
c = collections.Counter(); rows = collections.defaultdict(list)
for n in names:
    gp = '/work/shared/corpus/real/gold-dev.jsonl' if n == 'dev' else f'/work/main/eval/styles/{n}-gold.jsonl'
    G = load(gp); P = load(f'{snap}/{n}.jsonl')
    for sid, g in G.items():
        p = P.get(sid, {}); h = g.get('headline'); ph = p.get('headline')
        if headline_key(h) == headline_key(ph): continue
        pk = {headline_key(e) for e in p.get('events') or []}
        if h is None: k = 'gold-null-coder-chose'
        elif ph is None: k = 'coder-null'
        elif headline_key(h) in pk: k = 'coded-not-chosen'
        else: k = 'not-coded'
        c[k] += 1
        rows[k].append(f"{n} | {sid[:70]} | gold {headline_key(h)} {(h or {}).get('evidence','')[:80]!r} | coder {headline_key(ph)} {(ph or {}).get('evidence','')[:80]!r}")
print(c)
for k, r in rows.items(): open(f'head-{k}.txt', 'w').write('\n'.join(r) + '\n')
