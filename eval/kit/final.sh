#!/bin/bash
# usage: final.sh WT OUTDIR -- full snapshot incl. blind sets, plus blind aggregates
WT=$1; OUT=$2
BLIND="/work/fresh79 /work/fresh80" WT=$WT /work/lead/snap.sh $OUT
for n in 79 80; do echo "== fresh$n"; python3 /work/shared/tools/score.py /work/fresh$n/fresh$n-gold.jsonl $OUT/fresh$n.jsonl; done
cd $WT && PYTHONPATH=$WT/src /work/main/.venv/bin/readout code -q /work/lead33/s81c/sample80.jsonl -o $OUT/s81c.jsonl
