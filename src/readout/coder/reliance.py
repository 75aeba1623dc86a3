"""Reliance on another actor (docs/coder.md, "Counting on another side"): "we count on Russia's
support" asks Russia for it (REQUEST); "Ukraine can count on Lithuania's solidarity", "can continue
to rely on our support" is the backer's promise (SUPPORT of the one who may rely on it)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from readout.cameo import cameo
from readout.coder.grammar import ability_modal, is_negated
from readout.coder.records import Event, is_code, pair_events
from readout.coder.sources import Analysis
from readout.coder.word_index import words_in
from readout.lexicons import word_class

__all__ = ["reliance"]

RELY_VERBS = word_class("reliance_verb")           # "count on", "rely on"
ASKING_RELIANCE = word_class("asking_reliance_verb")   # "we count on X" asks X; "we rely on X" may only say how things are
ON = word_class("reliance_prep")
FIRST_PERSON = word_class("first_person")
APPEAL, BACKING = "020", "051"


def reliance(an: Analysis, sent: Span, index: int) -> list[Event]:
    """REQUEST of the actor counted on, or its SUPPORT of the side that can count on it."""
    out = []
    for tok in words_in(sent, RELY_VERBS):     # the doc's index: the other words are not read
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in RELY_VERBS or is_negated(tok):
            continue
        obj = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ON
                    for g in c.children if g.dep_ == "pobj"), None)
        if obj is None or obj.tag_ == "VBG":
            continue        # "I count on continuing our dialogue": an intent, no one counted on
        governor = tok.head if tok.dep_ == "xcomp" else tok     # "can continue to rely on"
        subject_verb = governor if governor is not tok and not any(c.dep_ == "nsubj" for c in tok.children) else tok
        relying = [c for c in an.sources(subject_verb) if is_code(c)]
        counted = _counted(an, obj)
        if not relying or not counted:
            continue
        if ability_modal(governor) or ability_modal(tok):
            if _to_act(tok, obj):
                continue    # "Italy could count on Russia to meet its obligations": a pledge to act, no backing
            info, pairs = cameo(BACKING), [(o, r) for o in counted for r in relying]
        elif tok.lemma_.lower() in ASKING_RELIANCE and not is_negated(governor):
            info, pairs = cameo(APPEAL), [(r, o) for r in relying for o in counted]
        else:
            continue
        start = min(t.idx for t in tok.subtree)
        end = max(t.idx + len(t) for t in tok.subtree)
        out += pair_events(info, pairs, index, start, end, tok.i)
    return out


def _counted(an: Analysis, obj: Token) -> list[str]:
    """Who is counted on: the object's own phrase ("Russia", "Russia's support", "Russian
    investment", "our support" for the text's own side), not what it is for ("support for our
    membership in BRICS") nor a clause hung on it."""
    kept, stack = [], [obj]
    while stack:
        tok = stack.pop()
        kept.append(tok)
        stack += [c for c in tok.children if c.dep_ not in ("prep", "relcl", "acl", "appos", "conj")]
    codes = [m.code for _, m in an.actors_in(kept) if is_code(m.code)]
    if not codes and any(t.dep_ == "poss" and t.lower_ in FIRST_PERSON for t in kept):
        codes = list(an.voice_codes())
    return list(dict.fromkeys(codes))


def _to_act(verb: Token, obj: Token) -> bool:
    """An act the one counted on is relied on to do ("count on Russia to go on meeting ...")."""
    return any(c.dep_ in ("xcomp", "acl", "relcl", "advcl") and c.pos_ in ("VERB", "AUX")
               and any(a.tag_ == "TO" for a in c.children) for c in [*verb.children, *obj.children])
