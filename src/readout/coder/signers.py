"""Who a joint text speaks for: the signers its own "we" names (authors_of), or where it names no
one, the issuers its lead tells of ("The following statement was released by A, B and C") or its
title names ("Joint Statement from the Leaders of A, B and C"); docs/coder.md, "Headline and
participants"."""
from __future__ import annotations

from spacy.tokens import Token

from readout.actors import STATE_KINDS
from readout.coder.grammar import clause_of, doc_text, paragraph_breaks, subject_token
from readout.coder.lists import listed_countries, listed_states
from readout.coder.records import is_code
from readout.coder.source_shapes import named_in
from readout.lexicons import word_class

__all__ = ["authors_of", "heading_signers", "lead_issuers", "title_signers", "title_voice"]

SPEECH_NOUNS = word_class("speech_noun")
SIGNED_DOCUMENTS = word_class("signed_document")
SHARED_WORDS = word_class("shared_word")
CATAPHORIC = word_class("cataphoric_modifier")   # "issued the following statement": the text after it
ISSUING_VERBS = word_class("issuing_verb")       # "released", "issued", "adopted" a text
FIRST_PLURAL = word_class("first_person_plural")
ISSUER_PREPS = word_class("issuer_prep")         # "Joint statement by the Foreign Ministers of ..."
SIGNING_VERBS = word_class("signing_verb")       # "documents were signed": by the participants
SIGNER_NOUNS = word_class("signer_noun")         # "We, the signatories, ...": the signers named before
LEAD_SENTENCES = 2      # the lead that presents the text: its first sentences


def lead_issuers(an) -> tuple[str, ...]:
    """The two or more actors a text's lead says issued the text that follows ("The following joint
    statement was issued today by A, B and C", "A and B met at the White House today and issued the
    following statement", "The text of the following statement was released by the Governments of
    A, B and C"): what follows is their statement, so its "we" is each of them (GUIDE.md: joint acts
    once per party). Empty where the lead tells of no such text or of one issuer's."""
    for sent in list(an.doc.sents)[:LEAD_SENTENCES]:
        if any(t.lower_ in FIRST_PLURAL for t in sent):
            return ()       # the text has begun: its own "we" names its voice (authors_of)
        for noun in sent:
            if noun.lemma_.lower() not in SPEECH_NOUNS | SIGNED_DOCUMENTS \
                    or not any(c.lower_ in CATAPHORIC for c in noun.children):
                continue
            verb = clause_of(noun)
            if verb.lemma_.lower() not in ISSUING_VERBS:
                continue
            codes = an.doer_codes(verb)      # who the clause says issued it
            if len(codes) >= 2:
                return codes
    return ()


def title_signers(an) -> tuple[str, ...]:
    """The signers a joint text's title names (`an` reads the parsed title): "Joint Statement from the
    Leaders of A, B and C", "Joint communiqué of the Governments of A, B and C" (by its issuer
    preposition, heading_signers), or before the noun, "A-B Joint Leaders' Statement".
    Empty for a title that names the text's topic ("Joint Statement on the Meeting of the U.S.-Israel
    Strategic Consultative Group") or one issuer."""
    found = heading_signers(an)
    if found:
        return found
    for noun in an.doc:
        if noun.lemma_.lower() not in SPEECH_NOUNS:
            continue
        # the words before the noun in its own phrase: "United States-India Joint Leaders' Statement"
        before = [t for t in noun.subtree if t.i < noun.i]
        if not any(t.lower_ in SHARED_WORDS for t in before):
            continue
        codes = tuple(dict.fromkeys(m.code for _, m in an.actors_in(before)))
        if len(codes) >= 2:
            return codes
    return ()


def title_voice(comp, title: str, mentions, country: str | None) -> tuple[str, ...]:
    """The signers a story's title names (title_signers), parsed as resolve.title_event parses a
    title; `comp` holds the title parser (nlp.CoderComponent), `mentions` the title's actors."""
    if not title or len(mentions) < 2 or getattr(comp, "parse_title", None) is None:
        return ()
    from readout.coder.sources import Analysis     # sources.py imports this module for lead_issuers
    tdoc = comp.parse_title(title if title.rstrip()[-1:] in ".!?" else title.rstrip() + ".")
    return title_signers(Analysis(tdoc, mentions, speaker_default=country, single_voice=True))


