"""Event nouns: the verb that governs one (its light verb, or a copula that holds it firm) and the
words of its own phrase that name who acted (docs/coder.md, "Triggers")."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.patterns import DEFAULT_LIGHT
from readout.lexicons import word_class

__all__ = ["governor", "held_firm", "own_phrase"]

# Verbs whose subject is the event noun itself: "a conversation took place", "talks were held".
OCCUR_VERBS = word_class("occur_verb")
# Verbs whose subject is a consequence that comes: "further steps will follow", "consequences will ensue".
SEQUEL_VERBS = word_class("sequel_verb")
SUBJECT_GOVERNORS = OCCUR_VERBS | SEQUEL_VERBS
RELATIVE_LIGHT = word_class("relative_light_verb")      # "the meeting he held with X"
TIME_SETTING = word_class("time_setting_prep")         # "during the summit": when another act was done
FIRM = word_class("firm_adjective")          # "our support for Ukraine remains unwavering"
HELD_COPULAS = word_class("held_copula")     # be, remain, stay
AGENT_PREPS = word_class("agent_prep")
PERFORM_VERBS = word_class("perform_verb")
HIT_PREPS = word_class("victim_prep") | word_class("attack_on_prep")
PART_NOUNS = word_class("doer_part_noun")       # "on Turkey's part": whose act
ISSUE_VERBS = word_class("issue_verb")      # "the designation of Cuba as ..., announced today by X": X's measure
ATTENDANCE = word_class("attendance_word")      # "attended the summit", "participated in the talks"


def _attended(noun: Token) -> bool:
    """True for a meeting noun that the clause's subject took part in ("took part in the summit",
    "attended the meeting"): its subject is who met, whatever the noun's own participle tells."""
    verb = noun.head if noun.dep_ == "dobj" else (
        noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.lemma_.lower() in ATTENDANCE or (
        verb.lemma_.lower() == "take" and any(c.lower_ == "part" for c in verb.children))


def held_firm(noun: Token) -> Token | None:
    """The copula of a noun act said to be held firm, a stance told as a state ("our support for
    Ukraine remains unwavering", "the UK's commitment to Israel's security is ironclad", "we remain
    steadfast in our support for Ukraine"); it governs the noun as a light verb does. None
    elsewhere ("support for the bill is strong in Congress": no firmness word)."""
    if noun.dep_ == "nsubj":
        verb = noun.head
        preds = [c for c in verb.children if c.dep_ == "acomp"]
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.dep_ == "acomp":
        adj = noun.head.head
        verb, preds = adj.head, [adj]
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "in":
        # "we remain steadfast in our support for Ukraine", the "in" hung on the verb
        verb = noun.head.head
        preds = [c for c in verb.children if c.dep_ == "acomp"]
    else:
        return None
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in DEFAULT_LIGHT:
        return None     # "reaffirmed that the U.S. commitment to defend Japan is ironclad": the light verb governs
    preds += [g for c in preds for g in c.conjuncts]
    if verb.lemma_.lower() in HELD_COPULAS and any(c.lower_ in FIRM or c.lemma_.lower() in FIRM for c in preds):
        return verb
    return None


def governor(tok: Token) -> Token | None:
    """The verb that governs an event noun ("had a conversation", "expressed concern about")."""
    firm = held_firm(tok)
    if firm is not None:
        return firm
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in OCCUR_VERBS and not (
                _attended(tok) and not any(g.dep_ == "agent" for g in c.children)):
            # "welcomed the talks held in Beijing between X and Y": they were held; not "took part
            # in the summit, held in Astana", where the attending verb says who met
            return c
        if c.dep_ == "relcl" and c.lemma_.lower() in RELATIVE_LIGHT and not any(
                g.dep_ in ("dobj", "nsubjpass") and g.tag_ not in ("WDT", "WP") for g in c.children) and not (
                (tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB"))
                and any(g.dep_ == "nsubjpass" for g in c.children)):
            # "the trilateral meeting he held yesterday with X and Y": held by him; not "chaired the
            # summit, which was held by video", "took part in the summit, which was held in X", where
            # the noun's own verb says who held it
            return c
    t = tok
    for _ in range(4):
        if t.dep_ in ("dobj", "nsubjpass", "attr", "pobj", "conj", "appos", "npadvmod", "nsubj", "compound", "oprd"):
            if t.dep_ == "nsubj":
                if t.head.lemma_.lower() in SUBJECT_GOVERNORS and not _described(t.head):
                    return t.head
                # "confirmed the agreement ... to cut output": the parser makes it a subject
                return t.head.head if t.head.dep_ in ("ccomp", "xcomp") else None
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                return t
            if t.dep_ == "prep":
                if t.lower_ in TIME_SETTING:
                    return None     # "During the summit, the leaders held a call": the summit is when, not what was held
                t = t.head
                if t.pos_ in ("VERB", "AUX"):
                    return t
        else:
            return None
    return None


def own_phrase(tok: Token) -> list[Token]:
    """The tokens of an event noun's own phrase that name who acted: "Russia's build-up", "the
    U.S. deployments", "an attack by Russian forces"."""
    own = [t for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod") for t in c.subtree]
    own += [t for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in AGENT_PREPS for t in c.subtree]
    # "an escalation on Turkey's part", "provocations on the part of Manila"
    own += [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
            if g.dep_ == "pobj" and g.lemma_.lower() in PART_NOUNS for t in g.subtree]
    # "the attack carried out on Monday by the jets of X", "the act was committed by X": the agent
    # of a participle of doing on the noun, or of the passive the noun is the subject of
    verbs = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if tok.dep_ == "nsubjpass":
        verbs.append(tok.head)
    if tok.dep_ == "dobj":
        # "condemns the designation of Cuba as ..., announced today by X": the participle after the
        # object the parser hangs on the verb
        verbs += [c for c in tok.head.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > tok.i]
    # "the attack that Hamas launched on Saturday", "the strikes Russia carried out overnight": the
    # subject of a relative clause of doing whose object is the noun itself (none of its own)
    own += [t for v in tok.children if v.dep_ == "relcl" and v.lemma_.lower() in PERFORM_VERBS
            and all(o.tag_ in ("WDT", "WP") for o in v.children if o.dep_ == "dobj")
            for s in v.children if s.dep_ == "nsubj" and s.tag_ not in ("WDT", "WP") for t in s.subtree]
    for a in (a for v in verbs if v.lemma_.lower() in PERFORM_VERBS | ISSUE_VERBS for a in v.children if a.dep_ == "agent"):
        # "by the fighter jets of X on the embassy of Y": what was hit, hung on the agent, is no doer
        hit = {t.i for p in a.subtree if p.dep_ == "prep" and p.lower_ in HIT_PREPS for t in p.subtree}
        own += [t for t in a.subtree if t.i not in hit]
    return own


def _described(verb: Token) -> bool:
    """'The meeting was part of regular consultations', 'the talks were productive': a copula
    says what its subject is, not that it took place."""
    return verb.lemma_.lower() == "be" and any(c.dep_ in ("attr", "acomp") for c in verb.children)
