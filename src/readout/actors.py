"""Find actor mentions in text: countries, IGOs, groups, people and titles, coded by the lexicons.

Pure text matching, no parser: the text is split into word and punctuation tokens and scanned
leftmost-longest against a token trie of every surface form (case-sensitive, so "US" is not "us").
A not-actor phrase ("South China Sea") wins like any other match and yields nothing. Adjacent
matches are then combined:

- country/IGO + title ("Iranian President", "US President", "UN Secretary-General"), title + "of
  [the]" + country ("President of the Islamic Republic of Iran") and country's + title ("Iran's
  President") give one "title" mention: the code of the country, the role, and the name of whoever
  held that role there on the date;
- any of those, or a bare title, followed by a known person ("Iranian President Ebrahim Raisi",
  "President Xi Jinping") give one "person" mention spanning title and name;
- a title with a name and "of" a country ("Defence Minister Jane Doe of Australia") gives one
  mention of that country, the name unknown to the lexicons;
- "the President", "the Prime Minister", "the Foreign Minister", "the Minister" with no country, in
  a text from a government's own site or office (publishers.tsv: the White House, gov.uk, the
  Kremlin, mfa.gov.ir ...), are that government's: when the country has such an office on the date
  (the White House has no prime minister) and the first mention of that office in the text is its
  own ("President Biden met President Yoon. The President ..." is Biden; "Prime Minister Modi met
  President Macron. The President ..." is left alone);
- "former" before a title keeps the country but names nobody ("the former Iranian Foreign
  Minister");
- "the Chinese side": the country mention spans "the ... side".

A one-word name ("Carney", "Salman") standing next to another capitalised name is taken to be part
of someone else's name ("Todd Carney", "Salman Rushdie") and dropped.

Mention.role is the role as written in people.tsv ("Secretary of State", "Premier") when a person is
known, else the role key of the title. A person's role is the one held on the date (the latest
begun if several), else the nearest one; with no date, the latest. A title with no date, or that
the lexicon has no holder for on the date, gives name None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date
from functools import cache
from pathlib import Path
from typing import Iterable

from readout.lexicons import word_class
from readout.lexicons.actors_data import ActorData, Entry, Term, load_actor_data, tokenize
from readout.lexicons.publishers import Publisher, publisher_of

__all__ = ["Mention", "ActorResolver", "PERSON_KINDS", "PLACE_KINDS", "COUNTRY_KINDS", "STATE_KINDS", "country_named"]

# Mention kinds (Mention.kind) that name a person, and those that name a place or people.
PERSON_KINDS = frozenset({"person", "title"})
PLACE_KINDS = frozenset({"country", "group"})
# Mentions that tell a sentence's country: as actor, place or people.
COUNTRY_KINDS = PLACE_KINDS | PERSON_KINDS
STATE_KINDS = frozenset({"country", "igo"})     # a state or body named as such, not by a leader
# Offices the lexicon knows every holder of: "the Prime Minister" is the publisher's only when its
# country has one on the date. Other titles ("the Foreign Minister", "the Minister") need no holder.
HEAD_ROLES = {"President", "Vice President", "Prime Minister", "Monarch", "Supreme Leader"}

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_SPACE = re.compile(r"\s+")
# "President of the Republic of Korea", "Minister of State for Foreign Affairs of the UAE": a title,
# any "of/for <Capitalised Words>" that say which office, then "of [the]" and the country
_OF = re.compile(r"\s+(?:(?:of|for)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w'\u2019-]*)*\s+)*"
                 r"of\s+(?:the\s+)?")
_POSSESSIVE = re.compile(r"['\u2019]s\s+")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_SIDE_AFTER = re.compile(r"\s+side\b")
# Indian and Pakistani readouts drop the article: "Prime Minister emphasised" opens a sentence
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;\n]['\"\u201d\u2019]?)\s*$")
# (not "Envoy for Climate John Kerry", "Advisor to the Vice President Dr ...": more of the office, then a name)
_BARE_AFTER = re.compile(r"(?:['\u2019]s\b|\s+(?!for\b|to\s+the\b)[a-z])")
_FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer|[Ee]x-)\s*$")
# "Defence Minister Jane Doe of Australia": capitalised name words between a title and "of" a country
_NAME_OF = re.compile(r"\s+((?:[A-Z][\w'\u2019.-]*\s+){1,4})of\s+(?:the\s+)?")
# A bare surname next to another capitalised name is someone else's ("Todd Harper", "Salman
# Rushdie"): these are the words that may stand right before or after one.
_CAP_BEFORE = re.compile(r"(?:^|(\S+)\s+)([A-Z][a-z][\w'\u2019-]*)[ \t]*\n?[ \t]*$")
_WORD_AFTER = re.compile(r"[ \t]*\n?[ \t]*(\w+)")
_CAP_AFTER = re.compile(r"[ \t]*\n?[ \t]*([A-Z][a-z][\w'\u2019-]*)")
HONORIFICS = {"Mr", "Mrs", "Ms", "Dr", "President", "Presidents", "Secretary", "Secretaries", "Minister",
              "Ministers", "Premier", "Chancellor", "King", "Queen", "Prince", "Emir", "Sheikh", "Ayatollah",
              "Excellency", "Majesty", "Highness", "Leader", "Envoy", "Ambassador", "General", "Marshal",
              "Counselor", "Counsellor", "Advisor", "Adviser", "Chairman", "Director", "Speaker"}
FOLLOWERS = ("Administration", "Government", "Cabinet", "Doctrine")
_SENTENCE_END = tuple(".!?:;\"\u201c\u201d")


@dataclass(frozen=True)
class Mention:
    """One actor mention: char offsets into the text given, the actor code and what matched."""

    start: int
    end: int
    text: str
    code: str
    kind: str  # "country" | "igo" | "person" | "group" | "title"
    name: str | None
    role: str | None
    form: str | None = None  # for countries: "name" | "alias" | "adjective" | "metonym"


@dataclass
class _Match:
    start: int
    end: int
    entry: Entry
    tokens: int = 1


def _as_date(value: str | Date | None) -> Date | None:
    if value is None or isinstance(value, Date):
        return value
    try:
        return Date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"date {value!r} is not YYYY-MM-DD") from None


def _pick(terms: Iterable[Term], day: Date | None, nearest: bool) -> Term | None:
    """The term in force on `day` (latest start wins), else the nearest one if `nearest`."""
    terms = list(terms)
    if not terms:
        return None
    if day is None:
        return max(terms, key=lambda t: t.start) if nearest else None
    current = [t for t in terms if t.covers(day)]
    if current:
        return max(current, key=lambda t: t.start)
    return min(terms, key=lambda t: t.distance(day)) if nearest else None


def _capitalised_names(tokens: list[tuple[int, int, str]]) -> dict[int, str]:
    """A word in capitals among words that are not ("Prime Minister KISHIDA Fumio", "YOON Suk
    Yeol": the Japanese and Korean house style of family names) read as the name it spells
    ("Kishida"), by token index; a heading or a label all in capitals is left as written."""
    out = {}
    for j, (_, _, tok) in enumerate(tokens):
        if len(tok) > 1 and tok.isupper() and tok.isalpha():
            near = [tokens[k][2] for k in (j - 1, j + 1) if 0 <= k < len(tokens) and tokens[k][2].isalpha()]
            if near and not any(w.isupper() for w in near):
                out[j] = tok.title()
    return out


class ActorResolver:
    """Resolve actor mentions in text with the shipped lexicons plus a user's own files."""

    def __init__(self, extra_files: Iterable[str | Path] = ()):
        self.data: ActorData = load_actor_data(tuple(str(Path(p).resolve()) for p in extra_files))
        self._trie: dict = {}
        for key, entry in self.data.surfaces.items():
            node = self._trie
            for token in key:
                node = node.setdefault(token, {})
            node[None] = entry
        # roles as people.tsv writes them ("Chancellor", "Premier", "Foreign Secretary")
        self._written_roles = {t.role for terms in self.data.terms.values() for t in terms}
        # head nouns a state's or body's formal name opens with ("Kingdom of Saudi Arabia"): "the
        # Kingdom" may refer back to it
        self._heads: dict[str, set[str]] = {}
        for key, entry in self.data.surfaces.items():
            if entry.kind in ("country", "igo") and len(key) > 2 and key[1] == "of" and key[0].lower() in _BODY_HEADS:
                self._heads.setdefault(entry.code, set()).add(key[0].lower())

    # --- scanning -------------------------------------------------------------------------------
    def _scan(self, text: str) -> list[_Match]:
        tokens = tokenize(text)
        capitals = _capitalised_names(tokens)
        found: list[_Match] = []
        i = 0
        while i < len(tokens):
            node, best, j = self._trie, None, i
            while j < len(tokens):
                if j > i and _BLANK_LINE.search(text, tokens[j - 1][1], tokens[j][0]):
                    break
                step = node.get(tokens[j][2])
                if step is None and j in capitals:
                    step = node.get(capitals[j])
                node = step
                if node is None:
                    break
                if None in node:
                    best = (j, node[None])
                j += 1
            if best is None:
                i += 1
                continue
            j, entry = best
            found.append(_Match(tokens[i][0], tokens[j][1], entry, j - i + 1))
            i = j + 1
        return found

    # --- lookups --------------------------------------------------------------------------------
    def holder(self, code: str, role_key: str, day: str | Date | None) -> Term | None:
        """The person who held `role_key` in `code` on `day`, or None if the lexicon does not know."""
        return _pick(self.data.holders.get((code, role_key), ()), _as_date(day), nearest=False)

    def term(self, name: str, day: str | Date | None) -> Term | None:
        """The person's role term on `day`, else their nearest one (None for an unknown name)."""
        return _pick(self.data.terms.get(name, ()), _as_date(day), nearest=True)

    # --- combining ------------------------------------------------------------------------------
    def mentions(self, text: str, date: str | Date | None = None, publisher: str | None = None,
                 url: str | None = None) -> list[Mention]:
        """Every actor mention in `text`, in order; `date` picks who held a title then, the
        publisher's name or the story's `url` whose own unnamed officials these are."""
        day = _as_date(date)
        found = self._scan(text)
        ctx = _Context(publisher_of(publisher, url))
        out: list[Mention] = []
        k = 0
        while k < len(found):
            used, mention = self._combine(text, found, k, day, ctx)
            if mention is not None:
                out.append(mention)
                if mention.role and any(f.entry.kind == "title" for f in found[k:k + used]):
                    # the first titled mention of an office ("President Macron", not "Putin") decides
                    # whose "the <office>" is
                    ctx.first.setdefault(self.data.roles.get(mention.role, mention.role), mention.code)
            k += used
        out = _with_appositions(text, found, out, ctx)
        out = self._with_head_references(text, out)
        out = _with_own_government(text, out, ctx)
        return _with_surnames(text, _without_state_names(text, out))

    def _with_head_references(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "The Agency" after "the International Atomic Energy Agency", "the Kingdom" after "Saudi
        Arabia" (the Kingdom of Saudi Arabia): a definite head noun of exactly one state or body the text
        named before it (or whose official it named), by the last word of a body's name as written
        ("Agency") or the head of a state's formal name ("Kingdom"; not "the United Kingdom")."""
        added = []
        for ref in _HEAD_REFERENCE.finditer(text):
            if any(m.start < ref.end() and ref.start() < m.end for m in mentions):
                continue
            head = ref.group(1).lower()
            named = {m.code for m in mentions if m.end <= ref.start() and m.kind != "group" and (
                head in self._heads.get(m.code, ()) or m.code in self.data.igos and len(m.text.split()) > 1
                and m.text.split()[-1].lower() == head or _called_with(text, m, head))}
            if len(named) == 1:
                code = named.pop()
                kind = "igo" if code in self.data.igos else "country"
                added.append(Mention(ref.start(), ref.end(), ref.group(0), code, kind, None, None,
                                     "alias" if kind == "country" else None))
        return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions

    def _combine(self, text, found, k, day, ctx) -> tuple[int, Mention | None]:
        m = found[k]
        nxt = found[k + 1] if k + 1 < len(found) else None
        kind = m.entry.kind
        if kind == "block":
            return 1, None
        if kind in ("country", "igo") and nxt is not None and nxt.entry.kind == "title":
            gap = text[m.end:nxt.start]
            if _adjacent(gap) or _POSSESSIVE.fullmatch(gap):
                return self._titled(text, found, k, k + 1, m.entry.code, m.start, day)
        if kind == "title":
            if (nxt is not None and nxt.entry.kind in ("country", "igo") and nxt.entry.form != "adjective"
                    and _OF.fullmatch(text[m.end:nxt.start])):
                return self._titled(text, found, k, k, nxt.entry.code, m.start, day, actor_first=False)
            if nxt is not None and nxt.entry.kind == "person" and _adjacent(text[m.end:nxt.start]):
                return 2, self._person(text, m.start, nxt, day)
            named = _NAME_OF.fullmatch(text, m.end, nxt.start) if nxt is not None else None
            if named and nxt.entry.kind in ("country", "igo") and nxt.entry.form != "adjective":
                return 2, Mention(m.start, nxt.end, text[m.start:nxt.end], nxt.entry.code, "person", None,
                                  m.entry.key)
            official = self._publisher_official(text, m, nxt, ctx)
            if official is not None:
                return 1 + (nxt is not None and nxt.start < official.end), official
            return 1, self._publisher_title(text, m, day, ctx)
        if kind == "person":
            if m.tokens == 1 and _someone_else(text, m.start, m.end):
                return 1, None
            return 1, self._person(text, m.start, m, day)
        start, end = m.start, m.end
        if kind == "country" and m.entry.form == "metonym" and self._names_a_thing(text, end):
            return 1, None
        if kind == "country":
            before = _the_before(text, start)
            side = _SIDE_AFTER.match(text, end)
            if before and side:
                start, end = before.start(), side.end()
        form = getattr(m.entry, "form", None) if kind == "country" else None
        return 1, Mention(start, end, text[start:end], m.entry.code, kind, None, None, form)

    def _names_a_thing(self, text: str, end: int) -> bool:
        """True when a capital is the first word of a thing's name: "the Kigali Amendment"."""
        after = _WORD_AFTER.match(text, end)
        return bool(after) and after.group(1).lower() in self.data.place_nouns

    def _titled(self, text, found, k, title_at, code, start, day, actor_first=True) -> tuple[int, Mention]:
        """A title tied to a country: "Iranian President [name]" or "President of Iran [name]"."""
        title = found[title_at]
        last = title if actor_first else found[k + 1]
        before = _the_before(text, start)
        if before:
            start = before.start()
        person = found[k + 2] if k + 2 < len(found) else None
        if person is not None and person.entry.kind == "person" and _adjacent(text[last.end:person.start]):
            return 3, self._person(text, start, person, day)
        role_key = title.entry.key
        holder = None if _FORMER_BEFORE.search(text, max(0, start - 12), start) else self.holder(code, role_key, day)
        name = holder.name if holder else None
        role = holder.role if holder else role_key
        return 2, Mention(start, last.end, text[start:last.end], code, "title", name, role)

    def _person(self, text, start, person: _Match, day) -> Mention:
        """A known person, coded by the country of their role on `day` (every person has a term)."""
        term = self.term(person.entry.key, day)
        return Mention(start, person.end, text[start:person.end], term.code, "person", term.name, term.role)

    def _publisher_official(self, text, title: _Match, nxt: _Match | None, ctx: "_Context") -> Mention | None:
        """ "Vice Foreign Minister Ma Zhaoxu" on China's foreign ministry site is China's official:
        a government's own office and a name the lexicons do not know (a head of state or of an
        international body would be known, so those titles are left alone)."""
        pub = ctx.publisher
        if pub is None or not pub.government or title.entry.key not in OWN_OFFICES:
            return None
        after = _OWN_MINISTRY.match(text, title.end)    # "Spokesman of the Ministry of Foreign Affairs Nasser Kanaani"
        name = _OFFICIAL_NAME.match(text, after.end() if after else title.end)
        if name is None or any(w in _NOT_NAMES for w in name.group(1).split()):
            return None
        if nxt is not None and nxt.start < name.end() and not (nxt.entry.kind == "person" and nxt.tokens == 1
                                                               and nxt.start > name.start(1)):
            return None     # "Foreign Minister Sergei Lavrov" is the lexicon's; "Jill Biden" no "Biden"
        start = title.start
        rank = _RANK_BEFORE.search(text, max(0, start - 40), start)
        if rank:
            start = rank.start()
        code = ctx.officials.get(name.group(1))
        if code is None:
            code = self._embassy_country(text, title, pub.code) if title.entry.key == "Ambassador" else pub.code
            ctx.officials[name.group(1)] = code
        return Mention(start, name.end(), text[start:name.end()], code, "person", None, title.entry.key)

    def _embassy_country(self, text: str, title: _Match, own: str) -> str:
        """An ambassador the sentence places at another country's embassy is that country's ("visited
        the Embassy of the People's Republic of China and met Ambassador Jiang Zaidong" on Pakistan's
        site); else the publisher's own."""
        # a full stop after a capital ends no sentence here: "visited the U.S. Embassy and met ..."
        before = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, title.start)]
        start = before[-1] if before else 0
        after = _SENTENCE_BREAK.search(text, title.end)
        end = after.start() if after else len(text)
        for m in self._scan(text[start:end]):
            if m.entry.kind != "country" or m.entry.code == own:
                continue
            a, b = m.start + start, m.end + start
            if _EMBASSY_BEFORE.search(text, max(0, a - 20), a) or _EMBASSY_AFTER.match(text, b):
                return m.entry.code
        return own

    def _publisher_title(self, text, title: _Match, day, ctx: "_Context") -> Mention | None:
        """ "The Prime Minister" on gov.uk is the UK's, "the President" on the Kremlin's site Russia's;
        in a national news agency's text, when the text first named its own country's holder of the
        office ("President Masoud Pezeshkian received a call ... The President called on ..." on IRNA)."""
        pub, role_key = ctx.publisher, title.entry.key
        if pub is None or not pub.government and ctx.first.get(role_key) != pub.code:
            return None
        former = _FORMER_BEFORE.search(text, max(0, title.start - 8), title.start)
        before = _the_before(text, former.start() if former else title.start)
        if before and before.end() != (former.start() if former else title.start):
            return None
        if not before and (former or not _bare_subject(text, title)):
            return None
        start = before.start() if before else title.start
        holder = self.holder(pub.code, role_key, day)
        other = ctx.first.get(role_key, pub.code)
        if role_key in HEAD_ROLES and holder is None and other != pub.code and not former:
            # no such office there: the White House's "the Prime Minister" is the other side's,
            # the one this text first named by that office ("Prime Minister Netanyahu of Israel")
            other_holder = self.holder(other, role_key, day)
            return Mention(start, title.end, text[start:title.end], other, "title",
                           other_holder.name if other_holder else None, role_key)
        if other != pub.code or role_key in HEAD_ROLES and holder is None:
            return None
        written = text[title.start:title.end]
        if holder is not None and written in self._written_roles and written != holder.role:
            return None  # gov.uk's "the Chancellor" or "the Foreign Minister" is not its PM or Foreign Secretary
        if former:
            holder = None
        return Mention(start, title.end, text[start:title.end], pub.code, "title",
                       holder.name if holder else None, holder.role if holder else role_key)