def authors_of(an) -> tuple[str, ...]:
    """Who a joint statement's "we" is, by the apposition of its first "we": "We, the Leaders
    of the G7, ..." is the body; "We, the Leaders of India, Brazil and the United States" and
    "we – Prime Minister Albanese of Australia, ..." are each signer (GUIDE.md: joint acts
    once per party). Also the text's first "we" wherever it stands, where the statement follows
    a lead that tells of it ("Putin, Trump and Macron adopted a joint statement ... Joint statement
    by ...: We, the Presidents of Russia, the United States and France, condemn ..."): a voice
    names itself where it begins. Empty when the opening names no one so."""
    sents = list(an.doc.sents)
    first_we = next((t for t in an.doc if t.lower_ in FIRST_PLURAL), None)
    opening = [t for sent in sents[:2] for t in sent]
    if first_we is not None and (not opening or first_we.i > opening[-1].i):
        opening.append(first_we)
    for t in opening:
        if t.lower_ not in FIRST_PLURAL:
            continue
        # the apposition's own phrase: "the Member States of ASEAN and the United States",
        # not "(the G7,) alongside Ukraine"
        named = [t2 for c in t.children if c.dep_ in ("appos", "npadvmod")
                 for x in [c, *c.conjuncts] for t2 in named_in(x)]
        found = [m for _, m in an.actors_in(named)]
        codes = tuple(dict.fromkeys(m.code for m in found))
        if codes:
            return codes        # one body ("the Leaders of the G7"), or each signer
        if any(c.dep_ == "appos" and c.lemma_.lower() in SIGNER_NOUNS for c in t.children):
            # "We, the signatories, welcome ...": whom the signing told before it names
            return _signers_before(an, t, following=False)
    if first_we is not None:
        # "A, B and C signed the following declaration. ... We pledge ...": the document's voice
        signers = _signers_before(an, first_we, following=True)
        if signers:
            return signers
    return heading_signers(an) or lead_issuers(an) or _opening_list(an) or an.title_voice

def _signers_before(an, we: Token, following: bool) -> tuple[str, ...]:
    """The two or more actors the nearest signing before `we` names as its subject or agent
    ("President A, President B of X and King C of Y signed the following declaration", "The
    declaration was signed by A and B"); with `following`, only a signing of "the following"
    document, the text that comes after it. Empty where none is told."""
    for sent in reversed([s for s in an.doc.sents if s.end <= we.sent.start]):
        for verb in sent:
            if verb.lemma_.lower() not in SIGNING_VERBS or verb.pos_ not in ("VERB", "AUX"):
                continue
            docs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                    and c.lemma_.lower() in SIGNED_DOCUMENTS]
            if not docs or (following and not any(m.lower_ in CATAPHORIC for d in docs for m in d.children)):
                continue
            # who signs, as any clause's subject is read (a long list the parser cuts too)
            codes = an.doer_codes(verb)
            if len(codes) >= 2:
                return codes
    return ()

def heading_signers(an) -> tuple[str, ...]:
    """The signers a joint statement's heading names: "Joint statement by the Foreign Ministers
    of France, Germany and the United Kingdom:", "Joint Statement from the Leaders of ..."."""
    first = next(iter(an.doc.sents), None)
    for t in first if first is not None else ():
        if t.lemma_.lower() in SPEECH_NOUNS and any(c.lower_ in SHARED_WORDS for c in t.children):
            named = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ISSUER_PREPS
                     for g in c.subtree]
            codes = tuple(dict.fromkeys(m.code for _, m in an.actors_in(named)))
            if len(codes) >= 2:
                return codes
    return ()

def _opening_list(an) -> tuple[str, ...]:
    """The states a statement's first sentence lists as its subject, where that first paragraph
    speaks as "we": "France, Germany and the United Kingdom have today triggered the snapback
    mechanism by notifying the Council that, in our view, Iran ..." is each state's statement,
    so its "we" is each of them (GUIDE.md: joint acts once per party). Only states named
    themselves (not their leaders, "officials of", "the conflict between"), the publisher's among
    them."""
    first = next(iter(an.doc.sents), None)
    if first is None or an.single_voice:
        return ()       # "FACT SHEET: ... Last year, the United States and Vietnam celebrated our ..."
    subj = subject_token(first.root)
    own = an.tok_mention.get(subj.i) if subj is not None and subj.dep_ == "nsubj" else None
    if own is None or own.kind not in STATE_KINDS or own.form == "adjective":
        return ()       # "President Biden and President Zelenskyy signed ... our two democracies": not "we"
    members = [own] + [m for x in subj.conjuncts for m in [an.tok_mention.get(x.i)] if m is not None]
    codes = [m.code for m in members if m.kind in STATE_KINDS and m.form != "adjective"]
    # read on the surface too: the parser cuts a long list ("the United States, the European Union,
    # Australia, Canada, ..., and the United Kingdom met")
    codes = tuple(dict.fromkeys([*codes, *(c for c in listed_countries(an, subj) if is_code(c)),
                                 *listed_states(an, subj)]))
    if len(codes) < 2 or (an.speaker_default and an.speaker_default not in codes):
        return ()
    end = next((b for b in paragraph_breaks(an.doc) if b > first.end_char), len(doc_text(an.doc)))
    for t in an.doc[first.start:]:
        if t.idx >= end:
            break
        if t.lower_ in FIRST_PLURAL:
            return codes
    return ()
