#!/bin/bash
# usage: final.sh WT OUTDIR -- full snapshot incl. blind sets, plus blind aggregates
WT=$1; OUT=$2
BLIND="/work/fresh64 /work/fresh65 /work/fresh66" WT=$WT /work/lead/snap.sh $OUT
for n in 64 65 66; do echo "== fresh$n"; python3 /work/shared/tools/score.py /work/fresh$n/fresh$n-gold.jsonl $OUT/fresh$n.jsonl; done
cd $WT && PYTHONPATH=$WT/src /work/main/.venv/bin/readout code -q /work/lead26/s80v/sample80.jsonl -o $OUT/s80v.jsonl
