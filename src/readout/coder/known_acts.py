"""Attacks and invasions a later story recalls by name alone (lexicons/dated_acts.tsv): history,
not an act of the story's days (GUIDE.md: acts older than a day or two are background)."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from spacy.tokens import Token

from readout.coder.grammar import clause_of
from readout.coder.history import HISTORY_DAYS, noun_date, phrase_dates, story_date
from readout.coder.history_clues import dated_today
from readout.lexicons import data_path, read_tsv, word_class

__all__ = ["recalled_act"]

WEEKDAYS = word_class("weekday")
NOW_WORDS = word_class("now_word")
# the words that carry the act's name beside the trigger: "launched its full-scale invasion", "the
# attack Hamas carried out"
NAMING_DEPS = ("dobj", "pobj", "attr", "nsubjpass", "compound", "amod")


@lru_cache(maxsize=1)
def _acts() -> dict[tuple[str, str], list[tuple[date, date, frozenset[str]]]]:
    """(source, target) -> [(first day, last day, naming words)], from dated_acts.tsv."""
    acts: dict[tuple[str, str], list] = {}
    for _, row in read_tsv(data_path("dated_acts.tsv"), ["source", "target", "start", "end", "words"]):
        acts.setdefault((row["source"], row["target"]), []).append(
            (date.fromisoformat(row["start"]), date.fromisoformat(row["end"]), frozenset(row["words"].split("|"))))
    return acts


def _own_date(trigger: Token, clause: Token, story: date) -> bool:
    """The act's own words date it in the story's days ("launched on Saturday", "overnight",
    "today"): a new act of the same pair, not the one recalled. A noun's own phrase only: "has
    today sanctioned ... following the regime's attack on Israel" dates the sanctions."""
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.i != clause.i:
        words = list(trigger.subtree)
        when = list(filter(None, [noun_date(trigger, story)]))
    else:
        if dated_today(clause):
            return True
        words = [t for t in clause.subtree if clause_of(t).i == clause.i]
        when = phrase_dates(clause, story)
    if any(t.lower_ in NOW_WORDS or t.lower_ in WEEKDAYS or t.lower_ == "overnight" for t in words):
        return True
    return any(0 <= (story - w).days <= HISTORY_DAYS for w in when)


def recalled_act(source, target, trigger: Token, clause: Token) -> bool:
    """The ASSAULT of source on target told by `trigger` names a dated act of dated_acts.tsv that
    ended more than HISTORY_DAYS before the story, the latest such act of the pair up to the story,
    with no date of its own in the sentence."""
    known = _acts().get((source, target))
    story = story_date(trigger.doc)
    if not known or story is None:
        return False
    past = [a for a in known if a[0] <= story]
    if not past:
        return False
    _, end, words = max(past, key=lambda a: a[0])
    if (story - end).days <= HISTORY_DAYS:
        return False
    named = {trigger.lemma_.lower()} | {c.lemma_.lower() for c in trigger.children if c.dep_ in NAMING_DEPS}
    return bool(named & words) and not _own_date(trigger, clause, story)
