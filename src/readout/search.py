"""Full-text search over stored stories: plain words just work, FTS5 syntax on request, and every
query bounded in terms, wildcard expansions and time so that none can tie the machine up."""
from __future__ import annotations

import math
import os
import re
import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.request import pathname2url

from readout.query import BadQuery
from readout.store import Store

__all__ = ["search", "match_expression", "bounded", "SearchTooCostly", "MAX_TERMS",
           "MAX_EXPANSIONS", "SEARCH_SECONDS", "HIT_START", "HIT_END"]

# Terms (words, phrases, prefixes) in one query; a pasted paragraph is not a search.
MAX_TERMS = 32
# Index terms that the wildcards (`tax*`) of one query may stand for together: `a*` alone is
# thousands in a large store, and each is a full posting-list read.
MAX_EXPANSIONS = 2000
# Seconds one query may run (READOUT_SEARCH_SECONDS overrides): a search answers in well under a
# second on 6,458 statements, so a query past this is stopped rather than waited for.
SEARCH_SECONDS = 3.0
# SQLite calls the progress handler every this many virtual-machine steps (about a millisecond).
_STEPS = 10_000
# Snippet marks: private-use characters no story holds, turned into markup or brackets by the caller.
HIT_START, HIT_END = "\ue000", "\ue001"

_OPERATORS = {"AND", "OR", "NOT", "NEAR"}
_FTS_TOKEN = re.compile(r'"(?:[^"]|"")*"\*?|[()]|[^\s()"]+')
_WORD = re.compile(r"\w", re.UNICODE)


class SearchTooCostly(BadQuery):
    """A search over the cost bound: too many terms or wildcard expansions, or past its time."""


def search_seconds() -> float:
    """The per-query time budget: READOUT_SEARCH_SECONDS, else SEARCH_SECONDS (0 or less: none)."""
    try:
        value = float(os.environ.get("READOUT_SEARCH_SECONDS", SEARCH_SECONDS))
    except ValueError:
        return SEARCH_SECONDS
    return value if math.isfinite(value) else SEARCH_SECONDS


# -- the query ------------------------------------------------------------------------------------
def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def plain_terms(q: str) -> list[str]:
    """The words and "quoted phrases" of a plain search, each to be matched as a phrase.

    Punctuation is part of no syntax: `U.S.-China` is the phrase u s china, `Biden's` is
    biden s, as the index splits them. A term with no letter or digit matches nothing and is
    dropped; an unbalanced quote is an ordinary character.
    """
    terms = []
    pieces = re.split(r'("[^"]*")', q) if q.count('"') % 2 == 0 else [q]
    for piece in pieces:
        if len(piece) >= 2 and piece.startswith('"') and piece.endswith('"'):
            candidates = [piece[1:-1]]
        else:
            candidates = piece.split()
        terms += [t for t in candidates if _WORD.search(t)]
    return terms


def match_expression(q: str, fts: bool = False) -> str:
    """The FTS5 MATCH expression for a search: plain words and phrases quoted (all must occur),
    or q itself as FTS5 syntax when fts=True. Raises BadQuery if nothing is left to look for,
    SearchTooCostly past MAX_TERMS."""
    if not q or not q.strip():
        raise BadQuery("empty search; give words to look for, e.g. 'JCPOA'")
    if fts:
        n = len(_fts_terms(q))
        expression = q
    else:
        terms = plain_terms(q)
        if not terms:
            raise BadQuery(f"search {q!r} has no words to look for; give a word or a name")
        n = len(terms)
        expression = " ".join(_quote(t) for t in terms)
    if n > MAX_TERMS:
        raise SearchTooCostly(f"search has {n} terms, more than {MAX_TERMS}; use fewer words")
    return expression


def _fts_terms(q: str) -> list[str]:
    # The terms of an FTS5 expression, roughly: what is not an operator, a bracket or NEAR's
    # distance. Enough to count them and find the prefixes (a cap, not a parser).
    out = []
    for token in _FTS_TOKEN.findall(q):
        if token in ("(", ")") or token in _OPERATORS or token.rstrip(",").isdigit():
            continue
        out.append(token)
    return out


def _prefixes(q: str) -> list[str]:
    """The prefixes of an FTS5 expression's wildcard terms (`tax*`, `title:sanc*`, `"new sanc"*`)."""
    out = []
    for token in _fts_terms(q):
        if not token.endswith("*"):
            continue
        body = token[:-1]
        if body.startswith('"'):
            body = body.strip('"').replace('""', '"')
            body = body.split()[-1] if body.split() else ""
        body = body.rsplit(":", 1)[-1].lstrip("^+")
        out.append(body.lower())
    return out


