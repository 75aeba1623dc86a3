"""typecount.py SNAP [SET...]: found, false and missed event keys and headlines right per PLOVER type over the tune sets (or the named sets)."""
import sys, json, collections
sys.path.insert(0, '/work/shared/tools')
from score import event_key, headline_key, load
snap = sys.argv[1]; names = sys.argv[2:] or [l.strip() for l in open('/work/lead/tunesets.txt') if l.strip()]
C = collections.defaultdict(lambda: [0,0,0]); H=collections.defaultdict(lambda:[0,0])
for n in names:
    gp = '/work/shared/corpus/real/gold-dev.jsonl' if n=='dev' else f'/work/main/eval/styles/{n}-gold.jsonl'
    G = load(gp); P = load(f'{snap}/{n}.jsonl')
    for sid, g in G.items():
        gk = {event_key(e) for e in g.get('events', [])}
        pk = {event_key(e) for e in (P.get(sid, {}).get('events') or [])}
        for k in gk&pk: C[k[1]][0]+=1
        for k in pk-gk: C[k[1]][1]+=1
        for k in gk-pk: C[k[1]][2]+=1
        hk=headline_key(g.get('headline'))
        if hk: t=g['headline']['type']; H[t][0]+=1; H[t][1]+= hk==headline_key(P.get(sid,{}).get('headline'))
for t,(tp,fp,fn) in sorted(C.items(), key=lambda x:-sum(x[1])):
    print('%-10s tp %4d fp %3d fn %4d  P %.2f R %.2f  head %d/%d'%(t,tp,fp,fn,tp/max(1,tp+fp),tp/max(1,tp+fn),H[t][1],H[t][0]))
