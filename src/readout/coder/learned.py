"""A trained trigger model (an experiment; not used by default): proposes an event type for a
word the pattern lexicons do not know (docs/coder.md, "A trained trigger model: tried, not used").

The model is a multinomial logistic regression over the word's parse context (its lemma, what it
governs, what governs it, its modals and negation) and, optionally, the parser's context vectors
of the word and its head; trainer.py fits it on gold events (scikit-learn, needed only there) and
writes it as JSON weights. Prediction is a sum of weights and a softmax. A proposed word becomes a
trigger with the commonest pattern of its type in the lexicon (cameo code, target rule, announced
form) and goes through the same status, source and target rules as a lexicon trigger
(EventCoder.learned_triggers). A model of scope SENTENCE instead proposes a type at the root of
a sentence the lexicons find nothing in, from the sentence's words. Cross-validated on the dev gold
and eval/styles it changed almost nothing, with 30 style sets as with eight
(bench/bench_learned_triggers.py), so readout codes with the lexicons alone.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, replace

import numpy
from spacy.tokens import Token

from readout.cameo import plover_type
from readout.coder.patterns import Kind, Pattern, PatternSet
from readout.lexicons import word_class

__all__ = ["features", "sentence_features", "dense", "is_candidate", "TriggerModel", "read_model", "load_model",
           "type_patterns", "NONE", "WORD", "SENTENCE"]

NONE = "O"
# what a model proposes a type for: any word, or a sentence by its root (model settings, not English)
WORD = "word"
SENTENCE = "sentence"
CANDIDATE_POS = {"VERB", "NOUN"}
ARG_DEPS = {"dobj", "attr", "oprd", "nsubjpass", "acomp"}
COMP_DEPS = {"xcomp", "ccomp", "advcl"}
# "will", "must", "could": an announced, required or possible act
MODALS = word_class("future_aux") | word_class("normative_modal")


def is_candidate(tok: Token) -> bool:
    """A word that could carry an act: a verb, or a common noun."""
    return tok.pos_ in CANDIDATE_POS and tok.is_alpha and len(tok.text) > 2


def features(tok: Token) -> list[str]:
    """The word's parse context as feature strings."""
    lem = tok.lemma_.lower()
    f = ["b", f"l:{lem}", f"lp:{lem}/{tok.pos_}", f"dep:{tok.dep_}", f"ld:{lem}/{tok.dep_}", f"suf:{lem[-3:]}"]
    for c in tok.children:
        cl = c.lemma_.lower()
        if c.dep_ in ARG_DEPS:
            f += [f"obj:{cl}", f"lo:{lem}/{cl}"]
        elif c.dep_ == "prep":
            f.append(f"lpr:{lem}/{cl}")
            for g in c.children:
                if g.dep_ == "pobj":
                    f += [f"pp:{cl}/{g.lemma_.lower()}", f"lpp:{lem}/{cl}/{g.lemma_.lower()}"]
        elif c.dep_ in COMP_DEPS:
            f += [f"comp:{cl}", f"lc:{lem}/{cl}"]
        elif c.dep_ == "neg":
            f.append("neg")
        elif c.dep_ == "aux" and c.lower_ in MODALS:
            f.append(f"aux:{c.lower_}")
        elif c.dep_ in ("nsubj", "csubj"):
            f.append(f"subj:{c.pos_}")
        elif c.dep_ == "agent":
            f.append("agent")
        elif c.dep_ in ("advmod", "amod") and c.is_alpha:
            f += [f"mod:{cl}", f"lm:{lem}/{cl}"]
        elif c.dep_ == "poss":
            f.append(f"poss:{c.pos_}")
    h = tok.head
    if h.i != tok.i:
        hl = h.lemma_.lower()
        f += [f"h:{hl}", f"hd:{hl}/{tok.dep_}", f"hdl:{hl}/{tok.dep_}/{lem}"]
        if h.dep_ == "prep" and h.head.i != h.i:
            f += [f"hp:{h.head.lemma_.lower()}/{hl}", f"hpl:{h.head.lemma_.lower()}/{hl}/{lem}"]
    return f


