"""Which government speaks through a story: its publisher's name, its URL's host, its agency.

publishers.tsv maps name patterns and web domains to a country and a kind (a government's own
office, or state media). A domain matches the URL's host or a subdomain of it, never a path; a name
matches as whole words. The longest matching pattern wins, so "Prime Minister's Office of Japan"
is not the UK's "Prime Minister's Office". A publisher with no line falls back on what its name and
URL say: a country-code domain, a government zone under it, a name that is one state's office or
one state's news agency (_unlisted).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import urlsplit

from readout.lexicons import LexiconError, data_path, read_tsv, word_class

__all__ = ["Publisher", "publisher_of", "load_publishers", "own_names"]

KINDS = ("government", "media", "independent")
_DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")
_OFFICE_WORDS = word_class("government_office_word")     # "Ministry of Foreign Affairs of Italy"
_MEDIA_WORDS = word_class("publisher_media_word")        # "Agence Nigérienne de Presse", "Bolivia TV"
_NEWS_WORDS = word_class("publisher_news_word")          # "News", "Press": media, but no state's alone
_BODY_NOUNS = word_class("body_generic_noun")           # "House", "Council": no one body's name alone
_HOST_OFFICE = tuple(sorted(word_class("publisher_host_office_stem")))     # presidence.cd, mofa.gov.xx
# Second-level zones a state keeps for its government's sites (gov.xx, gob.xx, gouv.xx, go.xx, govt.xx,
# gv.at, gub.uy, gc.ca, fgov.be, admin.ch): a site under one is that government's own.
_GOV_ZONES = frozenset({"gov", "gob", "gouv", "go", "govt", "gv", "gub", "gc", "fgov", "admin"})
# Country codes sold worldwide for their letters (.tv, .io, .co, .me, .ai, .fm, .ly, .cc, .ws ...): a
# bare one says nothing of where a site is; under a government zone (gov.ws, gov.me) it still does.
_GENERIC_TLDS = frozenset({"ac", "ag", "ai", "as", "bz", "cc", "co", "dj", "fm", "gg", "im", "io", "je",
                           "la", "ly", "md", "me", "ms", "nu", "pw", "sh", "st", "tk", "to", "tv", "vc",
                           "vg", "ws"})


@dataclass(frozen=True)
class Publisher:
    """A publisher's country and whether it is that government's own office (not state media)."""

    code: str
    government: bool
    state: bool = True      # False for an outlet that names a country and is no state's voice (AFP)


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
        rows.append((pattern, Publisher(row["code"], kind == "government", kind != "independent"), name))
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
def _match(text: str, is_url: bool) -> tuple[str, Publisher] | None:
    """The longest line matching a name or a URL's host: (its pattern, its publisher)."""
    # Cached: the pipeline, the actor resolver and the coder each ask for the same story's
    # publisher and URL, and one scan of the 600 rows costs more than coding a short sentence.
    low, host = text.lower(), _host(text) if is_url else ""
    best: tuple[str, Publisher] | None = None
    for pattern, publisher, name, in_name in _shipped():
        if is_url:      # a domain: the URL's host or a subdomain of it
            hit = name is None and (host == pattern or host.endswith("." + pattern))
        else:           # a pattern in a name holds the pattern itself: most rows end at that test
            hit = pattern in low and in_name.search(low) is not None
        if hit and (best is None or len(pattern) > len(best[0])):
            best = (pattern, publisher)
    return best


def publisher_of(publisher: str | None = None, url: str | None = None,
                 agency: str | None = None) -> Publisher | None:
    """The government behind a story: its publisher's name first, then its URL, then its agency;
    else a name that is one state's office ("Ministry of Foreign Affairs of Italy", "Government of
    the Netherlands", "Office of the President of the Philippines")."""
    for text, is_url in ((publisher, False), (url, True), (agency, False)):
        if text:
            found = _match(text, is_url)
            if found is not None:
                if not found[1].state:
                    return None
                return _zoned(*found, publisher) if is_url else found[1]
    return _unlisted(publisher or "", _host(url) if url else "")


def _zoned(pattern: str, found: Publisher, publisher: str | None) -> Publisher:
    """A publisher found only by a government zone's line (gob.ve) whose name is media's ("Venezolana
    de Televisión (VTV)" on vtv.gob.ve) is that country's state media, not its government's office."""
    labels = pattern.split(".")
    if len(labels) == 2 and labels[0] in _GOV_ZONES and found.government and publisher \
            and _kind_of(publisher) is False:
        return Publisher(found.code, False)
    return found


@cache
def _unlisted(name: str, host: str) -> Publisher | None:
    """A publisher with no line: the country of its URL's country-code domain, else the one state its
    name is the office of ("Ministry of Foreign Affairs of the Republic of Chile"), is wholly the name
    of ("Élysée", "European External Action Service (EEAS)") or is the news agency of ("Somali
    National News Agency"). A government's own office when its name has an office word or is wholly
    its state's name, its site is under a government zone or its host starts with an office's word
    (presidence.cd); else that country's media."""
    code, whole = _domain_country(host), _whole_name(name) if name else None
    kind = _kind_of(name) if name else None
    if code is None:
        office = _office_of(name) if name else None
        if office is not None or whole is not None:
            return office or Publisher(whole, True)
        code = _one_state(name) if _media_name(name) else None
        return Publisher(code, False) if code else None
    if kind is None:
        labels = host.split(".")
        kind = whole == code or (len(labels) >= 3 and labels[-2] in _GOV_ZONES) or any(
            label.startswith(_HOST_OFFICE) for label in labels[:-1])
    return Publisher(code, kind)


