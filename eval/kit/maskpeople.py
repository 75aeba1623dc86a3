#!/usr/bin/env python3
"""maskpeople.py MODE OUT SEED SET...: code style sets as if half the people they name were new to people.tsv.

MODE shipped: as shipped. masked: of the people.tsv people whose name or an alias occurs in a story
of the named sets not published by the White House or kremlin.ru, a half drawn with SEED is dropped
from people.tsv (every line of theirs), so only the fallbacks for an unknown name (an office before
it, the publisher's own official, an earlier mention) can resolve them. Writes OUT/SET.jsonl and
OUT/dropped.txt; score with cmp.py OUT (or cmp.py A B for deltas). Run from a checkout with
PYTHONPATH=src; never name a held-out set.
"""
import os
import random
import re
import sys

import readout.lexicons.actors_data as A
from readout.evaluate import write_jsonl
from readout.lexicons import data_path, read_tsv
from readout.pipeline import code_stories
from readout.stories import iter_stories

KEEP = {"The White House", "President of Russia"}


def named_people(stories) -> list[str]:
    """people.tsv names whose name or an alias is a whole word in a story from a foreign publisher."""
    texts = [f"{st.title or ''}\n{st.text}" for st in stories if st.publisher not in KEEP]
    found = set()
    for _, row in read_tsv(data_path("people.tsv"), *A.COLUMNS["people"]):
        forms = [row["name"]] + [a for a in row["aliases"].split("|") if a]
        pats = [re.compile(r"(?<!\w)" + re.escape(f) + r"(?!\w)") for f in forms]
        if any(p.search(t) for p in pats for t in texts):
            found.add(row["name"])
    return sorted(found)


def masked_file(drop: set[str], path: str) -> str:
    """A copy of people.tsv without the lines of the dropped people."""
    with open(data_path("people.tsv"), encoding="utf-8") as src, open(path, "w", encoding="utf-8") as out:
        for line in src:
            if line.split("\t", 1)[0] not in drop or line.startswith("#"):
                out.write(line)
    return path


def main(mode, out, seed, sets):
    os.makedirs(out, exist_ok=True)
    stories = {s: list(iter_stories([f"eval/styles/{s}.jsonl"])) for s in sets}
    if mode == "masked":
        names = named_people([st for s in sets for st in stories[s]])
        drop = set(random.Random(seed).sample(names, len(names) // 2))
        with open(f"{out}/dropped.txt", "w", encoding="utf-8") as f:
            f.write("".join(n + "\n" for n in sorted(drop)))
        path = masked_file(drop, f"{out}/people.tsv")
        real = A.data_path
        A.data_path = lambda name: path if name == "people.tsv" else real(name)
        A.load_actor_data.cache_clear()
        print(f"dropped {len(drop)} of {len(names)} people", file=sys.stderr)
    for s in sets:
        write_jsonl(f"{out}/{s}.jsonl", [r for r in code_stories(iter(stories[s])) if r is not None])


if __name__ == "__main__":
    if len(sys.argv) < 5 or sys.argv[1] not in ("shipped", "masked"):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:])
