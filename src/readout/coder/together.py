"""Joint undertakings done together (docs/coder.md, "At whom"): where several sides pledge to act
"together", "jointly", "with each other" or in "trilateral cooperation", the act is aimed at each
other; an actor named only in what the act is for, about or through is its topic, not its target."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.grammar import to_infinitive
from readout.lexicons import word_class

__all__ = ["done_together", "partner_unnamed"]

TOGETHER_WORDS = word_class("together_word")        # "work together", "jointly develop"
JOINT_MODIFIERS = word_class("joint_modifier")      # "continue trilateral cooperation"
RECIPROCAL_PRONOUNS = word_class("reciprocal_pronoun")   # "coordinate with each other"
JOINT_PREPS = word_class("joint_prep")              # "work together with Japan": a partner


def _chain(trigger: Token) -> list[Token]:
    """The trigger and the verbs its intent runs through ("agreed to keep working", "committed to
    continue coordinating", "the intention to exchange")."""
    out, stack = [], [trigger]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in t.children if c.dep_ in ("xcomp", "acl") and c.pos_ in ("VERB", "AUX")
                  or c.dep_ == "conj" and t is not trigger and c.pos_ == "VERB"]
        # "committed to keep ...": the parser may make the trigger's own to-clause an advcl
        stack += [c for c in t.children if t is trigger and c.dep_ == "advcl" and to_infinitive(c)]
        # "committed to continuing ...", "commitment to working together": the gerund under "to"
        stack += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB"]
    return out


def _together(verb: Token) -> bool:
    """The verb is done together: "together"/"jointly" on it, "with each other", or an object of
    joint cooperation ("continue trilateral cooperation")."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in TOGETHER_WORDS and not any(g.dep_ == "prep" for g in c.children):
            return True     # not "together with Japan": a partner
        if c.dep_ == "prep" and c.lower_ in JOINT_PREPS and any(
                " ".join(t.lower_ for t in g.subtree) in RECIPROCAL_PRONOUNS for g in c.children if g.dep_ == "pobj"):
            return True
        if c.dep_ == "dobj" and any(a.dep_ == "amod" and a.lower_ in JOINT_MODIFIERS for a in c.children):
            return True
    return False


def done_together(an, trigger: Token, found: list) -> list | None:
    """For several sides' intent done together, the actors found that it is done to or with
    ("jointly strengthen the defence of X", "work together with X"), dropping those named only in what
    it is for, about or through ("agreed to work together for the success of the summit in Japan",
    "to coordinate closely with each other on their support for Ukraine", "to continue trilateral
    cooperation as the U.S. moves forward with its DPRK policy": aimed at each other, [] if none is
    left); None where the intent is not done together."""
    chain = _chain(trigger)
    if not any(_together(v) for v in chain):
        return None
    ids = {v.i for v in chain}
    kept = []
    for tok, code in found:
        x = an.name_root(tok)
        while x.head.i not in ids and x.head.i != x.i:
            x = x.head
        aside = x.head.i in ids and (x.dep_ in ("advcl", "npadvmod") or (x.dep_ == "prep" and x.lower_ not in JOINT_PREPS))
        if not aside:
            kept.append((tok, code))
    return kept


def partner_unnamed(trigger: Token, sources: int) -> bool:
    """One side's promise of work done with a partner ("through our joint efforts we will continue to
    develop bilateral cooperation", "will seek joint solutions") names no one it is made to: an intent
    told as mutual has a counterpart, so it is no intent aimed at no one (README 3's AGREE null)."""
    if sources != 1:
        return False    # several sides' joint undertaking is aimed at each other (done_together)
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any(w.lower_ in JOINT_MODIFIERS for w in clause.subtree)
