#!/usr/bin/env python3
"""draw.py SEED OUT: the 80 random White House statements of a judged precision sample (bulk file, past its first 1,000), drawn by SEED."""
import gzip, json, random, sys
BULK = "/work/shared/corpus/bulk/whitehouse-statements.jsonl.gz"
seed, out = int(sys.argv[1]), sys.argv[2]
rows = [json.loads(l) for l in gzip.open(BULK, "rt")]
with open(out, "w") as o:
    for d in random.Random(seed).sample(rows[1000:], 80):
        o.write(json.dumps(d) + "\n")
