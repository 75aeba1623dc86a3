"""What the coder hands on: events, stances, the story's context, and the placeholder parties
that stand for sides of the main interaction until the story is read to its end (resolve.py)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum, auto
from typing import Union

from readout.cameo import CameoCode, types_with


__all__ = ["Placeholder", "NotParty", "Named", "Party", "is_code", "Event", "pair_events", "Stance", "StoryContext"]



class Placeholder(Enum):
    """A party named before the story's main interaction is known."""

    PARTICIPANTS = auto()   # "the two leaders", "both sides", "they", "it was agreed"
    COUNTERPART = auto()    # the other side of the main interaction, for the given source
    OTHER = auto()          # in a statement, the actor it is about; in a readout, no one
    NO_ONE = auto()         # aimed at people who are no actor ("with allies and partners"): even a
                            # joint act is then aimed at no one, not at each other
    HEARER = auto()         # the one other side of the talks it was said in; in a statement, or
                            # among three or more, no one (eval/styles/README.md decision 3)


@dataclass(frozen=True)
class NotParty:
    """'you' in a transcript: the party of the main interaction that is not `code` (the speaker)."""

    code: str


@dataclass(frozen=True)
class Named:
    """A partner named apart from the sides ("committed to consultation with allies and partners,
    including the EU"): each side acts toward it, even one of the story's parties, and the sides
    not toward each other."""

    code: str


# An actor code ("CHN"), or a party that resolve.py replaces by codes once the story is read.
Party = Union[str, Placeholder, NotParty, Named]


def is_code(party) -> bool:
    """True for an actor code, False for a placeholder or None."""
    return isinstance(party, str)


@dataclass
class Event:
    """One coded event; sources and targets may still hold placeholders until finalized."""

    source: Party | None
    type: str
    target: Party | None
    mode: str | None
    cameo: str
    goldstein: float
    sentence: int
    start: int          # character offsets into the coded (normalized) text
    end: int
    trigger: int        # token index of the trigger

    def key(self):
        """(source, type, target); one interaction whichever side is named first for symmetric types."""
        if self.type in types_with("symmetric") and self.source and self.target:
            return (self.type,) + tuple(sorted((self.source, self.target)))
        return (self.source, self.type, self.target)

    def as_dict(self) -> dict:
        """The event as the record `readout code` writes (docs/INTERFACES.md)."""
        return {"source": self.source, "type": self.type, "target": self.target, "mode": self.mode,
                "cameo": self.cameo, "goldstein": self.goldstein, "sentence": self.sentence,
                "start": self.start, "end": self.end}


def pair_events(info: CameoCode, pairs: Iterable[tuple[Party, Party]], sentence: int, start: int, end: int,
                trigger: int) -> list[Event]:
    """One event of a CAMEO code, with no mode, for each (source, target) pair but a side facing itself."""
    return [Event(s, info.plover, t, None, info.code, info.goldstein, sentence, start, end, trigger)
            for s, t in pairs if s != t]


@dataclass
class Stance:
    """One stance; holder and toward may hold placeholders until finalized."""

    holder: Party
    polarity: str
    issue: str
    toward: Party | None
    sentence: int
    start: int
    end: int

    def key(self):
        """What makes two stances one: (holder, polarity, issue, toward)."""
        return (self.holder, self.polarity, self.issue, self.toward)

    def as_dict(self) -> dict:
        """The stance as the record `readout code` writes (docs/INTERFACES.md)."""
        return {"holder": self.holder, "polarity": self.polarity, "issue": self.issue,
                "toward": self.toward, "sentence": self.sentence, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class StoryContext:
    """What the coder knows of a story beside its text (pipeline.py fills it; doc._.context)."""

    date: str | None = None               # YYYY-MM-DD: who held a title then; older years are history
    publisher: str | None = None          # the publisher, or a digest dateline's agency
    publisher_country: str | None = None  # whose government speaks: "I", "we", "the President"
    title: str | None = None
    url: str | None = None                # the story's address: a government site's host names it
    domestic: bool = False                # keep events of a country on itself (PLOVER's sentences)

    @property
    def year(self) -> int | None:
        """The story's year, or None without a date."""
        return int(self.date[:4]) if self.date else None