@dataclass
class _Context:
    """What one text's scan knows: its publisher, and the country of each office's first mention."""

    publisher: Publisher | None
    first: dict[str, str] = field(default_factory=dict)
    officials: dict[str, str] = field(default_factory=dict)   # unknown names of officials -> their country


# Country names that are also US states: "Atlanta, Georgia" (a title-case place that names no actor,
# a comma, the name) says the text means the state, so none of its plain mentions is the country.
# "Tbilisi, Georgia", "Ukraine, Georgia" and a wire dateline "BATUMI, Georgia" keep the country.
US_STATE_NAMES = {"Georgia": "GEO"}
_CITY_STATE = re.compile(r"(?<![\w.])([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),[ \t]*\n?[ \t]*(%s)\b"
                         % "|".join(US_STATE_NAMES))


def _without_state_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop "Georgia" throughout a text that places a US city in it ("Atlanta, Georgia")."""
    states = {hit.group(2) for hit in _CITY_STATE.finditer(text)
              if not any(m.start < hit.end(1) and hit.start(1) < m.end for m in mentions)}
    if not states:
        return mentions
    return [m for m in mentions if not (m.text in states and m.form == "name" and m.code == US_STATE_NAMES[m.text])]


def _adjacent(gap: str) -> bool:
    """Two matches belong together when only spaces, or one line break, separate them."""
    return bool(_SPACE.fullmatch(gap)) and not _BLANK_LINE.search(gap)


def _bare_subject(text: str, title: "_Match") -> bool:
    """ "Prime Minister emphasised ...", "External Affairs Minister said ...": a title of two or more
    words with no article, opening a sentence and followed by a verb or "'s", not by a name."""
    return (title.tokens > 1 or title.entry.key in HEAD_ROLES) and bool(
        _SENTENCE_START.search(text, max(0, title.start - 4), title.start)) and bool(
        _BARE_AFTER.match(text, title.end))


def _the_before(text: str, start: int) -> re.Match | None:
    """A "the" right before `start` (looked for in a short window, not the whole text)."""
    return _THE_BEFORE.search(text, max(0, start - 12), start)


def _someone_else(text: str, start: int, end: int) -> bool:
    """True when a one-word name is part of another person's name: "Todd Harper", "Salman Rushdie"."""
    after = _CAP_AFTER.match(text, end)
    if after and not after.group(1).startswith(FOLLOWERS):
        return True
    before = _CAP_BEFORE.search(text, max(0, start - 60), start)
    if not before or before.group(2) in HONORIFICS or before.group(1) is None:
        return False
    return not before.group(1).endswith(_SENTENCE_END)  # a capitalised first word of a sentence is fine


