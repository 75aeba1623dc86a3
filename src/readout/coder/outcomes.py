"""Backing told of an outcome rather than of an actor: a settlement, two states, peace efforts of
no one named (SUPPORT aimed at no one, RECONCILE24 R1 and R9), and backing announced with a modal
(an intent, AGREE). Read by targets.find_targets."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.patterns import Kind
from readout.coder.target_clues import announced
from readout.coder.target_region import OWNER_PREPS
from readout.coder.triggers import Trigger
from readout.lexicons import word_class

__all__ = ["announced_backing", "backed_settlement_span", "backs_outcome", "backs_two_states", "welcomed_outcome_span"]

BACKED_OUTCOMES = word_class("backed_outcome")
BACKED_SETTLEMENTS = word_class("backed_settlement")    # "affirmed their support for a peaceful resolution"
BACKED_PREPS = word_class("backing_object_prep")              # "its support for the deal"
BACKED_EFFORTS = word_class("backed_effort")      # "supports all efforts conducive to peace"
SETTLEMENT_MODIFIERS = word_class("settlement_modifier")   # "a peaceful resolution", not a body's "resolution"
ELABORATING_PREPS = word_class("outcome_elaboration_prep")   # "a two-state solution, with two states along ..."
PEACE_AIMS = word_class("peace_aim")              # what such efforts are for: peace, a ceasefire, a settlement
WELCOMING_VERBS = word_class("outcome_welcome_verb")    # "welcomed the prisoner exchange between the parties"
WELCOMED_OUTCOMES = word_class("welcomed_outcome")      # "hailed the truce agreed by X and Y" (a release is freed_outcome's)
NOW_WORDS = word_class("now_word")                      # "today's announcement": a day, not a teller
NEWS_NOUNS = word_class("news_noun")                    # "welcome today's announcement that X and Y have agreed ..."


def announced_backing(trig: Trigger) -> bool:
    """A backing announced with a modal: on the verb itself ("will support"), or for a noun on the
    verb that governs it or on the verbs that verb completes ("will continue its support for ...",
    "will seek to continue this level of support": an announced act, AGREE)."""
    if trig.pattern.kind != Kind.NOUN:
        return announced(trig.token)
    verb = trig.clause
    while not announced(verb) and verb.dep_ == "xcomp" and verb.head is not verb:
        verb = verb.head
    return announced(verb)


def backs_outcome(trig: Trigger) -> bool:
    """Backing of an outcome: the verb's object ("supported the deal", "supports a two-state
    solution") or the noun's "for"/"of"/"to" object ("its support for the agreement", "commitment to
    a two-state solution"), or efforts toward peace that name no one ("supports all efforts conducive
    to peace"): SUPPORT aimed at no one (RECONCILE24 R1, R9)."""
    backed = _backed(trig)
    if any(g.lemma_.lower() in BACKED_OUTCOMES for g in backed):
        return True
    if _announced_above(trig):
        return False
    return any(_settlement(g, trig.pattern.kind == Kind.NOUN) or _peace_effort(g) for g in backed)


def _backed(trig: Trigger) -> list[Token]:
    """What a backing trigger backs: the verb's object, or the noun's "for"/"of"/"to" object."""
    if trig.pattern.kind != Kind.NOUN:
        return [c for c in trig.token.children if c.dep_ == "dobj"]
    return [g for c in trig.token.children if c.dep_ == "prep" and c.lower_ in BACKED_PREPS
            for g in c.children if g.dep_ == "pobj"]


def _announced_above(trig: Trigger) -> bool:
    """Backing announced by a verb above it ("would continue to do everything to support a peaceful
    solution"): an intent, README decision 3, not an outcome backed."""
    return any(a.pos_ in ("VERB", "AUX") and announced(a) for a in trig.token.ancestors)


def backs_two_states(trig: Trigger) -> bool:
    """A backing noun's object is a two-state settlement ("commitment to a negotiated two-state
    solution", "to a settlement based on the two-state formula")."""
    return any(g.lemma_.lower() in BACKED_SETTLEMENTS and "two-state" in "".join(t.lower_ for t in g.subtree).replace("two state", "two-state")
               for c in trig.token.children if c.dep_ == "prep" and c.lower_ in BACKED_PREPS
               for g in c.children if g.dep_ == "pobj")


