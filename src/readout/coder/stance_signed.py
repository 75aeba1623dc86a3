"""Documents signed on fields of work: what they are about is backed by each signer (GUIDE.md: signing an
agreement is each signer's act; joint positions are held by each party)."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.grammar import clause_of
from readout.coder.records import Placeholder, is_code
from readout.lexicons import word_class

__all__ = ["signing_of", "signers_of", "signing_above"]

# a text told ("a Joint Statement on strategic stability") names a topic, not a field of work taken up
SIGNED_DOCUMENTS = word_class("signed_document") - word_class("topic_document")
SIGNING_WORDS = word_class("stance_signing_word")   # sign, conclude, ink: not "exchange" (views are exchanged)
PARTNER_PREPS = word_class("signing_partner_prep")    # "signed an agreement with Kenya"
AGENT_PREPS = word_class("signing_agent_prep")        # "the signing of the agreement by both sides"
SIGNED_STEPS = 3        # a document's way up to its signing: "the signing of a number of documents"


def _signs(tok: Token) -> bool:
    """A verb or noun of signing ("signed", "the signing of")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        return lemma in SIGNING_WORDS
    return tok.pos_ == "NOUN" and tok.lower_ == "signing"


def signing_of(tok: Token) -> Token | None:
    """The signing a token names, or the signing of the document it names ("signed memoranda",
    "the signing of cooperation documents"), or None."""
    if _signs(tok):
        return tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _document(tok.head.head):
        tok = tok.head.head     # "memoranda of understanding in areas including energy"
    if not _document(tok):
        return None
    t = tok
    for _ in range(SIGNED_STEPS):
        if t.head.i == t.i or t.dep_ not in ("dobj", "pobj", "nsubjpass", "conj", "prep"):
            return None
        t = t.head
        if _signs(t):
            return t
        if t.pos_ == "VERB":
            return None
    return None


def _document(tok: Token) -> bool:
    """A noun naming a document that is signed ("memoranda", "agreements")."""
    return tok.lemma_.lower() in SIGNED_DOCUMENTS or tok.lower_ in SIGNED_DOCUMENTS


def signing_above(tok: Token, clause: Token) -> Token | None:
    """The signing met on the way up from a token to its clause ("arrangements on cooperation in
    trade" under "the signing of"), or None; not a signing that is itself judged from above."""
    t = tok
    for _ in range(12):
        found = signing_of(t)
        if found is not None:
            return found
        if t.i == clause.i or t.head.i == t.i:
            return None
        t = t.head
    return None


def signers_of(an, signing: Token) -> tuple:
    """Who signs: an active verb's subject and the partners it signs "with"; a noun's "by" agent or the
    parties it is "between"; else, as for an agentless passive, the participants."""
    named = []
    preps = PARTNER_PREPS if signing.pos_ == "VERB" else AGENT_PREPS
    # the signing and the document it signs: "signed an agreement with Kenya", "with Armenia and with Azerbaijan"
    heads = {signing.i} | {c.i for c in signing.children if c.dep_ == "dobj" and _document(c)}
    heads |= {g.i for c in signing.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj" and _document(g)}
    for prep in (c for c in signing.subtree if c.dep_ == "prep" and c.lower_ in preps):
        if prep.head.i not in heads and not (prep.head.dep_ == "conj" and prep.head.head.i in heads):
            continue
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        named += [c for c in an.codes_of_np(objs) if is_code(c)] if objs else []
    if signing.pos_ == "VERB":
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in signing.children)
        if passive and not named:
            return (Placeholder.PARTICIPANTS,)
        subjects = tuple(c for c in an.sources(clause_of(signing))
                         if is_code(c) or c == Placeholder.PARTICIPANTS)
        return tuple(dict.fromkeys((*subjects, *named)))
    return tuple(dict.fromkeys(named)) or (Placeholder.PARTICIPANTS,)