_NOT_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
              "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December", "The", "And", "But", "Also", "Today", "Tomorrow", "Yesterday", "This",
              "That", "Jr", "Sr", "Said", "Has", "Had", "Was", "Will", "Would", "Who", "Which", "Spoke",
              "Met", "Called", "Told", "Noted", "Stressed", "Expressed", "Welcomed", "Thanked"}
_NAME_AFTER = re.compile(r"\s+((?:[A-Z][\w'’.-]+\s+){0,3}([A-Z][\w'’-]{2,}))")
_LAST_NAME = re.compile(r"\s([A-Z][\w'’-]{2,})$")  # a full name's last word, not a one-word name
# Where the family name comes first ("Qin Gang", "Wang Yi"), a bare first word is the person too;
# these names are short ("Xi", "Li"), so two letters suffice.
_FIRST_NAME = re.compile(r"([A-Z][a-z'’-]{1,})\s+[A-Z]")
_FAMILY_NAME_FIRST = word_class("family_name_first")
_HONORIFIC_WORDS = "|".join(sorted(HONORIFICS))
# Offices a government's site names its own officials by ("Ambassador Ken Salazar", "Vice Foreign
# Minister Ma Zhaoxu"); heads of state and IGO heads are not here: the lexicon knows every holder;
# nor a bare "Minister" ("Minister Jane Roe" on the White House site is someone else's).
OWN_OFFICES = {"Foreign Minister", "Defense Minister", "Finance Minister", "National Security Advisor",
               "Trade Representative", "Ambassador", "Secretary", "Envoy", "Coordinator",
               "First Lady", "Spokesperson"}
