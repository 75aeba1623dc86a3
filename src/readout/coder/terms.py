"""Terms of an agreement told as each party's future conduct (docs/coder.md, "Terms of an
agreement"): "Under the deal, Hamas will free a first group of hostages, and Israel will observe an
extended pause", "Under the treaty, Rwanda will not remove anyone ...": each party named doing
something under the agreement's terms promises it (AGREE, CAMEO 030) to the other party."""
from __future__ import annotations

from itertools import product

from spacy.tokens import Span, Token

from readout.cameo import cameo
from readout.coder.grammar import first_of_list
from readout.coder.patterns import rule_codes
from readout.coder.records import Event, Placeholder, is_code, pair_events
from readout.coder.sources import Analysis
from readout.coder.word_index import forms_in
from readout.lexicons import word_class

__all__ = ["term_pledges"]

TERMS_NOUNS = word_class("terms_noun")      # agreement, deal, treaty, framework, terms ...
FUTURE_AUX = word_class("terms_aux")        # will, shall, would
SUBJECTS = ("nsubj", "nsubjpass")
UNDER = frozenset({"under"})


def term_pledges(an: Analysis, sent: Span, index: int) -> list[Event]:
    """AGREE by each actor named as the subject of a future verb done "under" an agreement, toward
    the parties the agreement names, else the others bound in the same sentence, else the story's
    other side."""
    info = cameo(rule_codes("term_pledge")[0])
    found = []      # (verb, its subject, the actors it names, the parties the agreement names)
    if not forms_in(sent, UNDER):
        return []       # no "under" phrase for _terms to find
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() == "be":
            continue
        first = first_of_list(verb)     # "Hamas will free ..., and Israel will observe ..."
        terms = _terms(first)
        if terms is None or not _future(verb, first):
            continue
        subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subj is None:
            continue
        sources = list(dict.fromkeys(m.code for _, m in an.actors_in(list(subj.subtree)) if is_code(m.code)))
        if sources:
            found.append((verb, subj, sources, [m.code for _, m in an.actors_in(list(terms.subtree)) if is_code(m.code)]))
    out = []
    for verb, subj, sources, named in found:
        # the parties the agreement names, else the others bound by it in the same sentence ("Hamas
        # will free ..., and Israel will observe ..."), else the story's other side
        others = [c for _, _, s, _ in found for c in s]
        targets = [t for t in dict.fromkeys(named or others) if t not in sources] or [Placeholder.COUNTERPART]
        start, end = subj.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
        out += pair_events(info, product(sources, targets), index, start, end, verb.i)
    return out


def _terms(verb: Token) -> Token | None:
    """The agreement an "under" phrase on the verb names ("Under its terms", "Under the treaty"), or
    a pronoun standing for one ("Under it")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "under":
            for g in c.children:
                if g.dep_ == "pobj" and (g.lemma_.lower() in TERMS_NOUNS or g.lower_ == "it"):
                    return g
    return None


def _future(verb: Token, first: Token) -> bool:
    """True when the verb, or the first of its list where it has no auxiliary, is told with will,
    shall or would."""
    auxes = [c for c in verb.children if c.dep_ == "aux"] or [c for c in first.children if c.dep_ == "aux"]
    return any(a.lower_ in FUTURE_AUX for a in auxes)
