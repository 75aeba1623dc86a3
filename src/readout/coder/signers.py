"""Who a joint text speaks for when its own "we" names no one: the issuers its lead tells of ("The
following statement was released by A, B and C") or its title names ("Joint Statement from the
Leaders of A, B and C"); docs/coder.md, "Headline and participants"."""
from __future__ import annotations

from readout.coder.grammar import clause_of
from readout.lexicons import word_class

__all__ = ["lead_issuers", "title_signers", "title_voice"]

SPEECH_NOUNS = word_class("speech_noun")
SIGNED_DOCUMENTS = word_class("signed_document")
SHARED_WORDS = word_class("shared_word")
CATAPHORIC = word_class("cataphoric_modifier")   # "issued the following statement": the text after it
ISSUING_VERBS = word_class("issuing_verb")       # "released", "issued", "adopted" a text
FIRST_PLURAL = word_class("first_person_plural")
LEAD_SENTENCES = 2      # the lead that presents the text: its first sentences


def lead_issuers(an) -> tuple[str, ...]:
    """The two or more actors a text's lead says issued the text that follows ("The following joint
    statement was issued today by A, B and C", "A and B met at the White House today and issued the
    following statement", "The text of the following statement was released by the Governments of
    A, B and C"): what follows is their statement, so its "we" is each of them (GUIDE.md: joint acts
    once per party). Empty where the lead tells of no such text or of one issuer's."""
    for sent in list(an.doc.sents)[:LEAD_SENTENCES]:
        if any(t.lower_ in FIRST_PLURAL for t in sent):
            return ()       # the text has begun: its own "we" names its voice (Analysis.authors_of)
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
    preposition, Analysis.heading_signers), or before the noun, "A-B Joint Leaders' Statement".
    Empty for a title that names the text's topic ("Joint Statement on the Meeting of the U.S.-Israel
    Strategic Consultative Group") or one issuer."""
    found = an.heading_signers()
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