# A personal name right after the title: two to four capitalised words, then no further capital
_GAP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"   # a space, or a hard-wrapped line's break
_OFFICIAL_NAME = re.compile(rf"{_GAP}((?:[A-Z][\w'\u2019.-]*{_GAP}){{1,3}}[A-Z][\w'\u2019-]+)(?![\w'\u2019-]|{_GAP}[A-Z])")
_OWN_MINISTRY = re.compile(rf"{_GAP}of{_GAP}the{_GAP}(?:Ministry{_GAP}of{_GAP}(?:Foreign|External){_GAP}Affairs|Foreign{_GAP}Ministry)")
_RANK_BEFORE = re.compile(rf"(?:(?:Vice|Deputy|Assistant|Under|Special|Acting|Senior|Executive|First|Principal"
                          rf"|Presidential){_GAP})+$")
_SENTENCE_BREAK = re.compile(r"[!?\n]|(?<![A-Z])\.")
_EMBASSY_BEFORE = re.compile(r"\bEmbassy\s+of\s+(?:the\s+)?$")
_EMBASSY_AFTER = re.compile(r"(?:['\u2019]s)?\s+Embassy\b")
_NAME_BEFORE_OF = re.compile(r"\s([A-Z][\w'’-]{2,})\s+of\s")  # "Minister Jane Doe of Australia"


