"""Measures the side took that name no one they hit ("China has decided to sanction 28 people",
"the Russian Federation withdraws from the Treaty"), aimed at the one adversary the story's other
acts of the side are aimed at (docs/coder.md, "Measures that name no one they hit")."""
from __future__ import annotations

from readout.cameo import types_on_side
from readout.coder.records import Event, Placeholder, is_code

__all__ = ["aimed_measures"]

# sanctions, expulsions, treaties left: dropped by finalize when no one is named (plover_types.tsv:
# needs_target); not an attack, whose scene names its victim or no one, nor coercion, whose unnamed
# people are mostly the side's own ("over 10,000 individuals have been arrested", the bulk 1,000)
MEASURES = frozenset({"SANCTION"})
# the side's acts that tell whom the story holds against it
HOSTILE = types_on_side("conflict")
UNNAMED = (None, Placeholder.COUNTERPART, Placeholder.OTHER)


def aimed_measures(raw: list[Event], events: list[Event], side: str | None) -> list[Event]:
    """The side's measures coded with no one they hit, aimed at the one party the story's coded
    hostile acts of the side are aimed at ("The UK has today sanctioned individuals involved in the
    case of X ... Russia must release him": the sanctions hit Russia); none where the side's hostile
    acts are aimed at several parties or at none."""
    if side is None:
        return []
    aims = {e.target for e in events if e.source == side and e.type in HOSTILE and is_code(e.target)
            and e.target != side}
    if len(aims) != 1:
        return []
    aim = aims.pop()
    have = {e.key() for e in events}
    out = []
    for e in raw:
        if e.type not in MEASURES or e.source != side or e.target not in UNNAMED:
            continue
        ev = Event(side, e.type, aim, e.mode, e.cameo, e.goldstein, e.sentence, e.start, e.end, e.trigger)
        if ev.key() not in have:
            have.add(ev.key())
            out.append(ev)
    return out
