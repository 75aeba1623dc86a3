#!/bin/bash
# usage: blind.sh WT N OUTDIR -- code /work/freshN with WT, print aggregate scores only
WT=$1; N=$2; OUT=$3; mkdir -p $OUT
cd $WT && PYTHONPATH=$WT/src /work/main/.venv/bin/readout code -q --workers 2 /work/fresh$N/fresh$N.jsonl -o $OUT/fresh$N.jsonl 2>/dev/null
python3 /work/shared/tools/score.py /work/fresh$N/fresh$N-gold.jsonl $OUT/fresh$N.jsonl
