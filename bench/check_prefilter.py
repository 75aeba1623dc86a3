"""The prefilter changes no output: code the dev gold stories and bulk statements with and
without it, count the stories it spared the parser, and score both runs on the dev gold.

Run from the repo root:  .venv/bin/python bench/check_prefilter.py [--bulk 300]
"""
from __future__ import annotations

import argparse
import time
from itertools import islice
from pathlib import Path

from readout import evaluate
from readout.nlp import load_nlp
from readout.pipeline import prepare, code_stories
from readout.prefilter import Prefilter
from readout.stories import iter_stories

SHARED = Path(__file__).resolve().parents[1] / "../shared"
DEV = [SHARED / "corpus/real/stories.jsonl", SHARED / "seed"]
GOLD = SHARED / "corpus/real/gold-dev.jsonl"
BULK = SHARED / "corpus/bulk/whitehouse-statements.jsonl.gz"


def decisions(stories) -> dict[str, int]:
    """How many stories the prefilter sends to the parser, and why it spares the others."""
    nlp = load_nlp()
    pf = Prefilter(nlp)
    out = {"parse": 0, "no trigger": 0, "no actor": 0}
    for story in stories:
        norm, ctx = prepare(story)
        d = pf.decide(nlp.make_doc(norm.text), ctx)
        out["parse" if d.parse else d.reason] += 1
    return out


def main() -> None:
    """Run the check and print a table."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bulk", type=int, default=300, help="bulk statements to check")
    args = ap.parse_args()
    gold = evaluate.load_jsonl(GOLD)
    sets = {"dev gold stories": [s for s in iter_stories(DEV) if str(s.id) in gold],
            "dev + seed, all": list(iter_stories(DEV)),
            f"bulk, first {args.bulk}": list(islice(iter_stories([BULK]), args.bulk))}
    print(f"{'stories':22} {'n':>5} {'parsed':>7} {'spared':>7} {'identical':>10} {'s off':>7} {'s on':>7}")
    for name, stories in sets.items():
        t = time.perf_counter()
        off = list(code_stories(stories, prefilter=False))
        t_off = time.perf_counter() - t
        t = time.perf_counter()
        on = list(code_stories(stories, prefilter=True))
        t_on = time.perf_counter() - t
        d = decisions(stories)
        same = sum(a == b for a, b in zip(off, on))
        print(f"{name:22} {len(stories):5} {d['parse']:7} {len(stories) - d['parse']:7} "
              f"{same:>5}/{len(stories):<4} {t_off:7.1f} {t_on:7.1f}")
        if name == "dev gold stories":
            for label, records in (("prefilter off", off), ("prefilter on", on)):
                res, _ = evaluate.score(gold, {str(r["id"]): r for r in records})
                print(f"  dev gold, {label}: " + "  ".join(
                    f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
                    for k, v in _headline_numbers(res).items()))


def _headline_numbers(res: dict) -> dict:
    return {"event F1": res["events"]["f1"], "type F1": res["types"]["f1"],
            "stance F1": res["stances"]["f1"], "headline acc": res["headline_accuracy"],
            "date acc": res["date_accuracy"]}


if __name__ == "__main__":
    main()