def sentence_features(tok: Token) -> list[str]:
    """The root's parse context and the content lemmas of its sentence (the sentence proposer's
    features: a type for a sentence the lexicons find no trigger in)."""
    f = features(tok)
    f += sorted({f"w:{t.lemma_.lower()}" for t in tok.sent if t.pos_ in CANDIDATE_POS | {"ADJ", "PROPN"} and t.is_alpha})
    return f


def dense(tok: Token) -> numpy.ndarray | None:
    """The parser's context vectors (doc.tensor) of the word and of its head, side by side: what
    lets the model take an unseen verb for one it has seen used the same way; None for a doc
    with no tensor (one built by hand)."""
    t = tok.doc.tensor
    if t is None or len(t) != len(tok.doc):
        return None
    return numpy.concatenate([t[tok.i], t[tok.head.i]])


@dataclass
class TriggerModel:
    """A multinomial logistic model: classes, per feature its weight for each class, and the
    weights of the dense context vector (a matrix of its width by the classes); `scope` says what
    it proposes for (WORD or SENTENCE), `by_type` any type's own threshold, and `strict` keeps a
    proposal only where the rules resolve both its source and its target."""

    classes: list[str]
    weights: dict[str, list[float]]
    threshold: float
    dense: numpy.ndarray | None = None
    scope: str = WORD
    by_type: dict[str, float] | None = None
    strict: bool = False

    def threshold_of(self, kind: str) -> float:
        """The least probability at which the model proposes `kind`."""
        return (self.by_type or {}).get(kind, self.threshold)

    def scores(self, tok: Token) -> dict[str, float]:
        """Each class's probability for the word."""
        z = [0.0] * len(self.classes)
        for name in (sentence_features(tok) if self.scope == SENTENCE else features(tok)):
            w = self.weights.get(name)
            if w is not None:
                for k, x in enumerate(w):
                    z[k] += x
        if self.dense is not None:
            v = dense(tok)
            if v is not None and len(v) == self.dense.shape[0]:
                z = [a + float(b) for a, b in zip(z, v @ self.dense)]
        top = max(z)
        e = [math.exp(x - top) for x in z]
        total = sum(e)
        return {c: x / total for c, x in zip(self.classes, e)}

    def predict(self, tok: Token) -> tuple[str, float]:
        """The most likely event type of the word (never NONE) and its probability."""
        s = self.scores(tok)
        s.pop(NONE, None)
        best = max(s, key=s.get)
        return best, s[best]


def read_model(text: str) -> TriggerModel:
    """A model from its JSON text (the format trainer.py writes)."""
    d = json.loads(text)
    m = d.get("dense")
    return TriggerModel(d["classes"], d["weights"], d["threshold"],
                        numpy.array(m, dtype=numpy.float32) if m else None,
                        d.get("scope", WORD), d.get("by_type"), d.get("strict", False))


def load_model(path) -> TriggerModel:
    """A model from a JSON file trainer.py wrote."""
    with open(path, encoding="utf-8") as fh:
        return read_model(fh.read())


def type_patterns(patterns: PatternSet) -> dict[tuple[Kind, str], Pattern]:
    """For each word kind and PLOVER type, the commonest unconstrained pattern of the lexicon:
    what a word the model proposes for that type is coded as."""
    counts: dict[tuple[Kind, str], Counter] = {}
    examples = {}
    for (kind, _), bucket in patterns.by_lemma.items():
        for p in bucket:
            if p.prep or p.obj or p.not_obj or p.subj or p.needs_neg or p.needs_clause or p.only_future or p.purpose or p.no_obj:
                continue
            t = plover_type(p.cameo)
            if t is None:
                continue
            key = (p.cameo, p.target, p.future, p.reach, p.voice, p.intent)
            counts.setdefault((kind, t), Counter())[key] += 1
            examples.setdefault((kind, t, key), p)
    out = {}
    for (kind, t), c in counts.items():
        key = c.most_common(1)[0][0]
        p = examples[(kind, t, key)]
        out[(kind, t)] = replace(p, lemma="*", light=p.light if kind == Kind.NOUN else (), mode=None,
                                 note="learned", source="learned")
    return out
