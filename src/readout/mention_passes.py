"""Passes over the mentions the resolver (actors.py) found in a text: names the lexicons do not know in
apposition to an office, a government's own "the Government", later bare surnames of people named
before, and "Georgia" meant as a US state."""
from __future__ import annotations

import re
from bisect import bisect_right

from readout.lexicons import word_class
from readout.mentions import (CAP_AFTER, GAP, HONORIFICS, NOT_NAMES, OWN_OFFICES, SENTENCE_END, EntryMatch, Mention,
                              TextContext, someone_else)

# Country names that are also US states: "Atlanta, Georgia" (a title-case place that names no actor,
# a comma, the name) says the text means the state, so none of its plain mentions is the country.
# "Tbilisi, Georgia", "Ukraine, Georgia" and a wire dateline "BATUMI, Georgia" keep the country.
US_STATE_NAMES = {"Georgia": "GEO"}
_CITY_STATE = re.compile(r"(?<![\w.])([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),[ \t]*\n?[ \t]*(%s)\b"
                         % "|".join(US_STATE_NAMES))
_NAME_AFTER = re.compile(r"\s+((?:[A-Z][\w'’.-]+\s+){0,3}([A-Z][\w'’-]{2,}))")
_LAST_NAME = re.compile(r"\s([A-Z][\w'’-]{2,})$")  # a full name's last word, not a one-word name
# Where the family name comes first ("Qin Gang", "Wang Yi"), a bare first word is the person too;
# these names are short ("Xi", "Li"), so two letters suffice.
_FIRST_NAME = re.compile(r"([A-Z][a-z'’-]{1,})\s+[A-Z]")
_FAMILY_NAME_FIRST = word_class("family_name_first")
_GIVEN_NAME = re.compile(r"([A-Z][a-z'’-]{2,})\s")    # "Faisal bin Farhan", "Badr Albusaidi"
_HONORIFIC_WORDS = "|".join(sorted(HONORIFICS))
_NAME_BEFORE_OF = re.compile(r"\s([A-Z][\w'’-]{2,})\s+of\s")  # "Minister Jane Doe of Australia"


# A personal name in apposition to an office: two to four capitalised words (an honorific first,
# a family name in capitals), set off by a comma: "Juan Guaido, the Interim President of Venezuela",
# "Mr. OKANO Masataka, Vice-Minister for Foreign Affairs,", "The Spokesman ..., Nasser Kanaani,"
_APPOS_NAME = rf"((?:(?:Mr|Ms|Mrs|Dr)\.?{GAP})?(?:[A-Z][\w'\u2019.-]*{GAP}){{1,3}}[A-Z][\w'\u2019-]+)"
_NAME_BEFORE_TITLE = re.compile(rf"(?<![\w'\u2019.-]){_APPOS_NAME},{GAP}"
                                rf"(?:the{GAP})?(?:(?:Vice|Deputy|Assistant|Under|Acting|Senior|First)[ -])*$")
# a style of address before a name: "The Honourable", "the Hon."
_STYLED = re.compile(rf"(?:[Tt]he{GAP})?(?:Right{GAP})?(?:Honourable|Honorable|Hon\.?){GAP}(.+)")
# a style of address before a name after an office ("the President of the Republic of India, Her
# Excellency Jane Roe,"), not part of the name
_ADDRESS_STYLE = rf"(?:(?:His|Her){GAP}(?:Royal{GAP})?(?:Excellency|Majesty|Highness)|H\.{GAP}?E\.)"
# the name ends the sentence too ("spoke with the Prime Minister of India, Jane Roe.")
# (inside the name, a full stop only after an initial: "Jane Q. Roe", not "Roe. Mr. Doe")
_NAME_AFTER_TITLE = re.compile(rf",{GAP}(?P<style>{_ADDRESS_STYLE}{GAP})?((?:(?:Mr|Ms|Mrs|Dr|Prof|Hon|Gen|Col)\.?{GAP})?"
                               rf"(?:(?:[A-Z]\.|[A-Z][\w'\u2019-]*){GAP}){{1,3}}[A-Z][\w'\u2019-]+)(?=,|\.(?:\s|$))")
