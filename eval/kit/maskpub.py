#!/usr/bin/env python3
"""maskpub.py MODE OUT SET...: code style sets as if their publishers were new to publishers.tsv.

MODE shipped: as shipped. masked: every publishers.tsv line that a story's publisher name, URL host or
dateline agency matches is dropped (White House and kremlin.ru stories keep theirs), so only the
fallback for a publisher with no line (lexicons/publishers.py _unlisted) knows it. none: masked, and
no fallback either (an unknown publisher). Writes OUT/SET.jsonl; score with cmp.py OUT (or cmp.py
A B for deltas). Run from a checkout with PYTHONPATH=src; never name a held-out set.
"""
import os
import sys

import readout.lexicons.publishers as P
from readout.evaluate import write_jsonl
from readout.pipeline import code_stories
from readout.stories import iter_stories

KEEP = {"The White House", "President of Russia"}


def masked_rows(stories):
    """The shipped lines with every line a story's name, host or agency matches dropped."""
    rows, drop = P._shipped(), set()
    for st in stories:
        if st.publisher in KEEP:
            continue
        host = P._host(st.url) if st.url else ""
        names = [t.lower() for t in (st.publisher, st.dateline.agency if st.dateline else None) if t]
        for i, (pattern, _, name, in_name) in enumerate(rows):
            if any(pattern in t and in_name.search(t) for t in names) or (
                    name is None and host and (host == pattern or host.endswith("." + pattern))):
                drop.add(i)
    return [r for i, r in enumerate(rows) if i not in drop]


def main(mode, out, sets):
    os.makedirs(out, exist_ok=True)
    stories = {s: list(iter_stories([f"eval/styles/{s}.jsonl"])) for s in sets}
    if mode in ("masked", "none"):
        kept = masked_rows([st for s in sets for st in stories[s]])
        P._shipped = lambda: kept
        P._match.cache_clear()
    if mode == "none":
        P._unlisted = lambda name, host: None
    for s in sets:
        write_jsonl(f"{out}/{s}.jsonl", [r for r in code_stories(iter(stories[s])) if r is not None])


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] not in ("shipped", "masked", "none"):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
