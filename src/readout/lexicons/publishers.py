"""Which government speaks through a story: its publisher's name, its URL's host, its agency.

publishers.tsv maps name patterns and web domains to a country and a kind (a government's own
office, or state media). A domain matches the URL's host or a subdomain of it, never a path; a name
matches as whole words. The longest matching pattern wins, so "Prime Minister's Office of Japan"
is not the UK's "Prime Minister's Office".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import urlsplit

from readout.lexicons import LexiconError, data_path, read_tsv, word_class

__all__ = ["Publisher", "publisher_of", "load_publishers"]

KINDS = ("government", "media")
_DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")
_OFFICE_WORDS = word_class("government_office_word")     # "Ministry of Foreign Affairs of Italy"


@dataclass(frozen=True)
class Publisher:
    """A publisher's country and whether it is that government's own office (not state media)."""

    code: str
    government: bool


def load_publishers(path=None) -> list[tuple[str, Publisher, re.Pattern | None]]:
    """Read a publishers file: (pattern, publisher, whole-word regex for a name pattern or None)."""
    path = path or data_path("publishers.tsv")
    rows, seen = [], set()
    for line, row in read_tsv(path, ["pattern", "code", "kind"]):
        pattern, kind = row["pattern"].lower(), row["kind"]
        if kind not in KINDS:
            raise LexiconError(path, f"kind {kind!r}: write one of {', '.join(KINDS)}", line)
        if pattern in seen:
            raise LexiconError(path, f"duplicate pattern {pattern!r}: one line per pattern", line)
        seen.add(pattern)
        name = None if _DOMAIN.fullmatch(pattern) else re.compile(rf"(?<!\w){re.escape(pattern)}(?!\w)")
        rows.append((pattern, Publisher(row["code"], kind == "government"), name))
    return rows


@cache
def _shipped() -> list[tuple[str, Publisher, re.Pattern | None, re.Pattern]]:
    # Each row also with the pattern compiled as it is searched in a name: a domain written in
    # a name ("President of Russia (kremlin.ru)") or the name pattern's whole words.
    return [(pattern, publisher, name, name or re.compile(rf"(?<![\w.-]){re.escape(pattern)}(?![\w-])"))
            for pattern, publisher, name in load_publishers()]


def _host(url: str) -> str:
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ""
    return host.lower().rstrip(".")


@lru_cache(maxsize=4096)
def _match(text: str, is_url: bool) -> Publisher | None:
    # Cached: the pipeline, the actor resolver and the coder each ask for the same story's
    # publisher and URL, and one scan of the 600 rows costs more than coding a short sentence.
    low, host = text.lower(), _host(text) if is_url else ""
    best: tuple[int, Publisher] | None = None
    for pattern, publisher, name, in_name in _shipped():
        if is_url:      # a domain: the URL's host or a subdomain of it
            hit = name is None and (host == pattern or host.endswith("." + pattern))
        else:           # a pattern in a name holds the pattern itself: most rows end at that test
            hit = pattern in low and in_name.search(low) is not None
        if hit and (best is None or len(pattern) > best[0]):
            best = (len(pattern), publisher)
    return best[1] if best else None


def publisher_of(publisher: str | None = None, url: str | None = None,
                 agency: str | None = None) -> Publisher | None:
    """The government behind a story: its publisher's name first, then its URL, then its agency;
    else a name that is one state's office ("Ministry of Foreign Affairs of Italy", "Government of
    the Netherlands", "Office of the President of the Philippines")."""
    for text, is_url in ((publisher, False), (url, True), (agency, False)):
        if text:
            found = _match(text, is_url)
            if found is not None:
                return found
    return _office_of(publisher) if publisher else None


@cache
def _office_of(name: str) -> Publisher | None:
    """A publisher's name that holds a word of government ("Ministry", "Government", "Office",
    "Presidency") and names one state or body only is that state's own office."""
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", name)}
    if not words & _OFFICE_WORDS:
        return None
    codes = {m.code for m in _resolver().mentions(name) if m.code}
    return Publisher(codes.pop(), True) if len(codes) == 1 else None


@cache
def _resolver():
    from readout.actors import ActorResolver      # actors.py reads publishers: loaded on first use
    return ActorResolver()
