#!/bin/bash
# pick.sh DIR COMMITS...: cherry-pick in order; conflicts only in CHANGELOG.md / tests/data/coding/*.jsonl are resolved keeping both; stop otherwise
D=$1; shift; cd $D
for c in "$@"; do
  if ! git cherry-pick $c >/dev/null 2>&1; then
    u=$(git diff --name-only --diff-filter=U)
    other=$(echo "$u" | grep -v -x -e CHANGELOG.md -e tests/data/coding/must_code.jsonl -e tests/data/coding/must_not_code.jsonl)
    if [ -n "$other" ]; then echo "CONFLICT $c in: $u"; exit 1; fi
    /work/lead/kb.sh $D $u >/dev/null
  fi
  echo "ok $c"
done
