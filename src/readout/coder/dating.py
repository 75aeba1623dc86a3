"""The date of a statement (docs/coder.md, "Headline and participants"): a statement whose
headline is its own side's act, not a meeting, is dated when that act was done, and the date of
the act it answers, told first, is not its own (eval/styles FRESH.md decision 45)."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from readout.coder.grammar import clause_of
from readout.coder.records import Event
from readout.dates import MONTH_PATTERN, WEEKDAYS, _iso, date_expressions
from readout.lexicons import word_class

__all__ = ["statement_date"]

SUBJECT_DEPS = ("nsubj", "nsubjpass")
TIME_NOUNS = word_class("time_of_day_noun")      # "on the evening of March 22"
DATE_WORD = re.compile(rf"(?i)^(?:{MONTH_PATTERN}|\d+|{'|'.join(WEEKDAYS)}|today|yesterday|tonight)$")
OPENING = 3     # the sentences a story's date is read from (dates.resolve_date reads two of its own)


def statement_date(doc: Doc, head: Event | None, side: str | None, resolved: str | None, published: str,
                   statement: bool = False) -> str | None:
    """The story's date: for a statement whose headline is its side's act, the date that act's own
    clause names, else the date the opening gives to an act of the side ("On May 18, the Deputy
    Adviser traveled to Brussels"), else the publication date; the same for a story its title
    calls a statement (`statement`) with no headline; `resolved` otherwise."""
    reference = _iso(published)
    if reference is None or head is not None and (
            head.type == "CONSULT" or head.source != side or not 0 <= head.trigger < len(doc)):
        return resolved
    if head is None:
        # no act abroad (a statement on a shooting at home): dated by what its side did, not by
        # what it reacts to ("last night's horrific mass shooting"); a readout of a meeting at
        # home ("Yesterday, the National Climate Advisor convened ...") keeps its date
        return _opening_date(doc, side, resolved, published) if statement else resolved
    clause = clause_of(doc[head.trigger])
    own = [t for t in clause.subtree if clause_of(t).i == clause.i]
    text, offsets = "", []
    for t in own:
        offsets.append((len(text), t))
        text += t.text + " "
    for start, _, found in date_expressions(text, reference):
        verb = _dated_verb(next(t for off, t in reversed(offsets) if off <= start))
        if verb is not None and verb.i == clause.i:
            return found    # "On March 2, Russia expelled ...": the act's own date
    return _opening_date(doc, side, resolved, published)


def _opening_date(doc: Doc, side: str | None, resolved: str | None, published: str) -> str | None:
    """`resolved` where the opening gives that date to an act of the side, else the publication date."""
    reference = _iso(published)
    if resolved in (None, published) or not doc.has_annotation("SENT_START"):
        return resolved     # a story the prefilter left unparsed has no opening to read
    mentions = list(doc._.actors or ())
    for sent in list(doc.sents)[:OPENING]:
        for start, _, found in date_expressions(sent.text, reference):
            if found == resolved:
                tok = doc.char_span(sent.start_char + start, sent.start_char + start + 1, alignment_mode="expand")
                return resolved if tok is not None and _dates_act_of(tok[0], side, mentions) else published
    return published


def _dates_act_of(tok: Token, side: str, mentions) -> bool:
    """True when a date expression dates an act whose subject names `side` ("On May 18, the
    Deputy Adviser traveled": the side's; "On April 17, the Czech authorities announced": not)."""
    verb = _dated_verb(tok)
    if verb is None:
        return False
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head
    spans = [(min(x.idx for x in c.subtree), max(x.idx + len(x) for x in c.subtree))
             for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return any(m.code == side for m in mentions for s, e in spans if s <= m.start < e)


def _dated_verb(tok: Token) -> Token | None:
    """The verb a date expression's word dates ("On April 17, X announced", "X condemned it
    yesterday"); None where it dates a thing ("the decision of May 17", "the desecration of the
    Quran in Stockholm on Wednesday")."""
    t = tok
    while t.head.i != t.i and t.head.pos_ not in ("VERB", "AUX"):
        t = t.head
        if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in TIME_NOUNS and not DATE_WORD.match(t.text):
            return None
    return t.head if t.head.pos_ in ("VERB", "AUX") else None
