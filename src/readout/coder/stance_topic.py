"""The story's conflict (docs/coder.md, "Stances"): in a story about one conflict, "the crisis",
"a political settlement", "an immediate ceasefire" or "an end to hostilities" with no place of
their own are that conflict's issue ("peaceful resolution of the conflict" in a Ukraine story is
`ukraine`, as issue #12 asks).

A conflict is an issue whose counter polarity is support and whose unaimed oppose is none in
counter_polarity.tsv (ending it supports its settlement; the war alone takes no side): ukraine,
israel_palestine, syria, afghanistan, korean_peninsula. The story's conflict is the one named
most so far, at least twice and more than any other, counted sentence by sentence as the stances
are found (no second pass over the text).
"""
from __future__ import annotations

from collections import Counter
from functools import cache

from spacy.tokens import Doc, Span, Token

from readout.coder.sources import Analysis
from readout.coder.stance_polarity import SUPPORT, issue_sides
from readout.coder.grammar import clause_of
from readout.coder.stance_signed import signing_of
from readout.coder.status import ClauseStatus
from readout.lexicons import word_class

__all__ = ["conflict_keys", "count_conflicts", "story_conflict", "implicit_mentions", "note_agreements",
           "agreement_mentions", "field_of_work", "field_host", "field_work_word"]

CONFLICT_NOUNS = word_class("conflict_noun")     # "the crisis", "the conflict", "hostilities"
PEACE_NOUNS = word_class("peace_noun")           # "a ceasefire", "a political settlement"
PAIRED_PEACE = word_class("paired_peace_noun")   # "dialogue and diplomacy": peace nouns only together
SETTLEMENT_WORDS = word_class("settlement_modifier")    # "an immediate ceasefire", "a lasting settlement"
PLURAL_NOUNS = word_class("plural_conflict_noun")       # "hostilities" is one conflict
PEACE_QUALIFIERS = word_class("peace_qualifier")        # "peace talks", "peaceful negotiations"
QUALIFIED_PEACE = word_class("qualified_peace_noun")    # "a just and lasting peace", not "peace and stability"
CIRCUMSTANCE_PREPS = word_class("circumstance_prep")
DEFINITE = word_class("definite_det")
AGREEMENT_NOUNS = word_class("agreement_noun")    # "the JCPOA ... preserving this agreement"
DEMONSTRATIVE = word_class("demonstrative_det")   # "this agreement" points back; "the agreement" may be any
_KEY = "readout_conflicts"
_AGREEMENT_KEY = "readout_last_agreement"
AGREEMENT_REACH = 2     # sentences back that "this agreement" may point
FIELD_NOUNS = word_class("field_noun")            # "cooperation in the fields of energy"
COOPERATION_WORDS = word_class("cooperation_word")     # what a field of work hangs on
FIELD_PREPS = word_class("field_prep")      # "in such fields as ..."


@cache
def conflict_keys() -> frozenset[str]:
    """Issues that are conflicts: fighting them supports a settlement, opposing them alone is none."""
    return frozenset(k for k, s in issue_sides().items() if s.counter == SUPPORT and s.unaimed is None)


def count_conflicts(doc: Doc, issues) -> None:
    """Add a sentence's conflict issues to the story's running count."""
    counts = doc.user_data.setdefault(_KEY, Counter())
    counts.update(i for i in issues if i in conflict_keys())


def story_conflict(doc: Doc) -> str | None:
    """The conflict the story is about so far, or None."""
    counts = doc.user_data.get(_KEY)
    if not counts:
        return None
    ranked = counts.most_common(2)
    # one conflict named once is the story's own while it is the only one named so far ("held talks on the
    # situation around Ukraine ... called for a ceasefire"); of two, the one named more often, at least twice
    if len(ranked) > 1 and (ranked[0][1] < 2 or ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def implicit_mentions(an: Analysis, sent: Span, covered: set[int]) -> list[tuple[Token, bool]]:
    """(noun, is a peace noun) for each conflict or peace noun with no place of its own: "the
    crisis", "an immediate ceasefire", not "the conflict in Sudan", "World War II", "peace in Ukraine"."""
    out = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or tok.i in covered or (lemma not in CONFLICT_NOUNS and lemma not in PEACE_NOUNS
                                                      and lemma not in QUALIFIED_PEACE):
            continue
        if lemma in QUALIFIED_PEACE and not any(c.dep_ == "amod" and c.lemma_.lower() in SETTLEMENT_WORDS
                                                for c in tok.children):
            continue        # "peace and stability in the region" is a general good; "a lasting peace" settles this war
        if tok.tag_ == "NNS" and lemma not in PLURAL_NOUNS:
            continue        # "solve conflicts", "humanitarian crises": conflicts in general
        if lemma in PAIRED_PEACE and not any(t.lemma_.lower() in PAIRED_PEACE - {lemma} for t in tok.conjuncts) \
                and not any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in PEACE_QUALIFIERS for c in tok.children):
            continue        # "dialogue and diplomacy", "peace talks" settle a conflict; "a return to diplomacy" alone may not
        if tok.dep_ in ("compound", "amod", "poss") or any(c.dep_ == "poss" for c in tok.children):
            continue        # "crisis response"; "his war", "its economic crisis" are someone's own
        if lemma in CONFLICT_NOUNS and lemma not in PLURAL_NOUNS \
                and not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children):
            continue        # "during conflict", "remnants of war": war in general; "the crisis" is this one
        head = tok.head if tok.dep_ == "conj" else tok
        if head.dep_ == "pobj" and head.head.lower_ in CIRCUMSTANCE_PREPS:
            continue        # "lauded Canada's partnership throughout this crisis": the time, not the topic
        own = [t for c in tok.children if c.dep_ not in ("conj", "cc") for t in c.subtree]
        if any(t.pos_ == "PROPN" or t.i in an.tok_mention for t in own):
            continue        # a place or party of its own ("the conflict in Sudan")
        if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() not in SETTLEMENT_WORDS
               or any(g.dep_ == "conj" and g.lemma_.lower() not in SETTLEMENT_WORDS for g in c.children)
               for c in tok.children if c.dep_ in ("amod", "compound")):
            continue        # "the climate crisis", "the Cold War"; not "a political settlement"
        out.append((tok, lemma in PEACE_NOUNS or lemma in QUALIFIED_PEACE))
    return out


