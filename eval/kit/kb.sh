#!/bin/bash
# kb.sh DIR FILES...: keep both sides of conflicts in FILES in worktree DIR, continue the cherry-pick
D=$1; shift; cd $D && for f in "$@"; do sed -i '/^<<<<<<< \|^=======$\|^>>>>>>> /d' $f; git add $f; done && git -c core.editor=true cherry-pick --continue 2>&1 | tail -1
