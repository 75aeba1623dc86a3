"""The sides of a conflict a third party speaks of (docs/coder.md, "At whom"): "call on the warring
parties to agree to a ceasefire", "urged the parties to the conflict", "condolences to the families of
the victims on both sides". They are not the speakers nor the participants of talks, but the one or two
actors the sentence names besides the speakers, else the story (GUIDE.md: "both sides", "the parties"
resolve to the actors they refer to; eval/styles FRESH3.md 11: "the warring parties" in Sudan are SDN;
FRESH20.md Z11: condolences "on both sides" are SUPPORT toward each side)."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.records import Party, is_code
from readout.coder.triggers import Trigger, governor
from readout.lexicons import word_class
from readout.mentions import COUNTRY_KINDS

__all__ = ["conflict_sides", "sides_asked"]

SIDE_NOUNS = word_class("side_noun")                # parties, sides
WARRING = word_class("warring_modifier")            # "the warring parties"
CONFLICT_NOUNS = word_class("dispute_noun")         # "the parties to the conflict"
SIDE_OF_PREPS = word_class("conflict_side_prep")    # to, of, in
COUNTED = word_class("pair_determiner")             # "both sides", "the two sides"
HUMAN_NOUNS = word_class("human_noun")              # "the victims on both sides"
RECIPIENT_PREPS = word_class("recipient_prep")


def _sides_phrase(noun: Token) -> bool:
    """A phrase naming the sides of a conflict: "the warring parties", "the parties to the conflict",
    "both sides of the fighting", or people "on both sides" ("the families of the victims on both sides")."""
    for t in noun.subtree:
        if t.lemma_.lower() not in SIDE_NOUNS or t.pos_ != "NOUN":
            continue
        # the sides themselves addressed, not a thing between them ("called for a ceasefire between the
        # belligerent parties", "welcomes the ceasefire committed to by the parties": no one asked or praised)
        named = t.i == noun.i or (t.dep_ in ("conj", "appos") and t.head.i == noun.i)
        if named and any(c.dep_ == "amod" and c.lower_ in WARRING for c in t.children):
            return True
        # "the parties to the conflict", its preposition hung on the noun or (by the parser) on the verb
        nxt = t.doc[t.right_edge.i + 1] if t.right_edge.i + 1 < len(t.doc) else None
        if named and any(c.dep_ == "prep" and c.lower_ in SIDE_OF_PREPS and g.dep_ == "pobj" and g.lemma_.lower() in CONFLICT_NOUNS
                         for c in [*t.children, *([nxt] if nxt is not None else [])] for g in c.children):
            return True
        # "the families of the victims on both sides", "those killed on both sides": people of each
        # side, counted as two
        if t.dep_ == "pobj" and t.head.lower_ == "on" and noun.lemma_.lower() in HUMAN_NOUNS \
                and any(c.lower_ in COUNTED for c in t.children):
            return True
    return False


def _addressed(trig: Trigger) -> list[Token]:
    """The trigger's objects and the objects of its prepositions (and of the verb governing an event
    noun: "extend our condolences to the families")."""
    holders = [trig.token] + [g for g in [governor(trig.token)] if g is not None]
    heads = [c for h in holders for c in h.children if c.dep_ == "dobj"]
    heads += [g for h in holders for c in h.children if c.dep_ in ("prep", "dative") and (c.lower_ in RECIPIENT_PREPS or c.lower_ == "on")
              for g in c.children if g.dep_ == "pobj"]
    return heads


def conflict_sides(an, trig: Trigger, sources: tuple[Party, ...]) -> list[str]:
    """The actors an act aimed at the sides of a conflict stands for: the one or two actors its
    sentence names besides the speakers, else the one or two the whole story names besides them; []
    where the act names no such sides or they are not known."""
    if not any(_sides_phrase(h) for h in _addressed(trig)):
        return []
    return _sides(an, trig.token, sources)


def sides_asked(an, subj: Token, sources: tuple[Party, ...]) -> list[str] | None:
    """The actors a demand's subject naming the sides of a conflict stands for ("the warring parties
    must put in place a ceasefire", "the parties to the conflict in Tigray must ..."), found as for
    an act aimed at them; None where the subject names no such sides."""
    return _sides(an, subj, sources) if _sides_phrase(subj) else None


def _sides(an, tok: Token, sources: tuple[Party, ...]) -> list[str]:
    """The one or two actors the sentence of `tok` names besides the speakers, else the story."""
    speakers = {s for s in sources if is_code(s)} | set(an.authors) | {an.speaker_default}

    def others(tokens) -> list[str]:
        return list(dict.fromkeys(m.code for t in tokens for m in [an.tok_mention.get(t.i)]
                                  if m is not None and m.kind in COUNTRY_KINDS and m.code not in speakers))
    for found in (others(tok.sent), others(an.doc)):
        if found:
            return found if len(found) <= 2 else []
    return []
