"""Where words stand in a doc, found once per doc: the rules that look for a few words in every
sentence ask here instead of reading each word of it (docs/scale.md, "Doing less per story")."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection

from spacy.attrs import DEP, LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

__all__ = ["words_in", "forms_in", "with_deps"]

_COLUMNS = "readout.word_columns"
_FOUND = "readout.word_positions"


def words_in(sent: Span, words: Collection[str]) -> list[Token]:
    """The words of a sentence, in order, whose lemma (lower-cased) or lower-cased form is one of `words`."""
    return _at(sent, words, 0)


def forms_in(sent: Span, words: Collection[str]) -> list[Token]:
    """The words of a sentence, in order, whose lower-cased form is one of `words`."""
    return _at(sent, words, 1)


def with_deps(sent: Span, deps: Collection[str]) -> list[Token]:
    """The words of a sentence, in order, whose dependency label is one of `deps`."""
    return _at(sent, deps, 2)


def _at(sent: Span, words: Collection[str], how: int) -> list[Token]:
    doc = sent.doc
    found = doc.user_data.get(_FOUND)
    if found is None:
        found = doc.user_data[_FOUND] = {}
    # keyed by the collection's id, kept with it so that a new collection at an old id is not taken for it
    held = found.get((id(words), how))
    if held is None or held[0] is not words:
        lemmas, lows, deps = _columns(doc)
        if how == 0:
            at = [i for i, (a, b) in enumerate(zip(lemmas, lows)) if a in words or b in words]
        else:
            at = [i for i, w in enumerate(lows if how == 1 else deps) if w in words]
        held = found[(id(words), how)] = (words, at)
    at = held[1]
    return [doc[i] for i in at[bisect_left(at, sent.start):bisect_left(at, sent.end)]]


def _columns(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    # each word's lemma_.lower(), lower_ and dep_, read from the doc's arrays once
    columns = doc.user_data.get(_COLUMNS)
    if columns is None:
        strings = doc.vocab.strings
        # one array per attribute: a 2-D array's tolist() costs ten times as much
        lemma_ids, low_ids, dep_ids = (doc.to_array(a).tolist() for a in (LEMMA, LOWER, DEP))
        lowered = {h: strings[h].lower() for h in set(lemma_ids)}
        names = {h: strings[h] for h in {*low_ids, *dep_ids}}
        columns = doc.user_data[_COLUMNS] = ([lowered[h] for h in lemma_ids], [names[h] for h in low_ids],
                                             [names[h] for h in dep_ids])
    return columns
