"""What an actor mention is (Mention and its kinds, a lexicon entry matched in a text, one text's
context), and the tests of personal names that the resolver (actors.py) and its passes over a text's
mentions (mention_passes.py) share."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from readout.lexicons.actors_data import Entry
from readout.lexicons.publishers import Publisher

# Mention kinds (Mention.kind) that name a person, and those that name a place or people.
PERSON_KINDS = frozenset({"person", "title"})
PLACE_KINDS = frozenset({"country", "group"})
# Mentions that tell a sentence's country: as actor, place or people.
COUNTRY_KINDS = PLACE_KINDS | PERSON_KINDS
STATE_KINDS = frozenset({"country", "igo"})     # a state or body named as such, not by a leader
# A bare surname next to another capitalised name is someone else's ("Todd Harper", "Salman
# Rushdie"): these are the words that may stand right before or after one.
_CAP_BEFORE = re.compile(r"(?:^|(\S+)\s+)(?P<mark>\*\*|__)?([A-Z][a-z][\w'\u2019-]*)[ \t]*\n?[ \t]*$")
CAP_AFTER = re.compile(r"[ \t]*\n?[ \t]*([A-Z][a-z][\w'\u2019-]*)")
HONORIFICS = {"Mr", "Mrs", "Ms", "Dr", "President", "Presidents", "Secretary", "Secretaries", "Minister",
              "Ministers", "Premier", "Chancellor", "King", "Queen", "Prince", "Emir", "Sheikh", "Sayyid", "Ayatollah",
              "Excellency", "Majesty", "Highness", "Leader", "Envoy", "Ambassador", "General", "Marshal",
              "Counselor", "Counsellor", "Advisor", "Adviser", "Chairman", "Director", "Speaker"}
FOLLOWERS = ("Administration", "Government", "Cabinet", "Doctrine")
SENTENCE_END = tuple(".!?:;\"\u201c\u201d")
NOT_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
             "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December", "The", "And", "But", "Also", "Today", "Tomorrow", "Yesterday", "This",
             "That", "Jr", "Sr", "Said", "Has", "Had", "Was", "Will", "Would", "Who", "Which", "Spoke",
             "Met", "Called", "Told", "Noted", "Stressed", "Expressed", "Welcomed", "Thanked"}
# Offices a government's site names its own officials by ("Ambassador Ken Salazar", "Vice Foreign
# Minister Ma Zhaoxu"); heads of state and IGO heads are not here: the lexicon knows every holder;
# nor a bare "Minister" ("Minister Jane Roe" on the White House site is someone else's).
OWN_OFFICES = {"Foreign Minister", "Defense Minister", "Finance Minister", "National Security Advisor",
               "Trade Representative", "Ambassador", "Secretary", "Envoy", "Coordinator", "Vice Minister",
               "First Lady", "Spokesperson"}
# A head of state's or government's bare office before a name: the publisher's own only where the
# lexicon knows that office in its country but no holder on the day (a new leader; actors.py).
HEAD_OFFICES = {"President", "Prime Minister"}
GAP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"   # a space, or a hard-wrapped line's break


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
class EntryMatch:
    """One lexicon entry matched in a text: char offsets, the entry and how many tokens it spans."""

    start: int
    end: int
    entry: Entry
    tokens: int = 1


@dataclass
class TextContext:
    """What one text's scan knows: its publisher, and the country of each office's first mention."""

    publisher: Publisher | None
    first: dict[str, str] = field(default_factory=dict)
    # the country of each office's first holder named without the title ("Mohammed bin Salman, Crown
    # Prince ...", "King Abdullah II" as a known name): whose "the <office>" is where no titled mention says
    named: dict[str, str] = field(default_factory=dict)
    officials: dict[str, str] = field(default_factory=dict)   # unknown names of officials -> their country
    heads: dict[tuple[str, str], str] = field(default_factory=dict)   # (publisher, head office) -> its unknown holder
    titled: list[tuple[str, str]] = field(default_factory=list)   # (words, code) of each titled mention so far
    domestic: bool = False      # PLOVER's domestic coding: an organisation named with its country is its actor


def someone_else(text: str, start: int, end: int) -> bool:
    """True when a one-word name is part of another person's name: "Todd Harper", "Salman Rushdie"."""
    after = CAP_AFTER.match(text, end)
    if after and not after.group(1).startswith(FOLLOWERS):
        return True
    before = _CAP_BEFORE.search(text, max(0, start - 60), start)
    if not before or before.group(3) in HONORIFICS:
        return False
    if before.group("mark") and before.group(3).isalpha() and before.group(3) not in NOT_NAMES \
            and text[start:end] not in HONORIFICS:
        # "**Steve Downer, Vice President, Amazon:**": a bold line opens with someone's given name (not
        # "**President-elect Biden", "**Assistant Secretary")
        return True
    if before.group(1) is None or before.group(3) in NOT_NAMES:
        return False    # "- The Maduro regime ..." (a fact sheet's bullet): "The" begins no one's name

    return not before.group(1).endswith(SENTENCE_END)  # a capitalised first word of a sentence is fine
