#!/bin/bash
# usage: final.sh WT OUTDIR -- full snapshot incl. blind sets, plus blind aggregates
WT=$1; OUT=$2
BLIND="/work/fresh58 /work/fresh59 /work/fresh60" WT=$WT /work/lead/snap.sh $OUT
for n in 58 59 60; do echo "== fresh$n"; python3 /work/shared/tools/score.py /work/fresh$n/fresh$n-gold.jsonl $OUT/fresh$n.jsonl; done
cd $WT && PYTHONPATH=$WT/src /work/main/.venv/bin/readout code -q /work/lead24/s80t/sample80.jsonl -o $OUT/s80t.jsonl
