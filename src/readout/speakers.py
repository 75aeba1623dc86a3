"""Who spoke or acted for each side of an event, and the CAMEO depth of its record.

Derived when the record is built (pipeline._record) from what the coder already returns: the
actor mentions of the story (doc._.actors, each with its code and the person, title or body it
came from) and the event's span and trigger. The coder itself is not changed.
"""
from __future__ import annotations

from readout.cameo import cameo, cameo_depth
from readout.coder.grammar import doc_text

__all__ = ["speakers", "deepen"]

# Mention kinds that name who acted: a person (name and role), a title alone (role), a body.
_NAMED = ("person", "title", "igo", "group")


def _side(code: str | None, mentions: list, start: int, end: int, at: int) -> tuple:
    if not code:
        return None, None
    inside = [m for m in mentions if m.code == code and m.kind in _NAMED
              and m.start >= start and m.end <= end]
    if not inside:
        return None, None
    # The mention of that side nearest the trigger: "Xi told Putin ... Wang Yi added" names
    # the one who did what the trigger says.
    m = min(inside, key=lambda m: (min(abs(m.start - at), abs(m.end - at)), m.start))
    if m.kind == "person":
        return m.name or m.text, m.role
    if m.kind == "title":
        return None, m.role
    return m.name or m.text, None


def speakers(event, mentions: list, trigger_at: int) -> dict:
    """source_name, source_role, target_name, target_role of a coded event (None where unknown):
    for each side, the mention of its code inside the event's span nearest the trigger."""
    sn, sr = _side(event.source, mentions, event.start, event.end, trigger_at)
    tn, tr = _side(event.target, mentions, event.start, event.end, trigger_at)
    if event.source and event.source == event.target:
        tn, tr = None, None  # one mention cannot name both sides
    return {"source_name": sn, "source_role": sr, "target_name": tn, "target_role": tr}


def _place(mentions: list, text: str, start: int, end: int, after: int) -> str | None:
    # The first country or capital named after "in" or "at" inside the span, after the trigger.
    for m in sorted(mentions, key=lambda m: m.start):
        if m.kind == "country" and after <= m.start and m.end <= end and m.start >= start \
                and text[max(0, m.start - 4):m.start].lower().endswith(("in ", "at ")):
            return m.code
    return None


def deepen(d: dict, event, doc) -> None:
    """Set d["cameo"] (and its Goldstein value) as deep as the coding shows (cameo.cameo_depth)."""
    trigger = doc[event.trigger] if 0 <= event.trigger < len(doc) else None
    text = doc_text(doc)
    code = cameo_depth(d.get("cameo"), d["type"], d.get("mode"),
                       lemma=trigger.lemma_.lower() if trigger is not None else None,
                       evidence=text[event.start:event.end],
                       place=_place(doc._.actors or [], text, event.start, event.end,
                                    trigger.idx if trigger is not None else event.start),
                       source=event.source, target=event.target)
    if code != d.get("cameo"):
        d["cameo"], d["goldstein"] = code, cameo(code).goldstein
