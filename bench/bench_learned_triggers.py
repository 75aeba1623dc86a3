"""Does the trained trigger model (coder/learned.py) beat the lexicons alone on gold it never saw?

Run from the repo root:
    .venv/bin/python bench/bench_learned_triggers.py --rules DIR [--cache DIR] [--out DIR]
        [--variants NAME:key=value,...;NAME:...]

Needs scikit-learn (`pip install -e '.[train]'`). Held out: each of the dev gold's three folds
(../shared/tools/folds.py) alone, and the sets of eval/styles one at a time (chunks=0) or in
`chunks` interleaved groups (6: fewer fits); each is scored with a model trained on the gold of all
the other groups, so no set is scored by a model that saw it. Only the stories where the model
proposes a word (one no lexicon pattern matches, at or over its type's threshold) are coded again
with it; the others keep the rules' own output, read from DIR (`readout code` of dev and every
style set, as /work/lead/snap.sh writes it). Prints per variant the proposals and how many carry
the gold type, events F1 per group and dev fold, rules alone -> with the model, and the style sets
in aggregate. Set OMP_NUM_THREADS=1 on a shared machine: the fits' threads otherwise fight.

Variant keys: threshold (0.5), c (1.0), dense (0: the parser's context vectors too), tol (0.001),
residual (0: train on words no lexicon pattern matches only), strict (0: keep a proposal only where
the rules resolve its source and its target), scope (word | sentence: a type for a sentence the
lexicons find nothing in, proposed at its root), by_type (0: each type's own threshold, the least
of 0.5 ... 0.95 at which the type's proposals on the training groups, each half scored by a model
trained on the other half, are right at least `aim` (0.6) of the time; a type never that precise
is not proposed), chunks (6).
"""
from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import numpy

from readout.coder import EventCoder
from readout.coder.learned import NONE, SENTENCE, WORD, read_model
from readout.nlp import load_nlp
from readout.pipeline import code_stories
from readout.stories import iter_stories
from readout.trainer import examples, fit

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
STYLES = ROOT / "eval" / "styles"
sys.path.insert(0, str(SHARED / "tools"))
from folds import fold_of  # noqa: E402
from score import load, score  # noqa: E402

DEV_GOLD = SHARED / "corpus/real/gold-dev.jsonl"
DEV_STORIES = [SHARED / "corpus/real/stories.jsonl", SHARED / "seed"]
STEPS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]
DEFAULTS = {"threshold": 0.5, "c": 1.0, "dense": 0, "tol": 1e-3, "residual": 0, "strict": 0, "scope": WORD, "by_type": 0,
            "aim": 0.6, "chunks": 6}


def style_sets() -> list[str]:
    """Every set of eval/styles with gold."""
    return [s.name[:-len("-gold.jsonl")] for s in sorted(STYLES.glob("*-gold.jsonl"))]


def all_examples(nlp, scope: str, cache: Path | None) -> dict[str, list]:
    """Each group's examples (style sets by name, dev folds as dev:FOLD), cached by scope."""
    path = cache / f"examples-{scope}.pkl" if cache else None
    if path and path.exists():
        return pickle.loads(path.read_bytes())
    out = {}
    for name in style_sets():
        print(f"examples {scope} {name}", file=sys.stderr, flush=True)
        out[name] = examples([(STYLES / f"{name}-gold.jsonl", STYLES / f"{name}.jsonl")], nlp, scope=scope)
    dev = examples([(DEV_GOLD, p) for p in DEV_STORIES], nlp, scope=scope)
    for ex in dev:
        out.setdefault(f"dev:{fold_of(ex.story)}", []).append(ex)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(out))
    return out


def training(exs: list, v: dict) -> list:
    """The examples a variant trains on."""
    if v["residual"] and v["scope"] == WORD:
        exs = [replace(ex, label=ex.residual) for ex in exs if not ex.lexical]
    return exs


