#!/bin/bash
# usage: final.sh WT OUTDIR -- full snapshot incl. blind sets, plus blind aggregates
WT=$1; OUT=$2
BLIND="/work/fresh40 /work/fresh41 /work/fresh42" WT=$WT /work/lead/snap.sh $OUT
for n in 40 41 42; do echo "== fresh$n"; python3 /work/shared/tools/score.py /work/fresh$n/fresh$n-gold.jsonl $OUT/fresh$n.jsonl; done
cd $WT && PYTHONPATH=$WT/src /work/main/.venv/bin/readout code -q /work/lead18/s80n/sample80.jsonl -o $OUT/s80n.jsonl
