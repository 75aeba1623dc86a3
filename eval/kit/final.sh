#!/bin/bash
# usage: final.sh WT OUTDIR -- full snapshot incl. blind sets, plus blind aggregates
WT=$1; OUT=$2
BLIND="/work/fresh84 /work/fresh85 /work/fresh86 /work/fresh87 /work/fresh88" WT=$WT /work/lead/snap.sh $OUT
for n in 84 85 86 87 88; do echo "== fresh$n"; python3 /work/shared/tools/score.py /work/fresh$n/fresh$n-gold.jsonl $OUT/fresh$n.jsonl; done
cd $WT && PYTHONPATH=$WT/src /work/main/.venv/bin/readout code -q /work/lead35/s81e/sample80.jsonl -o $OUT/s81e.jsonl
