"""Text shapes around actor mentions: whether two matches are adjacent, a name goes on, an office opens a sentence
bare, a state's name sits inside an organisation's, a noun after a mention names it (read by actors.py)."""
from __future__ import annotations

import re

from readout.lexicons import word_class
from readout.mentions import FOLLOWERS, GAP, SENTENCE_END, EntryMatch, Mention

__all__ = ["HEAD_ROLES", "BLANK_LINE", "portfolio_end", "names_an_organisation", "name_goes_on", "honored", "adjacent",
           "bare_subject", "the_before", "called_with"]

# Offices the lexicon knows every holder of: "the Prime Minister" is the publisher's only when its
# country has one on the date. Other titles ("the Foreign Minister", "the Minister") need no holder.
HEAD_ROLES = {"President", "Vice President", "Prime Minister", "Monarch", "Crown Prince", "Supreme Leader"}

BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_SPACE = re.compile(r"\s+")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# Indian and Pakistani readouts drop the article: "Prime Minister emphasised" opens a sentence
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;\n]['\"\u201d\u2019]?)\s*$")
# (not "Envoy for Climate John Kerry", "Advisor to the Vice President Dr ...": more of the office, then a name)
_BARE_AFTER = re.compile(r"(?:['\u2019]s\b|\s+(?!for\b|to\s+the\b)[a-z])")
# "His Royal Highness the Crown Prince", "His Majesty the King": a state agency's own royal or head
# ("HRH the Crown Prince", "HH the Amir": the abbreviations, in capitals only)
_HONORIFIC_BEFORE = re.compile(r"\b(?:(?:%s)\s+(?:(?:%s)\s+)?(?:%s)|(?-i:HRH|HM|HH))\s+$" % tuple(
    "|".join(sorted(word_class(name))) for name in ("honorific_possessive", "honorific_modifier", "honorific_noun")),
    re.IGNORECASE)
_NEXT_NAME = re.compile(r"[ \t]+([A-Z][a-z][\w'\u2019-]*)")   # a capitalised word next on the line
_NOUN_AFTER = re.compile(r"[ \t]+(\w+)")
# a body's organ named by its head noun before "of" the body: "the Peace and Security Council (PSC) of the
# African Union", "the Council of the League of Arab States"
_ORGAN_OF = re.compile(r"\b([A-Z][a-z]+)(?:\s+\([A-Z]{2,6}\))?\s+of\s+(?:the\s+)?$")
# an office's "for" portfolio of capitalised words, up to a comma or a lower-case word ("Advisor for
# International Economics Mike Pyle,"): the portfolio and its holder's name (portfolio_end)
_PORTFOLIO = re.compile(rf"{GAP}for{GAP}(?:the{GAP})?((?:[A-Z][\w'\u2019-]*(?:{GAP}(?:and|of|the)(?={GAP}[A-Z]))?{GAP}?)+)(?=[,.;]|{GAP}[a-z])")
_CAPITALISED = re.compile(r"[A-Z][\w'\u2019-]*")
_CIVIC_ORG_NOUNS = word_class("civic_org_noun")
_NAME_JOINS = word_class("name_join")
# the words that continue a capitalised name after a state's name ("Korea Society", "Union of
# Jewish Students"): capitalised words and the joins inside a name, one space or hyphen apart
_NAME_WORDS = re.compile(r"[ -]([\w'\u2019]+)")
_AMERICAN_AFTER = re.compile(r"[ -]Americans?\b")
# the capitalised name, with its joins, that a state's name closes ("the Academy of Sciences of Ukraine")
_NAME_BEFORE = re.compile(r"\b((?:[A-Z][\w'\u2019-]* (?:(?:%s) )?)+)(?:the )?$" % "|".join(sorted(_NAME_JOINS)))


def portfolio_end(text: str, end: int) -> int:
    """Where the name begins after an office's portfolio ("Deputy National Security Advisor for
    International Economics Mike Pyle", "Special Envoy for Food Security Jane Roe"): a "for" phrase of
    capitalised words is the portfolio but for its last two words, the holder's given and family
    name; with no such phrase, the office's own end."""
    run = _PORTFOLIO.match(text, end)
    if run is None:
        return end
    words = list(_CAPITALISED.finditer(text, run.start(1), run.end(1)))
    return words[-3].end() if len(words) >= 3 else end


def names_an_organisation(text: str, start: int, end: int, form: str | None) -> bool:
    """A state's or body's name inside the name of a people or an organisation that is neither:
    "Japanese American veterans", "the Israeli-American Council" (Americans of that descent), "the
    Korea Society", "the European Union of Jewish Students", "the United Nations Foundation", "the
    University of Tokyo" (`civic_org_noun`: societies, leagues, schools, companies; no word of
    government, so "the Israel Defense Forces" and "the Embassy of Japan" stay the state)."""
    if form == "adjective" and _AMERICAN_AFTER.match(text, end):
        return True
    at = end
    for _ in range(6):
        word = _NAME_WORDS.match(text, at)
        if word is None or not (word.group(1)[0].isupper() or word.group(1) in _NAME_JOINS):
            break
        if word.group(1).lower() in _CIVIC_ORG_NOUNS:
            return True
        at = word.end()
    lead = _NAME_BEFORE.search(text, max(0, start - 80), start)     # "Academy of Sciences of Ukraine"
    if lead is None:
        return False
    words = lead.group(1).split()
    return words[-1] in _NAME_JOINS and any(w.lower() in _CIVIC_ORG_NOUNS for w in words)


def name_goes_on(text: str, end: int, name: str) -> bool:
    """True when a one-word known name after an office goes on in running text ("Foreign Minister Abbas
    Araghchi said"): it is the first word of someone else's name; a heading's title case ("President
    Biden Announces ...") goes on with no name, and the person's own given name after the family name
    ("Foreign Minister Kamikawa Yoko") is theirs."""
    after = _NEXT_NAME.match(text, end)
    if after is None or after.group(1).startswith(FOLLOWERS) or after.group(1) in name.split():
        return False
    start = text.rfind("\n", 0, end) + 1
    stop = text.find("\n", end)
    line = text[start:stop if stop >= 0 else len(text)].strip()
    words = [w for w in line.split() if len(w) > 3]
    return line.endswith(SENTENCE_END) or sum(w[0].isupper() for w in words) < 0.7 * len(words)


def honored(text: str, title: EntryMatch) -> bool:
    """ "His Royal Highness the Crown Prince received ...", "His Majesty the King": in a national news
    agency's text an office given its honorific and no name or country is the agency's own (the
    others' are named: "His Majesty King Abdullah II of Jordan")."""
    before = the_before(text, title.start)
    return before is not None and bool(_HONORIFIC_BEFORE.search(text, max(0, before.start() - 40), before.start()))


def adjacent(gap: str) -> bool:
    """Two matches belong together when only spaces, or one line break, separate them."""
    return bool(_SPACE.fullmatch(gap)) and not BLANK_LINE.search(gap)


_NAME_STYLES = word_class("name_style_word")
_HONORIFIC_POSSESSIVES = word_class("honorific_possessive")     # "His", "Her": they open a style, never end one


def styled_gap(gap: str) -> bool:
    """An office and a known name set apart only by a style of address ("Prime Minister Shri Narendra
    Modi", "President H.E. Mr. <name>", "Prime Minister Dato' Sri <name>"): they belong together."""
    words = gap.split()
    return (0 < len(words) <= 3 and gap[:1].isspace() and gap[-1:].isspace() and not BLANK_LINE.search(gap)
            and all(w.rstrip(".").lower() in _NAME_STYLES for w in words)
            and words[-1].rstrip(".").lower() not in _HONORIFIC_POSSESSIVES)


def bare_subject(text: str, title: EntryMatch) -> bool:
    """ "Prime Minister emphasised ...", "External Affairs Minister said ...": a title of two or more
    words with no article, opening a sentence and followed by a verb or "'s", not by a name."""
    return (title.tokens > 1 or title.entry.key in HEAD_ROLES) and bool(
        _SENTENCE_START.search(text, max(0, title.start - 4), title.start)) and bool(
        _BARE_AFTER.match(text, title.end))


def the_before(text: str, start: int) -> re.Match | None:
    """A "the" right before `start` (looked for in a short window, not the whole text)."""
    return _THE_BEFORE.search(text, max(0, start - 12), start)


def called_with(text: str, m: Mention, head: str) -> bool:
    """A state the text called by the head noun with a word of its own: "the Zionist regime" (an
    alias ending with it), "the Iranian regime", "the Kiev regime", "the NATO alliance" (the noun
    right after the mention); not "the United Kingdom", whose own name ends with "Kingdom"."""
    if m.form == "alias" and len(m.text.split()) > 1 and m.text.split()[-1].lower() == head:
        return True
    organ = _ORGAN_OF.search(text, max(0, m.start - 80), m.start)
    if organ is not None and organ.group(1).lower() == head:
        return True     # "the Peace and Security Council (PSC) of the African Union": "the Council" is its organ's
    after = _NOUN_AFTER.match(text, m.end)
    return after is not None and after.group(1).lower() == head
