#!/bin/bash
# keep both sides of CHANGELOG conflicts
cd /work/main && sed -i '/^<<<<<<< \|^=======$\|^>>>>>>> /d' CHANGELOG.md && git add CHANGELOG.md && git commit -q --no-edit && git log --oneline -1
