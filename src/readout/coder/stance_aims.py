"""A concern raised with someone (docs/coder.md, "Stances"): the stance is aimed where the criticism is.

"He raised Canada's concerns about foreign interference", said in a meeting with India, is ACCUSE toward
India (GUIDE.md: "Biden raised concerns about ... Xinjiang -> USA ACCUSE CHN"), and its stance is held
against India's acts on the issue, (CAN, oppose, interference, IND), not against interference in general.
The event coder already decides whom such a criticism is aimed at (its counterpart, a doer named before,
no one for a place or a shared concern), so a stance whose oppose word is the trigger of its holder's
ACCUSE, and that found no toward of its own, takes that event's target.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from readout.coder.records import Event, Stance, is_code
from readout.coder.stance_polarity import OPPOSE, SUPPORT, issue_sides, word_polarity
from readout.lexicons import word_class

__all__ = ["aimed_concerns"]

CRITICISM = "ACCUSE"
# goods whose concern raised with a party judges its conduct on them ("concerns about the persistent imbalance
# in bilateral trade", "concerns about human rights"); other goods are cared for ("concerns about the safety of
# journalists", "concerned about the plight of civilians": backing the good, whoever is met)
CONDUCT_ISSUES = word_class("conduct_issue")
OBJECT_DEPS = ("dobj", "pobj", "prep")      # "raised concerns", "expressed concern over": the word under the verb


def _criticism_chain(doc: Doc, stance: Stance, trigger: Token) -> set[int]:
    """The oppose word of the stance's span and the words up to the trigger it hangs under as its object
    ("raised concerns", "voiced concern over"), or an empty set where the word is no part of the trigger."""
    for tok in doc.char_span(stance.start, stance.end, alignment_mode="expand") or ():
        if word_polarity(tok) != OPPOSE:
            continue
        t, chain = tok, {tok.i}
        for _ in range(3):      # "raised concerns", "voiced concern over", "raised its serious concerns"
            if t.i == trigger.i:
                return chain
            if t.dep_ not in OBJECT_DEPS or t.head.i == t.i:
                break
            t = t.head
            chain.add(t.i)
    return set()


def _named_inside(doc: Doc, stance: Stance, chain: set[int], code: str, mentions) -> bool:
    """Whether the stance's issue phrase itself names the actor ("condemned the sanctions that Canada
    criticised"): the stance finder read it there and found it no toward, so the criticism is not its."""
    span = doc.char_span(stance.start, stance.end, alignment_mode="expand")
    if not span or span[-1].i in chain:
        return False
    # the issue phrase ends the span: its own words and what hangs on them, not the words between it and the
    # criticism ("condemned the assassination ... by the United States of ...": that doer is the one accused)
    spans = [(g.idx, g.idx + len(g)) for g in span[-1].subtree if g.i not in chain]
    return any(m.code == code and any(a < m.end and m.start < b for a, b in spans) for m in mentions)


def _aimable(issue: str) -> bool:
    """Whether criticism of a party on the issue is about that party's acts: a bad (terrorism, interference)
    or a conduct issue, not a good one cares for (climate, humanitarian protection, press freedom)."""
    sides = issue_sides().get(issue)
    return sides is None or sides.unaimed != SUPPORT or issue in CONDUCT_ISSUES


def aimed_concerns(stances: list[Stance], events: list[Event], doc: Doc, mentions=()) -> list[Stance]:
    """The stances with no toward whose oppose word is an ACCUSE of their holder's, aimed at its target
    (the criticism's polarity: oppose toward the accused), unless the issue phrase names that target itself;
    repeats dropped."""
    accused: dict[tuple, list[Event]] = {}
    for e in events:
        if e.type == CRITICISM and is_code(e.source) and is_code(e.target) and e.source != e.target \
                and 0 <= e.trigger < len(doc):
            accused.setdefault((e.sentence, e.source), []).append(e)
    if not accused:
        return stances
    out, seen = [], set()
    for s in stances:
        found = [s]
        if s.toward is None and (s.sentence, s.holder) in accused and _aimable(s.issue):
            targets = []
            for e in accused[(s.sentence, s.holder)]:
                chain = _criticism_chain(doc, s, doc[e.trigger])
                if chain and not _named_inside(doc, s, chain, e.target, mentions):
                    targets.append(e.target)
            if targets:
                found = [Stance(s.holder, OPPOSE, s.issue, t, s.sentence, s.start, s.end)
                         for t in dict.fromkeys(targets)]
        for st in found:
            if st.key() not in seen:
                seen.add(st.key())
                out.append(st)
    return out
