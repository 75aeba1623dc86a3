"""What a document as a whole says its measures fall on: the one actor its title names, or goods from
everywhere (issue #12, twenty-sixth session, plain26; docs/coder.md "Measures in legal prose")."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.sources import Analysis
from readout.coder.triggers import Trigger
from readout.lexicons import word_class

__all__ = ["title_target", "universal_duty"]

DUTY_NOUNS = word_class("trade_duty_noun")      # "a 25% tariff on imports of automobiles"
FRAMED_TYPES = ("SANCTION", "RETREAT")     # a document's measures: imposed or eased on whom its title names


def title_target(an: Analysis, trig: Trigger, sources, typ: str) -> str | None:
    """The one actor a document's title names, for its issuer's measure that names no one ("Termination
    of Emergency With Respect to Burundi" over "I hereby terminate the national emergency declared in
    Executive Order 13712"): the title frames what the order does; none where the sentence names
    another actor, the title names several, or the doer is not the publisher's own side."""
    ctx = trig.token.doc._.context
    own = ctx.publisher_country if ctx is not None else None
    if typ not in FRAMED_TYPES or len(an.title_states) != 1 or list(sources) != [own] or own is None:
        return None
    sent = trig.token.sent
    if any(m.code != own for t, m in an.actors_in(list(sent))) or any(t.i in an.venues for t in sent):
        return None     # the sentence names its own aim, or a place abroad ("its Embassy in Pyongyang")
    return an.title_states[0]


def universal_duty(an: Analysis, tok: Token, sources) -> bool:
    """A duty laid on goods from everywhere ("signed a Proclamation imposing a 25% tariff on imports of
    automobiles", "raised the tariff on steel to 50 percent"): its object a trade duty, and neither the
    story nor its title names an actor but the side that imposes it (the gold's SANCTION null; a duty
    in a story that names a trading partner stays aimed at the other side)."""
    objects = [tok] + [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(o.lemma_.lower() in DUTY_NOUNS for o in objects) or an.title_states:
        return False
    return all(m.code in sources for m in an.mentions)
