"""Praise of a bond two sides share (docs/coder.md, "Headline and participants"): "the two leaders
celebrated the strength of the partnership between their countries", "both sides affirmed the
historic relationship between Saudi Arabia and the United States". Such praise by the participants
is each side's backing of the other (GUIDE.md: joint acts code once per party; SUPPORT is verbal
backing), unlike what they welcome together ("they welcomed the revitalization of U.S.-EU ties":
an outcome, aimed at no one)."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from readout.coder.grammar import np_tokens
from readout.coder.records import Event, Placeholder
from readout.lexicons import word_class

__all__ = ["bond_acts", "pair_agreements"]

BOND_NOUNS = word_class("bond_noun")            # "partnership", "relationship", "ties"
BOND_QUALITIES = word_class("bond_quality")     # "the strength of the partnership"
PAIR_PREPS = word_class("pair_only_prep")       # "relations between Israel and the UAE"
ARGUMENT_DEPS = ("dobj", "prep", "xcomp", "ccomp")     # where what is agreed hangs on the verb, not its subject or a verb joined to it


def _praises_bond(verb: Token) -> bool:
    """Whether the verb's object is a bond ("affirmed the relationship") or a quality of one
    ("celebrated the strength of the partnership")."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for noun in (obj, *obj.conjuncts):
            low = noun.lemma_.lower()
            if low in BOND_NOUNS:
                return True
            if low in BOND_QUALITIES and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in BOND_NOUNS
                    for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children):
                return True
    return False


def bond_acts(events: list[Event], doc: Doc) -> set[int]:
    """The triggers of the participants' SUPPORT whose object is a bond between them: each side
    backs the other."""
    return {e.trigger for e in events
            if e.source == Placeholder.PARTICIPANTS and e.type == "SUPPORT" and 0 <= e.trigger < len(doc)
            and _praises_bond(doc[e.trigger])}


def _pair_named(an, verb: Token) -> set[str]:
    """The two actors a "between" phrase inside what the verb's act is about names ("agreed to the
    full normalization of relations between Israel and the United Arab Emirates"); empty unless two."""
    for arg in (c for c in verb.children if c.dep_ in ARGUMENT_DEPS):
        for t in arg.subtree:
            if t.dep_ == "prep" and t.lower_ in PAIR_PREPS:
                codes = {m.code for g in t.children if g.dep_ == "pobj"
                         for x in (g, *g.conjuncts) for _, m in an.actors_in(np_tokens(x))}
                return codes if len(codes) == 2 else set()
    return set()


def pair_agreements(events: list[Event], doc: Doc, an) -> list[Event]:
    """Three or more who agree to what is between two of them ("Trump, Netanyahu and Mohammed bin
    Zayed spoke today and agreed to the full normalization of relations between Israel and the United
    Arab Emirates"): the two agree with each other; the one who brought them together agrees with no
    one (eval/styles fresh20: ISR AGREE ARE and ARE AGREE ISR only)."""
    acting: dict[int, set] = {}
    for e in events:
        if e.type == "AGREE" and isinstance(e.source, str):
            acting.setdefault(e.trigger, set()).add(e.source)
    pairs = {}
    for trig, sources in acting.items():
        if len(sources) >= 3 and 0 <= trig < len(doc):
            pair = _pair_named(an, doc[trig])
            if pair and pair <= sources:
                pairs[trig] = pair
    return [e for e in events if e.trigger not in pairs or e.type != "AGREE"
            or {e.source, e.target} == pairs[e.trigger]]
