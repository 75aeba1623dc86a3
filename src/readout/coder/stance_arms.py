"""A weapon sought (GUIDE.md, Stances): "ensuring that Iran never acquires a nuclear weapon", "preventing Iran
from acquiring a nuclear weapon", "Iran must never be allowed to obtain a nuclear weapon". Whoever speaks of a
named country getting the weapon opposes that country's acts on the issue, whichever word governs the phrase
(ensure, prevent, never allow): no text backs another country's getting one. The issue stays the weapon's
(nonproliferation), as the dev gold codes "preventing Iran from ever acquiring a nuclear weapon"; the decision
file FRESH17 W5 chose iran_nuclear_deal, and ten style sets follow it. Split from stances.py."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.records import is_code
from readout.coder.sources import Analysis
from readout.lexicons import word_class

__all__ = ["weapon_seeker"]

ARMING_VERBS = word_class("arming_verb")        # "acquire", "obtain", "develop" a nuclear weapon
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def weapon_seeker(an: Analysis, root: Token):
    """The mention of the actor a weapon phrase says would get the weapon ("Iran never acquires a nuclear weapon",
    "allow Iran to acquire", "preventing Iran from acquiring", "Iran will never be allowed to obtain"), or None."""
    if root.dep_ != "dobj":
        return None
    verb, arming = root.head, root.head.lemma_.lower() in ARMING_VERBS
    while verb.dep_ == "conj":      # "Iran must never seek, acquire or develop a nuclear weapon"
        verb = verb.head
        arming = arming or verb.lemma_.lower() in ARMING_VERBS
    if not arming:
        return None
    places = [verb]
    if verb.dep_ == "xcomp":        # "Iran will never be allowed to obtain": the subject of the verb above
        places.append(verb.head)
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":     # "preventing Iran from acquiring": its object
        places.append(verb.head.head)
    for place in places:
        for c in place.children:
            if c.dep_ in SUBJECT_DEPS or (place is not verb and c.dep_ == "dobj"):
                m = an.tok_mention.get(c.i)
                if m is not None and is_code(m.code):
                    return m
    return None
