"""Intents the event coder reads beside an act (docs/coder.md): one intent told inside
another, the hostile act an intent or a backing governs, an intent to defend another, and a decision
taken to sanction. Split from events.py."""
from __future__ import annotations

from spacy.tokens import Token

from readout.cameo import plover_type
from readout.coder.grammar import is_negated, to_infinitive
from readout.coder.records import Event, Placeholder
from readout.coder.sources import Analysis
from readout.coder.decisions import taken_decision
from readout.coder.triggers import Trigger
from readout.lexicons import word_class

__all__ = ["decided_cutback", "decided_sanction", "open_choice", "guarantee", "hostile_intent", "nested_intents", "prospect_of"]

BACKING_WORDS = word_class("backing_word")
GUARANTEE_WORDS = word_class("guarantee_word")    # "the U.S. commitment to defend Japan": backing, not an intent
PROSPECT_NOUNS = word_class("prospect_noun")      # "the possibility of imposing sanctions": not yet done
DISCUSS = word_class("discuss_word")
CUTBACK_VERBS = word_class("cutback_verb")      # "has decided to recall its Ambassador": a measure, no intent
CHOICE_MARKS = word_class("choice_mark")        # "will decide whether to grant": a choice still open


def nested_intents(events: list[Event], doc) -> list[Event]:
    """An intent aimed at no one told inside another intent of the same source that is aimed at
    someone ("committed to continue efforts to strengthen border security", "committed to continue
    playing a constructive role"), or read off the same word ("by joint efforts we will continue building
    up the interaction between our countries"): one intent, aimed as the outer one is."""
    nobody = (None, Placeholder.NO_ONE, Placeholder.HEARER)
    aimed = [(e.source, doc[e.trigger]) for e in events if e.type == "AGREE" and e.target not in nobody]
    return [e for e in events if not (e.type == "AGREE" and e.target in nobody and any(
        source == e.source and (outer.i == e.trigger or outer in doc[e.trigger].ancestors) for source, outer in aimed))]


def hostile_intent(trig: Trigger, conflict: set[int], taken: set[int] = frozenset()):
    """The hostile act (a conflict trigger) an intent word governs as its complement ("decided to
    declare X persona non grata"), a backing noun is for ("reaffirmed their support for imposing
    further costs on Russia"), or an effort works toward ("will work with partners to ..."); or None."""
    if trig.pattern.intent and trig.pattern.to_clause:
        # readiness for an act no trigger names, done against someone ("is prepared to use any means
        # against the civilian population"): no offer to anyone
        against = next((c for c in trig.token.children if c.dep_ == "xcomp" and c.i not in taken
                        and any(t.lower_ == "against" and t.dep_ == "prep" for t in c.subtree)), None)
        if against is not None:
            return against
    if trig.pattern.intent:
        return next((c for c in trig.token.children if c.dep_ in ("xcomp", "ccomp") and _does(c, conflict)), None)
    if plover_type(trig.pattern.cameo) == "SUPPORT" and trig.token.lemma_.lower() in BACKING_WORDS:
        # "reaffirmed their support for imposing further costs on Russia": what is backed
        holders = [trig.token] + ([trig.token.head] if trig.token.dep_ == "dobj" else [])
        return next((g for h in holders for c in h.children if c.dep_ == "prep" for g in c.children
                     if g.dep_ == "pcomp" and g.i in conflict), None)
    if plover_type(trig.pattern.cameo) == "AGREE" and trig.pattern.only_future:
        # "will work with our partners to hold those responsible to account": what the work is for
        # ("will work with our allies to deter and respond to any attacks by Iran": either verb of
        # a coordinated aim may be the measure)
        return next((c for c in trig.token.children if c.dep_ == "advcl" and to_infinitive(c)
                     and any(_does(v, conflict) for v in (c, *c.conjuncts))), None)
    return None


def guarantee(an: Analysis, tok: Token) -> bool:
    """An intent to defend another or to keep an alliance with it: the word of intent's to-clause or
    "to" phrase, also one the parser hangs on the verb whose object the intent noun is ("reaffirmed
    the commitment of the United States to the defense of Japan"), is headed by a guarantee word
    and names whom it defends ("to defending our Indo-Pacific Allies" names no one: still an intent)."""
    heads = [tok] + ([tok.head] if tok.dep_ == "dobj" and tok.pos_ == "NOUN" else [])
    done = [c for c in tok.children if c.dep_ in ("acl", "xcomp") and to_infinitive(c)]
    done += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
             for g in c.children if g.dep_ in ("pobj", "pcomp")]
    return any(c.lemma_.lower() in GUARANTEE_WORDS and an.actors_in(list(c.subtree)) for c in done)


def _does(verb: Token, acts: set[int]) -> bool:
    """True when the verb is one of the acts, or takes one as its object ("decided to take
    countermeasures": the light verb's noun is the act)."""
    return verb.i in acts or any(c.dep_ == "dobj" and c.i in acts for c in verb.children)


def decided_sanction(trig: Trigger, sanctions: set[int]) -> bool:
    """ "Has decided to expel X": the taken decision is coded as the expulsion, not as an intent."""
    return trig.pattern.intent and taken_decision(trig.token) and any(
        c.dep_ == "xcomp" and _does(c, sanctions) for c in trig.token.children)


def decided_cutback(trig: Trigger, taken: set[int]) -> bool:
    """ "Has decided to recall for consultations its Ambassador", "decided to suspend any plan to
    export ...", "have decided to no longer have relations with X": a decision taken to cut back, or
    not to act, is one side's measure (coded on its own verb where a pattern names it), no intent
    to cooperate with anyone."""
    if not (trig.pattern.intent and taken_decision(trig.token)):
        return False
    done = [c for c in trig.token.children if c.dep_ == "xcomp" and to_infinitive(c) and c.i not in taken]
    return bool(done) and all(c.lemma_.lower() in CUTBACK_VERBS or _denied(c) for c in done)


def open_choice(trig: Trigger) -> bool:
    """ "The Government will decide whether to grant them shares": a choice still open between
    doing and not doing the act, no intent to do it."""
    done = [c for c in trig.token.children if c.dep_ == "xcomp" and to_infinitive(c)]
    return trig.pattern.intent and bool(done) and all(
        any(m.dep_ == "mark" and m.lower_ in CHOICE_MARKS for m in c.children) for c in done)


def _denied(verb: Token) -> bool:
    """ "not to send", "to no longer have": the act is negated, on the verb or on its adverb."""
    return is_negated(verb) or any(c.dep_ == "advmod" and is_negated(c) for c in verb.children)


def prospect_of(clause: Token) -> bool:
    """The act is what a noun of prospect holds out ("referred to the possibility of imposing
    large-scale sanctions on Russia"): told as what may come, not done, and not only a topic
    talked over ("discussed the possibility of sanctions": GUIDE.md, "discussed X" is CONSULT only)."""
    if clause.dep_ != "pcomp" or clause.head.lower_ != "of":
        return False
    noun = clause.head.head
    return noun.lemma_.lower() in PROSPECT_NOUNS and noun.head.lemma_.lower() not in DISCUSS
