"""A trained precision filter over the coder's events (docs/coder.md, "A trained key filter"): each
event key the rules give a story (source, type, target) is described by what the coder knew when
it made its events, scored with the probability that the key is right, and dropped below a
threshold.

The features of a key are the union of those of its events (type and CAMEO code, a target or
none, the publisher's side as source or target, the actors named in the event's own sentence or
taken from elsewhere, the trigger's lemma, part of speech, dependency, tense, modal, negation, the
verb its clause is embedded under, the sentence's place) with the story's (its kind from its
title's words, how many actors and events it has) and how often the key is coded. trainer.py
(`--filter`) fits a logistic regression on the keys of the tune gold and the judged precision
samples (scikit-learn, needed only there) and writes JSON weights; prediction is a sum of weights
and a sigmoid."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from readout.coder.grammar import clause_of, doc_text, is_negated, paragraph_breaks, sentence_codes
from readout.coder.records import Event, is_code
from readout.evaluate import event_key
from readout.lexicons import word_class
from readout.lexicons.publishers import publisher_of

__all__ = ["BIAS", "KeyFilter", "in_domain", "key_of", "lead_acts", "key_features", "read_filter", "load_filter", "shipped_filter"]

BIAS = "b"      # the feature every key has
KIND_WORDS = tuple(sorted(word_class("story_kind_word")))     # a title's words for the kind of text
MODALS = word_class("filter_modal")


def key_of(e: Event) -> tuple:
    """The event's key as score.py reads it (evaluate.event_key); a placeholder actor is none."""
    return event_key({"source": e.source if isinstance(e.source, str) else None, "type": e.type,
                      "target": e.target if isinstance(e.target, str) else None})


def in_domain(publisher: str | None, url: str | None) -> bool:
    """Whether a story is the kind of text the filter learned from: its publisher's name or URL is a
    government, ministry, embassy, state-media or IGO publisher of lexicons/publishers.tsv. A news
    sentence or a bare text (no such publisher) is never filtered: there a past-tense "threatened" is
    the act itself, not the history or label it often is in a readout."""
    return publisher_of(publisher, url) is not None


def _bucket(n: int) -> str:
    """A count as a coarse feature value."""
    return "0" if n == 0 else "1" if n == 1 else "2" if n == 2 else "3-4" if n <= 4 else "5-8" if n <= 8 else "9+"


def title_kinds(title: str) -> list[str]:
    """The words of KIND_WORDS the title has: what kind of text the story is."""
    words = {w.strip(".,:;'\"()").lower() for w in (title or "").split()}
    return [w for w in KIND_WORDS if w in words] or ["none"]


def story_features(doc: Doc, title: str, events: list[Event], mentions) -> list[str]:
    """What every key of one story shares: its kind from its title's words, its size."""
    f = [f"kind:{w}" for w in title_kinds(title)]
    f.append(f"actors:{_bucket(len({m.code for m in mentions}))}")
    f.append(f"keys:{_bucket(len({key_of(e) for e in events}))}")
    f.append(f"sents:{_bucket(len(list(doc.sents)) // 4)}")
    return f


def _embedding(trig) -> str:
    """The verb the trigger's clause hangs under ("hopes that ...", "plans to ..."), or none."""
    clause = clause_of(trig)
    if clause.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp") and clause.head.i != clause.i:
        return f"{clause.dep_}/{clause.head.lemma_.lower()}"
    return "main"


def _modals(tok) -> list[str]:
    """The modals on the trigger or on the clause it belongs to."""
    aux = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS]
    clause = clause_of(tok)
    aux += [c.lower_ for c in clause.children if c.dep_ == "aux" and c.lower_ in MODALS and clause.i != tok.i]
    return list(dict.fromkeys(aux))


def lead_acts(doc: Doc, events: list[Event], named: list[set[str]]) -> set[tuple]:
    """The keys of acts the story's first sentence tells plainly: its main clause (not under "said",
    "hopes", "to"), no modal, no negation, the source named in that sentence ("Russia threatened
    Ukraine with a full-scale invasion."). The filter never drops them: out of fold it dropped none
    on the tune text at thresholds up to 0.2, and the weights it learned for a lemma and a tense
    in readouts (where a past-tense "threatened" is often history or a label) sank such a lead act
    in a text of another kind."""
    out = set()
    for e in events:
        if e.sentence != 0 or not 0 <= e.trigger < len(doc) or not named or e.source not in named[0]:
            continue
        tok = doc[e.trigger]
        if _embedding(tok) == "main" and not _modals(tok) and not is_negated(tok) and not is_negated(clause_of(tok)):
            out.add(key_of(e))
    return out


