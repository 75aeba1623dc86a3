"""Praise of a bond two sides share (docs/coder.md, "Headline and participants"): "the two leaders
celebrated the strength of the partnership between their countries", "both sides affirmed the
historic relationship between Saudi Arabia and the United States". Such praise by the participants
is each side's backing of the other (GUIDE.md: joint acts code once per party; SUPPORT is verbal
backing), unlike what they welcome together ("they welcomed the revitalization of U.S.-EU ties":
an outcome, aimed at no one)."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from readout.coder.records import Event, Placeholder
from readout.lexicons import word_class

__all__ = ["bond_acts"]

BOND_NOUNS = word_class("bond_noun")            # "partnership", "relationship", "ties"
BOND_QUALITIES = word_class("bond_quality")     # "the strength of the partnership"


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
