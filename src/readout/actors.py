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
from datetime import date as Date
from functools import cache
from pathlib import Path
from typing import Iterable

from readout.lexicons import word_class
from readout.lexicons.actors_data import ActorData, Term, load_actor_data, tokenize
from readout.lexicons.publishers import own_names, publisher_of
from readout.mention_passes import (with_appositions, with_bare_honorifics, with_company_names, with_own_government,
                                    with_own_names, with_surnames, without_given_names, without_state_names,
                                    without_towns)
from readout.mentions import (COUNTRY_KINDS, GAP, HEAD_OFFICES, NOT_NAMES, OWN_OFFICES, PERSON_KINDS, PLACE_KINDS, STATE_KINDS,
                              EntryMatch, Mention, TextContext, someone_else)
from readout.name_shapes import (BLANK_LINE, HEAD_ROLES, adjacent, bare_subject, called_with, honored, name_goes_on,
                                 names_an_organisation, portfolio_end, styled_gap, the_before)

__all__ = ["Mention", "ActorResolver", "PERSON_KINDS", "PLACE_KINDS", "COUNTRY_KINDS", "STATE_KINDS", "country_named"]

# an office named on ("the Secretary-General of the Gulf Cooperation Council"): not that office bare
_OFFICE_OF = re.compile(r"[ \t]+(?:of|for)\b")
_OF_REPUBLIC = re.compile(rf"{GAP}of{GAP}the{GAP}Republic\b(?!{GAP}(?:of|for)\b)")
ROYAL_ROLES = {"Monarch", "Crown Prince"}
# offices no national government has ("the Secretary-General", "the Pope", "the Chairperson"): never a state site's own
_BODY_OFFICES = word_class("body_office_role")

# "President of the Republic of Korea", "Minister of State for Foreign Affairs of the UAE": a title,
# any "of/for <Capitalised Words>" that say which office, then "of [the]" and the country
_OF = re.compile(r"\s+(?:(?:of|for)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w'\u2019-]*)*\s+)*"
                 r"of\s+(?:the\s+)?")
_POSSESSIVE = re.compile(r"['\u2019]s\s+")
_SIDE_AFTER = re.compile(r"\s+side\b")
_FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer|[Ee]x-)\s*$")
# "Minister Wong", "Minister Kamikawa": a bare "Minister" before a family name is any minister the lexicon knows
_MINISTRIES = ("Foreign Minister", "Defense Minister", "Finance Minister")
_STAND_IN = re.compile(r"(?:Acting|Interim|Caretaker)\s")     # an office held for the time being
# "Defence Minister Jane Doe of Australia": capitalised name words between a title and "of" a country
_NAME_OF = re.compile(r"\s+((?:[A-Z][\w'\u2019.-]*\s+){1,4})of\s+(?:the\s+)?")
_WORD_AFTER = re.compile(r"[ \t]*\n?[ \t]*(\w+)")
# "the Nairobi and Luanda processes", "the Astana, Geneva and Sochi formats": a join, then the
# other places' capitalised words
_PLACE_JOIN = re.compile(r"(?:and|or)\b")
_JOINED_PLACE = re.compile(r"(?:\s+[A-Z][\w'\u2019-]*){1,2}")
# A personal name right after the title: two to four capitalised words, then no further capital
_OFFICIAL_NAME = re.compile(rf"{GAP}((?:[A-Z][\w'\u2019.-]*{GAP}){{1,3}}[A-Z][\w'\u2019-]+)(?![\w'\u2019-]|{GAP}[A-Z])")
_OWN_MINISTRY = re.compile(rf"{GAP}of{GAP}the{GAP}(?:Ministry{GAP}of{GAP}(?:Foreign|External){GAP}Affairs|Foreign{GAP}Ministry)")
_HYPHEN_NAME_AFTER = re.compile(r"-[A-Z]")
_AND_GAP = re.compile(rf"{GAP}and{GAP}")
_NAME_STOP = re.compile(r"[a-z]\.(?=\s)")     # a sentence's end inside what reads as a name ("Rabuka. Rabuka")
_RANK_BEFORE = re.compile(rf"(?:(?:Vice|Deputy|Assistant|Under|Special|Acting|Senior|Executive|First|Principal"
                          rf"|Presidential){GAP})+$")
