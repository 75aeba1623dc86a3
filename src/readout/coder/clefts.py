"""Blame told by a cleft (docs/coder.md, "Conflict acts in the government's own voice"): "it was Kiev
that had stalled the negotiation process", "it is Russia that continues to drag out the war" single
out the doer of a course that wrecks talks, deals or peace; saying so is the speaker's ACCUSE of it,
whenever the course was taken."""
from __future__ import annotations

from itertools import product

from spacy.tokens import Span, Token

from readout.cameo import cameo
from readout.coder.doers import cleft_focus
from readout.coder.grammar import is_negated
from readout.coder.patterns import rule_codes
from readout.coder.records import Event, is_code, pair_events
from readout.coder.sources import Analysis
from readout.coder.voices import judgement_author
from readout.coder.word_index import words_in
from readout.lexicons import word_class

__all__ = ["cleft_blame"]

BLAME_COURSES = word_class("cleft_blame_verb")      # "stall", "walk away", "pull out", "drag out" ...
PARTICLES = ("prt", "advmod", "prep")     # "walked away", "pulled out of"
# the lemmas a course is told with, alone or before its particle (what _courses can match)
BLAME_LEMMAS = BLAME_COURSES | {c.rsplit(" ", 1)[0] for c in BLAME_COURSES}


def cleft_blame(an: Analysis, sent: Span, index: int) -> list[Event]:
    """The speaker's ACCUSE of each actor a cleft singles out as the doer of a blamed course."""
    info = cameo(rule_codes("cleft_blame")[0])
    out = []
    for verb in words_in(sent, BLAME_LEMMAS):
        if verb.pos_ != "VERB" or not _courses(verb) & BLAME_COURSES or is_negated(verb):
            continue
        told = verb
        while told.dep_ == "xcomp" and told.head.i != told.i and told.head.pos_ in ("VERB", "AUX"):
            told = told.head        # "it is Russia that continues to drag out the war"
        focus = cleft_focus(told)
        if focus is None or is_negated(told) or is_negated(focus.head):
            continue        # "it was not Guyana that walked away": no one singled out
        # whoever says the cleft: the teller of its copula ("Putin pointed out that it was Kiev ..."),
        # else the story's own voice
        sources = [s for s in judgement_author(an, focus.head) if s is not None]
        inside = {t.i for t in told.subtree} | _cleared(focus)
        targets = list(dict.fromkeys(m.code for _, m in an.actors_in([t for t in focus.subtree if t.i not in inside])
                                     if is_code(m.code)))
        start, end = focus.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
        out += pair_events(info, product(sources, targets), index, start, end, verb.i)
    return out


def _courses(verb: Token) -> set[str]:
    """The verb's lemma, alone and with its particle ("walk away", "pull out")."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in PARTICLES}


def _cleared(focus: Token) -> set[int]:
    """Tokens of a focus's member set apart by "not" ("the Ukrainian side, not Russia, that ..."):
    the one cleared of the course."""
    neg = next((c for c in focus.children if c.dep_ == "neg"), None)
    if neg is None:
        return set()
    return {t.i for c in focus.children if c.dep_ in ("appos", "conj") and c.i > neg.i for t in c.subtree}
