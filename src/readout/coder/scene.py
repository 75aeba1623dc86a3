"""Who acts where no one is named, as PLOVER codes its sentences (`readout code --domestic`): an
attack told without its doer ("three servicemen were killed near Basra", "a roadside bombing
killed two soldiers") is done in the country where it happened. Story coding (GUIDE.md) codes no
event without a named actor, so this holds only in domestic mode."""
from __future__ import annotations

from spacy.tokens import Span

from readout.cameo import plover_type, types_with
from readout.coder.grammar import clause_of
from readout.coder.sources import Analysis
from readout.coder.triggers import Trigger
from readout.lexicons import word_class

__all__ = ["scene_sources"]

PLACE_PREPS = word_class("attack_place_prep")      # "in central Baghdad", "outside the city of Basra"


def scene_sources(an: Analysis, trig: Trigger, sent: Span) -> tuple[str, ...]:
    """The country where a doerless act of a done_at_scene type happened, in domestic mode: the
    place its clause names ("in Beirut", "near the Iraqi city of Basra"), else the one actor its
    sentence names ("two Iraqi youths were killed"); () when neither is known."""
    ctx = trig.token.doc._.context
    if ctx is None or not ctx.domestic or plover_type(trig.pattern.cameo) not in types_with("done_at_scene"):
        return ()
    clause = trig.clause
    for prep in (t for t in clause.subtree if t.dep_ == "prep" and t.lower_ in PLACE_PREPS):
        if clause_of(prep).i != clause.i and prep.head.i != trig.token.i:
            continue
        for t in prep.subtree:
            m = an.tok_mention.get(t.i) or an.venues.get(t.i)
            if m is not None:
                return (m.code,)
    codes = {m.code for t in sent for m in (an.tok_mention.get(t.i), an.venues.get(t.i)) if m is not None}
    return (codes.pop(),) if len(codes) == 1 else ()
