"""Train the learned trigger model (coder/learned.py) from gold events; `--roles` the actor model
(coder/roles.py); `--filter` the key filter (coder/keyfilter.py, `make train-filter`).

Each gold event's evidence is found in the story as coded; the word in it that carries the act
becomes a training example of the event's type: the lexicon's own trigger of that type when the
rules found one there, otherwise the candidate word highest in the parse (a reporting or light
verb gives way to the word it governs). Every other candidate word of the story is an example of
no event. A multinomial logistic regression (scikit-learn, needed only here) is fitted on the
features of learned.features and written as JSON weights, small weights dropped.

    python -m readout.trainer OUT.json GOLD:STORIES [GOLD:STORIES ...]
(bench/bench_learned_triggers.py trains it without each set in turn and scores that set.)
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from readout.cameo import plover_type
from readout.coder.learned import NONE, SENTENCE, WORD, dense, features, is_candidate, sentence_features
from readout.lexicons import word_class

__all__ = ["Example", "examples", "fit", "role_examples", "fit_roles", "KeyExample", "family", "filter_examples",
           "fit_filter", "main"]

REPORTING = word_class("reporting_verb")
LIGHT = word_class("light_verb")
# weights whose largest absolute value is below this are dropped: they change no decision
PRUNE = 0.02


@dataclass
class Example:
    """One candidate word: its story, features and class (`residual`: its class when training
    on residual words only; `index`: the word's token; `lexical`: a lexicon pattern matches it)."""

    story: str
    features: list[str]
    label: str
    vector: list[float] | None = None
    index: int = -1
    lexical: bool = False
    residual: str = NONE


def _rows(path: Path):
    """The JSON lines of a file, blank lines skipped."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _gold(path: Path) -> dict[str, dict]:
    return {g["id"]: g for g in _rows(path)}


def _find(text: str, evidence: str) -> tuple[int, int] | None:
    at = text.find(evidence)
    if at >= 0:
        return at, at + len(evidence)
    words = [re.escape(w) for w in evidence.split()]
    m = re.search(r"\s+".join(words), text) if words else None
    return (m.start(), m.end()) if m else None


def _depth(tok) -> int:
    return sum(1 for _ in tok.ancestors)


def _pick(cands: list, rule_hits: list):
    """The word of an evidence span that carries its act."""
    if rule_hits:
        return rule_hits[0]
    order = sorted(cands, key=_depth)
    for tok in order:
        lem = tok.lemma_.lower()
        below = [c for c in order if c.i != tok.i and tok.i in {a.i for a in c.ancestors}]
        if (lem in REPORTING or lem in LIGHT) and below:
            continue
        return tok
    return order[0] if order else None


def examples(pairs: list[tuple[Path, Path]], nlp=None, residual: bool = False, scope: str = WORD) -> list[Example]:
    """Training examples from (gold, stories) file pairs; stories without gold are skipped.
    residual=True keeps only the words no lexicon pattern matches (the only ones the model is
    asked about when coding) and the gold events whose evidence holds no lexicon trigger.
    scope=SENTENCE: one example per sentence with no lexicon trigger, its root, of the type of a
    gold event told in it."""
    from readout.nlp import load_nlp
    from readout.pipeline import coded_start, parse_docs, prepare
    from readout.stories import iter_stories

    from readout.coder.triggers import find_triggers

    nlp = nlp or load_nlp()
    patterns = nlp.get_pipe("readout_coder").coder.patterns
    out = []
    for gold_path, story_path in pairs:
        gold = _gold(gold_path)
        items = []
        for story in iter_stories(story_path):
            if story.id in gold:
                norm, ctx = prepare(story)
                doc = nlp.make_doc(norm.text)
                doc._.context = ctx
                items.append((story, gold[story.id], norm, doc))
        parsed = parse_docs(nlp, [doc for *_, doc in items])
        for (story, g, norm, _), doc in zip(items, parsed):
            base = coded_start(story)

            def orig(tok):
                s, e = norm.span_to_original(tok.idx, tok.idx + len(tok.text))
                return s + base, e + base

            found = {sent.start: find_triggers(sent, patterns) for sent in doc.sents}
            lexical = {t.token.i: plover_type(t.pattern.cameo) for ts in found.values() for t in ts}
            spans = [(e, _find(story.text, e["evidence"])) for e in g["events"]]
            if scope == SENTENCE:
                out += _sentence_examples(story.id, doc, found, spans, orig)
                continue
            where = {tok.i: orig(tok) for tok in doc if is_candidate(tok)}
            near = {i: orig(doc[i]) for i in lexical}
            labels, rest = {}, {}
            for e, span in spans:
                if span is None:
                    continue
                inside = [i for i, (s, t) in near.items() if s >= span[0] and t <= span[1]]
                cands = [doc[i] for i, (s, t) in where.items() if s >= span[0] and t <= span[1]]
                tok = _pick(cands, [doc[i] for i in inside if lexical[i] == e["type"]])
                if tok is not None and tok.i not in labels:
                    labels[tok.i] = e["type"]
                if inside:
                    continue        # the rules' word to code
                tok = _pick([c for c in cands if c.i not in lexical], [])
                if tok is not None and tok.i not in rest:
                    rest[tok.i] = e["type"]
            for i in where:
                if residual and i in lexical:
                    continue
                v = dense(doc[i])
                out.append(Example(story.id, features(doc[i]), rest.get(i, NONE) if residual else labels.get(i, NONE),
                                   [round(float(x), 4) for x in v] if v is not None else None,
                                   i, i in lexical, rest.get(i, NONE)))
    return out


def _sentence_examples(story: str, doc, found: dict, spans: list, orig) -> list[Example]:
    """The roots of the sentences the lexicons find no trigger in, each labelled with the type of
    the first gold event whose evidence overlaps the sentence."""
    out = []
    for sent in doc.sents:
        root = sent.root
        if found[sent.start] or not is_candidate(root):
            continue
        s, t = orig(sent[0])[0], orig(sent[-1])[1]
        label = next((e["type"] for e, span in spans if span and span[0] < t and s < span[1]), NONE)
        v = dense(root)
        out.append(Example(story, sentence_features(root), label,
                           [round(float(x), 4) for x in v] if v is not None else None, root.i, False, label))
    return out


def fit(train: list[Example], c: float = 1.0, threshold: float = 0.5, use_dense: bool = True,
        scope: str = WORD, tol: float = 1e-4) -> dict:
    """The model JSON (learned.read_model's format) fitted on the examples."""
    import numpy
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in ex.features} for ex in train])
    width = len(train[0].vector) if use_dense and train[0].vector else 0
    if width:
        d = numpy.array([ex.vector or [0.0] * width for ex in train], dtype=numpy.float64)
        x = hstack([x, csr_matrix(d)]).tocsr()
    y = [ex.label for ex in train]
    clf = LogisticRegression(C=c, max_iter=2000, tol=tol)
    clf.fit(x, y)
    classes = [str(k) for k in clf.classes_]
    weights = {}
    coef, intercept = clf.coef_, clf.intercept_
    if len(classes) == 2:
        # a binary model has one row, for the second class: as a softmax, half of it each way
        coef, intercept = numpy.vstack([-coef / 2, coef / 2]), numpy.array([-intercept[0] / 2, intercept[0] / 2])
    coef = coef.T     # features x classes
    n = len(vec.vocabulary_)
    dense_w = [[round(float(v), 4) for v in row] for row in coef[n:]] if width else None
    for name, j in vec.vocabulary_.items():
        w = coef[j]
        if abs(w).max() >= PRUNE:
            weights[name] = [round(float(v), 3) for v in w]
    # the bias rides on the feature every word has ("b")
    b = weights.get("b", [0.0] * len(classes))
    weights["b"] = [round(float(x + i), 3) for x, i in zip(b, intercept)]
    return {"classes": classes, "weights": dict(sorted(weights.items())), "dense": dense_w, "threshold": threshold,
            "scope": scope, "trained_on": sorted({ex.story for ex in train})}


