"""Lists of titled people that the parser breaks up (docs/coder.md, "Who acts" and "At whom").

"President Biden, Prime Minister Albanese of Australia, and Prime Minister Sunak of the United
Kingdom met" and "met with Chancellor Scholz of Germany, President Macron of France, and Prime
Minister Starmer of the United Kingdom" are lists of the people who met, but the parser hangs
their members anywhere (an apposition of a place, an adverbial of the verb). The list is read
from the surface instead: people named one after another, each perhaps "of [the] Country",
joined by commas and "and", and nothing else between them."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from readout.actors import PERSON_KINDS, PLACE_KINDS
from readout.lexicons import word_class

if TYPE_CHECKING:       # sources.py reads lists of subjects through this module
    from readout.coder.sources import Analysis

__all__ = ["listed_people"]

LIST_JOINERS = word_class("list_joiner")      # ",", "and"
LIST_ENDS = word_class("list_end")            # "and" before a list's last member
OF_WORDS = word_class("office_of_word")       # "Prime Minister Sunak of the United Kingdom"


def listed_people(an: Analysis, person: Token) -> list[int]:
    """Token indices of every member of the list of titled people that `person` (a token of a
    person's mention) stands in, itself included; [] when it stands in no such list of two or
    more."""
    m = an.tok_mention.get(person.i)
    if m is None or m.kind not in PERSON_KINDS:
        return []
    sent = person.sent
    for start in range(sent.start, person.i + 1):
        if start > sent.start and an.tok_mention.get(start - 1) is an.tok_mention.get(start):
            continue        # not inside a name
        items = _chain(an, start, sent.end)
        if len(items) >= 2 and any(a <= person.i < b for a, b in items):
            return [i for a, b in items for i in range(a, b)]
    return []


def _chain(an: Analysis, start: int, end: int) -> list[tuple[int, int]]:
    """Items (token ranges) of a list of people beginning at `start`."""
    doc = an.doc
    items = []
    i, last = start, False
    while True:
        stop = _item(an, i, end)
        if stop is None:
            return []
        items.append((i, stop))
        if last:
            return items    # "..., and C of Z": the list ends at the item after "and"
        j = stop
        while j < end and doc[j].lower_ in LIST_JOINERS:
            j += 1
        if j == stop:
            return []       # no "and": "Spokesman Peskov, Kim Jong Un invited ..." is no list
        last = any(doc[k].lower_ in LIST_ENDS for k in range(stop, j))
        i = j


def _item(an: Analysis, i: int, end: int) -> int | None:
    """The end of one person's item starting at token i: the mention, then "of [the] Country"."""
    doc = an.doc
    m = an.tok_mention.get(i) if i < end else None
    if m is None or m.kind not in PERSON_KINDS:
        return None
    j = i
    while j < end and an.tok_mention.get(j) is m:
        j += 1
    k = j
    if k < end and doc[k].lower_ in OF_WORDS:
        k += 1
        while k < end and doc[k].lower_ in OF_WORDS:
            k += 1          # "of the"
        c = an.tok_mention.get(k) if k < end else None
        if c is not None and c.kind in PLACE_KINDS | PERSON_KINDS:
            while k < end and an.tok_mention.get(k) is c:
                k += 1
            j = k
    return j
