"""Stances: who said they support or oppose which issue, toward whose position (GUIDE.md, Stances).

An issue phrase (issues.py) becomes a stance when a polarity word governs it in the parse
("supports", "opposition to", "concerns about", "fight against"). The holder is whoever acts in
that word's clause; `toward` is the actor whose position or actions the issue belongs to.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from readout.coder.grammar import clause_of, is_negated
from readout.coder.records import Placeholder, Stance
from readout.coder.sources import Analysis
from readout.coder.status import ClauseStatus
from readout.issues import IssueLexicon
from readout.lexicons import data_path, read_tsv, word_class

__all__ = ["StanceFinder", "polarity_words", "counter_polarity", "act_lemma"]

# Words (tokens) that make support mutual: "mutual support", "the help they gave each other".
RECIPROCAL = word_class("reciprocal_word")
REPORTING = word_class("reporting_verb")
CONCERN_WORDS = word_class("concern_word")
NEGATING_PREFIXES = word_class("negating_prefix")     # "de-escalation" is no escalation
AGENT_PREPS = word_class("agent_prep")
# Nouns of a wrongful act: their possessor is the doer (the stance's toward), never the holder.
WRONG_ACTS = word_class("wrong_act")


@cache
def polarity_words() -> dict[str, str]:
    """Lemma -> support | oppose | counter."""
    path = data_path("stance_words.tsv")
    return {row["word"]: row["polarity"] for _, row in read_tsv(path, ["word", "polarity"])}


@cache
def counter_polarity() -> dict[str, str]:
    """Issue -> the polarity that fighting it expresses (default: oppose)."""
    path = data_path("counter_polarity.tsv")
    return {row["issue"]: row["polarity"] for _, row in read_tsv(path, ["issue", "polarity"])}


class StanceFinder:
    """Finds stances sentence by sentence over an Analysis of one story."""

    def __init__(self, issues: IssueLexicon):
        self.issues = issues

    def find(self, an: Analysis, sent: Span, index: int) -> list[Stance]:
        """Stances in one sentence (placeholders unresolved)."""
        out = []
        doc = sent.doc
        spans = []
        for m in self.issues.find(sent.text):
            span = doc.char_span(sent.start_char + m.start, sent.start_char + m.end, alignment_mode="expand")
            if span is not None and len(span):
                spans.append((m, span))
        covered = {t.i for _, span in spans for t in span}
        towards_of: dict[int, str] = {}     # polarity word -> the first toward found under it
        for m, span in spans:
            inside = {t.i for t in span}
            if span.root.dep_ == "poss" and span.root.head.i in covered - inside:
                continue        # "Syria's sovereignty": Syria owns the issue, it is not one itself
            found = self._polarity(span.root, inside, m.issue)
            if found is None:
                continue
            word, polarity = found
            if ClauseStatus(word, clause_of(word)).discussed:
                continue
            if polarity == "oppose" and counter_polarity().get(m.issue) == "support" \
                    and word.lemma_.lower() in CONCERN_WORDS:
                continue    # "concern over the spread of the coronavirus": worry about the problem,
                # no position on the response the issue key names (covid19, climate, humanitarian ...)
            holders = self._holders(an, word)
            if holders == (Placeholder.PARTICIPANTS,) and an.reporter:
                # "Xi stressed that ... the two sides should ...": a proposal is the speaker's stance.
                holders = (an.reporter,)
            if not holders:
                continue
            toward = self._toward(an, span.root, inside, word, holders, polarity)
            if toward is None and span.root.dep_ == "conj" and span.root.head.i == word.i:
                # "concerns about the PRC's practices in Xinjiang ..., as well as human rights":
                # the issue coordinated with the concern itself shares the concern's toward
                toward = towards_of.get(word.i)
            if toward is not None:
                towards_of.setdefault(word.i, toward)
            start = min(word.idx, span.start_char)
            end = max(word.idx + len(word.text), span.end_char)
            for h in holders:
                t = toward if toward != h else None
                out.append(Stance(h, polarity, m.issue, t, index, start, end))
        return out

    def _polarity(self, root: Token, inside: set[int], issue: str) -> tuple[Token, str] | None:
        words = polarity_words()
        t = root
        for _ in range(12):
            for cand in [t] + [c for c in t.children if c.dep_ in ("amod", "compound", "advmod", "acomp")]:
                if cand.i in inside:
                    continue
                pol = words.get(act_lemma(cand)) or words.get(cand.lower_)
                if pol and cand.i >= 2 and cand.nbor(-1).text == "-" and cand.nbor(-2).lower_ in NEGATING_PREFIXES:
                    pol = None      # "de-escalation zone" is no stance against escalation
                if cand.dep_ == "compound" and act_lemma(cand.head) == "buildup":
                    pol = None      # the "build" of "build-up" is no support; the build-up is the act
                if pol and act_lemma(cand) in WRONG_ACTS and cand.dep_ == "dobj" \
                        and not words.get(cand.head.lemma_.lower()):
                    return None     # "if Russia undertakes a further invasion": the act, not a stance on it
                if pol:
                    if is_negated(cand) or (cand.i == t.i and t.pos_ in ("VERB", "AUX") and is_negated(clause_of(t))):
                        return None
                    if pol == "counter":
                        pol = counter_polarity().get(issue, "oppose")
                    return cand, pol
            if t.head.i == t.i:
                return None
            t = t.head
        return None

    def _holders(self, an: Analysis, word: Token) -> tuple[str, ...]:
        poss = [c for c in word.children if c.dep_ == "poss"]
        if poss and act_lemma(word) not in WRONG_ACTS:
            codes = an.codes_of_np(poss)
            if codes:
                return codes
        clause = clause_of(word)
        if word.dep_ in ("nsubj", "nsubjpass") and word.head.i == clause.i:
            # "a further Russian invasion of Ukraine would produce suffering": the subject phrase
            # is what is judged, not who judges; that is whoever says it, if anyone does
            if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING:
                return an.sources(clause_of(clause.head))
            return ()
        return an.sources(clause)

    def _toward(self, an: Analysis, root: Token, inside: set[int], word: Token, holders, polarity) -> str | None:
        def actor_of(tokens):
            for _, mention in an.actors_in([t for t in tokens if t.i not in inside]):
                if mention.code not in holders:
                    return mention.code
            return None

        # (a) the issue's own possessor: "Ukraine's sovereignty"
        own = [g for c in root.children if c.dep_ == "poss" for g in c.subtree]
        found = actor_of(own)
        if found:
            return found
        path = []
        t = root
        while t.i != word.i and t.head.i != t.i:
            t = t.head
            path.append(t)
        # beyond the polarity word up to its clause head: "concerns about Beijing's practices, crackdown in ..."
        top = clause_of(word)
        t = word
        while t.i != top.i and t.head.i != t.i and len(path) < 20:
            t = t.head
            path.append(t)
        if polarity == "support" and (any(x.lower_ in RECIPROCAL for p in path for x in p.subtree
                                          if x.dep_ in ("amod", "det", "advmod") or x.head.dep_ in ("dative", "dobj"))
                                      or any(x.lower_ in RECIPROCAL for x in word.children)
                                      or _reciprocal_above(word)):
            return Placeholder.COUNTERPART
        if act_lemma(word) in WRONG_ACTS:
            # "Russia's escalation", "attacks from Hamas", "aggression by X", "the Russian build-up": the doer
            for c in word.children:
                if c.dep_ in ("poss", "amod", "compound") or (c.dep_ == "prep" and c.lower_ in AGENT_PREPS):
                    found = actor_of(list(c.subtree))
                    if found:
                        return found
        # (b) the governing verb's own object: "supports Iran in ...", "thanks China for ..."
        clause = clause_of(word)
        for _ in range(2):
            for c in clause.children:
                if c.dep_ in ("dobj", "dative"):
                    found = actor_of([c] + [g for g in c.children if g.dep_ in ("compound", "amod")])
                    if found:
                        return found
            if clause.dep_ not in ("pcomp", "xcomp", "advcl") or clause.head.i == clause.i:
                break
            clause = clause_of(clause.head)
        # (c) a possessor along the way: "Beijing's ... crackdown in Hong Kong"; or whom the
        # holder makes pay for it: "impose costs on Russia for this act of aggression against Ukraine"
        for p in path:
            if p.dep_ == "prep" and p.lower_ == "for" and p.head.pos_ == "VERB":
                found = actor_of([t for c in p.head.children if c.dep_ in ("dobj", "dative")
                                  or (c.dep_ == "prep" and c.lower_ == "on") for t in c.subtree])
                if found:
                    return found
            for c in p.children:
                if c.dep_ in ("poss",) or (c.dep_ == "compound" and p.pos_ == "NOUN") \
                        or (c.dep_ == "prep" and c.lower_ == "by" and p.pos_ == "NOUN"):
                    found = actor_of(list(c.subtree))
                    if found:
                        return found
        # (d) the issue itself possesses what is opposed: "concerns about the DPRK's provocative behavior"
        if root.dep_ == "poss":
            for _, mention in an.actors_in([root.doc[i] for i in inside]):
                if mention.code not in holders:
                    return mention.code
        return None


def act_lemma(tok: Token) -> str:
    """The lemma, with "build-up" (parsed as "up" under a compound "build") as "buildup"."""
    if tok.lower_ == "up" and any(c.dep_ == "compound" and c.lower_ == "build" for c in tok.children):
        return "buildup"
    return tok.lemma_.lower()


def _reciprocal_above(word: Token) -> bool:
    """'expressed mutual support in protecting sovereignty', 'the help they gave each other in
    countering the virus': a phrase above the polarity word says the parties back each other."""
    a = word
    while True:
        for x in a.children:
            if x.lower_ in RECIPROCAL and (x.dep_ in ("amod", "det", "advmod", "dative", "dobj", "npadvmod")
                                           or x.head.dep_ in ("dative", "dobj")):
                return True
            if x.dep_ in ("dative", "dobj") and any(g.lower_ in RECIPROCAL for g in x.children):
                return True
        if a.head.i == a.i or (a.dep_ == "conj" and a.pos_ == "VERB" and a.head.dep_ in ("ROOT", "ccomp")):
            return False    # not across predicates: "expressed mutual interest in X and praised Y"
        a = a.head