def proposals(model, exs: list) -> list[tuple]:
    """(example, proposed type, probability) for each word the model would propose."""
    out = []
    for ex in exs:
        if ex.lexical:
            continue
        z = [0.0] * len(model.classes)
        for name in ex.features:
            w = model.weights.get(name)
            if w is not None:
                z = [a + b for a, b in zip(z, w)]
        if model.dense is not None and ex.vector is not None:
            z = [a + float(b) for a, b in zip(z, numpy.array(ex.vector) @ model.dense)]
        top = max(z)
        e = {c: math.exp(x - top) for c, x in zip(model.classes, z)}
        total = sum(e.values())
        e.pop(NONE, None)
        best = max(e, key=e.get)
        p = e[best] / total
        out.append((ex, best, p))
    return out


FITTED: dict = {}     # fits shared by variants that differ only in how they use the model


def model_for(train: list, v: dict, held=None):
    """The fitted model of a variant, as the coder reads it (`held`: a key to share the fit by)."""
    key = (held, v["c"], v["dense"], v["residual"], v["scope"], v["tol"]) if held is not None else None
    d = FITTED.get(key) if key else None
    if d is None:
        d = fit(training(train, v), c=v["c"], use_dense=bool(v["dense"]), scope=v["scope"], tol=v["tol"])
        if key:
            FITTED[key] = d
    return read_model(json.dumps(dict(d, threshold=v["threshold"], strict=bool(v["strict"]))))


def type_thresholds(by_group: dict, held: set, v: dict) -> dict[str, float]:
    """Each type's threshold from the training groups alone: two models, each trained without
    half of them, score that half; a type's threshold is the least step whose proposals are right
    at least `aim` of the time (1.01, never proposed, if none is)."""
    names = sorted(n for n in by_group if n not in held)
    scored = []
    for k in range(2):
        part = set(names[k::2])
        m = model_for([ex for n in names if n not in part for ex in by_group[n]], v, frozenset(part | held))
        scored += proposals(m, [ex for n in part for ex in by_group[n]])
    out = {}
    for kind in sorted({k for _, k, _ in scored}):
        out[kind] = 1.01
        for step in STEPS:
            hits = [ex.residual == kind or ex.label == kind for ex, k, p in scored if k == kind and p >= step]
            if len(hits) >= 3 and sum(hits) / len(hits) >= v["aim"]:
                out[kind] = step
                break
    return out


def units(names: list[str], chunks: int) -> list[set]:
    """What is held out together: each dev fold alone, the style sets one by one (chunks 0) or in
    `chunks` interleaved groups (fewer fits; each set is still scored by a model that never saw it)."""
    dev = [{n} for n in names if n.startswith("dev:")]
    styles = [n for n in names if not n.startswith("dev:")]
    if not chunks:
        return dev + [{n} for n in styles]
    return dev + [set(styles[k::chunks]) for k in range(chunks)]


def group_stories(name: str) -> tuple[Path, list]:
    """A group's gold file and its stories with gold."""
    if name.startswith("dev:"):
        gold = load(DEV_GOLD)
        return DEV_GOLD, [s for p in DEV_STORIES for s in iter_stories(p) if s.id in gold and fold_of(s.id) == name[4:]]
    path = STYLES / f"{name}-gold.jsonl"
    gold = load(path)
    return path, [s for s in iter_stories(STYLES / f"{name}.jsonl") if s.id in gold]


