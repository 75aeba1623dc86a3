#!/bin/bash
# usage: final.sh WT OUTDIR -- full snapshot incl. blind sets, plus blind aggregates
WT=$1; OUT=$2
BLIND="/work/fresh46 /work/fresh47 /work/fresh48" WT=$WT /work/lead/snap.sh $OUT
for n in 46 47 48; do echo "== fresh$n"; python3 /work/shared/tools/score.py /work/fresh$n/fresh$n-gold.jsonl $OUT/fresh$n.jsonl; done
cd $WT && PYTHONPATH=$WT/src /work/main/.venv/bin/readout code -q /work/lead20/s80p/sample80.jsonl -o $OUT/s80p.jsonl
