"""Issue words inside the proper name of a body, an office or a law: a name, no one's position (GUIDE.md)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from readout.lexicons import word_class

__all__ = ["named_body"]

NAME_HEADS = word_class("body_name_noun")       # "Council", "Agency", "Act": the kind a name ends or starts with
NAME_LINKS = word_class("name_link_word")       # "of", "for", "and": inside a name, between capitalised words


def _capital(tok: Token) -> bool:
    """A capitalised word of a name ("Trade", "U.S.", "COVID-19"), not a bare number or sign."""
    return tok.text[:1].isupper()


def _run_edge(tok: Token, step: int, sent: Span) -> int:
    """The last index of the run of name words from `tok` in one direction: capitalised words, and linking
    words only between two of them ("Office of the UN High Commissioner for Human Rights")."""
    i = tok.i
    doc = tok.doc
    while sent.start <= i + step < sent.end:
        nxt = doc[i + step]
        if _capital(nxt):
            i += step
            continue
        # one linking word ("Trade and Development", "Commissioner for Human Rights"), or one and "the"
        # ("Office of the UN"); not "and the" ("standing with Ukraine and the Prime Minister's commitment": two names)
        j = i + step
        seq = []
        while sent.start <= j < sent.end and doc[j].lower_ in NAME_LINKS and len(seq) < 2:
            seq.append(doc[j].lower_)
            j += step
        words = seq if step > 0 else seq[::-1]
        joined = len(words) == 1 and words[0] != "the" or (len(words) == 2 and words[1] == "the" and words[0] != "and")
        if joined and sent.start <= j < sent.end and _capital(doc[j]):
            i = j
            continue
        break
    return i


def named_body(span: Span) -> bool:
    """The issue phrase is part of the proper name of a body, an office or a law ("the U.S. Trade and
    Development Agency", "the UNSCR 1267 Sanctions Committee", "the COVID-19 Hate Crimes Act", "the Office of
    the UN High Commissioner for Human Rights"): it names a thing, not the issue anyone backs or opposes."""
    words = [t for t in span if t.is_alpha]
    if not words or not all(_capital(t) for t in words):
        return False
    sent = span.sent
    left = _run_edge(span[0], -1, sent)
    right = _run_edge(span[-1], 1, sent)
    doc = span.doc
    outside = [doc[i] for i in range(left, right + 1) if not span.start <= i < span.end]
    return any(_capital(t) and t.lower_ in NAME_HEADS for t in outside)
