#!/bin/bash
# usage: [WT=/work/wt-X] [W=1] snap.sh /ABS/OUTDIR   -- code dev, every style set, bulk 1,000, gsr with WT's src
set -e
WT=${WT:-/work/main}; OUT=$1; W=${W:-1}
[ -n "$OUT" ] || { echo "usage: snap.sh /abs/outdir"; exit 1; }
mkdir -p "$OUT"
export PYTHONPATH=$WT/src
R="/work/main/.venv/bin/readout"
S=/work/shared/corpus
[ -f /work/lead/bulk1000.jsonl ] || python3 -c "
import gzip,itertools,sys
with gzip.open('$S/bulk/whitehouse-statements.jsonl.gz','rt') as f, open('/work/lead/bulk1000.jsonl','w') as o:
    for l in itertools.islice(f,1000): o.write(l)"
cd $WT
$R code -q --workers $W $S/real/stories.jsonl $S/../seed -o $OUT/dev.jsonl
for f in $WT/eval/styles/*.jsonl; do
  b=$(basename $f .jsonl); case $b in *-gold) continue;; esac
  $R code -q --workers $W $f -o $OUT/$b.jsonl
done
for d in ${BLIND:-}; do
  n=$(basename $d); $R code -q --workers $W $d/$n.jsonl -o $OUT/$n.jsonl
done
$R code -q --workers $W /work/lead/bulk1000.jsonl -o $OUT/bulk.jsonl
$R eval --gsr $S/plover-gsr/gsr.jsonl > $OUT/gsr.txt 2>&1 || true
echo "snap done $OUT"
