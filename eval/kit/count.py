#!/usr/bin/env python3
"""count.py PRED JUDGED...: precision of PRED's distinct event keys on the sample by the judgements; unjudged listed."""
import json, sys
sys.path.insert(0, "/work/shared/tools"); from score import event_key
j = {}
for f in sys.argv[2:]:
    for l in open(f):
        d = json.loads(l); j[(d["id"], d["source"], d["type"], d["target"])] = d["verdict"]
ok = bad = un = 0
for l in open(sys.argv[1]):
    d = json.loads(l)
    for k in {event_key(e) for e in d.get("events") or []}:
        v = j.get((d["id"],) + k)
        if v == "correct": ok += 1
        elif v == "wrong": bad += 1
        else: un += 1
print(f"correct {ok} wrong {bad} unjudged {un} precision {ok/(ok+bad):.3f}" if ok + bad else "none")
