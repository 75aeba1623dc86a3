"""Does the trained actor model (coder/roles.py) beat the rules alone on gold it never saw?

Run from the repo root:  .venv/bin/python bench/bench_roles.py [--c 1] [--threshold 0.5,0.7]
                         [--rerank 1.01] [--sets fresh,...,dev] [--out DIR]

Needs scikit-learn (`pip install -e '.[train]'`). For each group in turn (each set of eval/styles,
and the dev gold of ../shared as one group), the model is trained on the gold of all the other
groups, the group is coded with the rules alone and with the model at each threshold, and both
are scored with ../shared/tools/score.py; the dev gold's folds are in DIR/dev-*.folds.txt.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_learned_triggers import f1, groups, held_out_groups, score, SHARED, STYLES  # noqa: E402

from readout.coder import EventCoder  # noqa: E402
from readout.coder.roles import read_roles  # noqa: E402
from readout.nlp import load_nlp  # noqa: E402
from readout.pipeline import code_stories  # noqa: E402
from readout.stories import iter_stories  # noqa: E402
from readout.trainer import fit_roles, role_examples  # noqa: E402


def main() -> int:
    """Train without each group, code it with and without the model, print the scores."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--threshold", default="0.5")
    ap.add_argument("--rerank", type=float, default=1.01)
    ap.add_argument("--sets", default=None, help="comma-separated groups (default: every eval/styles set, and dev)")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--rules-from", type=Path, default=None, help="a directory of the rules' own output, SET.jsonl")
    a = ap.parse_args()
    out = a.out or Path(tempfile.mkdtemp(prefix="roles-"))
    out.mkdir(parents=True, exist_ok=True)
    every, chosen, pairs = held_out_groups(a.sets)
    nlp = load_nlp((), (), ())
    comp = nlp.get_pipe("readout_coder")
    rules = comp.coder
    print("training examples ...", file=sys.stderr)
    by_group = {name: role_examples(ps, nlp) for name, ps in pairs.items()}
    print(f"examples: {sum(len(v) for v in by_group.values())}", file=sys.stderr)
    thresholds = [float(t) for t in a.threshold.split(",")]
    print(f"{'set':10} {'events: rules':>20} " + " ".join(f"{'t=' + str(t):>20}" for t in thresholds)
          + f" {'stances: rules':>16}")
    for name, (gold, paths) in chosen.items():
        train = [ex for other, exs in by_group.items() if other != name for ex in exs]
        fitted = fit_roles(train, c=a.c, rerank=a.rerank)
        stories = [s for p in paths for s in iter_stories(p)]
        lines = {}
        for tag, coder in [("rules", rules)] + [
                (f"t{t}", EventCoder(rules.patterns, roles=read_roles(json.dumps({**fitted, "threshold": t}))))
                for t in thresholds]:
            comp.coder = coder
            pred = out / f"{name}-{tag}.jsonl"
            if tag == "rules" and a.rules_from is not None:
                pred = a.rules_from / f"{name}.jsonl"
            else:
                with open(pred, "w", encoding="utf-8") as fh:
                    for rec in code_stories(stories, workers=1):
                        fh.write(json.dumps(rec) + "\n")
            lines[tag] = score(gold, pred)
            if name == "dev":
                folds = subprocess.run([sys.executable, str(SHARED / "tools/folds.py"), str(gold), str(pred)],
                                       capture_output=True, text=True).stdout
                (out / f"dev-{tag}.folds.txt").write_text(folds)
        comp.coder = rules
        print(f"{name:10} {f1(lines['rules']['events']):>20} "
              + " ".join(f"{f1(lines[f't{t}']['events']):>20}" for t in thresholds)
              + f" {lines['rules']['stances'].split()[6]:>16}", flush=True)
    print(f"outputs in {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