_OF_OWN_MINISTRY = re.compile(rf"{GAP}of{GAP}$")
_NOT_NAME_WORDS = word_class("not_name_word")
_VENUE_PREPS = word_class("venue_prep")
_NAME_JOINS = word_class("name_join")
# "the Government", "the Federal Government" (capitalised: the state, not "the government" of a place)
# (not "the Government and people of China": another's)
_OWN_GOVERNMENT = re.compile(r"\b[Tt]he\s+(?:(?:%s)\s+)?(%s)\b"
                             r"(?!\s+(?:of|for|in)\b|\s+and\s+(?:the\s+)?peoples?\s+of\b)" % (
    "|".join(w.capitalize() for w in sorted(word_class("own_government_modifier"))),
    "|".join(w.capitalize() for w in sorted(word_class("own_government_noun")))))
_GOVERNMENT_AFTER = re.compile(r"(?:'s|\u2019s)?[ \t]+(?:(?:%s)[ \t]+)?Government\b" % "|".join(
    w.capitalize() for w in sorted(word_class("own_government_modifier"))))
_GOVERNMENT_OF = re.compile(r"\bGovernment\s+of\s+(?:the\s+)?$")
_CAPITALS = re.compile(r"\b([A-Z]{3,})\b")
# A company introduced with its nationality: "the Chinese company ByteDance Ltd.", "the Russian
# state-owned firm Rosatom" (after the demonym), or "Huawei, a Chinese technology company," (before it)
_COMPANY_NOUNS = "|".join(sorted(word_class("company_noun"), key=len, reverse=True))
_COMPANY_NAME = r"([A-Z][\w&'\u2019-]*(?:[ \t]+[A-Z][\w&'\u2019-]*){0,3})"
_COMPANY_AFTER = re.compile(rf"{GAP}(?:[a-z][\w-]*{GAP}){{0,2}}(?:{_COMPANY_NOUNS}){GAP}{_COMPANY_NAME}")
_COMPANY_BEFORE = re.compile(rf"(?<![\w'\u2019-]){_COMPANY_NAME},{GAP}an?{GAP}$")
_COMPANY_HEAD = re.compile(rf"{GAP}(?:[a-z][\w-]*{GAP}){{0,2}}(?:{_COMPANY_NOUNS})\b")
_CORPORATE_SUFFIXES = word_class("corporate_suffix")
_WORD_BEFORE = re.compile(r"(\S+)\s*$")
# "His Royal Highness Prince Mohammed bin Salman ... His Royal Highness had received ...": an honorific
# that introduces a named person, and later the same honorific standing alone before a lower-case word
_HONORIFIC = re.compile(r"\b(?:%s)\s+(?:(?:%s)\s+)?(%s)\b" % tuple(
    "|".join(w.capitalize() for w in sorted(word_class(name)))
    for name in ("honorific_possessive", "honorific_modifier", "honorific_noun")))
_INTRO_GAP = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}$")     # "His Highness Sheikh Mohamed ...": a style word between
_LOWER_AFTER = re.compile(r"\s+[a-z]")
_TITLE_GAP = re.compile(r"\s+(?:the\s+)?")


# ... or that lists it beside another US state ("will travel to Georgia and North Carolina", "Florida
# and Georgia"); not "Washington", which also stands for the United States
_OTHER_STATES = "|".join(sorted((w.title() for w in word_class("us_state") if w.title() not in US_STATE_NAMES
                                 and w != "washington"), key=len, reverse=True))
_LISTED = r"(?:,{GAP}(?:and{GAP}|or{GAP})?|{GAP}(?:and|or){GAP})".format(GAP=GAP)
_STATE_LIST = re.compile(r"(?<![\w.])(?:({states}){listed}({names})|({names}){listed}({states}))\b".format(
    states=_OTHER_STATES, names="|".join(US_STATE_NAMES), listed=_LISTED))


