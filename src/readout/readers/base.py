"""What every reader makes: a Story (with its Dateline), the options a read takes, and the cap on input size."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from readout.dates import MONTH_PATTERN, MONTHS
from readout.errors import BadInput, ReadoutError

__all__ = ["Dateline", "Story", "ReadOptions", "ErrorHandler", "find_dateline", "agency_line_end", "max_input_bytes",
           "MAX_INPUT_BYTES", "FIELDS"]

# The fields a story record can carry (JSONL keys, CSV/TSV header names).
FIELDS = ("id", "date", "title", "text", "url", "publisher")
# The most one file (text, HTML) or one line or row (JSONL, CSV, TSV) may hold. A 400,000-character
# story, the coder's cap (limits.py), is at most 2.4 MB as JSON with every character escaped; the
# cap keeps one hostile line (a gzip bomb of one 2 GiB line) from needing gigabytes of memory.
MAX_INPUT_BYTES = 32 * 1024 * 1024


def max_input_bytes() -> int:
    """The most bytes one file, line or row may hold (READOUT_MAX_INPUT_BYTES; default 32 MiB)."""
    value = os.environ.get("READOUT_MAX_INPUT_BYTES", "").strip()
    if not value:
        return MAX_INPUT_BYTES
    if not value.isdigit() or int(value) < 1:
        raise ReadoutError(f"READOUT_MAX_INPUT_BYTES={value!r} is not a whole number of bytes above 0; "
                           f"give e.g. READOUT_MAX_INPUT_BYTES={MAX_INPUT_BYTES}")
    return int(value)


@dataclass
class Dateline:
    """The place-and-date opening of a wire story: "Xinhua News Agency, Beijing, August 18."."""

    agency: str | None
    place: str | None
    month: int
    day: int
    start: int
    end: int


@dataclass
class Story:
    """One story as read, with offsets into `text` exactly as the file held it."""

    id: str
    text: str
    title: str | None
    date: str | None
    publisher: str | None
    url: str | None
    path: str
    line: int | None
    body_start: int
    collected: str | None = None
    number: int | None = None
    dateline: Dateline | None = None


ErrorHandler = Callable[[BadInput], None]


@dataclass(frozen=True)
class ReadOptions:
    """How to read: the text encoding, what to fill in where a story gives none, CSV/TSV column names."""

    encoding: str = "utf-8"
    date: str | None = None
    publisher: str | None = None
    url: str | None = None
    # canonical field -> header name in the user's CSV/TSV files ("text" -> "body")
    columns: dict[str, str] = field(default_factory=dict)
    max_bytes: int = MAX_INPUT_BYTES


_NAME = r"[A-Z][A-Za-z.'’&/ -]{0,48}?"
_DATELINE = re.compile(
    rf"""(?x)
    [ \t]*
    (?:(?P<agency>{_NAME}),[ \t]*)?
    (?P<place>[A-Z][A-Za-z.'’ -]{{0,40}}?),[ \t]*
    (?:(?P<month>{MONTH_PATTERN})\.?[ \t]+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<month2>{MONTH_PATTERN})\.?)
    (?:st|nd|rd|th)?
    (?:,?[ \t]+\d{{4}})?
    (?:,[ \t]*(?P<agency4>[A-Z]{{2,10}})(?=[ \t]*(?:--|—|–)))?    # "Jeddah, March 11, 2025, SPA --"
    (?:[ \t]*\((?P<agency2>[^()\n]{{1,60}})\))?
    (?P<end>[ \t]*(?:--|—|–|[ \t]-|:|\.)(?=\s)|(?<=\))(?=[ \t]))
    (?:[ \t]*/(?P<agency3>[A-Z][A-Za-z-]{{1,15}})/\.?(?=\s))?     # "MOSCOW, July 17. /TASS/."
    """,
    re.IGNORECASE,
)


# "Tehran, IRNA -- ": a wire opening with the agency but no date (IRNA writes so)
_AGENCY_LINE = re.compile(r"[ \t]*(?!The\b)[A-Z][A-Za-z.'’ -]{0,40}?,[ \t]*[A-Z]{2,10}[ \t]*(?:--|—|–)(?=\s)")


def agency_line_end(text: str, start: int = 0) -> int | None:
    """Where a dateless wire opening at `start` ("Tehran, IRNA -- ") ends, or None."""
    m = _AGENCY_LINE.match(text, start)
    return m.end() if m else None


def find_dateline(text: str, start: int = 0) -> Dateline | None:
    """Find a dateline opening the paragraph at `start` ("BEIJING, Aug. 18 (Xinhua) --")."""
    m = _DATELINE.match(text, start)
    if not m or not (m["place"][0].isupper() and (m["agency"] is None or m["agency"][0].isupper())):
        return None
    month = MONTHS[(m["month"] or m["month2"]).lower()]
    day = int(m["day"] or m["day2"])
    try:
        date(2000, month, day)
    except ValueError:
        return None
    agency = m["agency"] or m["agency2"] or m["agency3"] or m["agency4"]
    begin = m.start("agency") if m["agency"] else m.start("place")
    return Dateline(agency.strip() if agency else None, m["place"].strip(), month, day, begin, m.end())
