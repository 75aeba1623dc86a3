"""Departures ordered with no orderer named (docs/coder.md, "Expulsions told as a deadline"): "two
Russian diplomats must leave the country within 72 hours", "Indian nationals have been directed to
leave", "Pakistani nationals have 48 hours to leave India", "officials of the Embassy are to leave the
State": the state they must leave expels them (envoys: SANCTION) or deports them (nationals: COERCE)."""
from __future__ import annotations

from itertools import product

from spacy.tokens import Span, Token

from readout.cameo import cameo
from readout.coder.grammar import condition_clauses, is_negated, np_tokens
from readout.coder.records import Event, is_code, pair_events
from readout.coder.sources import Analysis
from readout.coder.word_index import words_in
from readout.lexicons import word_class

__all__ = ["departures"]

LEAVE_VERBS = word_class("departure_verb")
ENVOYS = word_class("serving_person_noun") | word_class("envoy_noun")
NATIONALS = word_class("foreign_resident_noun")
ORDER_VERBS = word_class("departure_order_verb")   # "have been directed / told / given 72 hours to leave"
SPANS = word_class("deadline_noun")                # "have 48 hours to leave", "given a week to leave"
OBLIGING = word_class("binding_modal")              # "must leave"; "should leave" is advice
HOLDING_VERBS = word_class("deadline_verb")          # "have / were given 48 hours to leave"
GENERIC_PLACES = word_class("own_territory_noun")   # "leave the country / the State / the territory"
EXPEL, DEPORT = "166", "174"
SUBJECT_DEPS = ("nsubj", "nsubjpass")
CONDITION_MARKS = word_class("condition_mark")   # "if they do it again, they will be asked to leave": a warning


def departures(an: Analysis, sent: Span, index: int) -> list[Event]:
    """SANCTION or COERCE of the state left toward the state of the people told to leave it."""
    out = []
    for tok in words_in(sent, LEAVE_VERBS):     # the doc's index: the other words are not read
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in LEAVE_VERBS or is_negated(tok):
            continue
        governor = _obliged_by(tok)
        if governor is None or is_negated(governor) or condition_clauses(governor, CONDITION_MARKS) \
                or condition_clauses(tok, CONDITION_MARKS):
            continue
        people = _people(tok, governor)
        if people is None:
            continue
        lemma = people.lemma_.lower()
        code = DEPORT if lemma in NATIONALS else EXPEL
        left = _state_left(an, tok)
        if left is None:
            continue
        sources = left or list(an.voice_codes())
        targets = [c for c in _nationality(an, people) if c not in sources]
        info = cameo(code)
        start = min(people.left_edge.idx, tok.idx)
        end = max(t.idx + len(t) for t in tok.subtree)
        out += pair_events(info, product(sources, targets), index, start, end, tok.i)
    return out


def _obliged_by(leave: Token) -> Token | None:
    """The word that makes leaving an obligation, not a plan or a wish: "must leave", "are to
    leave", "have 48 hours to leave", "have been directed to leave" (a passive with no agent: the
    order is the text's own side's); else None."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGING for c in leave.children):
        return leave
    head = leave.head
    if leave.dep_ not in ("xcomp", "relcl", "acl", "advcl") or head is leave:
        return None
    if head.lemma_.lower() == "be" and head.pos_ == "AUX" and any(c.lower_ == "to" for c in leave.children):
        return head         # "are to leave the State"
    if head.lemma_.lower() in SPANS and any(c.dep_ in ("nummod", "det") for c in head.children):
        return head.head if head.head.lemma_.lower() in HOLDING_VERBS else None   # "have 48 hours to leave"
    if head.lemma_.lower() in ORDER_VERBS and head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children) \
            and not any(c.dep_ == "agent" for c in head.children):
        return head         # "have been directed to leave", "has been given 72 hours to leave"
    return None


def _people(leave: Token, governor: Token) -> Token | None:
    """The envoys or foreign nationals told to leave: the subject of the verb or of its governor, or
    of a clause coordinated before a subjectless governor ("visas are cancelled, and nationals
    present in X have been directed to leave"); a pronoun stands for the one told ("informed the
    Ambassador that she must leave")."""
    verbs = [leave, governor]
    if governor.dep_ == "conj":
        verbs += sorted((c for c in [governor.head, *governor.head.children]
                         if c.i < governor.i and (c is governor.head or c.dep_ == "conj")), key=lambda c: -c.i)
    for verb in verbs:
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is None:
            continue
        if subj.pos_ == "PRON" and verb.dep_ == "ccomp":
            subj = next((c for c in verb.head.children if c.dep_ == "dobj"), subj)   # the one told
        lemma = subj.lemma_.lower()
        return subj if lemma in ENVOYS or lemma in NATIONALS else None
    return None


def _state_left(an: Analysis, leave: Token) -> list[str] | None:
    """The state the people must leave: a named state is it, but only where it is the text's own
    side ("American citizens must leave Russia" in a U.S. statement is advice, no expulsion); "the
    country", "the State" or no place are the text's own side ([]); else None."""
    places = [c for c in leave.children if c.dep_ == "dobj"]
    places += [g for c in leave.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    if not places:
        return []
    own = list(an.voice_codes())
    for place in places:
        named = [m.code for _, m in an.actors_in(list(place.subtree))]
        if named:
            return named if own and set(named) <= set(own) else None
        if place.lemma_.lower() not in GENERIC_PLACES:
            return None
    return []


def _nationality(an: Analysis, people: Token) -> list[str]:
    """The states the people belong to ("Russian diplomats", "officials of the Russian Embassy in
    Dublin"), not where they are ("nationals currently in India")."""
    return list(dict.fromkeys(m.code for _, m in an.actors_in(np_tokens(people)) if is_code(m.code)))