# A personal name in apposition to an office: two to four capitalised words (an honorific first,
# a family name in capitals), set off by a comma: "Juan Guaido, the Interim President of Venezuela",
# "Mr. OKANO Masataka, Vice-Minister for Foreign Affairs,", "The Spokesman ..., Nasser Kanaani,"
_APPOS_NAME = rf"((?:(?:Mr|Ms|Mrs|Dr)\.?{_GAP})?(?:[A-Z][\w'\u2019.-]*{_GAP}){{1,3}}[A-Z][\w'\u2019-]+)"
_NAME_BEFORE_TITLE = re.compile(rf"(?<![\w'\u2019.-]){_APPOS_NAME},{_GAP}"
                                rf"(?:the{_GAP})?(?:(?:Vice|Deputy|Assistant|Under|Acting|Senior|First)[ -])*$")
_NAME_AFTER_TITLE = re.compile(rf",{_GAP}{_APPOS_NAME}(?=,)")
_OF_OWN_MINISTRY = re.compile(rf"{_GAP}of{_GAP}$")
_NOT_NAME_WORDS = word_class("not_name_word")
_BODY_HEADS = word_class("body_head_noun")
# "the Agency", "the kingdom": not "the Kingdom of ...", "the Agency for International Development"
_HEAD_REFERENCE = re.compile(r"\b[Tt]he\s+(%s)\b(?!\s+(?:of|for)\b)" % "|".join(
    f"{w[0].upper()}{w[1:]}|{w}" for w in sorted(_BODY_HEADS)))
