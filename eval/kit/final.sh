#!/bin/bash
# usage: final.sh WT OUTDIR -- full snapshot incl. blind sets, plus blind aggregates
WT=$1; OUT=$2
BLIND="/work/fresh61 /work/fresh62 /work/fresh63" WT=$WT /work/lead/snap.sh $OUT
for n in 61 62 63; do echo "== fresh$n"; python3 /work/shared/tools/score.py /work/fresh$n/fresh$n-gold.jsonl $OUT/fresh$n.jsonl; done
cd $WT && PYTHONPATH=$WT/src /work/main/.venv/bin/readout code -q /work/lead25/s80u/sample80.jsonl -o $OUT/s80u.jsonl