def role_examples(pairs: list[tuple[Path, Path]], nlp=None) -> list[Example]:
    """Training examples of the actor model (coder/roles.py) from (gold, stories) file pairs: each
    trigger the rules code, aligned to the gold events of its type whose evidence holds it; each
    candidate actor is a source or target of one of them (one example per role), or neither."""
    from readout.nlp import load_nlp
    from readout.pipeline import coded_start, parse_docs, prepare
    from readout.stories import iter_stories

    from readout.coder.roles import NONE as NO_ROLE, SOURCE, TARGET

    nlp = nlp or load_nlp()
    coder = nlp.get_pipe("readout_coder").coder
    out = []
    for gold_path, story_path in pairs:
        gold = _gold(gold_path)
        items, docs = [], []
        for story in iter_stories(story_path):
            if story.id in gold:
                norm, ctx = prepare(story)
                doc = nlp.make_doc(norm.text)
                doc._.context = ctx
                items.append((story, gold[story.id], norm))
                docs.append(doc)
        coder.trace = []
        try:
            parsed = list(parse_docs(nlp, docs))
            trace = coder.trace
        finally:
            coder.trace = None
        for (story, g, norm), doc in zip(items, parsed):
            base = coded_start(story)
            spans = [(e, _find(story.text, e["evidence"])) for e in g["events"]]
            for tdoc, i, plover, cands, _, _ in trace:
                if tdoc is not doc:
                    continue
                tok = doc[i]
                s, t = norm.span_to_original(tok.idx, tok.idx + len(tok.text))
                s, t = s + base, t + base
                aligned = [e for e, span in spans if span and span[0] <= s and t <= span[1] and e["type"] == plover]
                for code, feats in cands.items():
                    roles = {SOURCE for e in aligned if e["source"] == code} | \
                            {TARGET for e in aligned if e["target"] == code}
                    for r in sorted(roles) or [NO_ROLE]:
                        out.append(Example(story.id, feats, r))
    return out