_VENUE_PREPS = word_class("venue_prep")
# "the Government", "the Federal Government" (capitalised: the state, not "the government" of a place)
_OWN_GOVERNMENT = re.compile(r"\b[Tt]he\s+(?:(?:%s)\s+)?(?:%s)\b(?!\s+(?:of|for|in)\b)" % (
    "|".join(w.capitalize() for w in sorted(word_class("own_government_modifier"))),
    "|".join(w.capitalize() for w in sorted(word_class("own_government_noun")))))
_CAPITALS = re.compile(r"\b([A-Z]{3,})\b")
_WORD_BEFORE = re.compile(r"(\S+)\s*$")
_NOUN_AFTER = re.compile(r"[ \t]+(\w+)")


def _with_own_government(text: str, mentions: list[Mention], ctx: "_Context") -> list[Mention]:
    """On a government's own site, its unnamed "the Government" or "the Federal Government" is its
    state, as its unnamed "the Foreign Minister" is ("The Federal Government has decided to close
    ..."); not on state media, and not "the Government of X" or "the Iranian Government"."""
    pub = ctx.publisher
    if pub is None or not pub.government:
        return mentions
    added = [Mention(g.start(), g.end(), g.group(0), pub.code, "country", None, None, "alias")
             for g in _OWN_GOVERNMENT.finditer(text)
             if not any(m.start < g.end() and g.start() < m.end for m in mentions)]
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