def _kind_of(name: str) -> bool | None:
    """True for a name with an office word ("Presidency", "Gobierno"), False for one with a media word
    and none of those ("Radio", "News Agency", "Agence ... de Presse"), None for neither."""
    words = _words(name)
    return True if words & _OFFICE_WORDS else False if words & (_MEDIA_WORDS | _NEWS_WORDS) else None


def _media_name(name: str) -> bool:
    """A name that is a broadcaster's or an agency's with no office word ("Sudan News Agency")."""
    words = _words(name)
    return bool(words & _MEDIA_WORDS) and not words & _OFFICE_WORDS


def _words(name: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", name)}


def _domain_country(host: str) -> str | None:
    """The state of a host's country-code top-level domain (.cd, .uk), or None for a generic or
    worldwide-sold code (_GENERIC_TLDS) other than under a government zone."""
    labels = host.split(".")
    if len(labels) < 2 or len(labels[-1]) != 2:
        return None
    if labels[-1] in _GENERIC_TLDS and not (len(labels) >= 3 and labels[-2] in _GOV_ZONES):
        return None
    return _tld_states().get(labels[-1])


@cache
def _tld_states() -> dict[str, str]:
    import pycountry  # slow to import; only a publisher no line knows needs it

    from readout.lexicons.actors_data import load_actor_data

    # ISO 3166-1 alpha-2 codes are the country-code domains (but the UK's is .uk); only states of
    # countries.tsv count: a territory's domain (.gi, .pr) is not its sovereign's government
    known = load_actor_data().countries
    out = {c.alpha_2.lower(): c.alpha_3 for c in pycountry.countries if c.alpha_3 in known}
    out["uk"] = out.get("gb", "GBR")
    return out


@cache
def _whole_name(name: str) -> str | None:
    """The actor a publisher's name is nothing but the name of ("Élysée", "Kremlin", "United Nations
    Secretary-General", "European External Action Service (EEAS)"): a body's own name, its office."""
    mentions = [m for m in _resolver().mentions(name) if m.code]
    rest = re.sub(r"\([^)]*\)", " ", "".join(" " if any(m.start <= i < m.end for m in mentions) else c
                                             for i, c in enumerate(name)))
    left = {w.lower() for w in re.findall(r"[^\W\d_]+", rest)} - {"the", "la", "le", "el", "l"}
    codes = {m.code for m in mentions}
    return codes.pop() if len(codes) == 1 and not left else None


@cache
def _one_state(name: str) -> str | None:
    """The one state a publisher's name names ("Somali", "Bolivia"), or None for none or several."""
    codes = {m.code for m in _resolver().mentions(name) if m.code}
    return codes.pop() if len(codes) == 1 else None


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


# a state's formal name in a body's name ("Saeima of the Republic of Latvia"): the body is that state's
_FORMAL_STATE = re.compile(r"\b(?:Republic|Kingdom|State|Federation|Emirate|Sultanate|Principality|Duchy"
                           r"|Commonwealth)\b")


@cache
def own_names(name: str, government: bool = False) -> tuple[str, ...]:
    """What a state body's text calls itself, from its name: the name, its part before the state it
    belongs to ("Saeima" of "Saeima of the Republic of Latvia", "Council of Representatives" of
    "Council of Representatives, Kingdom of Bahrain"), its short form in brackets ("Riigikogu
    (Parliament of Estonia)") and the initials of its words ("IDF" of "Israel Defense Forces"). Only
    a government's own office, a name with a word of government or of a body ("Parliament", "Forces")
    or one that belongs to a state by its formal name ("... of the Republic of Latvia"): a newspaper's
    or an agency's name in a text is the reporter's. A generic noun alone ("Council") or a place's
    name ("(Uganda)") is no body's own."""
    words = _words(name)
    if words & (_MEDIA_WORDS | _NEWS_WORDS):
        return ()
    base = re.sub(r"^[Tt]he\s+", "", re.sub(r"\([^)]*\)", " ", name).split(",")[0].strip())
    states = [m for m in _resolver().mentions(name) if m.code]
    if not (government or words & (_OFFICE_WORDS | _BODY_NOUNS)
            or any(_FORMAL_STATE.search(m.text) for m in states)):
        return ()
    forms = {base} | {b.strip() for b in re.findall(r"\(([^)]*)\)", name)}
    own = base
    inside = [m for m in _resolver().mentions(base) if m.code]
    if inside and inside[0].start > 0:
        own = re.sub(r"\s+of(?:\s+the)?\s*$", "", base[:inside[0].start]).strip()
        forms.add(own)
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'-]*", own))
    if len(initials) >= 3:
        forms.add(initials)
    return tuple(sorted(f for f in forms if re.fullmatch(r"[A-Z][\w'’ -]*\w", f)
                        and not (" " not in f and f.lower() in _BODY_NOUNS | _OFFICE_WORDS)
                        and not any(m.code for m in _resolver().mentions(f))))
