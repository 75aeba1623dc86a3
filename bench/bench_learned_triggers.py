"""Does the trained trigger model (coder/learned.py) beat the lexicons alone on gold it never saw?

Run from the repo root:  .venv/bin/python bench/bench_learned_triggers.py [--c 1] [--threshold 0.5]
                         [--no-dense] [--residual] [--sets fresh,fresh2,...,dev] [--out DIR]

Needs scikit-learn (`pip install -e '.[train]'`). For each group in turn (each set of eval/styles,
and the dev gold of ../shared as one group), the model is trained on the gold of all the other
groups, the group is coded with the lexicons alone and with the model, and both are scored with
../shared/tools/score.py. Prints events and stances F1 per group, rules alone -> with the model,
with tp/fp/fn; the dev gold's folds (../shared/tools/folds.py) are in DIR/dev-*.folds.txt.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from readout.coder import EventCoder, load_patterns
from readout.coder.learned import read_model
from readout.nlp import load_nlp
from readout.pipeline import code_stories
from readout.stories import iter_stories
from readout.trainer import examples, fit

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
STYLES = ROOT / "eval" / "styles"


def groups(names: list[str]) -> dict[str, tuple[Path, list[Path]]]:
    """Each group's gold file and story files."""
    out = {}
    for name in names:
        if name == "dev":
            out[name] = (SHARED / "corpus/real/gold-dev.jsonl",
                         [SHARED / "corpus/real/stories.jsonl", SHARED / "seed"])
        else:
            out[name] = (STYLES / f"{name}-gold.jsonl", [STYLES / f"{name}.jsonl"])
    return out


def held_out_groups(sets: str | None) -> tuple[dict, dict, dict]:
    """Every group (each eval/styles set, and dev), the ones `--sets` chose (comma-separated; all by
    default), and each group's (gold, stories) pairs to train on."""
    every = groups([s.name[:-len("-gold.jsonl")] for s in sorted(STYLES.glob("*-gold.jsonl"))] + ["dev"])
    chosen = groups(sets.split(",")) if sets else every
    pairs = {name: [(gold, p) for p in paths] for name, (gold, paths) in every.items()}
    return every, chosen, pairs


def score(gold: Path, pred: Path) -> dict[str, str]:
    """score.py's lines by their first word."""
    text = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(gold), str(pred)],
                          capture_output=True, text=True, check=True).stdout
    return {line.split()[0]: line for line in text.splitlines() if line.strip()}


def f1(line: str) -> str:
    """'0.881 (343/24/69)' from a score.py line."""
    parts = line.replace("(", " ").replace(")", " ").replace(",", " ").split()
    nums = {parts[k]: parts[k + 1] for k in range(len(parts) - 1) if parts[k] in ("F1", "tp", "fp", "fn")}
    return f"{nums['F1']} ({nums['tp']}/{nums['fp']}/{nums['fn']})"


def main() -> int:
    """Train without each group, code it with and without the model, print the scores."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--no-dense", action="store_true")
    ap.add_argument("--residual", action="store_true")
    ap.add_argument("--sets", default=None, help="comma-separated groups (default: every eval/styles set, and dev)")
    ap.add_argument("--out", type=Path, default=None)
    a = ap.parse_args()
    out = a.out or Path(tempfile.mkdtemp(prefix="learned-"))
    out.mkdir(parents=True, exist_ok=True)
    every, chosen, pairs = held_out_groups(a.sets)
    nlp = load_nlp((), (), ())
    comp = nlp.get_pipe("readout_coder")
    rules = comp.coder
    print("training examples ...", file=sys.stderr)
    by_group = {name: examples(ps, nlp, residual=a.residual) for name, ps in pairs.items()}
    print(f"{'set':10} {'events: rules':>20} {'with model':>20} {'stances: rules':>16} {'with model':>12}")
    for name, (gold, paths) in chosen.items():
        train = [ex for other, exs in by_group.items() if other != name for ex in exs]
        model = read_model(json.dumps(fit(train, c=a.c, threshold=a.threshold, use_dense=not a.no_dense)))
        stories = [s for p in paths for s in iter_stories(p)]
        lines = {}
        for tag, coder in (("rules", rules), ("model", EventCoder(rules.patterns, model))):
            comp.coder = coder
            pred = out / f"{name}-{tag}.jsonl"
            with open(pred, "w", encoding="utf-8") as fh:
                for rec in code_stories(stories, workers=1):
                    fh.write(json.dumps(rec) + "\n")
            lines[tag] = score(gold, pred)
            if name == "dev":
                folds = subprocess.run([sys.executable, str(SHARED / "tools/folds.py"), str(gold), str(pred)],
                                       capture_output=True, text=True).stdout
                (out / f"dev-{tag}.folds.txt").write_text(folds)
        comp.coder = rules
        print(f"{name:10} {f1(lines['rules']['events']):>20} {f1(lines['model']['events']):>20} "
              f"{lines['rules']['stances'].split()[6]:>16} {lines['model']['stances'].split()[6]:>12}", flush=True)
    print(f"outputs in {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
