#!/usr/bin/env python3
"""tally.py SNAP [STYLESDIR]: summed events/stances tp fp fn and headlines over the 74 tune sets, and per family of publisher (WH / Kremlin / others)."""
import sys, json, collections
sys.path.insert(0, '/work/shared/tools')
from score import load, score, event_key, headline_key
snap = sys.argv[1]; ST = sys.argv[2] if len(sys.argv) > 2 else '/work/main/eval/styles'
names = [l.strip() for l in open('/work/lead/tunesets.txt') if l.strip()]
T = collections.Counter(); F = collections.defaultdict(collections.Counter)
def fam(pub, url):
    u = (url or '') + ' ' + (pub or '')
    if 'whitehouse' in u.lower() or 'White House' in u: return 'WH'
    if 'kremlin' in u.lower(): return 'Kremlin'
    return 'others'
for n in names:
    if n == 'dev':
        sp, gp = '/work/shared/corpus/real/stories.jsonl', '/work/shared/corpus/real/gold-dev.jsonl'
    else:
        sp, gp = f'{ST}/{n}.jsonl', f'{ST}/{n}-gold.jsonl'
    S = load(sp); G = load(gp); P = load(f'{snap}/{n}.jsonl')
    for sid, g in G.items():
        s = S.get(sid, {}); fm = fam(s.get('publisher'), s.get('url'))
        r = score({sid: g}, {sid: P.get(sid, {'id': sid, 'events': [], 'stances': []})})[0]
        for k in ('events', 'stances'):
            for m in ('tp', 'fp', 'fn'):
                T[k + m] += r[k][m]; F[fm][k + m] += r[k][m]
        T['head_ok'] += r['headline_accuracy'] == 1.0; T['head_n'] += 1
def f1(c, k): tp, fp, fn = c[k+'tp'], c[k+'fp'], c[k+'fn']; return 2*tp/(2*tp+fp+fn) if tp else 0
print(f"events tp {T['eventstp']} fp {T['eventsfp']} fn {T['eventsfn']} F1 {f1(T,'events'):.4f} | stances tp {T['stancestp']} fp {T['stancesfp']} fn {T['stancesfn']} F1 {f1(T,'stances'):.4f} | headlines {T['head_ok']}/{T['head_n']}")
for fm, c in sorted(F.items()):
    print(f"  {fm:8} events F1 {f1(c,'events'):.4f} (tp {c['eventstp']} fp {c['eventsfp']} fn {c['eventsfn']})  stances F1 {f1(c,'stances'):.4f}")