def _called_with(text: str, m: Mention, head: str) -> bool:
    """A state the text called by the head noun with a word of its own: "the Zionist regime" (an
    alias ending with it), "the Iranian regime", "the Kiev regime", "the NATO alliance" (the noun
    right after the mention); not "the United Kingdom", whose own name ends with "Kingdom"."""
    if m.form == "alias" and len(m.text.split()) > 1 and m.text.split()[-1].lower() == head:
        return True
    after = _NOUN_AFTER.match(text, m.end)
    return after is not None and after.group(1).lower() == head


def _appos_name(text: str, start: int, name: str) -> bool:
    """True when the words read as a person's name: none a weekday, month or sentence opener, and no
    capitalised word right before them (they would be the end of a longer name: "Ambassador of ...")."""
    words = re.findall(r"[\w'\u2019-]+", name)
    if any(w in _NOT_NAMES or w.lower() in _NOT_NAME_WORDS for w in words):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before and before.group(1).lower() in _VENUE_PREPS:
        return False    # "Today in San Diego, the President of ...": a place
    return not (before and before.group(1)[0].isupper() and not before.group(1).endswith(_SENTENCE_END + (",",)))


def _with_appositions(text: str, found: list["_Match"], mentions: list[Mention], ctx: "_Context") -> list[Mention]:
    """Add a name the lexicons do not know that stands in apposition to an office: the office's
    country ("Juan Guaido, the Interim President of Venezuela" is VEN; "The Spokesman of the
    Ministry of Foreign Affairs, Nasser Kanaani," on Iran's ministry site and "Mr. OKANO Masataka,
    Vice-Minister for Foreign Affairs," on Japan's are their government's, the office naming no
    other country). Later bare surnames follow (_with_surnames)."""
    added: list[Mention] = []
    pub = ctx.publisher

    def free(a: int, b: int, holder: str | None) -> bool:
        known = set((holder or "").lower().split())     # the holder the lexicon knows is named so already
        return not any(m.start < b and a < m.end for m in mentions + added) and not any(
            w.lower() in known for w in text[a:b].split())

    for t in found:
        if t.entry.kind != "title" or t.entry.key == "Foreign Ministry":
            continue
        cover = next((m for m in mentions if m.start <= t.start < m.end), None)
        if cover is not None and cover.kind == "title" and cover.role != "Foreign Ministry":
            code, start, end = cover.code, cover.start, cover.end
        elif cover is None and pub is not None and pub.government and t.entry.key in OWN_OFFICES:
            code, start, end = pub.code, t.start, t.end
            if not re.match(r"[ \t]*[,.;]", text[end:end + 3]):
                continue    # more of the office or a country follows
        else:
            continue
        before = _NAME_BEFORE_TITLE.search(text, max(0, start - 80), start)
        holder = cover.name if cover else None
        if before and free(before.start(1), before.end(1), holder) and _appos_name(text, before.start(1),
                                                                                before.group(1)):
            added.append(Mention(before.start(1), before.end(1), before.group(1), code, "person", None,
                                 cover.role if cover else t.entry.key))
            continue
        if not text[start:start + 4].lower().startswith("the "):
            continue
        ministry = next((m for m in mentions if m.role == "Foreign Ministry" and m.start > end
                         and _OF_OWN_MINISTRY.fullmatch(text, end, m.start)), None)
        after = _NAME_AFTER_TITLE.match(text, ministry.end if ministry else end)
        if after and free(after.start(1), after.end(1), holder) and _appos_name(text, after.start(1), after.group(1)):
            added.append(Mention(after.start(1), after.end(1), after.group(1), code, "person", None,
                                 cover.role if cover else t.entry.key))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


