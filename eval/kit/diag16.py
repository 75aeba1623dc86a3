#!/usr/bin/env python3
"""diag16.py SNAPDIR SET... [--show CLASS]: classify each missed gold event of the named sets (dev = the dev gold)."""
import json, sys, collections
sys.path.insert(0, '/work/shared/tools')
from score import event_key, load
HELD = {'fresh81', 'fresh82', 'fresh83'}
def paths(n):
    if n == 'dev':
        return '/work/shared/corpus/real/stories.jsonl', '/work/shared/corpus/real/gold-dev.jsonl'
    return f'/work/main/eval/styles/{n}.jsonl', f'/work/main/eval/styles/{n}-gold.jsonl'
def run(n, snap):
    sp, gp = paths(n); S = load(sp); G = load(gp); P = load(f'{snap}/{n}.jsonl')
    if n == 'dev':
        import glob
        for f in glob.glob('/work/shared/seed/*.jsonl'): S.update(load(f))
    out = []
    for sid, g in G.items():
        p = P.get(sid, {}); text = (S.get(sid) or {}).get('text', '')
        pk = {event_key(e) for e in p.get('events') or []}
        for e in g.get('events', []):
            k = event_key(e)
            if k in pk: continue
            ev = e.get('evidence') or ''; i = text.find(ev) if ev else -1; j = i + len(ev)
            over = [q for q in p.get('events') or [] if i >= 0 and q.get('start') is not None and q['start'] < j and q['end'] > i]
            s, ty, t = k
            if over:
                c = 'span-same-type-other-actors' if any((q['type'] or '').upper() == ty for q in over) else 'span-other-type'
            else:
                c = 'same-type-one-actor-elsewhere' if any(q[1] == ty and (q[0] == s or q[2] == t) for q in pk) else 'nothing'
            out.append((c, n, sid, k, ev, sorted({event_key(q) for q in over}, key=str)))
    return out
if __name__ == '__main__':
    args = sys.argv[1:]; show = None
    if '--show' in args:
        i = args.index('--show'); show = args[i + 1]; del args[i:i + 2]
    snap, sets = args[0], args[1:]
    bad = HELD & set(sets)
    if bad: sys.exit(f'Error: {sorted(bad)} are held out this session')
    allrows = [r for n in sets for r in run(n, snap)]
    cat = collections.Counter(r[0] for r in allrows)
    bytype = collections.Counter((r[0], r[3][1]) for r in allrows)
    print('missed events by class:', dict(cat))
    for c in cat:
        print(' ', c, dict(collections.Counter({t: v for (cc, t), v in bytype.items() if cc == c}).most_common()))
    if show:
        for r in allrows:
            if r[0] == show: print(r[1], r[2][:50], r[3], repr(r[4][:120]), r[5][:3])