def backed_settlement_span(trig: Trigger) -> set[int]:
    """The tokens of a settlement, a two-state solution or peace efforts of no one that the trigger
    backs ("support for a just political settlement in Afghanistan", "all efforts conducive to peace
    in Ukraine"): the places and sides named inside are what the outcome is about, not the one
    backed (RECONCILE24 R1, R9: SUPPORT aimed at no one); empty when the backing is announced."""
    noun = trig.pattern.kind == Kind.NOUN
    if announced_backing(trig) or _announced_above(trig):
        return set()
    welcomed = welcomed_outcome_span(trig)
    if welcomed:
        return welcomed
    backed = _backed(trig)
    # (efforts "led by Saudi Arabia and the United States" are theirs: backing them backs their makers)
    span = {t.i for g in backed if _settlement(g, noun) or (_peace_effort(g) and not any(
        t.dep_ == "agent" or (t.lower_ == "by" and t.dep_ == "prep") for t in g.subtree)) for t in g.subtree}
    # (a second thing backed joined to it by "and", "and respect for Jordan's special role", keeps its
    # own aim, wherever the parser hangs it; "Israel and Palestine" inside the outcome are its sides)
    doc = trig.token.doc
    cut = min((i for i in span if doc[i].dep_ == "conj" and doc[i].pos_ == "NOUN"), default=None)
    if cut is not None:
        span = {i for i in span if i < cut - 1}
    if not span:
        return span
    # ", with an independent Palestinian State living side by side with Israel", ", as the best way
    # to ... for Palestinians and Israelis alike": what follows right after describes the outcome,
    # whether the parser hangs it on the outcome, the backing noun or the verb
    for head in (trig.token, trig.token.head):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ELABORATING_PREPS and max(span) < c.i <= max(span) + 2:
                span |= {t.i for t in c.subtree}
    return span


def welcomed_outcome_span(trig: Trigger) -> set[int]:
    """The tokens of an outcome a welcome or praise verb takes as its object, owned by no one ("welcomed
    the truce agreed by Armenia and Azerbaijan", "the prisoner exchange between the parties in Yemen", "the
    outcomes of the Paris Conference", "today's announcement that X and Y have agreed to extend the
    truce"): the sides and places named inside are what the outcome is about, the welcome is aimed at no
    one (GUIDE.md: a welcomed outcome is SUPPORT null); not an actor's own act ("India's announcement",
    "their agreement to extend the truce", "the decision by Japan")."""
    if trig.pattern.kind == Kind.NOUN or trig.token.lemma_.lower() not in WELCOMING_VERBS:
        return set()
    span: set[int] = set()
    for obj in (c for c in trig.token.children if c.dep_ == "dobj"):
        lemma = obj.lemma_.lower()
        # the outcome's owner named on it or on what it is "of" ("the conclusion of Japan's review")
        owned = [obj] + [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"]
        if any(c.dep_ == "poss" and c.lower_ not in NOW_WORDS and c.ent_type_ not in ("DATE", "TIME")
               for o in owned for c in o.children) or any(
                c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in obj.children):
            continue    # "Israel's agreement to pause", "their agreement to extend": an actor's consent
        told = lemma in NEWS_NOUNS and any(c.dep_ in ("acl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in obj.children) and not any(
            c.dep_ in ("prep", "agent") and c.lower_ in OWNER_PREPS for c in obj.children)
        if lemma not in WELCOMED_OUTCOMES and not told:
            continue
        # (a second thing welcomed joined to it, "and Qatar's role in it", keeps its own aim)
        cut = min((c.i for c in obj.children if c.dep_ == "conj"), default=None)
        span |= {t.i for t in obj.subtree if cut is None or t.i < cut - 1}
    if span:
        # "welcomes the exchange of prisoners today in Yemen", "On Ukraine, the Taoiseach welcomed
        # yesterday's agreement in Jeddah": a place or topic the parser hangs on the verb is the
        # outcome's, not one welcomed
        span |= {t.i for c in trig.token.children if c.dep_ == "prep" for t in c.subtree}
    return span


def _settlement(noun: Token, as_noun: bool) -> bool:
    """A settlement backed: "support for a peaceful resolution", "supports a two-state solution";
    a verb's bare "resolution" is a body's text ("supported the resolution adopted by the Council")
    unless a settlement's modifier or "of" makes it the conflict's end ("a peaceful resolution")."""
    lemma = noun.lemma_.lower()
    if lemma not in BACKED_SETTLEMENTS:
        return False
    return as_noun or lemma != "resolution" or any(
        c.lower_ in SETTLEMENT_MODIFIERS or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)


def _peace_effort(noun: Token) -> bool:
    """ "all efforts conducive to peace", "urgent international efforts towards a sustainable
    ceasefire": efforts of no one named (no possessor, no "of"/"by" owner) whose phrase names peace,
    a ceasefire or a settlement as their aim; not "Egypt's efforts", "efforts to strengthen the economy"."""
    if noun.lemma_.lower() not in BACKED_EFFORTS or any(c.dep_ == "poss" for c in noun.children) \
            or any(c.dep_ == "prep" and c.lower_ in OWNER_PREPS for c in noun.children):
        return False
    return any(t.lemma_.lower() in PEACE_AIMS for t in noun.subtree if t.i != noun.i)