def fit_roles(train: list[Example], c: float = 1.0, threshold: float = 0.5, rerank: float = 1.01) -> dict:
    """The actor model JSON (roles.read_roles's format) fitted on the examples."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in ex.features} for ex in train])
    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(x, [ex.label for ex in train])
    classes = [str(k) for k in clf.classes_]
    coef = clf.coef_.T
    weights = {}
    for name, j in vec.vocabulary_.items():
        w = coef[j]
        if abs(w).max() >= PRUNE:
            weights[name] = [round(float(v), 3) for v in w]
    b = weights.get("b", [0.0] * len(classes))
    weights["b"] = [round(float(x + i), 3) for x, i in zip(b, clf.intercept_)]
    return {"classes": classes, "weights": dict(sorted(weights.items())), "threshold": threshold,
            "rerank": rerank, "trained_on": sorted({ex.story for ex in train})}


@dataclass
class KeyExample:
    """One event key the rules give a story: its group (a gold set or judged sample), the story's
    publisher family, the key, its features and its label (1 right, 0 wrong, None not judged)."""

    group: str
    story: str
    family: str
    key: tuple
    features: list[str]
    label: int | None
    judged: bool = False


def family(publisher: str | None) -> str:
    """The publisher family of the breadth rule: White House, Kremlin, or everyone else."""
    p = (publisher or "").lower()
    return "WH" if "white house" in p else "Kremlin" if "kremlin" in p or "president of russia" in p else "other"


def _verdicts(path: Path) -> dict[tuple, int]:
    """A judged sample's verdicts: (story id, source, type, target) -> 1 right, 0 wrong."""
    return {(d["id"], d["source"], d["type"], d["target"]): int(d["verdict"] == "correct") for d in _rows(path)}


def filter_examples(group: str, stories: list, gold: dict | None = None, judged: dict | None = None,
                    nlp=None) -> tuple[list[KeyExample], list[dict]]:
    """The keys the rules give each story (but the main meeting's and the title's act, which the
    filter never drops), labelled by the gold (`gold`: id -> record; a key in the story's gold keys
    is right) or by judges' verdicts (`judged`, _verdicts); and the rules' records."""
    from readout.evaluate import event_key
    from readout.nlp import load_nlp
    from readout.pipeline import code_stories

    if gold is not None:
        stories = [s for s in stories if s.id in gold]
    nlp = nlp or load_nlp((), (), ())     # the pipeline code_stories uses (cached by its arguments)
    comp = nlp.get_pipe("readout_coder")
    comp.filter_trace = trace = []
    try:
        records = list(code_stories(stories, workers=1, prefilter=False, key_filter=False))
    finally:
        comp.filter_trace = None
    if len(trace) != len(records):
        raise RuntimeError(f"{group}: {len(trace)} traced stories for {len(records)} records")
    out = []
    for story, rec, keys in zip(stories, records, trace):
        fam = family(story.publisher)
        right = {event_key(e) for e in gold[story.id].get("events", [])} if gold is not None else None
        for key in sorted(keys, key=str):
            label = (int(key in right) if right is not None
                     else (judged or {}).get((story.id, *key)))
            out.append(KeyExample(group, story.id, fam, key, keys[key], label, judged is not None))
    return out, records


