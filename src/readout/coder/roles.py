"""A trained actor-attachment model (an experiment; not used by default: docs/coder.md, "A trained
actor model: tried, not used"): for a trigger the rules coded but gave no source or no target,
scores each candidate actor as the act's source, its target or neither.

The candidates are the actors the trigger's sentence names, the side the story speaks for
(Analysis.voice) and the last sentence's actor (Analysis.last_actor). A named candidate is
described by the dependency path from the trigger to its mention (labels and direction,
truncated), the prepositions on that path, its place before or after the trigger, its own
dependency and head, and the trigger's event type, kind and voice. trainer.py (`--roles`) fits a
multinomial logistic regression on gold events (scikit-learn, needed only there) and writes JSON
weights; prediction is a sum of weights and a softmax. Trained without each gold set in turn
(bench/bench_roles.py) it changed almost nothing on the set held out, so readout codes with the
rules alone.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass

from spacy.tokens import Span, Token

from readout.coder.records import is_code

__all__ = ["NONE", "SOURCE", "TARGET", "BIAS", "candidates", "RoleModel", "read_roles", "load_roles"]

NONE, SOURCE, TARGET = "O", "S", "T"
BIAS = "b"      # the feature every candidate has
MAX_PATH = 4


def _path(a: Token, b: Token) -> list[tuple[str, Token]]:
    """The dependency path from a to b: ('^dep', token) going up from a, ('vdep', token) going down to b."""
    up = [a, *a.ancestors]
    up_i = {t.i: k for k, t in enumerate(up)}
    down = []
    t = b
    while t.i not in up_i:
        down.append(t)
        if t.head.i == t.i:
            return [("far", b)]
        t = t.head
    top = up_i[t.i]
    out = [(f"^{x.dep_}", x) for x in up[:top]]
    out += [(f"v{x.dep_}", x) for x in reversed(down)]
    return out


def _bucket(n: int) -> str:
    """A count as a coarse feature value."""
    return "0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8+"


def _passive(tok: Token) -> bool:
    """Whether the clause is in the passive."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def _trigger_features(trig, plover: str, clause: Token) -> list[str]:
    """What every candidate of one trigger shares: its type, kind, dependency, voice, subject."""
    tok = trig.token
    kind = "N" if tok.pos_ in ("NOUN", "PROPN") else "V"
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    f = [f"ty:{plover}", f"tk:{kind}", f"tdep:{tok.dep_}"]
    if _passive(clause):
        f.append("pass")
    f.append(f"subj:{subj.pos_ if subj is not None else 'none'}")
    return f


def candidates(an, trig, sent: Span, plover: str, situation: str) -> dict[str, list[str]]:
    """Each candidate actor code and its features (the best-placed mention of a code in the
    sentence, merged with its being the story's own side or the last sentence's actor).
    `situation` says what the rules found: "nosrc" (no source), "notgt" (no target) or "both"."""
    tok = trig.token
    clause = trig.clause
    tf = _trigger_features(trig, plover, clause)
    tf += [f"sit:{situation}", f"sit:{situation}/ty:{plover}"]
    ty = f"ty:{plover}"
    own = set(an.voice_codes())
    if an.speaker_default:
        own.add(an.speaker_default)
    out: dict[str, list[str]] = {}
    for mtok, m in an.actors_in(list(sent)):
        if mtok.i in an.venues:
            continue
        root = sent.doc[an.mention_root.get(id(m), mtok.i)]
        path = _path(tok, root)
        labels = [p for p, _ in path]
        short = "/".join(labels[:MAX_PATH]) + ("/+" if len(labels) > MAX_PATH else "")
        preps = [x.lemma_.lower() for _, x in path if x.dep_ in ("prep", "agent")]
        # the preposition a mention hangs from: "with X", "against X", "by X"
        if root.dep_ == "pobj" and root.head.dep_ in ("prep", "agent"):
            preps.append(root.head.lemma_.lower())
        side = "before" if root.i < tok.i else "after"
        f = [BIAS, "where:in", f"p:{short}", f"{ty}/p:{short}", f"plen:{_bucket(len(labels))}",
             f"first:{labels[0] if labels else 'self'}", f"{ty}/first:{labels[0] if labels else 'self'}",
             f"pos:{side}", f"{ty}/pos:{side}", f"dist:{_bucket(abs(root.i - tok.i))}",
             f"mdep:{root.dep_}", f"{ty}/mdep:{root.dep_}", f"mh:{root.head.lemma_.lower()}/{root.dep_}",
             f"mk:{m.kind}", f"incl:{any(x.i == clause.i for _, x in path)}"]
        for pr in dict.fromkeys(preps):
            f += [f"pr:{pr}", f"{ty}/pr:{pr}", f"pr:{pr}/{side}"]
        if "pass" in tf:
            f += [f"pass/mdep:{root.dep_}", f"pass/p:{short}"]
        if m.code in own:
            f += ["own", f"{ty}/own"]
        f += tf
        prev = out.get(m.code)
        if prev is None or len(labels) < prev[0]:
            out[m.code] = (len(labels), f)
    result = {code: f + [f"sit:{situation}/in"] for code, (_, f) in out.items()}
    for code in sorted(own):
        extra = ["own", f"{ty}/own"]
        if code in result:
            result[code] = result[code] + ["own_named"]
        else:
            result[code] = [BIAS, "where:out", *extra, "own_only", f"{ty}/own_only", f"sit:{situation}/own_only", *tf,
                            *[f"own_only/{x}" for x in tf if x.startswith("subj:")]]
    last = an.last_actor
    if last and is_code(last):
        if last in result:
            result[last] = result[last] + ["where:last"]
        else:
            result[last] = [BIAS, "where:out", "where:last", f"{ty}/last", "last_only", f"sit:{situation}/last_only", *tf,
                            *[f"last_only/{x}" for x in tf if x.startswith("subj:")]]
    if situation != "both":
        # where the rules found no one, the model learns weights of its own ("frustratingly easy"
        # domain adaptation): most such triggers rightly code no event
        result = {code: f + [f"{situation}|{x}" for x in f] for code, f in result.items()}
    return result


@dataclass
class RoleModel:
    """A multinomial logistic model over (source, target, neither) with a threshold per use."""

    classes: list[str]
    weights: dict[str, list[float]]
    threshold: float
    rerank: float = 1.01       # above 1: the rules' choice is never replaced

    def scores(self, feats: list[str]) -> dict[str, float]:
        """Each role's probability for a candidate with these features."""
        z = [0.0] * len(self.classes)
        for name in feats:
            w = self.weights.get(name)
            if w is not None:
                for k, x in enumerate(w):
                    z[k] += x
        top = max(z)
        e = [math.exp(x - top) for x in z]
        total = sum(e)
        return {c: x / total for c, x in zip(self.classes, e)}

    def best(self, cands: dict[str, list[str]], role: str, exclude=()) -> tuple[str | None, float]:
        """The candidate likeliest to hold the role, and its probability."""
        best, p = None, 0.0
        for code, feats in cands.items():
            if code in exclude:
                continue
            q = self.scores(feats).get(role, 0.0)
            if q > p:
                best, p = code, q
        return best, p


def read_roles(text: str) -> RoleModel:
    """A model from its JSON text (the format trainer.py --roles writes)."""
    d = json.loads(text)
    return RoleModel(d["classes"], d["weights"], d["threshold"], d.get("rerank", 1.01))


def load_roles(path) -> RoleModel:
    """A model from a JSON file trainer.py --roles wrote."""
    with open(path, encoding="utf-8") as fh:
        return read_roles(fh.read())
