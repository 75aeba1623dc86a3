"""A document's findings (docs/coder.md, "Documents that act"): an executive order, proclamation or
decree tells what moved its issuer before its operative formula ("Accordingly, I hereby order:",
"NOW, THEREFORE, I ... do hereby proclaim", "I hereby decree:"). What other actors did, told there,
is the issuer's finding, background to the act (GUIDE.md: history told as background is not coded);
the issuer's own words there (its criticism of the regime it names) are still its acts."""
from __future__ import annotations

from spacy.tokens import Doc

from readout.coder.grammar import is_negated
from readout.coder.records import Event, is_code
from readout.coder.word_index import forms_in, words_in
from readout.lexicons import word_class

__all__ = ["operative_sentence", "without_findings"]

PERFORMATIVE = word_class("performative_adverb")    # "hereby"
OPERATIVE_VERBS = word_class("operative_verb")      # order, proclaim, direct, decree ...


def operative_sentence(doc: Doc) -> int | None:
    """The index of the first sentence that holds a document's operative formula: a verb of
    ordering or proclaiming with "hereby" ("I hereby order:", "do hereby proclaim"), else None."""
    if not forms_in(doc[:], PERFORMATIVE):
        return None     # no "hereby" anywhere: most documents
    for index, sent in enumerate(doc.sents):
        for t in words_in(sent, OPERATIVE_VERBS):
            if t.lemma_.lower() in OPERATIVE_VERBS and (t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT") and not is_negated(t) \
                    and any(c.lower_ in PERFORMATIVE for c in t.children):
                return index
    return None


def without_findings(events: list[Event], doc: Doc, own: set) -> list[Event]:
    """The events less those of other actors told before a document's operative formula ("The
    Government of India recently banned the use of TikTok ... Accordingly, I hereby order:")."""
    formula = operative_sentence(doc)
    if formula is None:
        return events       # no operative formula (one in the first sentence has nothing before it either)
    return [e for e in events if not (e.sentence < formula and is_code(e.source) and e.source not in own)]
