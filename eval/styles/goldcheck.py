"""Checks shared by the gold adjudications' scripts (reconcile24.py, reconcile26.py): a gold file's
lines, fields, codes and evidence against its story file, and score.py's gold-against-itself run."""
import json, os, re, subprocess, sys

SCORE = "/work/shared/tools/score.py"
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
    """An ISO alpha-3 code or a GUIDE IGO code (None where the slot may be empty)."""
    if a is None:
        return nullable
    return a in IGOS or bool(re.fullmatch(r"[A-Z]{3}", a))


def check_set(here, name):
    """Problems found in set NAME's gold file under HERE, and its lines."""
    errs = []
    gold_path = os.path.join(here, name + "-gold.jsonl")
    stories = {}
    with open(os.path.join(here, name + ".jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                stories[d["id"]] = d["text"]
    with open(gold_path, encoding="utf-8") as f:
        lines = f.read().splitlines()
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
    return errs, lines
