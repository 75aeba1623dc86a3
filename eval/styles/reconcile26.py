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
import json, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldcheck import check_set as check_gold  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
HELD_OUT = {"fresh61", "fresh62", "fresh63"}  # held out in session 26: never read or edited

EDITED = [
    "fresh4", "fresh11", "fresh12", "fresh15", "fresh16", "fresh20", "fresh22", "fresh28", "fresh29",
    "fresh40", "fresh43", "fresh47", "fresh54", "fresh55", "fresh56", "heldout",
]

def git_main(name):
    top = subprocess.run(["git", "-C", HERE, "rev-parse", "--show-toplevel"], capture_output=True,
                         text=True).stdout.strip()
    rel = os.path.relpath(os.path.join(HERE, name + "-gold.jsonl"), top)
    return subprocess.run(["git", "-C", HERE, "show", f"main:{rel}"], capture_output=True,
                          text=True).stdout.splitlines()


def check_set(name):
    """Problems in NAME's gold (goldcheck.py), and a line count that differs from main."""
    errs, lines = check_gold(HERE, name)
    if len(lines) != len(git_main(name)):
        errs.append(f"{name}: line count differs from main")
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