# One capitalised word after an office, no further capital after it ("Vice President Harris said",
# "President Ali's"; not "President Jane Roe", an unknown person's given name)
_SURNAME_AFTER = re.compile(rf"{GAP}([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])(?!{GAP}[A-Z])")
_SENTENCE_BREAK = re.compile(r"[!?\n]|(?<![A-Z])\.")
_EMBASSY_BEFORE = re.compile(r"\bEmbassy\s+of\s+(?:the\s+)?$")
_EMBASSY_AFTER = re.compile(r"(?:['\u2019]s)?\s+Embassy\b")
_BODY_HEADS = word_class("body_head_noun")
# "the Agency", "the kingdom": not "the Kingdom of ...", "the Agency for International Development"
_HEAD_REFERENCE = re.compile(r"\b[Tt]he\s+(%s)\b(?!\s+(?:of|for)\b)" % "|".join(
    f"{w[0].upper()}{w[1:]}|{w}" for w in sorted(_BODY_HEADS)))


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
        self._name_words: dict[tuple[str, str], list[tuple[Term, bool, bool]]] | None = None     # built on first use
        # head nouns a state's or body's formal name opens with ("Kingdom of Saudi Arabia"): "the
        # Kingdom" may refer back to it
        self._heads: dict[str, set[str]] = {}
        for key, entry in self.data.surfaces.items():
            if entry.kind in ("country", "igo") and len(key) > 2 and key[1] == "of" and key[0].lower() in _BODY_HEADS:
                self._heads.setdefault(entry.code, set()).add(key[0].lower())
            elif entry.kind == "igo" and "of" in key[1:-1] and key[key.index("of") - 1].lower() in _BODY_HEADS:
                # a body's name whose head stands before its "of" ("the International Court of Justice"):
                # "the Court" may refer back to it
                self._heads.setdefault(entry.code, set()).add(key[key.index("of") - 1].lower())

    # --- scanning -------------------------------------------------------------------------------
    def _scan(self, text: str) -> list[EntryMatch]:
        tokens = tokenize(text)
        capitals = _capitalised_names(tokens)
        found: list[EntryMatch] = []
        i = 0
        while i < len(tokens):
            node, best, j = self._trie, None, i
            while j < len(tokens):
                if j > i and BLANK_LINE.search(text, tokens[j - 1][1], tokens[j][0]):
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
            a, b = tokens[i][0], tokens[j][1]
            if not (entry.kind == "title" and (_HYPHEN_NAME_AFTER.match(text, b) or a > 1 and text[a - 1] == "-"
                                               and text[a - 2].isalpha())):
                # a title word hyphened to a name is part of it ("Amir-Abdollahian")
                found.append(EntryMatch(a, b, entry, j - i + 1))
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
                 url: str | None = None, domestic: bool = False) -> list[Mention]:
        """Every actor mention in `text`, in order; `date` picks who held a title then, the
        publisher's name or the story's `url` whose own unnamed officials these are. With `domestic`
        (PLOVER's coding of events inside a country), an organisation named with its country ("the
        Montenegro Municipality Association") is that country's actor, as PLOVER codes it by sector."""
        day = _as_date(date)
        found = self._scan(text)
        ctx = TextContext(publisher_of(publisher, url), domestic=domestic)
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
                    ctx.titled.append((mention.text, mention.code))
                if mention.kind == "person" and mention.name:
                    # every office the person held that day ("Crown Prince and Prime Minister")
                    for term in self.data.terms.get(mention.name, ()):
                        if day is not None and term.covers(day) and term.code == mention.code:
                            ctx.named.setdefault(term.role_key, mention.code)
            k += used
        out = with_appositions(text, found, out, ctx)
        out = self._with_head_references(text, out)
        out = with_own_government(text, out, ctx)
        if publisher and ctx.publisher is not None:
            out = with_own_names(text, out, ctx, own_names(publisher, ctx.publisher.government))
        out = without_towns(text, without_given_names(text, without_state_names(text, out)))
        return with_bare_honorifics(text, with_company_names(text, with_surnames(text, out, ctx.officials)))

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
                and m.text.split()[-1].lower() == head or called_with(text, m, head)
                # "the Russian Foreign Ministry said ... summoned to the ministry": a state's office by its head noun
                or m.kind == "title" and m.name is None and m.text.split()[-1].lower() == head)}
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
            if adjacent(gap) or _POSSESSIVE.fullmatch(gap):
                return self._titled(text, found, k, k + 1, m.entry.code, m.start, day, ctx=ctx)
        if kind == "title":
            if (nxt is not None and nxt.entry.kind in ("country", "igo") and nxt.entry.form != "adjective"
                    and _OF.fullmatch(text[m.end:nxt.start])):
                return self._titled(text, found, k, k, nxt.entry.code, m.start, day, actor_first=False, ctx=ctx)
            if (nxt is not None and nxt.entry.kind == "person" and (adjacent(text[m.end:nxt.start]) or styled_gap(text[m.end:nxt.start]))
                    and not (nxt.tokens == 1 and name_goes_on(text, nxt.end, nxt.entry.key))):
                return 2, self._person(text, m.start, nxt, day)
            named = _NAME_OF.fullmatch(text, m.end, nxt.start) if nxt is not None else None
            if named and nxt.entry.kind in ("country", "igo") and nxt.entry.form != "adjective":
                return 2, Mention(m.start, nxt.end, text[m.start:nxt.end], nxt.entry.code, "person", None,
                                  m.entry.key)
            surnamed = self._surname_holder(text, m, nxt, day)
            if surnamed is not None:
                return surnamed
            republic = self._own_republic(text, m, nxt, ctx, day)
            if republic is not None:
                return republic
            official = self._publisher_official(text, m, nxt, ctx, day)
            if official is not None:
                return 1 + (nxt is not None and nxt.start < official.end), official
            return 1, self._publisher_title(text, m, day, ctx)
        if kind == "person":
            if m.tokens == 1 and someone_else(text, m.start, m.end):
                return 1, None
            return 1, self._person(text, m.start, m, day)
        start, end = m.start, m.end
        if kind == "country" and m.entry.form == "metonym" and self._names_a_thing(text, end):
            return 1, None
        if kind in ("country", "igo") and not ctx.domestic and names_an_organisation(text, start, end, m.entry.form):
            return 1, None
        if kind == "country":
            before = the_before(text, start)
            side = _SIDE_AFTER.match(text, end)
            if before and side:
                start, end = before.start(), side.end()
        form = getattr(m.entry, "form", None) if kind == "country" else None
        return 1, Mention(start, end, text[start:end], m.entry.code, kind, None, None, form)

    def _names_a_thing(self, text: str, end: int) -> bool:
        """True when a capital is the first word of a thing's name: "the Kigali Amendment", "the
        Nairobi and Luanda processes" (places joined before one plural noun they share)."""
        after = _WORD_AFTER.match(text, end)
        if after is not None and _PLACE_JOIN.match(text, after.start(1)):
            after = _JOINED_PLACE.match(text, after.end(1))     # past "and Luanda" to the noun they share
            after = _WORD_AFTER.match(text, after.end()) if after is not None else None
        if after is None:
            return False
        return after.group(1).lower() in self.data.place_nouns

    def _titled(self, text, found, k, title_at, code, start, day, actor_first=True, ctx=None) -> tuple[int, Mention]:
        """A title tied to a country: "Iranian President [name]" or "President of Iran [name]"."""
        title = found[title_at]
        last = title if actor_first else found[k + 1]
        before = the_before(text, start)
        if before:
            start = before.start()
        person = found[k + 2] if k + 2 < len(found) else None
        if (person is not None and person.entry.kind == "person" and (adjacent(text[last.end:person.start]) or styled_gap(text[last.end:person.start]))
                and not (person.tokens == 1 and name_goes_on(text, person.end, person.entry.key))):
            return 3, self._person(text, start, person, day)
        joined = self._joined_office(text, found, k + 2, last, code, ctx)
        if joined is not None:
            return joined
        role_key = title.entry.key
        holder = None if _FORMER_BEFORE.search(text, max(0, start - 12), start) else self.holder(code, role_key, day)
        name = holder.name if holder else None
        role = holder.role if holder else role_key
        return 2, Mention(start, last.end, text[start:last.end], code, "title", name, role)

    def _joined_office(self, text, found, at, last, code, ctx) -> tuple[int, Mention] | None:
        """ "New Zealand's Deputy Prime Minister and Foreign Minister <name>": a second office joined to a
        country's office, and a name the lexicons do not know, is that country's official."""
        second = found[at] if at < len(found) else None
        if ctx is None or second is None or second.entry.kind != "title" or not _AND_GAP.fullmatch(text, last.end, second.start):
            return None
        name = _OFFICIAL_NAME.match(text, second.end)
        if name is None:
            return None
        stop = _NAME_STOP.search(text, name.start(1), name.end())     # "... Sitiveni Rabuka. Rabuka said"
        end = stop.start() + 1 if stop else name.end()
        words = text[name.start(1):end].split()
        if len(words) < 2 or any(w in NOT_NAMES for w in words):
            return None
        after = found[at + 1] if at + 1 < len(found) else None
        if after is not None and after.start < end:
            return None     # a name the lexicons know, or a country: the usual reading holds
        ctx.officials.setdefault(" ".join(words), code)
        return 3, Mention(second.start, end, text[second.start:end], code, "person", None, second.entry.key)

    def _surname_holder(self, text, title: EntryMatch, nxt: EntryMatch | None, day) -> tuple[int, Mention] | None:
        """ "Vice President Harris", "President Ali": an office and a family name the lexicon lists as no
        alias (several people bear it) name the one person who held that office, anywhere, on the date,
        whose name ends in it; not where the word is in the name of another holder then ("King
        Abdullah": Jordan's Abdullah II and Malaysia's Sultan Abdullah)."""
        if day is None or _FORMER_BEFORE.search(text, max(0, title.start - 12), title.start):
            return None
        name = _SURNAME_AFTER.match(text, title.end)
        if name is None:
            return None
        if nxt is not None and nxt.start < name.end() and nxt.entry.kind != "block":
            return None     # the word names something the lexicons know ("President Trump", a country)
        found: dict[str, tuple[Term, bool, bool]] = {}
        keys = [title.entry.key] + (list(_MINISTRIES) if title.entry.key == "Minister" else [])
        for term, last, first in (t for key in keys for t in self._by_name_word().get((key, name.group(1)), ())):
            if term.covers(day):
                was = found.get(term.name, (term, False, False))
                found[term.name] = (term, last or was[1], first or was[2])
        if len(found) != 1:
            return None
        term, last, first = found.popitem()[1]
        if not (last or first):
            return None     # a middle word of the name ("President Hsien"), no name of use
        # (the name's first word is its family name written first, "Prime Minister Lee" for Lee Hsien
        # Loong, "Premier Li", or the given name a holder is called by, "Prime Minister Anwar",
        # "Prime Minister Prayut": the office on the date names the one holder either way)
        used = 1 + (nxt is not None and nxt.start < name.end())
        return used, Mention(title.start, name.end(), text[title.start:name.end()], term.code, "person", term.name, term.role)

    def _by_name_word(self) -> dict[tuple[str, str], list[tuple[Term, bool, bool]]]:
        """Terms by (role key, a word of the person's name or aliases), each with whether that word ends
        the name or one of its aliases of two words or more, and whether it opens the name."""
        if self._name_words is None:
            self._name_words = {}
            names: dict[str, set[str]] = {}
            for key, entry in self.data.surfaces.items():
                if entry.kind == "person":
                    names.setdefault(entry.key, set()).add(self.data.forms[key])
            for name, terms in self.data.terms.items():
                written = names.get(name, set()) | {name}
                words = {w for n in written for w in n.split()}
                last = {n.split()[-1] for n in written if len(n.split()) > 1}
                first = name.split()[0] if len(name.split()) > 1 else None
                for w in words:
                    for t in terms:
                        self._name_words.setdefault((t.role_key, w), []).append((t, w in last, w == first))
        return self._name_words

    def _person(self, text, start, person: EntryMatch, day) -> Mention:
        """A known person, coded by the country of their role on `day` (every person has a term)."""
        term = self.term(person.entry.key, day)
        return Mention(start, person.end, text[start:person.end], term.code, "person", term.name, term.role)

    def _publisher_official(self, text, title: EntryMatch, nxt: EntryMatch | None, ctx: TextContext,
                            day=None) -> Mention | None:
        """ "Vice Foreign Minister Ma Zhaoxu" on China's foreign ministry site is China's official:
        a government's own office and a name the lexicons do not know. A head of state or government
        is the lexicon's, unless the lexicon knows no holder of that office in the publisher's country
        on the day though it knows the office there ("Prime Minister <new name>" on that PM's site)."""
        pub = ctx.publisher
        if pub is None or not pub.state:
            return None
        key = title.entry.key
        # a state's news agency names its own leader so too ("President <name>" on its wire); other
        # offices on a wire are as often a foreign guest's
        if not (pub.government and key in OWN_OFFICES) and not (
                key in HEAD_OFFICES and day is not None and (pub.code, key) in self.data.holders
                and self.holder(pub.code, key, day) is None):
            return None
        after = _OWN_MINISTRY.match(text, title.end)    # "Spokesman of the Ministry of Foreign Affairs Nasser Kanaani"
        name = _OFFICIAL_NAME.match(text, after.end() if after else portfolio_end(text, title.end))
        if name is None or any(w in NOT_NAMES for w in name.group(1).split()):
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
            if key in HEAD_OFFICES and (pub.code, key) in ctx.heads and ctx.heads[pub.code, key] != name.group(1):
                return None     # the site's new leader was named first: "President <name>" after him is a guest
            own = self.holder(pub.code, key, day) if key in OWN_OFFICES and day is not None else None
            if (own is not None and own.role.lower() == text[title.start:title.end].lower() and not rank
                    and not after and portfolio_end(text, title.end) == title.end):
                # the site's own office, written as its holder's, has a known holder: "Foreign Minister <new
                # name>" on Pakistan's site is a guest ("Foreign Secretary <name>" on India's, another office, is not)
                return None
            code = self._embassy_country(text, title, pub.code) if title.entry.key == "Ambassador" else pub.code
            ctx.officials[name.group(1)] = code
            if key in HEAD_OFFICES:
                ctx.heads[pub.code, key] = name.group(1)
        return Mention(start, name.end(), text[start:name.end()], code, "person", None, title.entry.key)

    def _own_republic(self, text, title: EntryMatch, nxt: EntryMatch | None, ctx: TextContext,
                      day=None) -> tuple[int, Mention] | None:
        """ "President of the Republic" with no state after it is the publisher's own head of state, on
        its news media too ("The President of the Republic, <name>, received ..."); a name the lexicons
        do not know right after it is that President ("President of the Republic <name> said")."""
        pub = ctx.publisher
        rep = _OF_REPUBLIC.match(text, title.end)
        if pub is None or not pub.state or rep is None or title.entry.key not in HEAD_OFFICES:
            return None
        if nxt is not None and nxt.start < rep.end():
            return None     # "President of the Republic of Korea": another state's
        before = the_before(text, title.start)
        start = before.start() if before else title.start
        holder = self.holder(pub.code, title.entry.key, day)
        name = _OFFICIAL_NAME.match(text, rep.end())
        if name is not None and not any(w in NOT_NAMES for w in name.group(1).split()) and (
                nxt is None or nxt.start >= name.end()):
            ctx.officials.setdefault(name.group(1), pub.code)
            ctx.heads.setdefault((pub.code, title.entry.key), name.group(1))
            return 1, Mention(start, name.end(), text[start:name.end()], pub.code, "person", None, title.entry.key)
        if nxt is not None and nxt.entry.kind == "person" and adjacent(text[rep.end():nxt.start]):
            return 2, self._person(text, start, nxt, day)
        return 1, Mention(start, rep.end(), text[start:rep.end()], pub.code, "title",
                          holder.name if holder else None, holder.role if holder else title.entry.key)

    def _sole_holder(self, role_key: str, day: Date | None) -> str | None:
        """The one code whose holder of `role_key` the lexicon knows on `day` ("the Pope": VAT), else None."""
        if day is None:
            return None
        codes = {code for (code, key), terms in self.data.holders.items()
                 if key == role_key and any(t.covers(day) for t in terms)}
        return codes.pop() if len(codes) == 1 else None

    def _embassy_country(self, text: str, title: EntryMatch, own: str) -> str:
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

    def _publisher_title(self, text, title: EntryMatch, day, ctx: TextContext) -> Mention | None:
        """ "The Prime Minister" on gov.uk is the UK's, "the President" on the Kremlin's site Russia's;
        in a national news agency's text, when the text first named its own country's holder of the
        office ("President Masoud Pezeshkian received a call ... The President called on ..." on IRNA)."""
        pub, role_key = ctx.publisher, title.entry.key
        if pub is None:
            return None
        # a monarchy's own agency: "The Emir received ..." is its Emir unless the text named another's
        royal = (role_key in ROYAL_ROLES and role_key not in ctx.first and ctx.named.get(role_key, pub.code) == pub.code
                 and self.holder(pub.code, role_key, day) is not None)
        # a state's news agency that named the office before with no country and no other state's holder
        # of it ("the Minister of Information, <unknown name>, announced ... The Minister said") means its own
        written = text[title.start:title.end]
        bare = pub.state and role_key not in ctx.first and ctx.named.get(role_key, pub.code) == pub.code and not any(
            code != pub.code and re.search(rf"\b{re.escape(written)}\b", words) for words, code in ctx.titled) \
            and not _OFFICE_OF.match(text, title.end) and re.search(rf"\b{re.escape(written)}\b", text[:title.start])
        if not pub.government and ctx.first.get(role_key) != pub.code and not honored(text, title) and not royal \
                and not bare:
            return None
        former = _FORMER_BEFORE.search(text, max(0, title.start - 8), title.start)
        before = the_before(text, former.start() if former else title.start)
        if before and before.end() != (former.start() if former else title.start):
            return None
        if not before and (former or not bare_subject(text, title)):
            return None
        start = before.start() if before else title.start
        holder = self.holder(pub.code, role_key, day)
        other = ctx.first.get(role_key, pub.code)
        if role_key in HEAD_ROLES and holder is None and other == pub.code:
            # no such office there and no titled mention of it: the office of the one its text named
            # by name ("spoke with Mohammed bin Salman, Crown Prince ... The Crown Prince thanked ...")
            other = ctx.named.get(role_key, pub.code)
        if other == pub.code and role_key.lower() in _BODY_OFFICES and pub.code in self.data.countries \
                and not self.data.holders.get((pub.code, role_key)) and not _OFFICE_OF.match(text, title.end):
            # "The Secretary-General welcomed ..." on the White House's site is the UN's (or NATO's), "the
            # Pope" the Holy See's: a body's office, never the publisher's; the one the text named by
            # name, else the one holder the lexicon knows on the date, else no one
            other = ctx.named.get(role_key) or self._sole_holder(role_key, day)
            if other is None or other == pub.code:
                return None
        if other != pub.code and not former and ctx.named.get(role_key, other) != pub.code:
            # the White House's "the Prime Minister" is the other side's, the one this text first
            # named by that office ("Prime Minister Netanyahu of Israel"); so is its "the President"
            # after "Vice President Harris met President Hichilema" (its own office holder was not named:
            # "Prime Minister Shri Narendra Modi received a call from the Prime Minister of Israel ...
            # Prime Minister thanked ..." on India's site stays India's)
            other_holder = self.holder(other, role_key, day)
            return Mention(start, title.end, text[start:title.end], other, "title",
                           other_holder.name if other_holder else None, role_key)
        if other != pub.code or role_key in HEAD_ROLES and holder is None and ctx.first.get(role_key) != pub.code:
            # (a head's office with no holder known on the day is the site's own only where the text's
            # first titled mention of it was its own: "Prime Minister <new name> ... The Prime Minister")
            return None
        if holder is not None and written in self._written_roles and written != holder.role:
            if not _STAND_IN.match(written):
                return None  # gov.uk's "the Chancellor" or "the Foreign Minister" is not its PM or Foreign Secretary
            holder = None   # "the Acting Prime Minister" on Thailand's site: its own stand-in, whoever the holder is
        if former:
            holder = None
        return Mention(start, title.end, text[start:title.end], pub.code, "title",
                       holder.name if holder else None, holder.role if holder else role_key)


@cache
def country_named(name: str) -> str | None:
    """The one country a bare place name stands for in the shipped lexicons ("Taiwan" -> TWN), for a
    name inside a phrase that is no actor of its own ("Taiwan independence"), or None."""
    codes = {m.code for m in _shipped().mentions(name) if m.kind == "country"}
    return codes.pop() if len(codes) == 1 else None


@cache
def names_a_state(name: str) -> bool:
    """True for a country's or a body's own name in the shipped lexicons ("Russia", "Nato" as gov.uk
    writes NATO), not a capital that stands for it ("London") or a place that names no actor ("Chequers")."""
    return any(m.kind == "country" and m.form != "metonym" for m in _shipped().mentions(name)) or any(
        m.kind == "igo" for m in _shipped().mentions(name.upper()))


@cache
def _shipped() -> ActorResolver:
    return ActorResolver()
