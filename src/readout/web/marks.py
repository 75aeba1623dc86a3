"""Cut a story's text into segments, each with the events and stances whose evidence covers it."""
from __future__ import annotations

from dataclasses import dataclass, field

from readout.display import Cleaner


@dataclass
class Segment:
    """A run of text and the annotation keys (e12, s3) covering all of it; none for plain text."""

    text: str
    keys: list[str] = field(default_factory=list)
    kind: str | None = None  # the class of the first covering annotation: a PLOVER type or a stance


def annotations(events: list[dict], stances: list[dict], text: str) -> list[dict]:
    """Events and stances as annotations with a key, a kind and offsets that fit the text."""
    out = []
    for e in events:
        out.append({"key": f"e{e['id']}", "kind": e["type"], "start": e.get("start"),
                    "end": e.get("end"), "item": e, "what": "event"})
    for s in stances:
        out.append({"key": f"s{s['id']}", "kind": f"stance-{s['polarity'] or 'none'}",
                    "start": s.get("start"), "end": s.get("end"), "item": s, "what": "stance"})
    for a in out:
        # Mark only what the offsets really hold: stale offsets would mark the wrong words.
        start, end, evidence = a["start"], a["end"], a["item"].get("evidence")
        a["placed"] = (isinstance(start, int) and isinstance(end, int)
                       and 0 <= start < end <= len(text)
                       and (evidence is None or text[start:end] == evidence))
    return out


def segments(text: str, marks: list[dict], clean: bool = False) -> list[Segment]:
    """The text cut at every annotation boundary; overlapping evidence gives a segment two keys.

    clean=True: each segment's text as display.Cleaner shows it (scraped markup and escapes
    gone); the cuts are made in the stored text, so each mark still covers its evidence.
    """
    placed = [m for m in marks if m["placed"]]
    shown = Cleaner(text) if clean else None
    cuts = sorted({0, len(text), *(m["start"] for m in placed), *(m["end"] for m in placed)})
    out: list[Segment] = []
    for lo, hi in zip(cuts, cuts[1:]):
        covering = [m for m in placed if m["start"] <= lo and hi <= m["end"]]
        # Events before stances, then the narrower span first: it is the more specific reading.
        covering.sort(key=lambda m: (m["what"] != "event", m["end"] - m["start"]))
        piece = shown.span(lo, hi) if shown else text[lo:hi]
        if piece or not shown:      # a cut inside one rewritten escape leaves an empty piece
            out.append(Segment(piece, [m["key"] for m in covering],
                               covering[0]["kind"] if covering else None))
    return out
