"""Score coded stories against gold, as shared/corpus/GUIDE.md defines, and against PLOVER gold sentences.

`score` reproduces shared/tools/score.py exactly (same keys, same rounding) and adds a per-type
breakdown and per-story results; `score_gsr` measures type and source recall on the PLOVER
gold-standard records.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from readout.cameo import types_with
from readout.errors import BadInput

# Inter-governmental codes readout emits (docs/INTERFACES.md, actors.py Mention.code).
IGO_CODES = {"UN", "EU", "NATO", "G7", "G20", "OPEC", "ASEAN", "SCO", "BRICS", "AU", "ARAB_LEAGUE"}


def _iter_jsonl(path):
    """(line number, object) for each non-blank line; BadInput for a line that is not an object with an id."""
    try:
        f = open(path, "rb")  # decoded line by line, so a bad byte is reported on its own line
    except OSError as e:
        raise BadInput(path, f"cannot open: {e.strerror or e}") from None
    with f:
        for n, raw in enumerate(f, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise BadInput(path, "not UTF-8; save the file as UTF-8", n) from None
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                raise BadInput(path, f"not valid JSON ({e.msg} at column {e.colno})", n) from None
            except RecursionError:
                raise BadInput(path, "JSON nested too deeply to read", n) from None
            if not isinstance(d, dict):
                raise BadInput(path, "not a JSON object", n)
            if d.get("id") is None:
                raise BadInput(path, "no `id` field", n)
            yield n, d


_TEXT_KEYS = {"events": ("source", "target", "type", "mode", "evidence"),
              "stances": ("holder", "polarity", "issue", "toward", "evidence")}


def _coding_problem(d: dict) -> str | None:
    """What makes a gold or predicted record unusable for scoring (wrong types), or None."""
    if not isinstance(d.get("id"), (str, int)) or isinstance(d.get("id"), bool):
        return "'id' must be a string or a number"
    if d.get("date") is not None and not isinstance(d["date"], str):
        return "'date' must be a string (YYYY-MM-DD) or null"
    head = d.get("headline")
    if head is not None and (not isinstance(head, dict)
                             or any(head.get(k) is not None and not isinstance(head[k], str)
                                    for k in _TEXT_KEYS["events"])):
        return "'headline' must be an object of strings (source, type, target, mode) or null"
    for key, fields in _TEXT_KEYS.items():
        items = d.get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            return f"'{key}' must be a list"
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                return f"'{key}'[{i}] must be an object"
            bad = [f for f in fields if item.get(f) is not None and not isinstance(item[f], str)]
            if bad:
                return f"'{key}'[{i}].{bad[0]} must be a string or null"
    return None


def load_jsonl(path) -> dict[str, dict]:
    """Read a gold or prediction file: one JSON object with an `id` a line, keyed by str(id)."""
    out: dict[str, dict] = {}
    for n, d in _iter_jsonl(path):
        problem = _coding_problem(d)
        if problem:
            raise BadInput(path, f"{problem}; fix the line", n)
        sid = str(d["id"])
        if sid in out:
            raise BadInput(path, f"duplicate id {sid!r}", n)
        out[sid] = d
    return out


# --- keys, exactly as score.py builds them -------------------------------------------------------

def code(x):
    """Normalise an actor or type code: stripped, upper case, None when empty."""
    return (x or "").strip().upper() or None


def event_key(e: dict) -> tuple:
    """(source, type, target); the pair is sorted for the symmetric types."""
    s, t, typ = code(e.get("source")), code(e.get("target")), code(e.get("type"))
    if typ in types_with("symmetric") and s and t:
        s, t = sorted((s, t))
    return (s, typ, t)


def stance_key(s: dict, relaxed: bool = False) -> tuple:
    """(holder, polarity, issue, toward); relaxed drops toward."""
    k = (code(s.get("holder")), (s.get("polarity") or "").lower(), (s.get("issue") or "").lower())
    return k if relaxed else k + (code(s.get("toward")),)


def headline_key(h: dict | None):
    """(unordered pair, type, mode) of a headline event, or None."""
    if not h:
        return None
    pair = tuple(sorted([code(h.get("source")) or "", code(h.get("target")) or ""]))
    return (pair, code(h.get("type")), (h.get("mode") or None))


def prf(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall and F1 rounded to 3 places, with the counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def _keyed(items, key) -> dict[tuple, str | None]:
    """Key -> evidence of the first item with that key (a set that remembers a quote)."""
    out: dict[tuple, str | None] = {}
    for it in items or []:
        k = key(it)
        if out.get(k) is None:
            out[k] = it.get("evidence")
    return out


def _event_dict(k: tuple, evidence: str | None) -> dict:
    return {"source": k[0], "type": k[1], "target": k[2], "evidence": evidence}


def _stance_dict(k: tuple, evidence: str | None) -> dict:
    return {"holder": k[0], "polarity": k[1], "issue": k[2], "toward": k[3], "evidence": evidence}


def score(gold: dict[str, dict], pred: dict[str, dict]) -> tuple[dict, dict]:
    """Score pred against gold as score.py does; returns (results, per_story).

    results has score.py's keys (events, types, stances, stances_relaxed, headline_accuracy,
    date_accuracy, stories) plus `per_type`: events P/R/F1 by PLOVER type (a gold event counts
    under its type, a predicted one under its own). per_story[id] has the story's event counts and
    P/R/F1 (f1 None when the story has no gold and no predicted events), and the missed and extra
    events and stances with their evidence. Only gold ids are scored; a missing pred is empty.
    """
    c = {"events": [0, 0, 0], "stances": [0, 0, 0], "stances_relaxed": [0, 0, 0], "types": [0, 0, 0]}
    by_type: dict[str, list[int]] = {}
    head_ok = date_ok = 0
    per_story = {}
    for sid, g in gold.items():
        p = pred.get(sid) or {}
        ge, pe = _keyed(g.get("events"), event_key), _keyed(p.get("events"), event_key)
        gs, ps = _keyed(g.get("stances"), stance_key), _keyed(p.get("stances"), stance_key)
        pairs = {
            "events": (set(ge), set(pe)),
            "types": ({code(e.get("type")) for e in g.get("events") or []},
                      {code(e.get("type")) for e in p.get("events") or []}),
            "stances": (set(gs), set(ps)),
            "stances_relaxed": ({stance_key(s, True) for s in g.get("stances") or []},
                                {stance_key(s, True) for s in p.get("stances") or []}),
        }
        for name, (gk, pk) in pairs.items():
            c[name][0] += len(gk & pk)
            c[name][1] += len(pk - gk)
            c[name][2] += len(gk - pk)
        for k in ge.keys() | pe.keys():
            counts = by_type.setdefault(str(k[1]), [0, 0, 0])
            counts[0 if k in ge and k in pe else 1 if k in pe else 2] += 1
        head_same = headline_key(g.get("headline")) == headline_key(p.get("headline"))
        date_same = (g.get("date") or None) == (p.get("date") or None)
        head_ok += head_same
        date_ok += date_same
        tp, fp, fn = len(ge.keys() & pe.keys()), len(pe.keys() - ge.keys()), len(ge.keys() - pe.keys())
        story = prf(tp, fp, fn)
        if not (tp or fp or fn):
            story["f1"] = None
        story.update(
            missed=[_event_dict(k, ge[k]) for k in sorted(ge.keys() - pe.keys(), key=str)],
            extra=[_event_dict(k, pe[k]) for k in sorted(pe.keys() - ge.keys(), key=str)],
            missed_stances=[_stance_dict(k, gs[k]) for k in sorted(gs.keys() - ps.keys(), key=str)],
            extra_stances=[_stance_dict(k, ps[k]) for k in sorted(ps.keys() - gs.keys(), key=str)],
            headline=None if head_same else {"gold": g.get("headline"), "pred": p.get("headline")},
            date=None if date_same else {"gold": g.get("date"), "pred": p.get("date")},
            predicted=sid in pred,
        )
        per_story[sid] = story
    n = len(gold) or 1
    res = {k: prf(*v) for k, v in c.items()}
    res["headline_accuracy"] = round(head_ok / n, 3)
    res["date_accuracy"] = round(date_ok / n, 3)
    res["stories"] = len(gold)
    res["per_type"] = {t: prf(*by_type[t]) for t in sorted(by_type)}
    return res, per_story


def worst_stories(per_story: dict[str, dict], n: int = 5) -> list[tuple[str, dict]]:
    """The n stories with the lowest event F1 below 1 (most errors first on ties); perfect stories and
    stories with nothing to score are left out."""
    scored = [(sid, d) for sid, d in per_story.items() if d["f1"] is not None and (d["fp"] or d["fn"])]
    scored.sort(key=lambda x: (x[1]["f1"], -(x[1]["fp"] + x[1]["fn"]), x[0]))
    return scored[:n]


# --- PLOVER gold-standard sentences ---------------------------------------------------------------

@lru_cache(maxsize=1)
def _iso3() -> frozenset[str]:
    import pycountry  # slow to import; only GSR scoring needs it

    return frozenset(c.alpha_3 for c in pycountry.countries)


def source_matches(gold_code: str, coded_code: str | None) -> bool:
    """Whether a coded source code matches a GSR gold source code.

    Codes match when equal after code(). The GSR keeps every inter-governmental actor as the generic
    code `IGO`; it matches any code readout emits that is not an ISO 3166-1 alpha-3 country code:
    the IGO codes (UN, EU, NATO, G7, G20, OPEC, ASEAN, SCO, BRICS, AU, ARAB_LEAGUE) and any other
    non-ISO code (a body that a user's actor file adds).
    """
    g, c = code(gold_code), code(coded_code)
    if not g or not c:
        return False
    if g == "IGO":
        return c in IGO_CODES or c == "IGO" or c not in _iso3()
    return g == c


def score_gsr(gsr_records, coded: dict[str, dict]) -> dict:
    """Type and source recall of coded records on PLOVER gold-standard sentences.

    gsr_records: GSR lines (dicts with id, text, type, source:[{code}]); coded: id -> coded record
    (a missing id codes as no events). A sentence counts as `type_found` when its gold type is among
    the coded events' types, and as `right_source` when an event of that type has a source matching
    one of the gold source codes (see source_matches; a sentence with no gold source never does).
    Returns sentences, type_found, right_source (shares rounded to 3 places), per_type
    {type: {sentences, type_found, right_source}} and misses (sentences not right_source, with what
    was coded).
    """
    total = found = right = 0
    per_type: dict[str, list[int]] = {}
    misses = []
    for rec in gsr_records:
        sid, typ = str(rec["id"]), code(rec.get("type"))
        events = (coded.get(sid) or {}).get("events") or []
        of_type = [e for e in events if code(e.get("type")) == typ]
        gold_sources = [code(s.get("code")) for s in rec.get("source") or []]
        is_found = bool(of_type)
        is_right = any(source_matches(g, e.get("source")) for e in of_type for g in gold_sources)
        total += 1
        found += is_found
        right += is_right
        counts = per_type.setdefault(str(typ), [0, 0, 0])
        counts[0] += 1
        counts[1] += is_found
        counts[2] += is_right
        if not is_right:
            misses.append({
                "id": sid, "text": rec.get("text"), "type": typ, "sources": gold_sources,
                "targets": [code(t.get("code")) for t in rec.get("target") or []],
                "type_found": is_found,
                "coded": [{"source": code(e.get("source")), "type": code(e.get("type")),
                           "target": code(e.get("target")), "evidence": e.get("evidence")} for e in events],
            })

    def share(k: int, n: int) -> float:
        return round(k / n, 3) if n else 0.0

    return {
        "sentences": total,
        "type_found": share(found, total),
        "right_source": share(right, total),
        "per_type": {t: {"sentences": n, "type_found": share(f, n), "right_source": share(r, n)}
                     for t, (n, f, r) in sorted(per_type.items())},
        "misses": misses,
    }


def load_gsr(path) -> list[dict]:
    """Read the PLOVER GSR file (JSONL with id, text, type, source, target) in file order.

    The GSR reuses some ids for different sentences (PLOVER-GSR01-COERCE-0004 twice), so a repeated
    id gets its occurrence number: the second becomes `...-0004#2`. Coded files keyed by these ids
    (`readout eval --gsr --output`) then read back unambiguously.
    """
    recs = []
    seen: dict[str, int] = {}
    for n, r in _iter_jsonl(path):
        if not isinstance(r.get("text"), str) or not r.get("type"):
            raise BadInput(path, f"GSR record {r['id']!r} has no text or type", n)
        sid = str(r["id"])
        seen[sid] = seen.get(sid, 0) + 1
        recs.append(dict(r, id=sid if seen[sid] == 1 else f"{sid}#{seen[sid]}"))
    return recs


def event_label(e: dict) -> str:
    """'SRC TYPE TGT' for a report line (- for a null code)."""
    return " ".join(x or "-" for x in (e.get("source"), e.get("type"), e.get("target")))


def write_jsonl(path, records) -> None:
    """Write records as JSONL (UTF-8, one object a line)."""
    with open(Path(path), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


# --- text reports -----------------------------------------------------------------------------------

def _prf_line(name: str, r: dict, width: int = 16) -> str:
    return (f"{name:{width}s} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}"
            f"  (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})")


def _quote(evidence: str | None) -> str:
    return f'  "{evidence}"' if evidence else ""


def format_scores(res: dict, per_story: dict, detail: bool = False, worst: int = 5) -> list[str]:
    """Lines of the text report: score.py's table, per-type P/R/F1, the worst stories, and per-story detail."""
    lines = [_prf_line(k, res[k]) for k in ("events", "types", "stances", "stances_relaxed")]
    lines.append(f"headline accuracy {res['headline_accuracy']:.3f}   date accuracy "
                 f"{res['date_accuracy']:.3f}   stories {res['stories']}")
    if res.get("per_type"):
        lines += ["", "events by type"]
        lines += [_prf_line("  " + t, r) for t, r in res["per_type"].items()]
    bad = worst_stories(per_story, worst)
    if bad:
        lines += ["", f"worst {len(bad)} stories (events)"]
        lines += [f"  {sid}  F1 {d['f1']:.3f}  (tp {d['tp']}, fp {d['fp']}, fn {d['fn']})"
                  + ("" if d["predicted"] else "  no prediction") for sid, d in bad]
    if detail:
        for sid, d in per_story.items():
            lines += ["", f"== {sid}" + ("" if d["predicted"] else "  (no prediction)")]
            for kind in ("missed", "extra"):
                lines += [f"  {kind + ' event':13s} {event_label(e)}{_quote(e['evidence'])}" for e in d[kind]]
            for kind in ("missed", "extra"):
                for s in d[f"{kind}_stances"]:
                    label = " ".join(x or "-" for x in (s["holder"], s["polarity"], s["issue"], s["toward"]))
                    lines.append(f"  {kind + ' stance':13s} {label}{_quote(s['evidence'])}")
            if d["headline"]:
                g, p = (d["headline"][k] for k in ("gold", "pred"))
                lines.append(f"  headline      gold {_head_label(g)}  pred {_head_label(p)}")
            if d["date"]:
                lines.append(f"  date          gold {d['date']['gold'] or '-'}  pred {d['date']['pred'] or '-'}")
    return lines


def _head_label(h: dict | None) -> str:
    if not h:
        return "-"
    return event_label({k: code(h.get(k)) for k in ("source", "type", "target")}) + (f" ({h['mode']})" if h.get("mode") else "")


def format_gsr(res: dict, detail: bool = False) -> list[str]:
    """Lines of the GSR text report: overall shares, per-type shares, and the misses with --detail."""
    lines = [f"sentences {res['sentences']}   type found {res['type_found']:.3f}   "
             f"with right source {res['right_source']:.3f}", "", "by type"]
    lines += [f"  {t:10s} n {r['sentences']:4d}  type found {r['type_found']:.3f}  with right source {r['right_source']:.3f}"
              for t, r in res["per_type"].items()]
    if detail:
        lines += ["", f"misses ({len(res['misses'])})"]
        for m in res["misses"]:
            why = "wrong source" if m["type_found"] else "type not found"
            lines.append(f"  {m['id']}  gold {m['type']} by {'/'.join(s or '-' for s in m['sources']) or '-'}  ({why})")
            lines.append(f"    {m['text']}")
            coded = "; ".join(event_label(e) for e in m["coded"]) or "no events"
            lines.append(f"    coded: {coded}")
    return lines
