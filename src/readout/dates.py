"""Resolve the date a story's events happened, from its dateline, its first sentences, or its dates.

The small parsers here (month names, "23 Aug 21", "August 18") are pure helpers that stories.py
reuses; this module only reads a Story's attributes and never imports stories.py at run time.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from readout.stories import Story

__all__ = [
    "MONTHS",
    "MONTH_PATTERN",
    "parse_collection_date",
    "parse_month_day",
    "year_for",
    "resolve_date",
    "date_expressions",
    "WEEKDAYS",
]

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
# Longest names first so "September" wins over "Sep" inside an alternation.
MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)?"
_MONTH_DAY = re.compile(rf"(?i)^\s*(?P<month>{MONTH_PATTERN})\.?\s+(?P<day>\d{{1,2}}){_ORD}\s*$")
_DAY_MONTH = re.compile(rf"(?i)^\s*(?P<day>\d{{1,2}}){_ORD}\s+(?P<month>{MONTH_PATTERN})\.?\s*$")
_COLLECTION = re.compile(rf"(?i)^\s*(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_PATTERN})\.?\s+(?P<year>\d{{2}}|\d{{4}})\s*$")

# A resolved event date may lie this far after the reference date (time zones, late wires).
_FUTURE_SLACK = timedelta(days=1)
# A body date further back than this is a reference to an earlier event, not the story's event.
_PAST_WINDOW = timedelta(days=45)


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_collection_date(text: str) -> date:
    """Parse a digest collection date such as "23 Aug 21" or "23 August 2021"; ValueError if not one."""
    m = _COLLECTION.match(text)
    if not m:
        raise ValueError(f"not a collection date like '23 Aug 21': {text!r}")
    year = int(m["year"])
    if year < 100:
        year += 2000 if year < 70 else 1900
    result = _valid(year, MONTHS[m["month"].lower()], int(m["day"]))
    if result is None:
        raise ValueError(f"no such day: {text!r}")
    return result


def parse_month_day(text: str) -> tuple[int, int] | None:
    """Parse "August 18", "Aug. 18th" or "18 August" into (month, day); None if it is not one."""
    m = _MONTH_DAY.match(text) or _DAY_MONTH.match(text)
    if not m:
        return None
    month, day = MONTHS[m["month"].lower()], int(m["day"])
    # 2000 is a leap year, so February 29 is accepted here and checked once a year is known.
    return (month, day) if _valid(2000, month, day) else None


def year_for(month: int, day: int, reference: date, slack: timedelta = timedelta(days=7)) -> date | None:
    """Give a month/day the year that puts it latest on or before `reference` + `slack`.

    A December dateline collected in January falls in the previous year; a January 1 dateline on a
    story dated December 31 falls in the next one.
    """
    candidates = [_valid(reference.year + k, month, day) for k in (1, 0, -1, -2)]
    for candidate in candidates:
        if candidate is not None and candidate <= reference + slack:
            return candidate
    return None


def _iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- expressions in the first sentences -----------------------------------------------------

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Words before a date or weekday that make it a deadline, a plan or a start point, not the event.
_NOT_EVENT = r"(?<!\bby\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bbefore\s)(?<!\bsince\s)(?<!\bnext\s)(?<!\bcoming\s)(?<!\bfrom\s)"
_EXPRESSION = re.compile(
    rf"""(?ix)
    (?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)
  | {_NOT_EVENT}\b(?P<md_month>{MONTH_PATTERN})\.?\s+(?P<md_day>\d{{1,2}}){_ORD}\b(?:,?\s+(?P<md_year>\d{{4}})\b)?
  | {_NOT_EVENT}\b(?P<dm_day>\d{{1,2}}){_ORD}\s+(?P<dm_month>{MONTH_PATTERN})\b\.?(?:,?\s+(?P<dm_year>\d{{4}})\b)?
  | \b(?P<today>today|this\s+morning|this\s+afternoon|this\s+evening|tonight)\b
  | \b(?P<yesterday>yesterday|last\s+night)\b
  | \b(?P<tomorrow>tomorrow)\b
  | {_NOT_EVENT}\b(?P<weekday>{"|".join(WEEKDAYS)})\b
    """
)
# A first sentence with one of these reports the main event; if it carries no date, later
# sentences speak of other things ("the summit held on March 5") and the story's date stands.
_EVENT_VERB = re.compile(
    r"(?i)\b(spoke|speaks|met|meets|held|holds|had\s+a|has\s+a|talk(?:s|ed)|call(?:s|ed)?|"
    r"conversation|meeting|visit(?:s|ed)?|launched|condemn(?:s|ed)?|announce[sd]?|signed)\b"
)
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "jr", "sr", "st", "gen", "col", "lt", "sen", "rep", "gov",
                  "prof", "no", "vs", "etc", "inc", "co", "corp", "ltd", "u.s", "u.k", "u.n", "e.u"}
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")


def _sentences(text: str, limit: int = 2, max_chars: int = 400) -> list[str]:
    """Split the opening of a body into at most `limit` sentences, minding "Joseph R. Biden, Jr."."""
    text = re.sub(r"\s+", " ", text[: max_chars * 2]).strip()
    sentences, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        word = text[start : m.start()].rsplit(" ", 1)[-1].lower()
        following = text[m.end() : m.end() + 1]
        if len(word) == 1 or word in _ABBREVIATIONS or not (following.isupper() or following in "\"'“‘"):
            continue
        sentences.append(text[start : m.start() + 1])
        start = m.end()
        if len(sentences) == limit or start >= max_chars:
            return sentences
    if start < len(text) and len(sentences) < limit:
        sentences.append(text[start:max_chars])
    return sentences


def _expression_date(m: re.Match, reference: date | None) -> date | None:
    """The date one matched expression names, or None when it names no past event date."""
    if m["iso"]:
        return _iso(m["iso"])
    for prefix in ("md", "dm"):
        if m[f"{prefix}_month"]:
            month, day = MONTHS[m[f"{prefix}_month"].lower()], int(m[f"{prefix}_day"])
            if m[f"{prefix}_year"]:
                return _valid(int(m[f"{prefix}_year"]), month, day)
            return year_for(month, day, reference, _FUTURE_SLACK) if reference else None
    if reference is None or m["tomorrow"]:
        return None
    if m["today"]:
        return reference
    if m["yesterday"]:
        return reference - timedelta(days=1)
    back = (reference.weekday() - WEEKDAYS.index(m["weekday"].lower())) % 7
    return reference - timedelta(days=back)


def _in_window(found: date, reference: date | None) -> bool:
    if reference is None:
        return True
    return reference - _PAST_WINDOW <= found <= reference + _FUTURE_SLACK


def _date_in_sentence(sentence: str, reference: date | None) -> date | None:
    for m in _EXPRESSION.finditer(sentence):
        found = _expression_date(m, reference)
        if found is not None and _in_window(found, reference):
            return found
    return None


def resolve_date(story: "Story") -> str | None:
    """Return the YYYY-MM-DD the story's main event happened, or None when nothing tells."""
    try:
        return _resolve_date(story)
    except OverflowError:  # a date at the calendar's edge (9999-12-31): no arithmetic on it
        return _iso(story.date).isoformat() if _iso(story.date) else None


def _resolve_date(story: "Story") -> str | None:
    published = _iso(story.date)
    reference = _iso(getattr(story, "collected", None)) or published
    dateline = getattr(story, "dateline", None)
    if dateline is not None and reference is not None:
        found = year_for(dateline.month, dateline.day, reference)
        if found is not None:
            return found.isoformat()
    body_from = dateline.end if dateline is not None else getattr(story, "body_start", 0)
    sentences = _sentences(story.text[body_from:])
    for number, sentence in enumerate(sentences):
        found = _date_in_sentence(sentence, published or reference)
        if found is not None:
            return found.isoformat()
        if number == 0 and _EVENT_VERB.search(sentence):
            break
    return published.isoformat() if published else (reference.isoformat() if reference else None)



def date_expressions(text: str, reference: date | None) -> list[tuple[int, int, str]]:
    """The past dates a text names within the story's window, as (start, end, YYYY-MM-DD) of each
    expression ("On April 17", "yesterday"), in order."""
    out = []
    for m in _EXPRESSION.finditer(text):
        try:
            found = _expression_date(m, reference)
        except OverflowError:
            continue
        if found is not None and _in_window(found, reference):
            out.append((m.start(), m.end(), found.isoformat()))
    return out
