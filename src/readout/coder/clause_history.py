"""What a clause alone says of its act's time: its adjuncts of time, tense and form mark it as
background history ("the United States, which withdrew from the deal", "since 2014", "had halted",
"has repeatedly warned"). Split from status.py, whose ClauseStatus.history calls `clause_history`
before the story-wide tests (docs/coder.md, "What is not coded")."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.grammar import clause_of
from readout.coder.history import HISTORY_DAYS, HISTORY_MARKERS, PAST_WORDS, YEAR, life_deed, phrase_dates, story_date, told_past
from readout.coder.history_clues import dated_today, dates_a_thing, dates_grounds, governor_since, lapse_before, news_relative, \
    over_long_span, recent_ago, record_since, told_then
from readout.lexicons import word_class

__all__ = ["clause_history"]

REPORTING = word_class("reporting_verb")
HABIT_ADVERBS = word_class("habit_adverb")     # "has repeatedly warned": many acts, none on the day
PAST_SPANS = word_class("period_noun") | word_class("recent_period_noun")     # "over the past decade", "in recent weeks"
GROUNDS_PREPS = word_class("grounds_prep")
PREVIOUS_TIME = word_class("previous_time_adverb")     # "the leaders last met in Rome"
RECALL_VERBS = word_class("recall_verb")     # "recalled that X had signed ...": what is recalled is known before


def clause_history(clause: Token, date_year: int | None) -> bool:
    """What ClauseStatus.history reads from the clause alone: its adjuncts of time, tense and form."""
    for c in clause.children:
        if c.dep_ not in ("npadvmod", "prep"):
            continue
        words = {t.lower_ for t in c.subtree}
        if words & PAST_SPANS and words & PAST_WORDS:
            # only words of this clause: "thanked Jordan for hosting refugees over the past
            # decade" dates the hosting, not the thanks
            own = {t.lower_ for t in c.subtree if clause_of(t).i == clause.i}
            if own & PAST_SPANS and own & PAST_WORDS and not dates_grounds(c, clause) and not _span_in_grounds(c, clause):
                return True
    if clause.dep_ == "relcl" and clause.tag_ in ("VBD", "VBN") and not news_relative(clause):
        # (not "the meeting he held yesterday with X": news of the story's days)
        return True         # "the United States, which withdrew from the deal, ..."
    if clause.dep_ == "pcomp" and clause.head.lower_ in HISTORY_MARKERS:
        return True         # "Since launching its full-scale invasion of Ukraine, Russia's forces ..."
    aux = [c for c in clause.children if c.dep_ == "aux"]
    if _past_perfect(clause):
        return True         # past perfect, except in reported speech ("said it had halted aid")
    if _shared_past(clause):
        return True         # "had withdrawn its diplomats and recognised X": the "had" is the conjunct's too
    if _recalled(clause):
        return True         # "The ministry recalled that Japan imposed sanctions on Russia": known before the story
    if told_then(clause):
        return True         # "the Kremlin rejected such statements at the time": the time of a past told before
    if clause.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux) and any(
            c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in clause.children):
        return True         # "has repeatedly warned", "has consistently conveyed its concerns": a habit, no act of the day
    for t in clause.subtree:
        if clause_of(t).i != clause.i:
            continue
        if t.lower_ in HISTORY_MARKERS and t.dep_ in ("prep", "mark", "advmod") and t.head.i == clause.i \
                and not dates_grounds(t, clause) and not record_since(t, clause) and not recent_ago(t):
            return True     # "since 2014" on the verb; not "a previously unannounced visit"
        if t.lower_ in PREVIOUS_TIME and t.dep_ == "advmod" and t.head.i == clause.i:
            return True     # "the leaders last met in Rome": the meeting before this one
        if date_year and YEAR.match(t.text) and int(t.text) < date_year - 1 and not dates_a_thing(t) \
                and not record_since(t, clause) and not (t.head.dep_ == "prep" and dates_grounds(t.head, clause)):
            # (not "thanked X for its support in the fight against ISIS since 2014": the year dates the grounds)
            return True
    if over_long_span(clause) and not dated_today(clause):
        return True         # "In the years that followed, ... were deported": a span's record, not the day's act
    if governor_since(clause):
        return True         # "Since Russia began deploying troops to the border, ...": the deploying is the beginning's
    if lapse_before(clause) or _lapsed_report(clause):
        return True         # "the meeting was held a week after Israel launched its attacks": the attacks are background
    if life_deed(clause):
        return True         # an obituary's "he reached agreements to reduce ...": the life recalled
    return False


def _past_perfect(clause: Token) -> bool:
    """A past perfect not reported ("said it had halted aid" is) and not dated on the story's days."""
    reported = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING
    return clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children) \
        and not reported and not dated_today(clause) and not _dated_recent(clause)


def _shared_past(clause: Token) -> bool:
    """A past conjunct with no subject or auxiliary of its own shares the form that sets its head back
    ("had withdrawn its diplomats and recognised X"; "a week after X said he had written to Iran and
    warned of military action"; "recalled that X signed ... and ratified ..."), unless it dates itself
    on the story's days; not a past relative clause's conjunct ("a call in which he offered his
    condolences and affirmed ...": the call's content, news)."""
    head = clause.head
    if clause.dep_ != "conj" or clause.tag_ not in ("VBD", "VBN") or head.tag_ not in ("VBD", "VBN") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in clause.children) \
            or dated_today(clause) or _dated_recent(clause):
        return False
    # "said Ghana had fulfilled its obligation, and pledged ...": a conjunct of a reported past perfect
    # may be the report's own
    reported = head.head.lemma_.lower() in REPORTING and head.head.i != head.i
    return (_past_perfect(head) and not reported) or lapse_before(head) or _lapsed_report(head) or _recalled(head)


def _recalled(clause: Token) -> bool:
    """A past act a verb of recalling tells ("recalled that Chile recognised Palestine", "Recalling that
    X had been liberated last November, ..."): known before the story, unless dated on its days
    ("recalled that the leaders agreed on Monday")."""
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in RECALL_VERBS and told_past(clause) \
        and not dated_today(clause) and not _dated_recent(clause)


def _lapsed_report(clause: Token) -> bool:
    """What a report told that far back reports ("a week after Trump said he had written to Iran"):
    as old as the report."""
    return clause.dep_ == "ccomp" and lapse_before(clause.head)


def _span_in_grounds(prep: Token, clause: Token) -> bool:
    """A span of the past inside the grounds of an act on someone ("thanked France for its support over
    the past years", "commended Qatar for its mediation in recent years"): it dates the grounds, not the
    act; not a span that is the phrase itself ("hosted them for the past decade")."""
    return prep.lower_ in GROUNDS_PREPS and any(d.dep_ == "dobj" and d.i < prep.i for d in clause.children) \
        and not any(g.dep_ == "pobj" and g.lower_ in PAST_SPANS for g in prep.children)


def _dated_recent(clause: Token) -> bool:
    """The clause dates itself within the story's days ("had received President X in Jeddah on
    Monday" in a Tuesday story): a past perfect so dated is news, as one dated today is."""
    story = story_date(clause.doc)
    when = phrase_dates(clause, story) if story is not None else []
    return bool(when) and all(0 <= (story - w).days <= HISTORY_DAYS for w in when)
