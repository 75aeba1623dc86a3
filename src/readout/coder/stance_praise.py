"""Praise aims a stance at the praised (GUIDE.md, Stances: "supports Pakistan's fight against terrorism" is
toward Pakistan): "commended President Petro's leadership in tackling the climate crisis", "thanked Erdogan for
his role in ...", "expressed appreciation for China's balanced position on the Ukraine issue" judge the praised
actor's own conduct on the issue, so the stance is support toward that actor."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.records import is_code
from readout.coder.sources import Analysis
from readout.coder.stance_toward import named_last
from readout.lexicons import word_class

__all__ = ["praised_actor"]

PRAISE_WORDS = word_class("praise_word")      # "commended", "thanked", "appreciation", "lauded"
WELCOME_WORDS = word_class("owned_welcome_word")  # "welcomed Brazil's readiness to ...": the owner's position
OWNED_STANCES = word_class("owned_stance_noun")
# a praised deed told as a noun whose "of" or "by" names its doer: "the efforts of France"
MAKER_PREPS = word_class("maker_prep")
_STEPS = 8


def praised_actor(an: Analysis, root: Token, inside: set[int], holders, owned: bool = False) -> str | None:
    """The actor whose conduct a praise word above the issue phrase judges ("lauded Pope Francis's leadership in
    fighting the climate crisis", "thanked Erdogan for his role in ..."), or None; `owned`: a named owner only."""
    owners: list[str] = []
    stances: list[str] = []     # owners of a stance noun: "Germany's leadership", "Brazil's readiness"
    t, via_prep = root, False
    for _ in range(_STEPS):
        if t.i not in inside and t.lemma_.lower() in WELCOME_WORDS:
            # "welcomed Germany's leadership in confronting climate change": a welcome judges its owner's
            # conduct where it welcomes a position or effort; else an outcome, aimed at no one (GUIDE.md)
            return stances[-1] if stances else None
        if t.i not in inside and t.lemma_.lower() in PRAISE_WORDS:
            break
        if t.pos_ == "NOUN" and t.i not in inside:
            found = _owners(an, t, holders)
            owners += found
            stances += found if t.lemma_.lower() in OWNED_STANCES else []
        if t.dep_ in ("ccomp", "ROOT") or t.head.i == t.i:
            return None     # "said that ...": a reported clause is no grounds of a praise above it
        via_prep = t.dep_ == "prep"     # "thanked X for ...", "commended him ... in co-hosting ..."
        t = t.head
    else:
        return None
    if via_prep and t.pos_ == "VERB":
        praised = [c for c in t.children if c.dep_ in ("dobj", "dative")]
        if owned:       # "praised Japan's leadership in ...": the object's named owner
            codes = [c for n in praised if n.pos_ == "NOUN" for c in _owners(an, n, holders)]
        else:
            codes = [c for c in an.codes_of_np(praised) if is_code(c) and c not in holders] if praised else []
        if not codes and praised and praised[0].pos_ == "PRON" and not owned:
            named = named_last(an, praised[0], holders, pairs=False)    # "thanked President X ... and commended him for"
            codes = [named] if named else []
        if codes:
            return codes[0]
    return owners[-1] if owners else None


def _owners(an: Analysis, noun: Token, holders) -> list[str]:
    """Actors a noun names as its owner or doer: a possessor named ("Italy's leadership"; not "his", which
    only the praise's object resolves), an "of"/"by" maker of a stance noun, a relative clause's subject
    ("the role China has played")."""
    toks = [g for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" for g in c.subtree]
    if noun.lemma_.lower() in OWNED_STANCES:
        toks += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in MAKER_PREPS
                 for p in c.children if p.dep_ == "pobj" for g in p.subtree]
    toks += [g for c in noun.children if c.dep_ == "relcl"
             for s in c.children if s.dep_ == "nsubj" and s.pos_ != "PRON" for g in s.subtree]
    return [m.code for _, m in an.actors_in(toks) if is_code(m.code) and m.code not in holders]