def note_agreements(doc: Doc, spans, index: int) -> None:
    """Remember the last issue phrase that names an agreement ("the Joint Comprehensive Plan of
    Action", "the Paris Agreement"), and in which sentence."""
    for m, span in spans:
        if any(t.lemma_.lower() in AGREEMENT_NOUNS or t.lower_ in AGREEMENT_NOUNS for t in span):
            doc.user_data[_AGREEMENT_KEY] = (m.issue, index)


def agreement_mentions(sent: Span, covered: set[int], index: int) -> tuple[str | None, list[Token]]:
    """(issue, nouns): "this agreement", "that deal" with nothing of its own, in a sentence naming no
    issue just after one that named an agreement under an issue, stand for it ("The parties stressed the
    importance of preserving this agreement" after the JCPOA is named)."""
    last = sent.doc.user_data.get(_AGREEMENT_KEY)
    if last is None or index - last[1] > AGREEMENT_REACH or index == last[1] or covered:
        return None, []     # a sentence naming issues of its own may speak of an agreement on them
    out = []
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.i in covered or tok.lemma_.lower() not in AGREEMENT_NOUNS or tok.tag_ == "NNS":
            continue
        kids = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVE for c in kids):
            continue        # "an agreement", "the agreement": not surely the one just named
        if any(c.dep_ in ("amod", "compound", "poss", "prep", "nummod", "acl") or (c.dep_ == "relcl" and not
               _set_off(c)) for c in kids):
            continue        # "the trade agreement", "the agreement on grain": an agreement of its own
        out.append(tok)
    return last[0], out


def _set_off(clause: Token) -> bool:
    """"this agreement, which is a factor of security": a relative clause after a comma adds to
    the noun, it does not pick out another one."""
    left = clause.left_edge.i
    return left > 0 and clause.doc[left - 1].text == ","


def field_of_work(root: Token) -> bool:
    """True when an issue named only as a field of work (issues.jsonl `fields`) hangs on cooperation:
    "expand cooperation in the fields of energy", "cooperation in such fields as trade, agriculture,
    energy", "cooperate with Israel in the field of energy"; not "dedicate their time, energy"."""
    return field_host(root) is not None


def field_host(root: Token) -> Token | None:
    """The cooperation word (or signing) a field of work hangs on, as field_of_work() finds it, or None."""
    t = root
    if t.dep_ in ("compound", "amod", "nmod") and t.head.lemma_.lower() in FIELD_NOUNS:
        t = t.head          # "in the energy, infrastructure and ports sectors"
    for _ in range(8):
        while t.dep_ in ("conj", "appos") and t.head.i != t.i:
            t = t.head      # "trade, agriculture, energy": the list's first item
        if t.dep_ == "dobj" and t.head.lemma_.lower() in COOPERATION_WORDS:
            return t.head   # "will continue to supply oil, gas and coal"
        if t.dep_ != "pobj" or t.head.lower_ not in FIELD_PREPS:
            return None
        t = t.head.head
        while t.dep_ == "prep" and t.lower_ in FIELD_PREPS and t.head.i != t.i:
            t = t.head      # "their cooperation, including in the energy sector"
        if t.lemma_.lower() in COOPERATION_WORDS or t.lower_ in COOPERATION_WORDS:
            return t
        if t.pos_ == "VERB":
            host = next((c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in COOPERATION_WORDS), None)
            if host is not None:
                return host     # "enhance cooperation in the fields of energy": the field hung on the verb
        if signing_of(t) is not None:
            return t        # "signed memoranda of understanding in the fields of energy": a document signed
        if t.lemma_.lower() not in FIELD_NOUNS:
            return None
    return None


def field_work_word(root: Token) -> Token | None:
    """The word of work a field hangs on where no polarity word governs it ("our joint work in energy",
    "projects in the gas sector"): not a signing (stance_signed.py reads those), nor work denied."""
    host = field_host(root)
    if host is None or signing_of(host) is not None:
        return None
    for t in (host, *host.ancestors):
        if any(c.dep_ == "neg" for c in t.children):
            return None     # "will not take part in projects in the energy sector"
        if t.pos_ in ("VERB", "AUX"):
            break
    status = ClauseStatus(host, clause_of(host))
    if status.modality is None and not (status.pledged or status.ongoing):
        return None         # "pointing to joint projects in energy": work told as under way is no stance on it;
        # work intended, agreed or pledged is ("ready to continue our joint work in energy")
    return host
