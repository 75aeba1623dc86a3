"""target_provenance.py OUT.tsv SET...: per final event key, where its target came from (the raw placeholder, where the target is named, statement or readout) and whether it is right (gold, or the judged verdicts of s80*)."""
import sys, json, collections
sys.path.insert(0, "/work/shared/tools"); from score import event_key
from readout.coder import resolve as R
from readout.coder.records import Placeholder, NotParty, Named
from readout.pipeline import code_stories
from readout.stories import iter_stories
CAP = {}
of = R.finalize_events
def fe(raw, parties, **kw):
    CAP['raw'] = list(raw); CAP['parties'] = list(parties); CAP['statement'] = kw.get('statement'); CAP['nearby'] = kw.get('nearby'); CAP['side'] = kw.get('side')
    out = of(raw, parties, **kw); CAP['out'] = out; return out
R.finalize_events = fe
onc = R.nearby_codes
def nc(doc, mentions, always=()):
    if not always or 'doc' not in CAP or CAP['doc'] is not doc:
        CAP['doc'] = doc; CAP['mentions'] = list(mentions); CAP['always'] = list(always)
    return onc(doc, mentions, always)
R.nearby_codes = nc
def rawkind(t):
    if t is None: return "none"
    if isinstance(t, Placeholder): return t.name
    if isinstance(t, NotParty): return "NOTPARTY"
    if isinstance(t, Named): return "NAMED"
    return "code"
def where(doc, mentions, ev, code):
    if code is None: return "null"
    if ev.trigger < 0: return "title-ev"
    sents = list(doc.sents)
    s = sents[ev.sentence] if ev.sentence < len(sents) else None
    ms = [m for m in mentions if m.code == code]
    if s is not None and any(s.start_char <= m.start < s.end_char for m in ms): return "sentence"
    breaks = R.paragraph_breaks(doc)
    pstart = max([b for b in breaks if s is not None and b <= s.start_char], default=0)
    if any(pstart <= m.start < (s.start_char if s is not None else 0) for m in ms): return "para-before"
    if any(m.start < pstart for m in ms): return "earlier-para"
    if any(m.start >= (s.end_char if s is not None else 0) for m in ms): return "later"
    return "unnamed"
out = open(sys.argv[1], "w")
for name in sys.argv[2:]:
    if name in ("fresh81", "fresh82", "fresh83"): continue
    if name == "dev":
        f, gf = "/work/shared/corpus/real/stories.jsonl", "/work/shared/corpus/real/gold-dev.jsonl"
    elif name.startswith("s80"):
        f, gf = f"/work/lead/prec17/{name}/sample80.jsonl", f"/work/lead/prec17/{name}/judged.jsonl"
    else:
        f, gf = f"/work/main/eval/styles/{name}.jsonl", f"/work/main/eval/styles/{name}-gold.jsonl"
    gold = {}
    judged = name.startswith("s80")
    for l in open(gf):
        d = json.loads(l)
        if judged: gold[(d["id"], d["source"], d["type"], d["target"])] = d["verdict"]
        else: gold[d["id"]] = {event_key(e) for e in d.get("events") or []}
    stories = [s for s in iter_stories(f) if judged or s.id in gold]
    for st in stories:
        CAP.clear()
        try:
            res = next(code_stories([st]))
        except Exception as e:
            print("ERR", st.id, e, file=sys.stderr); continue
        if 'out' not in CAP: continue
        doc, mentions = CAP.get('doc'), CAP.get('mentions', [])
        raw = collections.defaultdict(list)
        for e in CAP['raw']: raw[e.trigger].append(rawkind(e.target))
        seen = set()
        keys = {event_key(e) for e in res.get("events") or []}
        for ev in CAP['out']:
            k = event_key({"source": ev.source, "type": ev.type, "target": ev.target})
            if k in seen or k not in keys: continue
            seen.add(k)
            if judged: v = gold.get((st.id,) + k, "unjudged")
            else: v = "correct" if k in gold[st.id] else "wrong"
            rk = ",".join(sorted(set(raw.get(ev.trigger, ["?"]))))
            w = where(doc, mentions, ev, ev.target) if doc is not None else "?"
            ws = where(doc, mentions, ev, ev.source) if doc is not None else "?"
            nb = CAP.get('nearby') or []
            near = nb[ev.sentence] if 0 <= ev.sentence < len(nb) else set()
            allc = {m.code for m in mentions}
            extra = f"near={len(near - {ev.source, CAP.get('side')})};story={len(allc - {ev.source, CAP.get('side')})};parties={len(CAP['parties'])}"
            txt = doc.text[ev.start:ev.end].replace("\n", " ").replace("\t", " ")[:150] if doc is not None else ""
            out.write("\t".join(map(str, [name, st.id, ev.source, ev.type, ev.target, v, rk, w, ws, CAP.get('statement'), txt, extra])) + "\n")
    out.flush()