# ... or that says the state with words only a US state takes: a home state set off by commas ("Jane Roe, of
# Georgia, to be ..."), a US elected office ("Representative John Lewis of Georgia", "the Governor of
# Georgia"; not "the Permanent Representative ... of Georgia"), a region's name
# ("rural Southwest Georgia"; "South Georgia" is never the country: the South Atlantic island is no state either)
_NAMES = "|".join(US_STATE_NAMES)
_US_OFFICES = "|".join(sorted((re.escape(w.title()) for w in word_class("us_state_office")), key=len, reverse=True))
_STATE_WORDS = re.compile(
    rf"(?:,{GAP}of{GAP}(?P<home>{_NAMES}){GAP}?,"
    rf"|(?<![\w.])(?<!Permanent )(?:{_US_OFFICES})(?:{GAP}[A-Z][\w.'\u2019-]*){{1,4}}{GAP}(?:of|from){GAP}"
    rf"(?P<office>{_NAMES})\b"
    rf"|(?<![\w.])(?:Governor|Senators?){GAP}(?:of|from){GAP}(?P<seat>{_NAMES})\b"
    rf"|(?<![\w.])(?:rural|(?:South|North)(?:west|east|ern)?|Middle|Coastal){GAP}(?P<region>{_NAMES})\b)")
# A text that names three other US states is about America at home: its "Georgia" is the state unless the
# text also names the country some other way (Tbilisi, Georgian) or lists it beside another country
_HOME_STATES = re.compile(r"(?<![\w.])(%s)\b" % _OTHER_STATES)
_STATES_AT_HOME = 3


def _state_at_home(text: str, mentions: list[Mention], name: str) -> bool:
    """True when a text names three or more other US states and gives no sign of the country `name`
    (another of its names, or a list joining it to another country)."""
    if len(set(_HOME_STATES.findall(text))) < _STATES_AT_HOME:
        return False
    code = US_STATE_NAMES[name]
    if any(m.code == code and m.text != name for m in mentions):
        return False
    listed = re.compile(_LISTED)
    for a, b in zip(mentions, mentions[1:]):
        if (code in (a.code, b.code) and a.code != b.code and a.kind == b.kind == "country"
                and listed.fullmatch(text, a.end, b.start)):
            return False
    return True


def without_state_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop "Georgia" throughout a text that places a US city in it ("Atlanta, Georgia"), lists it
    beside another US state ("Georgia and North Carolina") or names three other US states and never
    the country otherwise; and where words only a US state takes go with it ("Jane Roe, of Georgia,",
    "Representative John Lewis of Georgia", "rural Southwest Georgia")."""
    if not any(name in text for name in US_STATE_NAMES):
        return mentions     # each reading below needs the name: no scan of the text (every story comes here)
    states = {hit.group(2) for hit in _CITY_STATE.finditer(text)
              if not any(m.start < hit.end(1) and hit.start(1) < m.end for m in mentions)}
    for hit in _STATE_LIST.finditer(text):
        other = 1 if hit.group(1) else 4
        if not any(m.start < hit.end(other) and hit.start(other) < m.end for m in mentions):
            states.add(hit.group(2) or hit.group(3))
    states |= {name for name in US_STATE_NAMES if name in text and _state_at_home(text, mentions, name)}
    local = {hit.start(g) for hit in _STATE_WORDS.finditer(text) for g in ("home", "office", "seat", "region")
             if hit.group(g)}
    if not states and not local:
        return mentions
    return [m for m in mentions if not (m.form == "name" and US_STATE_NAMES.get(m.text) == m.code
                                        and (m.text in states or m.start in local))]


# A town named after a country, placed in a US state: "East Palestine, Ohio", "Lebanon, Pennsylvania"
_US_STATES = "|".join(sorted((w.title() for w in word_class("us_state")), key=len, reverse=True))
_IN_US_STATE = re.compile(rf",{GAP}(?:{_US_STATES})\b")
_TOWN_PREFIX = re.compile(r"((?:[A-Z][a-z]+[ \t]+){1,2})$")   # "East " of "East Palestine"
# A title, then one capitalised given name right before a country's name: "Deputy Attorney General
# Lisa Monaco", "Representative Jim Jordan" name a person
_NAME_TITLES = "|".join(re.escape(w.title()) for w in sorted(word_class("person_name_title"), key=len, reverse=True))
_TITLED_GIVEN = re.compile(rf"(?<![\w'\u2019.-])(?:{_NAME_TITLES}){GAP}([A-Z][a-z]+){GAP}$")


def without_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a country's name where the text places it in a US state as a town ("East Palestine, Ohio",
    "Lebanon, Pennsylvania"), and every later or earlier mention of the same town ("residents of East
    Palestine"): with a word before it, that town; alone, every plain mention of the name, as
    "Atlanta, Georgia" does for "Georgia"."""
    towns, bare = set(), set()
    starts = {m.start for m in mentions}
    for m in mentions:
        if m.kind != "country" or m.form not in ("name", "metonym"):
            continue
        state = _IN_US_STATE.match(text, m.end)
        if not state or any(state.start() < i < state.end() for i in starts):
            continue        # "Ukraine, Georgia, and Moldova", "Ottawa, Washington": a list of actors
        before = _TOWN_PREFIX.search(text, max(0, m.start - 40), m.start)
        if before and before.group(1).split()[0] not in NOT_NAMES:
            towns.add((before.group(1).split()[-1], m.text))
        else:
            bare.add(m.text)
    if not towns and not bare:
        return mentions

    def town(m: Mention) -> bool:
        if m.kind != "country" or m.form not in ("name", "metonym"):
            return False
        if m.text in bare:
            return True
        word = re.search(r"(\w+)[ \t]+$", text[max(0, m.start - 30):m.start])
        return word is not None and (word.group(1), m.text) in towns
    return [m for m in mentions if not town(m)]


