#!/bin/bash
# usage: recount.sh WT OUTDIR -- code the eight judged tune samples with WT and print precision of each
WT=$1; OUT=$2; mkdir -p $OUT
for s in s80j s80k s80l s80m s80n s80o s80p s80q; do
  d=/work/lead/prec17/$s
  (cd $WT && PYTHONPATH=$WT/src /work/main/.venv/bin/readout code -q $d/sample80.jsonl -o $OUT/$s.jsonl 2>/dev/null)
  echo "$s $(python3 /work/lead/count.py $OUT/$s.jsonl $d/judged*.jsonl | tail -1)"
done
