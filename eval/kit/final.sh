#!/bin/bash
# usage: final.sh WT OUTDIR -- full snapshot incl. blind sets, plus blind aggregates
WT=$1; OUT=$2
BLIND="/work/fresh81 /work/fresh82 /work/fresh83" WT=$WT /work/lead/snap.sh $OUT
for n in 81 82 83; do echo "== fresh$n"; python3 /work/shared/tools/score.py /work/fresh$n/fresh$n-gold.jsonl $OUT/fresh$n.jsonl; done
cd $WT && PYTHONPATH=$WT/src /work/main/.venv/bin/readout code -q /work/lead34/s81d/sample80.jsonl -o $OUT/s81d.jsonl
