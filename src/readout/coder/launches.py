"""Missile launches and attacks for the event coder: whom a launch (a show of force) is toward, by
where its missiles came down or flew over, and attacks told in general terms (a war under way, no
specific attack). Split from events.py."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from readout.cameo import plover_type
from readout.coder.grammar import is_negated
from readout.coder.pattern_fit import TIME_WORDS     # "at 7:22 a.m.", "on Monday": when, not where a launch is aimed
from readout.coder.patterns import Kind
from readout.coder.records import Event, is_code
from readout.coder.sources import Analysis
from readout.coder.triggers import Trigger
from readout.lexicons import word_class

__all__ = ["ATTACK_TIMES", "attacks_in_general", "landed_in"]

LAUNCH_VERBS = word_class("launch_verb")      # "launched a ballistic missile", "the launch of an ICBM"
LANDING_VERBS = word_class("landing_verb")    # "landed within Japan's EEZ", "came down inside ..."
LANDING_PREPS = word_class("landing_prep")
MISSILES = word_class("missile_noun")
AIMED_PREPS = word_class("aimed_launch_prep")     # "launched missiles at / against X"
# "on Saturday night", "in the early hours of today", "overnight": when an attack was
ATTACK_TIMES = word_class("attack_time_word") | word_class("weekday") | word_class("month") | word_class("now_word")


def landed_in(an: Analysis, sent: Span, e: Event) -> Event | None:
    """A missile launch (a show of force) is toward the country its phrase or sentence says the missiles
    came down in or flew over, else toward no one ("launched nine ballistic missiles ..., and five of them
    landed within Japan's EEZ", "which came down inside Japan's exclusive economic zone", "The missile flew
    over the Tohoku region of Japan": eval/styles/README.md decision 13, the country overflown)."""
    doc = sent.doc
    if e.type != "MOBILIZE" or doc[e.trigger].lemma_.lower() not in LAUNCH_VERBS:
        return e
    if any(t.dep_ == "prep" and t.lower_ in AIMED_PREPS and not any(g.lower_ in TIME_WORDS for g in t.children)
           for t in doc[e.trigger].subtree if t.i != e.trigger):
        return None     # "launched six ballistic missiles produced in the United States at a facility in the
                        # Bryansk Region": aimed at a place deep in the object's phrase, no show of force
    # "... launched one ballistic missile eastward. The missile flew over the Tohoku region of Japan": the
    # next sentence where the missile is its subject
    after = doc[sent.end].sent if sent.end < len(doc) else None
    verbs = [*sent, *(v for v in (after or ()) if any(c.dep_ == "nsubj" and c.lemma_.lower() in MISSILES for c in v.children))]
    for verb in [doc[e.trigger], *verbs]:
        # "the DPRK's ballistic missile launch over Japan on October 3": the launch's own phrase first
        if verb.i != e.trigger and (verb.lemma_.lower() not in LANDING_VERBS or verb.pos_ != "VERB" or is_negated(verb)):
            continue
        # (not the launch's own "in": "launched a missile in response to the drills of X")
        preps = LANDING_PREPS - {"in"} if verb.i == e.trigger else LANDING_PREPS
        places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                  for g in c.children if g.dep_ == "pobj"]
        codes = [m.code for g in places for _, m in an.actors_in(list(g.subtree)) if is_code(m.code) and m.code != e.source]
        if codes:
            return replace(e, target=codes[0])
    # any other actor the sentence names ("condemned the launches as a violation of UN Security Council
    # resolutions", the condemning leaders) is no one the launch is toward
    return replace(e, target=None)


def attacks_in_general(trig: Trigger) -> bool:
    """"Condemned Israel's attacks on civilians in Gaza", "attacks by the Houthis on commercial
    shipping": attacks told as a noun in the plural with no time in their sentence are a war under
    way told in general terms (GUIDE.md, second round), no specific attack; "the airstrikes carried
    out ... on Saturday night", "the attack on Monday" are."""
    tok = trig.token
    # "North Korea's repeated missile launches" are as general as attacks (a show of force, CAMEO 150)
    if trig.pattern.kind != Kind.NOUN or "*" not in trig.pattern.light or tok.tag_ != "NNS" \
            or plover_type(trig.pattern.cameo) != "ASSAULT" and trig.pattern.cameo != "150":
        return False
    return not any(t.lower_ in ATTACK_TIMES for t in tok.sent)