def prf(tp: int, fp: int, fn: int) -> str:
    """'F1 (P/R) tp/fp/fn'."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{f:.3f} ({p:.3f}/{r:.3f}) {tp}/{fp}/{fn}"


def run_variant(tag: str, v: dict, by_group: dict, rules_dir: Path, nlp, out: Path) -> dict:
    """Leave each group out, code the stories the model proposes in, score against the rules."""
    comp = nlp.get_pipe("readout_coder")
    rules = comp.coder
    rows = {}
    for held in units(sorted(by_group), v["chunks"]):
        model = model_for([ex for n, exs in by_group.items() if n not in held for ex in exs], v, frozenset(held))
        if v["by_type"]:
            model.by_type = type_thresholds(by_group, held, v)
        print(f"{tag} holding out {sorted(held)}: by type {model.by_type}", file=sys.stderr, flush=True)
        for name in sorted(held):
            rows[name] = score_group(tag, name, model, by_group, rules_dir, comp, rules, out)
    return rows


def score_group(tag, name, model, by_group, rules_dir, comp, rules, out):
    """One held-out group coded with the rules and with the model where it proposes, both scored."""
    props = [(ex, k, p) for ex, k, p in proposals(model, by_group[name]) if p >= model.threshold_of(k)]
    right = sum(1 for ex, k, p in props if ex.residual == k or ex.label == k)
    touched = {ex.story for ex, _, _ in props}
    gold_path, stories = group_stories(name)
    rules_out = {}
    src = rules_dir / ("dev.jsonl" if name.startswith("dev:") else f"{name}.jsonl")
    with open(src, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                rules_out[rec["id"]] = rec
    coded = {}
    redo = [s for s in stories if s.id in touched]
    if redo:
        comp.coder = EventCoder(rules.patterns, model)
        try:
            for s, rec in zip(redo, code_stories(redo, workers=1)):
                coded[s.id] = rec
        finally:
            comp.coder = rules
    gold = {k: g for k, g in load(gold_path).items() if k in {s.id for s in stories}}
    base_pred, model_pred = out / f"{tag}-{name}-rules.jsonl", out / f"{tag}-{name}-model.jsonl"
    with open(base_pred, "w") as b, open(model_pred, "w") as m:
        for s in stories:
            b.write(json.dumps(rules_out[s.id]) + "\n")
            m.write(json.dumps(coded.get(s.id, rules_out[s.id])) + "\n")
    a, z = score(gold, load(base_pred))[0], score(gold, load(model_pred))[0]
    row = (a["events"], z["events"], a["stances"]["f1"], z["stances"]["f1"], len(props), right)
    ea, ez = a["events"], z["events"]
    print(f"{tag:10} {name:20} props {len(props):4} right {right:4}  events {ea['f1']:.3f} -> {ez['f1']:.3f} "
          f"(tp {ea['tp']}->{ez['tp']}, fp {ea['fp']}->{ez['fp']})  stances {a['stances']['f1']:.3f} -> "
          f"{z['stances']['f1']:.3f}", flush=True)
    return row


def summary(tag: str, rows: dict) -> str:
    """A variant's aggregate over the style sets, each dev fold, and the proposals."""
    lines = []
    for label, names in (("styles", [n for n in rows if not n.startswith("dev:")]),
                         ("dev", [n for n in rows if n.startswith("dev:")])):
        a = [sum(rows[n][0][k] for n in names) for k in ("tp", "fp", "fn")]
        z = [sum(rows[n][1][k] for n in names) for k in ("tp", "fp", "fn")]
        props, right = sum(rows[n][4] for n in names), sum(rows[n][5] for n in names)
        lines.append(f"{tag:10} {label:20} props {props:5} right {right:5}  rules {prf(*a)} -> model {prf(*z)}")
    for n in sorted(x for x in rows if x.startswith("dev:")):
        a, z = rows[n][0], rows[n][1]
        lines.append(f"{tag:10} {n:20} rules {prf(a['tp'], a['fp'], a['fn'])} -> model {prf(z['tp'], z['fp'], z['fn'])}")
    return "\n".join(lines)


def parse_variants(text: str) -> dict[str, dict]:
    """'NAME:key=value,...;NAME:...' as variant settings over DEFAULTS."""
    out = {}
    for part in text.split(";"):
        name, _, spec = part.partition(":")
        v = dict(DEFAULTS)
        for kv in filter(None, spec.split(",")):
            k, _, val = kv.partition("=")
            v[k] = type(DEFAULTS[k])(val) if k != "scope" else val
        out[name] = v
    return out


def main() -> int:
    """Every variant, each group held out in turn."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rules", type=Path, required=True, help="the rules' own output of dev and every style set")
    ap.add_argument("--variants", default="base:", help="NAME:key=value,...;NAME:... (see above)")
    ap.add_argument("--cache", type=Path, default=None, help="keep the parsed examples here")
    ap.add_argument("--out", type=Path, default=None)
    a = ap.parse_args()
    out = a.out or Path(tempfile.mkdtemp(prefix="learned-"))
    out.mkdir(parents=True, exist_ok=True)
    nlp = load_nlp((), (), ())
    sums = []
    for tag, v in parse_variants(a.variants).items():
        by_group = all_examples(nlp, v["scope"], a.cache)
        rows = run_variant(tag, v, by_group, a.rules, nlp, out)
        sums.append(summary(tag, rows))
        print(sums[-1], flush=True)
    print("\n".join(sums))
    print(f"outputs in {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
