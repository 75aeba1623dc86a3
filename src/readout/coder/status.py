"""What a clause says of its act: done, negated, only intended or announced, asked of someone,
background history, what a noun describes, or only discussed (docs/coder.md, "What is not coded").

One ClauseStatus per trigger (events.py) or polarity word (stances.py); each part is worked out
when first asked, so a trigger dropped for its negation costs no history walk.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from enum import Enum, auto
from functools import cached_property
from typing import TYPE_CHECKING

from spacy.tokens import Token

from readout.coder.grammar import clause_of, doc_text, head_of, is_negated, paragraph_breaks
from readout.dates import MONTHS
from readout.lexicons import word_class

if TYPE_CHECKING:
    from readout.coder.sources import Analysis

__all__ = ["Modality", "ClauseStatus", "negated"]

INTENT_WORDS = word_class("intent_word")
ANTICIPATION = word_class("anticipation_word")      # "looks forward to meeting"
REPORTING = word_class("reporting_verb")
REQUEST_LEMMAS = word_class("request_verb")
HOPE_WORDS = word_class("hope_word")
STEP_NOUNS = word_class("step_noun")              # "measures to isolate Russia" (events.py)
# Verbs whose "of"/"for" clause gives the grounds for judging someone else ("accused X of ...",
# "thanked X for ..."): that clause is not the subject's own act.
GROUNDS_VERBS = word_class("grounds_verb")
# "discussed", "exchanged views on" give no stance (GUIDE.md) unless a stated intent sits between.
DISCUSS = word_class("discuss_word")
INTENT_NOUNS = word_class("intent_noun")
SHARED_WORDS = word_class("shared_word")
NORMATIVE_MODALS = word_class("normative_modal")
NEED_VERBS = word_class("need_verb")              # "we need to act": as "should"
FUTURE_AUX = word_class("future_aux")
HISTORY_MARKERS = word_class("history_marker")
FAILURE_VERBS = word_class("failure_verb")        # "failed to reach agreement": no agreement
POLITE_VERBS = word_class("polite_verb")          # "would like to thank" is a polite present
ONGOING_VERBS = word_class("ongoing_verb")
PERIOD_NOUNS = word_class("period_noun")          # "over the past decade"
PAST_WORDS = word_class("past_word")
GROUNDS_PREPS = word_class("grounds_prep")
ULTIMATUM_MARKS = word_class("ultimatum_mark")
PAST_PERIODS = word_class("past_period")          # "last month", "earlier this year"
EARLIER = word_class("earlier_word")
DATE_PREPS = word_class("date_prep")              # "in March", "on January 31, 1968"
MONTH_NAMES = word_class("month")
YEAR = re.compile(r"^(19|20)\d\d$")
# GUIDE.md: acts "within a day or two of the story" are coded, older ones are history; one day of
# slack for a story dated the day after.
HISTORY_DAYS = 3


class Modality(Enum):
    """How a clause holds its act: as what should be, what will or would be."""

    NORMATIVE = auto()      # "should", "must": no act
    FUTURE = auto()         # announced or intended: "will meet", "is willing to"
    CONDITIONAL = auto()    # "would respond"


def _story_date(doc) -> date | None:
    ctx = doc._.context
    if ctx is None or not ctx.date:
        return None
    try:
        return date.fromisoformat(ctx.date[:10])
    except ValueError:
        return None


def _told_past(clause: Token) -> bool:
    """A simple past or present perfect clause ("launched", "have endorsed")."""
    if clause.tag_ == "VBD":
        return True
    return clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)


def _in_dated_paragraph(sent, story: date) -> bool:
    """The sentence follows, in its paragraph, a first sentence whose main clause is dated days
    before the story ("In May, the United States chaired ..."); worked out once per sentence."""
    doc = sent.doc
    cache = doc.user_data.setdefault("readout.dated_paragraph", {})
    if sent.start in cache:
        return cache[sent.start]
    start = max((b for b in paragraph_breaks(doc) if b < sent.start_char), default=0)
    text = doc_text(doc)
    while start < sent.start_char and (text[start].isspace() or text[start] in ("-", "*", "\u2022")):
        start += 1      # the paragraph's first word, past the break and a bullet
    span = doc.char_span(start, start + 1, alignment_mode="expand") if start < sent.start_char else None
    first = span[0].sent if span is not None and len(span) else None
    found = False
    if first is not None and first.start < sent.start:
        root = first.root
        if not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in FUTURE_AUX) for c in root.children):
            when = _clause_date(root, story)
            found = when is not None and (story - when).days > HISTORY_DAYS or _long_ago(root, story)
    cache[sent.start] = found
    return found


def _long_ago(clause: Token, story: date) -> bool:
    """The clause is set years back: "On a hot summer day 59 years ago, ...", "In 1968, ...",
    "Since 2014, ..." (its own adjuncts, not its objects)."""
    for c in clause.children:
        if c.dep_ not in ("prep", "npadvmod", "advmod"):
            continue
        for t in c.subtree:
            if t.lower_ in HISTORY_MARKERS or YEAR.match(t.text) and int(t.text) < story.year:
                return True
    return False


def _clause_date(clause: Token, story: date) -> date | None:
    """The date a clause's own dating phrases give ("In March", "last month", "earlier this year"),
    or None. A phrase dates the clause only where a date word heads it ("on his visit to Kyiv last
    month" dates the visit), before the verb only as the sentence's opening, and after it not past
    an object ("condemned the attacks on Israel on October 7": the date may be the attacks')."""
    doc = clause.doc
    for c in clause.children:
        if c.dep_ == "prep" and c.lower_ in DATE_PREPS:
            head = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ in ("npadvmod", "advmod"):
            head = c
        else:
            continue
        if head is None or not _date_word(head):
            continue
        if c.i > clause.i and any(t.pos_ in ("NOUN", "PROPN") for t in doc[clause.i + 1:c.left_edge.i]):
            continue
        if c.i < clause.i and any(not t.is_punct for t in doc[clause.sent.start:c.left_edge.i]):
            continue    # before the verb, only a sentence's opening dates it ("In March, ..."), not a
                        # phrase inside what opens it ("Recalling the resolutions of March 2, ...")
        when = _phrase_date([t for t in c.subtree if clause_of(t).i == clause.i], story)
        if when is not None:
            return when
    return None


def _date_word(tok: Token) -> bool:
    """A word that can head a dating phrase: a month, a period ("month", "year"), "earlier", a year."""
    low = tok.lower_
    return low in MONTH_NAMES or low in PAST_PERIODS or low in EARLIER or bool(YEAR.match(tok.text))


def _phrase_date(words: list[Token], story: date) -> date | None:
    """The latest day a dating phrase can mean ("in March" is March 31 of the latest March not
    after the story), or None when the phrase names no date."""
    lows = [t.lower_ for t in words]
    years = [int(t.text) for t in words if YEAR.match(t.text)]
    last_year = any(a in PAST_WORDS and b in PAST_PERIODS and b.startswith("year") for a, b in zip(lows, lows[1:]))
    for k, t in enumerate(words):
        if lows[k] not in MONTH_NAMES or not t.text[:1].isupper():
            continue
        month = MONTHS[lows[k]]
        nxt = words[k + 1] if k + 1 < len(words) else None
        day = int(nxt.text) if nxt is not None and nxt.text.isdigit() and 1 <= int(nxt.text) <= 31 else None
        if day is None and t.head.lower_ not in DATE_PREPS:
            return None         # "the anniversary of the March on Washington" dates nothing
        year = years[0] if years else story.year - 1 if last_year else None
        if year is None:
            year = story.year if (month, day or 1) <= (story.month, story.day) else story.year - 1
        try:
            return date(year, month, day or calendar.monthrange(year, month)[1])
        except ValueError:
            return None
    before = story - timedelta(days=HISTORY_DAYS + 1)
    for a, b in zip(lows, lows[1:]):
        if a in PAST_WORDS and b in PAST_PERIODS:
            return before       # "last month", "in the past year"
    if any(w in EARLIER for w in lows) and any(w in PAST_PERIODS for w in lows):
        return before           # "earlier this month"
    return None


def negated(tok: Token, clause: Token) -> bool:
    """True when the act is negated: "did not agree to meet", "failed to reach agreement"."""
    chain = [tok, clause]
    if clause.dep_ == "xcomp" and clause.head.lemma_.lower() in FAILURE_VERBS:
        return True         # "failed to reach agreement": no agreement
    if clause.dep_ == "pcomp" and clause.head.head.lemma_.lower() in FAILURE_VERBS:
        return True         # "refrain from providing support": none provided
    t = clause
    while t.dep_ == "xcomp" and t.head.i != t.i:
        t = t.head          # "did not agree to meet"; a negation does not cross "and"
        chain.append(t)
    return any(is_negated(x) for x in chain)


def _forms(tok: Token) -> set[str]:
    """A word's lemma and form, and the form without a plural or third-person "s" (the
    lemmatizer makes "hopes" "hop")."""
    low = tok.lower_
    return {tok.lemma_.lower(), low, low[:-1] if low.endswith("s") else low}


def _hoped(clause: Token) -> bool:
    """A clause with its own subject that someone hopes for ("China hopes that all parties will
    stay calm", "conveyed hope that X would visit")."""
    if clause.dep_ not in ("ccomp", "acl") or clause.head.i == clause.i:
        return False
    return bool(_forms(clause.head) & HOPE_WORDS) and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


class ClauseStatus:
    """The status of the act a token names in its clause; `an` and `year` serve `described` and
    `history`."""

    def __init__(self, token: Token, clause: Token, an: Analysis | None = None, year: int | None = None):
        self.token, self.clause, self.an, self.year = token, clause, an, year
        self.ongoing = False        # set by modality: the act is one someone continues

    @cached_property
    def negated(self) -> bool:
        """The act is negated ("did not agree", "failed to reach agreement")."""
        return negated(self.token, self.clause)

    @cached_property
    def modality(self) -> Modality | None:
        """NORMATIVE for should/must, FUTURE for announced or intended acts, CONDITIONAL for would,
        else None; a normative modal anywhere up the chain wins."""
        found = None
        t = self.clause
        for _ in range(6):
            for c in t.children:
                low = c.lower_
                if c.dep_ not in ("aux", "auxpass"):
                    continue
                if low in NORMATIVE_MODALS:
                    return Modality.NORMATIVE
                if low in FUTURE_AUX or c.lemma_ == "will":
                    found = found or Modality.FUTURE
                elif low == "would" and t.lemma_.lower() not in POLITE_VERBS:
                    found = found or Modality.CONDITIONAL      # "would like to thank" is a polite present
                elif low == "to" and t.head.lemma_.lower() == "go":
                    found = found or Modality.FUTURE
            head = head_of(t)
            if head.i == t.i:
                break
            if t.dep_ == "xcomp" and head.lemma_.lower() in NEED_VERBS and head.pos_ == "VERB":
                return Modality.NORMATIVE   # "We need to ... ban assault weapons": what should be
            if t.dep_ == "xcomp" and head.lemma_.lower() in ONGOING_VERBS:
                # "continues to hold ... accountable": ongoing, as announced as the continuing is
                # ("will continue to work closely with", "is willing to keep pushing forward")
                self.ongoing = True
                t = head
                continue
            if t.dep_ in ("xcomp", "acl", "advcl", "ccomp"):
                if t.dep_ != "ccomp" and (_forms(head) & INTENT_WORDS or (
                        head.lemma_.lower() == "be" and any(c.lower_ in INTENT_WORDS for c in head.children))):
                    found = found or Modality.FUTURE
                if t.dep_ == "ccomp":
                    break
                t = clause_of(head) if head.dep_ in ("acomp", "amod", "attr", "dobj") else head
                if t.lemma_.lower() in INTENT_WORDS:
                    found = found or Modality.FUTURE
                continue
            if t.dep_ == "conj":
                t = head
                continue
            if t.dep_ == "pcomp" and head.dep_ == "prep" and clause_of(head.head).lemma_.lower() in INTENT_WORDS \
                    and any(w.lower_ in ANTICIPATION for w in (head.head, *head.head.children)):
                # "looks forward to meeting X": a meeting still to come
                found = found or Modality.FUTURE
                break
            if t.dep_ == "pcomp" and head.pos_ == "ADP" and head.head.i != head.i:
                # "commit to improving defenses by sharing threat information": intended too
                gov = head.head
                if _forms(gov) & INTENT_WORDS:
                    found = found or Modality.FUTURE
                t = gov if gov.pos_ in ("VERB", "AUX") else clause_of(gov)
                continue
            break
        return found

    def conditioned(self, marks=ULTIMATUM_MARKS) -> bool:
        """True when the act hangs on a condition the other side must meet ("unless ...")."""
        return any(c.dep_ == "advcl" and any(g.lower_ in marks for g in c.children) for c in self.clause.children)

    @cached_property
    def requested(self) -> bool:
        """Inside what someone is asked to do: "called on Russia to withdraw its forces"."""
        t = self.clause
        if _hoped(t):
            return True         # "hoped that President Erdogan would visit": hoped for, not announced
        for _ in range(6):
            prep = t.head
            while t.dep_ == "pcomp" and prep.dep_ == "conj" and prep.head.pos_ == "ADP":
                prep = prep.head    # "to join us in providing safe haven and in prohibiting arms sales"
            if t.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
                t = prep.head       # "invited partners to join us in holding Iran accountable"
                if t.lemma_.lower() in REQUEST_LEMMAS:
                    return True
            if t.dep_ not in ("xcomp", "ccomp", "advcl", "conj") or t.head.i == t.i:
                return False
            link, t = t.dep_, clause_of(t.head) if t.head.pos_ not in ("VERB", "AUX") else t.head
            if link != "conj" and t.lemma_.lower() in REQUEST_LEMMAS:
                return True
        return False

    @cached_property
    def history(self) -> bool:
        """Background history: past perfect, 'since ...', 'over the past decade', or a year before
        the story's."""
        clause, date_year = self.clause, self.year
        for c in clause.children:
            span = [c] + [g for g in c.subtree] if c.dep_ in ("npadvmod", "prep") else []
            words = {t.lower_ for t in span}
            if words & PERIOD_NOUNS and words & PAST_WORDS:
                return True
        if clause.dep_ == "relcl" and clause.tag_ in ("VBD", "VBN"):
            return True         # "the United States, which withdrew from the deal, ..."
        aux = [c for c in clause.children if c.dep_ == "aux"]
        reported = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING
        if any(a.lower_ == "had" for a in aux) and clause.tag_ == "VBN" and not reported:
            return True         # past perfect, except in reported speech ("said it had halted aid")
        for t in clause.subtree:
            if clause_of(t).i != clause.i:
                continue
            if t.lower_ in HISTORY_MARKERS and t.dep_ in ("prep", "mark", "advmod") and t.head.i == clause.i:
                return True     # "since 2014" on the verb; not "a previously unannounced visit"
            if date_year and YEAR.match(t.text) and int(t.text) < date_year - 1:
                return True
        return self._dated_before()

    def _dated_before(self) -> bool:
        """The clause, or the nearest clause above it that is dated, is dated days before the story:
        "In March, ...", "on January 31, 1968", "last month", "earlier this year"; a date on the
        verb that reports or frames the act dates it too ("Last week, Justice announced that Spain
        seized ..."). An undated past act in a paragraph whose first sentence is so dated is told
        in the same past ("In May, the United States chaired ... Ninety-four countries have
        endorsed ..."). Never an announced act ("In June, X will travel")."""
        story = _story_date(self.clause.doc)
        if story is None:
            return False
        clause, told = self.clause, []
        for _ in range(6):
            when = _clause_date(clause, story)
            if when is not None:
                return (story - when).days > HISTORY_DAYS and self.modality is None
            told.append(_told_past(clause))
            if clause.head.i == clause.i:
                break
            clause = clause_of(clause.head)
        # "The United States also convened the Council ... to urge action": told in the past
        return any(told) and self.modality is None and _in_dated_paragraph(self.clause.sent, story)

    @cached_property
    def described(self) -> bool:
        """What a noun describes, not an act: "a proposal for signing", "a plan to attack",
        "their commitment to continue providing aid"; or the grounds of a judgement."""
        clause = self.clause
        while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head
        if clause.dep_ == "pcomp" and clause.head.dep_ == "prep" and clause.head.head.pos_ in ("NOUN", "PROPN"):
            return True
        if clause.dep_ == "pcomp" and clause.head.lower_ in GROUNDS_PREPS \
                and clause.head.head.lemma_.lower() in GROUNDS_VERBS:
            return True     # "accused Myanmar of torturing detainees": the accused's act, as alleged
        if clause.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            if clause.head.lemma_.lower() in STEP_NOUNS:
                return False    # "measures to isolate Russia": as done as the measures are (events.py)
            return self.an.tok_mention.get(clause.head.i) is None     # not "spoke with Modi to express ..."
        return False

    @cached_property
    def discussed(self) -> bool:
        """The word is only the topic of a discussion or an exchange of views."""
        word = t = self.token
        for _ in range(12):
            if t.i != word.i and t.lemma_.lower() in INTENT_NOUNS:
                return False
            if any(c.dep_ == "amod" and c.lower_ in SHARED_WORDS for c in t.children):
                return False    # "discussed their shared concerns about ..." states a position (GUIDE.md)
            if t.lemma_.lower() in DISCUSS:
                return True
            if t.head.i == t.i or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")):
                return False    # "exchanged views on X and agreed on the importance of Y": its own predicate
            t = t.head
        return False
