"""Who belongs to which inter-governmental body on a date (lexicons/igo_members.tsv): in a
statement, the other side of an act is never the side's own body nor one of its members
(resolve.py; docs/coder.md, "Headline and participants")."""
from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

from readout.lexicons import LexiconError, data_path, read_tsv

__all__ = ["read_members", "same_body", "is_body"]


def read_members(path: str | Path) -> dict[tuple[str, str], list[tuple[date, date | None]]]:
    """(body, member) -> the spans of its membership, from a TSV of body, member, from, to."""
    out: dict[tuple[str, str], list[tuple[date, date | None]]] = {}
    for line, row in read_tsv(path, ["body", "member", "from", "to"], required=3):
        try:
            start = date.fromisoformat(row["from"])
            end = date.fromisoformat(row["to"]) if row["to"] else None
        except ValueError:
            raise LexiconError(path, "dates must be YYYY-MM-DD; fix the 'from' or 'to' column", line) from None
        out.setdefault((row["body"], row["member"]), []).append((start, end))
    return out


@functools.cache
def _members() -> dict[tuple[str, str], list[tuple[date, date | None]]]:
    return read_members(data_path("igo_members.tsv"))


def same_body(a: str, b: str, when: str | None) -> bool:
    """True when one of the two codes is a body the other belongs to on the story's date (any
    date when the story gives none): "G7 leaders will commit ..." in a White House statement is
    not the G7's promise to the United States."""
    try:
        day = date.fromisoformat(when[:10]) if when else None
    except ValueError:
        day = None
    for key in ((a, b), (b, a)):
        for start, end in _members().get(key, ()):
            if day is None or start <= day and (end is None or day <= end):
                return True
    return False


def is_body(code: str) -> bool:
    """True for an inter-governmental body that has members (G7, EU, NATO ...)."""
    return code in {body for body, _ in _members()}
