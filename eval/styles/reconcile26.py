#!/usr/bin/env python3
"""Check the gold files edited by RECONCILE26 (see RECONCILE26.md).

For every edited set: each line is one JSON object with the gold fields; every event and stance
evidence is an exact substring of its story's text; types, issues, modes and actor codes are the
GUIDE's; no event or stance key is repeated; the headline is one of the story's events (or null);
the set has as many lines as on `main`; and `python3 /work/shared/tools/score.py GOLD GOLD` scores
1.000 (gold against itself). With --diff it also lists, item by item, what changed against `main`
(events as `source TYPE target | "evidence"`, stances as `(holder, polarity, issue, toward)`).

usage: python3 eval/styles/reconcile26.py [--diff]
"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/tools/score.py"
HELD_OUT = {"fresh61", "fresh62", "fresh63"}  # held out in session 26: never read or edited

EDITED = [
    "fresh4", "fresh11", "fresh12", "fresh15", "fresh16", "fresh20", "fresh22", "fresh28", "fresh29",
    "fresh40", "fresh43", "fresh47", "fresh54", "fresh55", "fresh56", "heldout",
]

TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE", "REQUEST",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
IGOS = {"UN", "EU", "NATO", "G7", "G20", "OPEC", "ASEAN", "SCO", "BRICS", "AU", "ARAB_LEAGUE"}
MODES = {None, "phone", "visit", "third-party", "multilateral", "video"}
ISSUES = set("""taiwan xinjiang hong_kong tibet south_china_sea korean_peninsula iran_nuclear_deal
nonproliferation arms_control ukraine syria israel_palestine afghanistan covid19 covid_origins
belt_and_road sovereignty interference hegemonism unilateralism multilateralism sanctions human_rights
democracy climate terrorism trade energy cyber counternarcotics food_security election_interference
humanitarian press_freedom""".split())


def actor_ok(a, nullable):
    if a is None:
        return nullable
    return a in IGOS or bool(re.fullmatch(r"[A-Z]{3}", a))


def git_main(name):
    top = subprocess.run(["git", "-C", HERE, "rev-parse", "--show-toplevel"], capture_output=True,
                         text=True).stdout.strip()
    rel = os.path.relpath(os.path.join(HERE, name + "-gold.jsonl"), top)
    return subprocess.run(["git", "-C", HERE, "show", f"main:{rel}"], capture_output=True,
                          text=True).stdout.splitlines()


def check_set(name):
    errs = []
    gold_path = os.path.join(HERE, name + "-gold.jsonl")
    stories = {}
    with open(os.path.join(HERE, name + ".jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                stories[d["id"]] = d["text"]
    with open(gold_path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if len(lines) != len(git_main(name)):
        errs.append(f"{name}: line count differs from main")
    for n, line in enumerate(lines, 1):
        where = f"{name}:{n}"
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append(f"{where}: not JSON ({e})")
            continue
        for k in ("id", "date", "headline", "events", "stances"):
            if k not in g:
                errs.append(f"{where}: missing {k}")
        text = stories.get(g.get("id"))
        if text is None:
            errs.append(f"{where}: id {g.get('id')} has no story")
            continue
        keys = set()
        for e in g.get("events", []):
            if e.get("type") not in TYPES:
                errs.append(f"{where}: bad type {e.get('type')}")
            if not actor_ok(e.get("source"), False) or not actor_ok(e.get("target"), True):
                errs.append(f"{where}: bad actor {e.get('source')} -> {e.get('target')}")
            if e.get("mode") not in MODES:
                errs.append(f"{where}: bad mode {e.get('mode')}")
            if not e.get("evidence") or e["evidence"] not in text:
                errs.append(f"{where}: event evidence not in text: {e.get('evidence')!r}")
            k = (e.get("source"), e.get("type"), e.get("target"))
            if k in keys:
                errs.append(f"{where}: repeated event key {k}")
            keys.add(k)
        skeys = set()
        for s in g.get("stances", []):
            if s.get("issue") not in ISSUES:
                errs.append(f"{where}: bad issue {s.get('issue')}")
            if s.get("polarity") not in ("support", "oppose"):
                errs.append(f"{where}: bad polarity {s.get('polarity')}")
            if not actor_ok(s.get("holder"), False) or not actor_ok(s.get("toward"), True):
                errs.append(f"{where}: bad stance actor {s.get('holder')} / {s.get('toward')}")
            if not s.get("evidence") or s["evidence"] not in text:
                errs.append(f"{where}: stance evidence not in text: {s.get('evidence')!r}")
            k = (s.get("holder"), s.get("polarity"), s.get("issue"), s.get("toward"))
            if k in skeys:
                errs.append(f"{where}: repeated stance key {k}")
            skeys.add(k)
        h = g.get("headline")
        if h:
            pair = {(h.get("source"), h.get("type"), h.get("target")), (h.get("target"), h.get("type"), h.get("source"))}
            if not pair & keys:
                errs.append(f"{where}: headline {h} is not one of the story's events")
    out = subprocess.run([sys.executable, SCORE, gold_path, gold_path, "--json"], capture_output=True, text=True)
    if out.returncode:
        errs.append(f"{name}: score.py failed: {out.stderr.strip()}")
    else:
        r = json.loads(out.stdout)
        for k in ("events", "types", "stances", "stances_relaxed"):
            v = r[k]
            if not (v["f1"] == 1.0 or v["tp"] == v["fp"] == v["fn"] == 0):
                errs.append(f"{name}: score.py gold-vs-gold {k} F1 {v['f1']}")
        for k in ("headline_accuracy", "date_accuracy"):
            if r[k] != 1.0:
                errs.append(f"{name}: score.py gold-vs-gold {k} {r[k]}")
    return errs, len(lines)


def fmt_e(e):
    return f'{e["source"]} {e["type"]} {e["target"] or "null"} | "{e["evidence"]}"'


def fmt_s(s):
    return f'({s["holder"]}, {s["polarity"]}, {s["issue"]}, {s["toward"] or "null"}) | "{s["evidence"]}"'


def diff_main(name):
    """Item-level changes against main: (id, kind, before, after)."""
    old = {json.loads(l)["id"]: json.loads(l) for l in git_main(name) if l.strip()}
    out = []
    with open(os.path.join(HERE, name + "-gold.jsonl"), encoding="utf-8") as f:
        new = [json.loads(l) for l in f if l.strip()]
    for g in new:
        o = old.get(g["id"])
        if o is None:
            out.append((g["id"], "story", "(none)", "(added)"))
            continue
        if o == g:
            continue
        for kind, items, fmt, kf in (("event", "events", fmt_e, lambda e: (e["source"], e["target"])),
                                     ("stance", "stances", fmt_s, lambda s: (s["holder"], s["issue"]))):
            a = [fmt(x) for x in o[items]]
            b = [fmt(x) for x in g[items]]
            gone = [x for x in o[items] if fmt(x) not in b]
            came = [x for x in g[items] if fmt(x) not in a]
            for x in gone:  # pair a removed item with an added one of the same source/target
                m = [y for y in came if kf(y) == kf(x)]
                if m:
                    came.remove(m[0])
                    out.append((g["id"], kind, fmt(x), fmt(m[0])))
                else:
                    out.append((g["id"], kind, fmt(x), "(removed)"))
            for y in came:
                out.append((g["id"], kind, "(none)", fmt(y)))
        if o["headline"] != g["headline"]:
            out.append((g["id"], "headline", json.dumps(o["headline"]), json.dumps(g["headline"])))
    return out


def main():
    bad = sorted(set(EDITED) & HELD_OUT)
    if bad:
        print("held-out sets listed as edited:", bad)
        return 1
    total_errs = total_items = 0
    for name in EDITED:
        errs, n = check_set(name)
        total_errs += len(errs)
        status = "ok" if not errs else f"{len(errs)} problem(s)"
        d = diff_main(name)
        total_items += len(d)
        print(f"{name:8s} {n:3d} stories  {status}  {len(d)} item(s) changed vs main")
        for e in errs:
            print("   ", e)
        if "--diff" in sys.argv:
            for sid, kind, a, b in d:
                print(f"    `{name}` `{sid}` ({kind}): {a} -> {b}")
    print(f"{total_items} gold item(s) changed in {len(EDITED)} sets")
    print("all edited gold files pass" if not total_errs else f"{total_errs} problem(s)")
    return 1 if total_errs else 0


if __name__ == "__main__":
    sys.exit(main())
