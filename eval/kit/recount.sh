#!/bin/bash
# usage: recount.sh WT OUTDIR -- code every judged precision sample under /work/lead/prec17 with WT and print each one's precision
WT=$1; OUT=$2; mkdir -p $OUT
for d in /work/lead/prec17/*/; do
  s=$(basename $d); [ -f $d/judged.jsonl ] || continue
  (cd $WT && PYTHONPATH=$WT/src /work/main/.venv/bin/readout code -q $d/sample80.jsonl -o $OUT/$s.jsonl 2>/dev/null)
  echo "$s $(python3 /work/lead/count.py $OUT/$s.jsonl $d/judged.jsonl | tail -1)"
done