def fit_filter(train: list[KeyExample], c: float = 1.0, threshold: float = 0.5, judged: float = 1.0) -> dict:
    """The key filter JSON (keyfilter.read_filter's format) fitted on the labelled examples, a judged
    sample's weighing `judged` times a gold set's."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    train = sorted((ex for ex in train if ex.label is not None), key=lambda ex: (ex.group, ex.story, str(ex.key)))
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(ex.features, 1) for ex in train])
    clf = LogisticRegression(C=c, max_iter=5000)
    clf.fit(x, [ex.label for ex in train], sample_weight=[judged if ex.judged else 1.0 for ex in train])
    weights = {}
    for name, j in vec.vocabulary_.items():
        w = float(clf.coef_[0][j])
        if abs(w) >= PRUNE:
            weights[name] = round(w, 3)
    # the bias rides on the feature every key has ("b")
    weights["b"] = round(weights.get("b", 0.0) + float(clf.intercept_[0]), 3)
    return {"weights": dict(sorted(weights.items())), "threshold": threshold, "c": c, "judged": judged,
            "examples": len(train), "groups": sorted({ex.group for ex in train})}


def filter_groups(styles: Path, held_out: set[str], shared: Path, samples: list[tuple[str, Path, Path]],
                  nlp=None) -> dict[str, tuple[list[KeyExample], list[dict]]]:
    """Every group's examples and records: each set of `styles` but those held out (SET.jsonl with
    SET-gold.jsonl), the dev gold of `shared`, and each judged sample (name, statements, verdicts)."""
    from readout.stories import iter_stories

    out = {}
    sets = sorted(p.name[:-len("-gold.jsonl")] for p in styles.glob("*-gold.jsonl"))
    pairs = [("dev", shared / "corpus/real/gold-dev.jsonl", [shared / "corpus/real/stories.jsonl", shared / "seed"])]
    pairs += [(name, styles / f"{name}-gold.jsonl", [styles / f"{name}.jsonl"]) for name in sets if name not in held_out]
    for name, gold_path, paths in pairs:
        stories = [s for p in paths for s in iter_stories(p)]
        out[name] = filter_examples(name, stories, gold=_gold(gold_path), nlp=nlp)
        print(f"{name}: {len(out[name][0])} keys", file=sys.stderr)
    for name, statements, verdicts in samples:
        out[name] = filter_examples(name, list(iter_stories(statements)), judged=_verdicts(verdicts), nlp=nlp)
        print(f"{name}: {len(out[name][0])} keys", file=sys.stderr)
    return out


def main(argv: list[str]) -> int:
    """Train on GOLD:STORIES pairs and write the model to OUT."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m readout.trainer", description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="the model file to write (JSON)")
    ap.add_argument("pairs", nargs="+", help="GOLD:STORIES, a gold file and the stories it codes")
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularization strength")
    ap.add_argument("--threshold", type=float, default=0.5, help="least probability of a proposed type")
    ap.add_argument("--no-dense", action="store_true", help="without the parser's context vectors")
    ap.add_argument("--residual", action="store_true", help="learn only from words no lexicon pattern matches")
    ap.add_argument("--roles", action="store_true", help="train the actor model (coder/roles.py) instead")
    ap.add_argument("--filter", action="store_true",
                    help="train the key filter (coder/keyfilter.py) instead: PAIRS are STYLES_DIR SHARED_DIR "
                         "[NAME:STATEMENTS:VERDICTS ...], --held-out names sets of STYLES_DIR to leave out")
    ap.add_argument("--held-out", default="", help="with --filter: comma-separated sets left out")
    ap.add_argument("--judged", type=float, default=1.0, help="with --filter: a judged key's weight")
    a = ap.parse_args(argv)
    if a.filter:
        styles, shared, *rest = a.pairs
        samples = [(n, Path(st), Path(v)) for n, st, v in (r.split(":") for r in rest)]
        groups = filter_groups(Path(styles), set(filter(None, a.held_out.split(","))), Path(shared), samples)
        model = fit_filter([ex for exs, _ in groups.values() for ex in exs], c=a.c, threshold=a.threshold,
                           judged=a.judged)
        a.out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"{a.out}: {len(model['weights'])} features, {model['examples']} keys")
        return 0
    pairs = []
    for arg in a.pairs:
        gold, _, stories = arg.partition(":")
        pairs.append((Path(gold), Path(stories)))
    if a.roles:
        model = fit_roles(role_examples(pairs), c=a.c, threshold=a.threshold)
        a.out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"{a.out}: {len(model['weights'])} features, {len(model['trained_on'])} stories")
        return 0
    model = fit(examples(pairs, residual=a.residual), c=a.c, threshold=a.threshold, use_dense=not a.no_dense)
    a.out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{a.out}: {len(model['weights'])} features, {len(model['classes'])} classes, "
          f"{len(model['trained_on'])} stories")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