def _with_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """Add later bare-surname mentions of people first named in full in this text.

    "Kazakh President Kassym-Jomart Tokayev ... Tokayev thanked" makes the second "Tokayev" KAZ
    even when the lexicons do not know him (the name is taken from the words right after a title),
    and "Sadyr Japarov ... Japarov said" likewise when the lexicon knows the full name only (its
    bare surname is left out because another Japarov held office too).
    """
    surnames: dict[str, Mention] = {}
    titled: dict[str, Mention] = {}     # names that count only after an honorific
    for m in mentions:
        if m.kind == "person":
            last = _NAME_BEFORE_OF.search(m.text) if m.name is None else None
            last = last or _LAST_NAME.search(m.text)
            if last and last.group(1) not in _NOT_NAMES:
                surnames.setdefault(last.group(1), m)
            if m.name is None:      # "Mr. OKANO Masataka ... Vice-Minister Okano": capitals mark the family name
                for caps in _CAPITALS.findall(m.text):
                    surnames.setdefault(caps.title(), m)
            first = _FIRST_NAME.match(m.name or "")
            if first and m.code.lower() in _FAMILY_NAME_FIRST and first.group(1) not in _NOT_NAMES:
                surnames.setdefault(first.group(1), m)     # "Qin Gang ... Qin held talks"
            continue
        if m.kind != "title":
            continue
        if m.name:
            # "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan ... Minister Hayashi":
            # the office named its holder, so an honorific and one of the holder's names is them
            for word in m.name.split():
                if len(word) > 2 and word not in _NOT_NAMES:
                    titled.setdefault(word, m)
        after = _NAME_AFTER.match(text, m.end)
        if after and after.group(2) not in _NOT_NAMES and not any(x.start <= after.start(1) < x.end for x in mentions):
            surnames.setdefault(after.group(2), m)
    if not surnames and not titled:
        return mentions
    covered = [(m.start, m.end) for m in mentions]
    added = []
    for name, first in titled.items():
        if name in surnames:
            continue
        for hit in re.finditer(rf"(?<![\w-])({_HONORIFIC_WORDS})\.?\s+({re.escape(name)})(?![\w-])", text):
            if not any(a <= hit.start(2) < b for a, b in covered) and not _CAP_AFTER.match(text, hit.end()):
                added.append(Mention(hit.start(), hit.end(), hit.group(0), first.code, "person", first.name,
                                     first.role))
    for surname, first in surnames.items():
        for hit in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            if any(a <= hit.start() < b for a, b in covered):
                continue
            if first.kind == "person" and _someone_else(text, hit.start(), hit.end()):
                continue  # "Hassan" of "Jafar Hassan" is not the one in "Hassan Nasrallah"
            added.append(Mention(hit.start(), hit.end(), surname, first.code, "person", first.name, first.role))
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


@cache
def country_named(name: str) -> str | None:
    """The one country a bare place name stands for in the shipped lexicons ("Taiwan" -> TWN), for a
    name inside a phrase that is no actor of its own ("Taiwan independence"), or None."""
    codes = {m.code for m in _shipped().mentions(name) if m.kind == "country"}
    return codes.pop() if len(codes) == 1 else None


@cache
def _shipped() -> ActorResolver:
    return ActorResolver()
