#!/usr/bin/env python3
"""Compare gold and coded headlines story by story and class each miss (issue #12).

usage: headline_diff.py GOLD.jsonl PRED.jsonl [--ids REGEX] [--show]
Classes: null-gold (gold has no headline, coder gave one), null-pred (coder gave none), mode (same
pair and type, other mode), pair (same type, other pair), type (same pair, other type),
chosen-other (the gold headline is among the coded events, another was chosen), missing (the gold
headline's event was not coded at all).
"""
import argparse, collections, re

from readout.evaluate import headline_key, load_jsonl


def classify(g, p, pred_events):
    gk, pk = headline_key(g), headline_key(p)
    if gk == pk:
        return "ok"
    if gk is None:
        return "null-gold"
    if pk is None:
        return "null-pred" + ("/in-events" if _among(g, pred_events) else "/missing")
    if gk[0] == pk[0] and gk[1] == pk[1]:
        return "mode"
    if _among(g, pred_events):
        return "chosen-other"
    if gk[1] == pk[1]:
        return "pair"
    if gk[0] == pk[0]:
        return "type"
    return "missing"


def _among(g, events):
    gk = headline_key(g)
    return any(headline_key(dict(e, mode=g.get("mode")))[:2] == gk[:2] for e in events)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold"); ap.add_argument("pred"); ap.add_argument("--ids"); ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    gold, pred = list(load_jsonl(a.gold).values()), load_jsonl(a.pred)
    counts = collections.Counter()
    for g in gold:
        if a.ids and not re.search(a.ids, g["id"]):
            continue
        p = pred.get(str(g["id"]), {})
        c = classify(g.get("headline"), p.get("headline"), p.get("events", []))
        counts[c] += 1
        if c != "ok" and a.show:
            f = lambda h: None if not h else f"{h.get('source')} {h.get('type')} {h.get('target')} {h.get('mode')}"
            print(f"{c:22} {g['id'][:70]:70} gold[{f(g.get('headline'))}] out[{f(p.get('headline'))}]")
    n = sum(counts.values())
    print(f"stories {n}  ok {counts['ok']} ({counts['ok']/max(n,1):.3f})  " +
          "  ".join(f"{k} {v}" for k, v in counts.most_common() if k != "ok"))


if __name__ == "__main__":
    main()
