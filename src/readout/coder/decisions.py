"""Decisions told as taken: a decision verb or noun whose maker is named, and an intent formally
notified (status.ClauseStatus.decided reads them: a decided measure is taken, not threatened)."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.grammar import decision_makers, is_negated, to_infinitive
from readout.coder.history import FUTURE_AUX
from readout.lexicons import word_class

__all__ = ["decision_taken", "notified_intent", "taken_decision"]

DECISION_WORDS = word_class("decision_word")
NOTICE_VERBS = word_class("notice_verb")       # "notified the Congress of my intent to ..."
NOTICE_NOUNS = word_class("notice_noun")       # "providing notice of my intent to terminate ...": formally given
FORMAL_INTENT = word_class("formal_intent_noun")


def taken_decision(word: Token) -> bool:
    """ "has decided", "decided", "have decided", a headline's "decides": a decision taken, not one
    to come ("will decide", "may decide", "to decide") nor one denied ("has not decided")."""
    return (word.lemma_.lower() in DECISION_WORDS and word.tag_ in ("VBD", "VBN", "VBZ")
            and word.dep_ in ("ROOT", "ccomp", "conj", "relcl") and not is_negated(word)
            and not any(c.dep_ in ("aux", "auxpass") and (c.tag_ in ("MD", "TO") or c.lower_ in FUTURE_AUX)
                        for c in word.children))


def notified_intent(clause: Token) -> bool:
    """ "I am providing notice of my intent to terminate the designation of X", "notified the Congress of
    its intention to suspend ...": an intent formally notified is a decision made known (FRESH36 AV7,
    FRESH51 BK5: a decided measure announced for later), not a plan still open."""
    noun = clause.head
    if clause.dep_ != "acl" or not to_infinitive(clause) or noun.lemma_.lower() not in FORMAL_INTENT \
            or is_negated(noun) or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    gov = noun.head.head
    if gov.dep_ == "dobj" and gov.head.lemma_.lower() in NOTICE_VERBS:
        gov = gov.head      # "notifying the Congress of my intent": the "of" hung on the one told
    return gov.lemma_.lower() in NOTICE_NOUNS or (gov.lemma_.lower() in NOTICE_VERBS and gov.pos_ == "VERB")


def decision_taken(noun: Token, an) -> bool:
    """ "India's decision to cut", "the decision of the European Union to designate", "informed of
    the Government's decision to reduce": a decision told as a noun whose maker is named is taken
    (not "a decision to expel", nor one under "will" or "may")."""
    makers = decision_makers(noun)
    if not makers or not (an.actors_in([t for m in makers for t in m.subtree]) or any(
            m.dep_ == "nsubj" and an.pronoun(m, False) for m in makers)):
        return False    # ("I made the difficult decision to ...": the speaker, as a pronoun subject stands for)
    gov = noun.head
    while gov.dep_ in ("prep", "pobj", "dobj", "nsubj", "nsubjpass") and gov.head.i != gov.i:
        gov = gov.head
    future = any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in FUTURE_AUX) for c in gov.children)
    return not future and not is_negated(noun)