def _expansions(store: Store, prefixes: list[str]) -> int:
    """How many index terms the prefixes stand for, read from the FTS5 vocabulary.

    The vocabulary table is made in a separate in-memory connection that attaches the store
    read-only: the store's own connection may be read-only (query_only), which forbids even a
    temporary table.
    """
    if not prefixes or store.path in ("", ":memory:") or not Path(store.path).is_file():
        return 0
    if any(not p for p in prefixes):    # a bare `*`: every term there is
        return MAX_EXPANSIONS + 1
    uri = "file:" + pathname2url(str(Path(store.path).resolve())) + "?mode=ro"
    conn = sqlite3.connect("file::memory:", uri=True)
    try:
        conn.execute("ATTACH DATABASE ? AS store", (uri,))
        conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(store, stories_fts, row)")
        total = 0
        for prefix in prefixes:
            total += conn.execute(
                "SELECT COUNT(*) FROM (SELECT 1 FROM temp.vocab WHERE term >= ? AND term < ?"
                " LIMIT ?)", (prefix, prefix + "\U0010ffff", MAX_EXPANSIONS + 1)).fetchone()[0]
            if total > MAX_EXPANSIONS:
                break
        return total
    except sqlite3.Error:
        return 0     # no vocabulary to read: the time budget still holds
    finally:
        conn.close()


# -- the time budget ------------------------------------------------------------------------------
@contextmanager
def bounded(conn: sqlite3.Connection, seconds: float | None = None,
            cancel: threading.Event | None = None):
    """Stop what runs on conn inside this block after `seconds` (search_seconds() by default), or
    as soon as `cancel` is set (a web client that left), with SearchTooCostly."""
    seconds = search_seconds() if seconds is None else seconds
    deadline = time.monotonic() + seconds if seconds > 0 else math.inf
    why: list[str] = []

    def handler() -> int:
        if cancel is not None and cancel.is_set():
            why.append("cancelled")
            return 1
        if time.monotonic() > deadline:
            why.append("time")
            return 1
        return 0

    conn.set_progress_handler(handler, _STEPS)
    try:
        yield
    except sqlite3.OperationalError as e:
        if why and "interrupted" in str(e):
            if why[0] == "cancelled":
                raise SearchTooCostly("search cancelled: the client left") from e
            raise SearchTooCostly(f"search took longer than {seconds:g} s and was stopped; use "
                                  "fewer or more specific words, or fewer wildcards") from e
        raise
    finally:
        conn.set_progress_handler(None, _STEPS)


def run_match(store: Store, sql: str, args: list, q: str, fts: bool,
              cancel: threading.Event | None = None) -> list[dict]:
    """Run a MATCH query (the expression is args[0]) within the bounds, as dicts."""
    if fts:
        n = _expansions(store, _prefixes(q))
        if n > MAX_EXPANSIONS:
            raise SearchTooCostly(f"the wildcards of {q!r} stand for more than {MAX_EXPANSIONS} "
                                  "words; give longer prefixes (tax* rather than t*)")
    try:
        with bounded(store.conn, cancel=cancel):
            return [dict(r) for r in store.conn.execute(sql, args)]
    except sqlite3.OperationalError as e:
        hint = "check the FTS5 syntax" if fts else "put phrases in double quotes"
        raise BadQuery(f"bad search {q!r} ({e}); {hint}") from e


# -- the CLI's search -----------------------------------------------------------------------------
def search(store: Store, q: str, limit: int = 20, fts: bool = False,
           cancel: threading.Event | None = None) -> list[dict]:
    """Stories matching a search, best first, each with a snippet at the match (marked [ and ]).

    Plain words by default (see plain_terms); fts=True takes FTS5 syntax (OR, NOT, NEAR,
    prefix*, column:term). Bounded by MAX_TERMS, MAX_EXPANSIONS and search_seconds().
    """
    expression = match_expression(q, fts)
    # snippet column -1: the column with the best match, so a match in the title shows there
    sql = ("SELECT s.id, s.title, s.date, s.publisher, s.url,"
           f" snippet(stories_fts, -1, '{HIT_START}', '{HIT_END}', ' … ', 24) AS snippet,"
           " stories_fts.rank AS rank"
           " FROM stories_fts JOIN stories s ON s.pk = stories_fts.rowid"
           " WHERE stories_fts MATCH ? ORDER BY stories_fts.rank LIMIT ?")
    rows = run_match(store, sql, [expression, limit], q, fts, cancel)
    for row in rows:
        row["snippet"] = (row["snippet"] or "").replace(HIT_START, "[").replace(HIT_END, "]")
    return rows
