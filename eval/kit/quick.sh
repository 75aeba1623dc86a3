#!/bin/bash
# quick.sh WT OUT: dev + style sets only (no bulk, no gsr)
WT=$1; OUT=$2; mkdir -p $OUT; export PYTHONPATH=$WT/src; R=/work/main/.venv/bin/readout; S=/work/shared/corpus
cd $WT
$R code -q $S/real/stories.jsonl $S/../seed -o $OUT/dev.jsonl 2>/dev/null
for f in $WT/eval/styles/*.jsonl; do b=$(basename $f .jsonl); case $b in *-gold) continue;; esac; $R code -q $f -o $OUT/$b.jsonl 2>/dev/null; done
echo done $OUT