def event_features(doc: Doc, e: Event, side: str | None, named: list[set[str]], last_par: int) -> list[str]:
    """What the coder knew of one event: its type, actors, trigger and clause, and place."""
    ty = e.type
    f = [f"ty:{ty}", f"cameo:{e.cameo}", f"tgt:{'none' if e.target is None else 'code' if is_code(e.target) else 'other'}",
         f"{ty}/tgt:{'none' if e.target is None else 'set'}", f"mode:{e.mode or 'none'}"]
    if e.source is None:
        f.append("src:none")
    if side is not None:
        f.append(f"src_side:{e.source == side}")
        f.append(f"{ty}/src_side:{e.source == side}")
        f.append(f"tgt_side:{e.target == side}")
    if e.trigger < 0 or e.trigger >= len(doc):
        return f + ["place:title", f"{ty}/place:title"]
    here = named[e.sentence] if 0 <= e.sentence < len(named) else set()
    for role, code in (("src", e.source), ("tgt", e.target)):
        if code is not None:
            where = "sent" if code in here else "away"
            f += [f"{role}_at:{where}", f"{ty}/{role}_at:{where}"]
    tok = doc[e.trigger]
    lem = tok.lemma_.lower()
    emb = _embedding(tok)
    aux = _modals(tok)
    clause = clause_of(tok)
    place = "lead" if e.sentence == 0 else "early" if e.sentence <= 2 else \
        "last" if e.sentence >= len(named) - 1 or tok.idx >= last_par else "body"
    f += [f"lem:{lem}", f"{ty}/lem:{lem}", f"pos:{tok.pos_}", f"tag:{tok.tag_}", f"dep:{tok.dep_}",
          f"{ty}/tag:{tok.tag_}", f"emb:{emb.split('/')[0]}", f"emb:{emb}", f"{ty}/emb:{emb.split('/')[0]}",
          f"place:{place}", f"{ty}/place:{place}", f"head:{tok.head.lemma_.lower()}/{tok.dep_}"]
    f += [f"modal:{m}" for m in aux] or ["modal:none"]
    if is_negated(tok) or is_negated(clause):
        f += ["neg", f"{ty}/neg"]
    if any(c.dep_ == "auxpass" for c in tok.children):
        f.append("passive")
    return f


def key_features(doc: Doc, events: list[Event], side: str | None, title: str, mentions,
                 named: list[set[str]] | None = None) -> dict[tuple, list[str]]:
    """Each key of the story's events and its features (the union of its events', the story's,
    how often it is coded), in the order the keys are first coded. `named`: per sentence, the actors
    its own words name (grammar.sentence_codes, computed here when not given)."""
    named = sentence_codes(doc, mentions) if named is None else named
    breaks = paragraph_breaks(doc)
    last_par = breaks[-1] if breaks else len(doc_text(doc))
    common = story_features(doc, title, events, mentions)
    out: dict[tuple, dict[str, None]] = {}
    counts: dict[tuple, int] = {}
    for e in events:
        k = key_of(e)
        counts[k] = counts.get(k, 0) + 1
        out.setdefault(k, {}).update(dict.fromkeys(event_features(doc, e, side, named, last_par)))
    return {k: [BIAS, *f, *common, f"times:{_bucket(counts[k])}", f"{k[1]}/times:{_bucket(counts[k])}"]
            for k, f in out.items()}


@dataclass
class KeyFilter:
    """A logistic model of a key being right, and the least probability a key keeps."""

    weights: dict[str, float]
    threshold: float

    def probability(self, feats: list[str]) -> float:
        """The probability that a key with these features is right."""
        z = sum(self.weights.get(name, 0.0) for name in dict.fromkeys(feats))
        return 1.0 / (1.0 + math.exp(-z)) if z > -50 else 0.0

    def keep(self, events: list[Event], feats: dict[tuple, list[str]], protect=frozenset()) -> list[Event]:
        """The events whose key scores at least the threshold (keys in `protect` always stay)."""
        dropped = {k for k, f in feats.items() if k not in protect and self.probability(f) < self.threshold}
        return [e for e in events if key_of(e) not in dropped] if dropped else events


def read_filter(text: str) -> KeyFilter:
    """A filter from its JSON text (the format trainer.py --filter writes)."""
    d = json.loads(text)
    return KeyFilter(d["weights"], d["threshold"])


def load_filter(path) -> KeyFilter:
    """A filter from a JSON file trainer.py --filter wrote."""
    with open(path, encoding="utf-8") as fh:
        return read_filter(fh.read())


@lru_cache(maxsize=1)
def shipped_filter() -> KeyFilter:
    """The filter shipped inside the package (lexicons/keyfilter.json, `make train-filter`)."""
    return read_filter(resources.files("readout.lexicons").joinpath("keyfilter.json").read_text(encoding="utf-8"))
