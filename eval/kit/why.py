"""why.py NOTHING.txt: for each missed gold event with nothing coded over its evidence (diag16.py --show nothing lines), what the coder did with the triggers inside the evidence: no trigger, a trigger given no code, a code with no actors, an event made and dropped later (run with PYTHONPATH=src of a tree)."""
import sys, json, re, ast, collections, glob
from readout.coder import events as E
from readout.pipeline import code_story
from readout.stories import iter_stories
REC = []
orig_code = E.EventCoder._code; orig_events = E.EventCoder._events; orig_find = E.find_triggers
def find(sent, pats):
    t = orig_find(sent, pats)
    for x in t: REC.append(("trig", x.token.idx, x.token.text, x.pattern.cameo))
    return t
def _code(self, an, trig, y):
    c = orig_code(self, an, trig, y); REC.append(("code", trig.token.idx, trig.token.text, c)); return c
def _events(self, an, trig, sent, index, code, hi):
    ev = orig_events(self, an, trig, sent, index, code, hi)
    REC.append(("ev", trig.token.idx, trig.token.text, [(str(e.source), e.type, str(e.target)) for e in ev])); return ev
E.EventCoder._code = _code; E.EventCoder._events = _events; E.find_triggers = find
import readout.coder.events
stories = {}
def load(s):
    if s in stories: return stories[s]
    f = '/work/shared/corpus/real/stories.jsonl' if s == 'dev' else f'/work/main/eval/styles/{s}.jsonl'
    stories[s] = [(json.loads(l), st) for l, st in zip(open(f), iter_stories(f))]
    return stories[s]
cache = {}
out = collections.Counter(); rows = []
for line in open(sys.argv[1]):
    m = re.match(r"(\S+) (\S+) (\(.*?\)) (['\"].*['\"]) \[", line)
    if not m: continue
    s, sid, key, ev = m.groups(); ev = ast.literal_eval(ev); key = ast.literal_eval(key)
    pair = next(((d, x) for d, x in load(s) if d['id'].startswith(sid)), None)
    if pair is None: continue
    st, story = pair
    if st['id'] not in cache:
        REC.clear()
        try:
            res = code_story(story)
        except Exception as e:
            print("ERR", st['id'], e); continue
        cache[st['id']] = (list(REC), res)
    rec, res = cache[st['id']]
    i = st['text'].find(ev)
    # offsets: code_story may normalize text; use token text positions approx
    inside = [r for r in rec if i <= r[1] < i + len(ev)] if i >= 0 else []
    trig = [r for r in inside if r[0] == 'trig']
    if not trig: cls = 'no-trigger'
    else:
        codes = [r for r in inside if r[0] == 'code']
        evs = [r for r in inside if r[0] == 'ev' and r[3]]
        if not any(c[3] for c in codes): cls = 'code-none'
        elif not evs: cls = 'no-actors'
        else: cls = 'dropped-later'

    out[cls] += 1
    rows.append((cls, s, st['id'][:40], key, ev[:110], [(r[2], E.plover_type(r[3])) for r in trig][:4], [r[3] for r in inside if r[0]=='ev' and r[3]][:3]))
print(out)
for r in sorted(rows, key=lambda r: r[0]): print(*r, sep=' | ')