def without_given_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a country's name that ends a titled person's name: "Deputy Attorney General Lisa Monaco",
    "Representative Jim Jordan" (a title, one given name, then the country's name)."""
    return [m for m in mentions if not (
        m.kind == "country" and m.form == "name"
        and (g := _TITLED_GIVEN.search(text, max(0, m.start - 60), m.start)) is not None
        and g.group(1) not in NOT_NAMES and g.group(1) not in HONORIFICS)]


def with_own_government(text: str, mentions: list[Mention], ctx: TextContext) -> list[Mention]:
    """On a government's own site, its unnamed "the Government", "the Federal Government", "the
    Ministry", "the Presidency" or "the Department" is its state, as its unnamed "the Foreign
    Minister" is ("The Federal Government has decided to close ...", "The Department urges all
    stakeholders ..."); not "the Government of X" or "the Iranian Government". The offices other than
    the Government, on state media too ("The Ministry expressed its condolences" on WAM), only where
    the text has named no other actor's office of that name before ("Israel's Foreign Ministry ...
    The Ministry"); a news agency's "the Government" stays anyone's. ("Our Embassy" is the speaker's
    state, not the publisher's: sources.Analysis.pronoun.)"""
    pub = ctx.publisher
    added = []
    for g in _OWN_GOVERNMENT.finditer(text):
        if any(m.start < g.end() and g.start() < m.end for m in mentions):
            continue
        if pub is not None and (pub.government if g.group(1) == "Government"
                                else not _others_office(text, g.group(1), g.start(), mentions, pub.code, added)):
            added.append(Mention(g.start(), g.end(), g.group(0), pub.code, "country", None, None, "alias"))
        elif g.group(1) == "Government" and (pub is None or not pub.government):
            # a news agency's "The Government" refers back to the one state whose government it named
            # ("The Iraqi Government decided ... The Government denounced ..."); a government's own
            # site means itself (above)
            code = _named_government(text, g.start(), mentions)
            if code is not None:
                added.append(Mention(g.start(), g.end(), g.group(0), code, "country", None, None, "alias"))
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


def with_own_names(text: str, mentions: list[Mention], ctx: TextContext, names: tuple[str, ...]) -> list[Mention]:
    """A state body's own name in its text is its state ("The Saeima adopted a statement" on the Saeima's
    site, "IDF fighter jets struck" on the Israel Defense Forces'): the names publishers.own_names
    reads in its publisher's name, where no mention covers them."""
    pub = ctx.publisher
    if pub is None or not pub.state or not names:
        return mentions
    covered = _Cover(mentions)
    added = [Mention(h.start(), h.end(), h.group(0), pub.code, "country", None, None, "alias")
             for name in names for h in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
             if not covered.holds(h.start())]
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


def _named_government(text: str, before: int, mentions: list[Mention]) -> str | None:
    """The one state whose government the text named before `before` ("the Iraqi Government", "the
    Government of Kiribati", "Somalia's Federal Government"), else None."""
    codes = {m.code for m in mentions if m.end <= before and m.kind == "country" and (
        _GOVERNMENT_AFTER.match(text, m.end) or _GOVERNMENT_OF.search(text, max(0, m.start - 40), m.start))}
    return codes.pop() if len(codes) == 1 else None


def _others_office(text: str, noun: str, before: int, mentions: list[Mention], own: str, owned=()) -> bool:
    """True when, before `before`, the text names an office called `noun` with another actor near it
    ("Israel's Foreign Ministry", "the Ministry of Foreign Affairs of Israel"): a later bare "the
    Ministry" in a news agency's text may be that one. An earlier bare one already read as the
    publisher's own (`owned`) is no other's, whoever its sentence goes on to name ("The Presidency
    condemned the announcement by US Secretary ... The Presidency called on ...")."""
    for o in re.finditer(rf"\b{noun}\b", text[:before]):
        if any(m.start <= o.start() < m.end for m in owned):
            continue
        if any(m.code != own and o.start() - 40 <= m.start < o.end() + 60 for m in mentions):
            return True
    return False


def _appos_name(text: str, start: int, name: str) -> bool:
    """True when the words read as a person's name: none a weekday, month or sentence opener, and no
    capitalised word right before them (they would be the end of a longer name: "Ambassador of ...")."""
    words = re.findall(r"[\w'\u2019-]+", name)
    if any(w in NOT_NAMES or w.lower() in _NOT_NAME_WORDS for w in words):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before and before.group(1).lower() in _VENUE_PREPS:
        return False    # "Today in San Diego, the President of ...": a place
    if before and before.group(1) in _NAME_JOINS:
        # "Deputy National Security Advisor for International Economics Mike Pyle, Deputy Prime
        # Minister of Ukraine ...": words after a capitalised phrase's "for" or "of" end that
        # phrase (an office's portfolio), and the name in them is that office's holder
        ahead = _WORD_BEFORE.search(text, max(0, before.start() - 40), before.start())
        if ahead and ahead.group(1)[0].isupper():
            return False
    return not (before and before.group(1)[0].isupper() and not before.group(1).endswith(SENTENCE_END + (",",)))


def with_appositions(text: str, found: list[EntryMatch], mentions: list[Mention], ctx: TextContext) -> list[Mention]:
    """Add a name the lexicons do not know that stands in apposition to an office: the office's
    country ("Juan Guaido, the Interim President of Venezuela" is VEN; "The Spokesman of the
    Ministry of Foreign Affairs, Nasser Kanaani," on Iran's ministry site and "Mr. OKANO Masataka,
    Vice-Minister for Foreign Affairs," on Japan's are their government's, the office naming no
    other country). Later bare surnames follow (with_surnames)."""
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
        styled = _STYLED.match(text, before.start(1), before.end(1)) if before else None
        if styled and len(styled.group(1).split()) < 2:
            styled = None
        if before and styled is None and free(before.start(1), before.end(1), holder) and _appos_name(
                text, before.start(1), before.group(1)):
            added.append(Mention(before.start(1), before.end(1), before.group(1), code, "person", None,
                                 cover.role if cover else t.entry.key))
            continue
        if styled and free(styled.start(1), styled.end(1), holder) and not any(
                w in NOT_NAMES for w in styled.group(1).split()):
            # "The Honourable Jane Roe, Minister of Foreign Affairs,": a style before the name
            added.append(Mention(styled.start(1), styled.end(1), styled.group(1), code, "person", None,
                                 cover.role if cover else t.entry.key))
            continue
        if not text[start:start + 4].lower().startswith("the "):
            continue
        ministry = next((m for m in mentions if m.role == "Foreign Ministry" and m.start > end
                         and _OF_OWN_MINISTRY.fullmatch(text, end, m.start)), None)
        after = _NAME_AFTER_TITLE.match(text, ministry.end if ministry else end)
        # (a style of address before the name is no capitalised word of a longer name)
        if after and free(after.start(2), after.end(2), holder) and _appos_name(
                text, after.start("style") if after.group("style") else after.start(2), after.group(2)):
            added.append(Mention(after.start(2), after.end(2), after.group(2), code, "person", None,
                                 cover.role if cover else t.entry.key))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


def _company_core(name: str) -> str | None:
    """A company's name without its legal suffix ("ByteDance Ltd" -> "ByteDance"), or None where
    nothing of a name is left."""
    words = name.split()
    while words and words[-1].lower().rstrip(".") in _CORPORATE_SUFFIXES:
        words.pop()
    core = " ".join(words)
    return core if words and words[0] not in NOT_NAMES and len(core) > 2 else None


def with_company_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Add later mentions of a company the text introduced with its nationality ("the Chinese company
    ByteDance Ltd. ... any transaction with ByteDance Ltd."; "Huawei, a Chinese technology company, ...
    Huawei"): the company codes as its country wherever the text names it again (GUIDE.md: actors by
    the country they act from; companies by nationality, FRESH16 V1), as a bare surname follows its
    full name (with_surnames). A name the lexicons know already keeps its own mention."""
    names: dict[str, tuple[str, int]] = {}
    for m in mentions:
        if m.kind != "country" or m.form != "adjective":
            continue
        after = _COMPANY_AFTER.match(text, m.end)
        core = _company_core(after.group(1)) if after else None
        if core and not any(x.start < after.end(1) and after.start(1) < x.end for x in mentions):
            names.setdefault(core, (m.code, after.end(1)))
        before = _COMPANY_BEFORE.search(text, max(0, m.start - 80), m.start)
        core = _company_core(before.group(1)) if before and _COMPANY_HEAD.match(text, m.end) else None
        if core and not any(x.start < before.end(1) and before.start(1) < x.end for x in mentions):
            names.setdefault(core, (m.code, m.end))
    added = [Mention(hit.start(), hit.end(), name, code, "group", None, None)
             for name, (code, since) in names.items()
             for hit in re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])").finditer(text, since)
             if not any(x.start < hit.end() and hit.start() < x.end for x in mentions)]
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


def with_surnames(text: str, mentions: list[Mention], officials: dict[str, str] | None = None) -> list[Mention]:
    """Add later bare-surname mentions of people first named in full in this text.

    "Kazakh President Kassym-Jomart Tokayev ... Tokayev thanked" makes the second "Tokayev" KAZ
    even when the lexicons do not know him (the name is taken from the words right after a title),
    and "Sadyr Japarov ... Japarov said" likewise when the lexicon knows the full name only (its
    bare surname is left out because another Japarov held office too).
    """
    surnames: dict[str, Mention] = {}
    titled: dict[str, Mention] = {}     # names that count only after an honorific
    given: dict[str, set] = {}          # a known person's first name -> whoever it may be
    for m in mentions:
        if m.kind == "person" and m.name and m.code.lower() not in _FAMILY_NAME_FIRST:
            # "Sayyid Badr bin Hamad Albusaidi ... Sayyid Badr", "Prince Mohammed": an honorific and
            # the first name of someone named in full before (left out when two such people share it)
            first = _GIVEN_NAME.match(m.name)
            if first and first.group(1) not in NOT_NAMES:
                given.setdefault(first.group(1), set()).add((m.code, m.name))
                titled.setdefault(first.group(1), m)
        if m.kind == "person" and m.name is None and officials:
            # "Second Vice Foreign Minister Choi Jong Kun ... Vice Minister Choi": an official the
            # lexicons do not know, named again by office and first name: the family name where it
            # comes first, else the given name ("President Samia Suluhu Hassan ... President Samia",
            # "Prime Minister Xanana Gusmão ... Prime Minister Xanana")
            family = m.code.lower() in _FAMILY_NAME_FIRST
            for full, code in officials.items():
                first = full.split()[0]
                if code != m.code or not m.text.endswith(full) or first in NOT_NAMES or first in HONORIFICS:
                    continue
                if family:
                    titled.setdefault(first, m)
                elif len(full.split()) > 1 and _GIVEN_NAME.match(full):
                    given.setdefault(first, set()).add((code, full))
                    titled.setdefault(first, m)
        if m.kind == "person" and m.name is None and officials:
            # "Foreign Minister Wang Yi held talks ... Wang Yi said": an official the lexicons do not know,
            # named again in full without the office
            for full, code in officials.items():
                if code == m.code and m.text.endswith(full) and len(full.split()) > 1:
                    surnames.setdefault(full, m)
        if m.kind == "person":
            last = _NAME_BEFORE_OF.search(m.text) if m.name is None else None
            last = last or _LAST_NAME.search(m.text)
            if last and last.group(1) not in NOT_NAMES:
                surnames.setdefault(last.group(1), m)
            if m.name is None:      # "Mr. OKANO Masataka ... Vice-Minister Okano": capitals mark the family name
                for caps in _CAPITALS.findall(m.text):
                    surnames.setdefault(caps.title(), m)
            first = _FIRST_NAME.match(m.name or "")
            if first and m.code.lower() in _FAMILY_NAME_FIRST and first.group(1) not in NOT_NAMES:
                surnames.setdefault(first.group(1), m)     # "Qin Gang ... Qin held talks"
            continue
        if m.kind != "title":
            continue
        if m.name:
            # "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan ... Minister Hayashi":
            # the office named its holder, so an honorific and one of the holder's names is them
            for word in m.name.split():
                if len(word) > 2 and word not in NOT_NAMES:
                    titled.setdefault(word, m)
        after = _NAME_AFTER.match(text, m.end)
        if after and after.group(2) not in NOT_NAMES and not any(x.start <= after.start(1) < x.end for x in mentions):
            surnames.setdefault(after.group(2), m)
    titled = {w: m for w, m in titled.items() if len(given.get(w, ())) < 2}
    if not surnames and not titled:
        return mentions
    covered = _Cover(mentions)
    added = []
    for name, first in titled.items():
        if name in surnames:
            continue
        for hit in re.finditer(rf"(?<![\w-])({_HONORIFIC_WORDS})\.?\s+({re.escape(name)})(?![\w-])", text):
            if not covered.holds(hit.start(2)) and not CAP_AFTER.match(text, hit.end()):
                added.append(Mention(hit.start(), hit.end(), hit.group(0), first.code, "person", first.name,
                                     first.role))
    for surname, first in surnames.items():
        for hit in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            if covered.holds(hit.start()):
                continue
            if first.kind == "person" and someone_else(text, hit.start(), hit.end()):
                continue  # "Hassan" of "Jafar Hassan" is not the one in "Hassan Nasrallah"
            added.append(Mention(hit.start(), hit.end(), surname, first.code, "person", first.name, first.role))
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


class _Cover:
    """Whether an offset falls inside any of the mentions, by bisection: with_surnames asked each
    mention for each hit of each surname, quadratic on a long statement that names many people."""

    def __init__(self, mentions: list[Mention]):
        spans = sorted((m.start, m.end) for m in mentions)
        self.starts = [a for a, _ in spans]
        self.reach, far = [], -1        # the furthest end among the spans that start at or before each
        for _, b in spans:
            far = max(far, b)
            self.reach.append(far)

    def holds(self, at: int) -> bool:
        """Some span has start <= at < end."""
        i = bisect_right(self.starts, at) - 1
        return i >= 0 and self.reach[i] > at


def with_bare_honorifics(text: str, mentions: list[Mention]) -> list[Mention]:
    """Add a bare honorific used as a name ("His Royal Highness had received ...", "His Highness
    affirmed ...") as the one person the text introduced with the same honorific before."""
    introduced: dict[str, set] = {}
    added = []
    for hit in _HONORIFIC.finditer(text):
        key = hit.group(1).lower()
        named = next((m for m in mentions if m.kind == "person" and m.start >= hit.end()
                      and _INTRO_GAP.fullmatch(text, hit.end(), m.start)), None)
        if named is not None:
            introduced.setdefault(key, set()).add((named.code, named.name, named.role))
        elif _LOWER_AFTER.match(text, hit.end()) and len(introduced.get(key, ())) == 1 and not any(
                m.start < hit.end() and hit.start() < m.end or _TITLE_GAP.fullmatch(text, hit.end(), m.start)
                for m in mentions if m.start >= hit.start()):     # not "His Highness the President"

            code, name, role = next(iter(introduced[key]))
            added.append(Mention(hit.start(), hit.end(), hit.group(0), code, "person", name, role))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.start, m.end))
