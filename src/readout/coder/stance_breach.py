"""Breaches and backing as stances (docs/coder.md, "Stances"): who breaches what a breach adjective is
said of ("actions contrary to international law"), whether an issue's owner is the victim of a wrongful
act on the way to its polarity word, and concern about one actor's backing of a wrongdoer."""
from __future__ import annotations

from spacy.tokens import Span, Token

from readout.coder.grammar import is_negated, subject_token
from readout.coder.records import Stance, is_code
from readout.coder.sources import Analysis
from readout.coder.stance_holders import holders_of
from readout.coder.stance_polarity import (OPPOSE, SUPPORT, WRONG_ACTS, act_lemma, issue_of_doer, polarity_above,
                                           word_polarity)
from readout.coder.stance_toward import doer_of, named_last
from readout.coder.stance_topic import conflict_keys
from readout.coder.word_index import words_in
from readout.lexicons import word_class

__all__ = ["backing", "backers_beside", "breacher", "owner_harmed"]

BACKING_NOUNS = word_class("backing_noun")        # "the PRC's support to Russia's defense industrial base"
BACKED_PREPS = word_class("backed_prep")          # "support for", "support to"
OWNER_PRONOUNS = word_class("owner_pronoun")      # "its military support for Russia's war": the actor named before
DOING_VERBS = word_class("doing_verb")            # "is committing genocide ... with the full support of ..."


def backing(an: Analysis, sent: Span, index: int) -> list[Stance]:
    """"raised concerns about the PRC's support to Russia's defense industrial base", "condemned Iran's
    military support for Russia": one actor's backing of another whose wrongful acts stand for one issue
    (counter_polarity.tsv: RUS for ukraine), judged by an oppose word above it, is opposition on that issue
    toward the backer (GUIDE.md: toward is the actor whose acts on the issue are judged)."""
    out = []
    for tok in words_in(sent, BACKING_NOUNS):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in BACKING_NOUNS or word_polarity(tok) != SUPPORT:
            continue
        backers = [m.code for _, m in an.actors_in([c for c in tok.children if c.dep_ == "poss"]) if is_code(m.code)]
        if not backers:
            continue
        backed = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in BACKED_PREPS
                  for p in c.children if p.dep_ == "pobj"
                  for g in [p, *(x for x in p.children if x.dep_ in ("poss", "compound"))]]
        issues = [issue_of_doer().get(m.code) for _, m in an.actors_in(backed)]
        issue = next((i for i in issues if i), None)
        above = polarity_above(tok)
        if issue is None or above is None or above[1] != OPPOSE:
            continue
        for h in holders_of(an, above[0]):
            if is_code(h) and h != backers[0]:
                out.append(Stance(h, OPPOSE, issue, backers[0], index, tok.idx, tok.idx + len(tok.text)))
    return out


def owner_harmed(root: Token, word: Token) -> bool:
    """A wrongful act on the way from the issue up to its polarity word, or that word itself ("the
    attack on the territorial integrity of Georgia", "condemns threats to the sovereignty of Venezuela"):
    the issue's owner is the victim of that act."""
    t, below = root, None
    for _ in range(8):
        if t.i != root.i and act_lemma(t) in WRONG_ACTS:
            return True
        if t.i == word.i or t.head.i == t.i:
            # "condemns threats to the sovereignty of ...", its "to" parsed on the verb: the verb's object
            return t.pos_ == "VERB" and below is not None and below.dep_ == "prep" and any(
                c.dep_ == "dobj" and act_lemma(c) in WRONG_ACTS for c in t.children)
        below, t = t, t.head
    return False


def breacher(an: Analysis, adj: Token, holders):
    """Who breaches the law by what a breach adjective is said of: the doer of the noun it modifies
    ("actions, contrary to international law, of the United States") or of the antecedent of a
    relative clause it is the predicate of ("settlements, which are illegal under ..."), else the
    subject of the clause that does that thing ("Israel is expanding settlements, which are ...")."""
    while adj.dep_ == "conj" and adj.head.pos_ == "ADJ" and adj.head.i != adj.i:
        adj = adj.head      # "the measures are illegal and contrary to international law": the first adjective's place
    thing = adj.head if adj.dep_ in ("amod", "appos") else None
    if adj.dep_ == "advmod" and adj.i >= 2 and adj.nbor(-1).is_punct:
        thing = adj.nbor(-2)    # "the hostile steps, contrary to international law, of ...", misparsed
    if adj.dep_ == "advmod" and adj.pos_ == "ADV" and thing is None and adj.head.pos_ == "VERB":
        thing = subject_token(adj.head)     # "the failure to protect the mission runs counter to ..."
    if adj.dep_ == "acomp":
        subj = subject_token(adj.head)
        thing = subj.head.head if subj is not None and subj.tag_ in ("WDT", "WP") and subj.head.dep_ == "relcl" \
            else subj
    if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return None
    if thing.i in an.tok_mention and thing.head.dep_ == "agent" and an.tok_mention[thing.i].code not in holders:
        return an.tok_mention[thing.i].code    # "steps taken by Iran, which are inconsistent with the JCPOA"
    if thing.i in an.tok_mention and thing.dep_ == "pobj" and thing.head.head.pos_ == "NOUN":
        thing = thing.head.head     # "settlements in the West Bank, which are illegal": not the place
    found = doer_of(an, thing, holders)
    if found is None:
        of = [g for c in list(thing.children) + list(adj.children) if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.subtree]
        found = next((m.code for _, m in an.actors_in(of) if m.code not in holders), None)
    t = thing
    for _ in range(8):
        if found is not None or t.head.i == t.i:
            break
        t = t.head      # "the government is working ... through the expansion of settlements, which ..."
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")), None)
        if subj is not None:
            found = next((m.code for _, m in an.actors_in(list(subj.subtree)) if m.code not in holders), None)
            break
    return found


def backers_beside(an: Analysis, sent: Span, index: int, found: list[Stance]) -> list[Stance]:
    """"the PRC's support for Russia's defense industrial base is enabling Moscow's war against Ukraine", "its
    military support for Russia's illegal war", "genocide against the people of Gaza with the full support of the
    United States": where the sentence opposes a party's acts in a conflict, another actor's backing of that wrongdoer told beside it is opposed on the same issue, toward the
    backer (GUIDE.md: toward is the actor whose acts on the issue are judged; the gold keeps both)."""
    aimed = [s for s in found if s.polarity == OPPOSE and is_code(s.toward) and s.issue in conflict_keys()]
    out: list[Stance] = []
    if not aimed:
        return out
    for tok in words_in(sent, BACKING_NOUNS):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in BACKING_NOUNS or word_polarity(tok) != SUPPORT:
            continue
        if tok.head.pos_ in ("VERB", "AUX") and is_negated(tok.head):
            continue        # "has not given any support to Russia's war"
        backer = _backer_of(an, tok)
        if backer is None:
            continue
        backed = [m.code for _, m in an.actors_in([g for c in tok.children if c.dep_ == "prep" and c.lower_ in BACKED_PREPS
                                                   for p in c.children if p.dep_ == "pobj"
                                                   for g in [p, *(x for x in p.children if x.dep_ in ("poss", "compound"))]])]
        # "committing genocide ... with the full support of the United States": the backing of the deed told
        beside_deed = tok.dep_ == "pobj" and tok.head.lower_ == "with" and not backed and _on_deed(tok.head)
        for s in aimed:
            if backer in (s.holder, s.toward) or not (s.toward in backed or beside_deed):
                continue
            if not any((o.holder, o.issue, o.toward) == (s.holder, s.issue, backer) for o in out):
                out.append(Stance(s.holder, OPPOSE, s.issue, backer, index, tok.idx, tok.idx + len(tok.text)))
    return out


def _backer_of(an: Analysis, noun: Token):
    """Whose backing a support noun is: its possessor ("the PRC's support", "its support" for the actor named
    just before), an actor modifying it ("U.S. support") or named by its "of" ("the support of the United
    States"); None if no actor."""
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS:
            return named_last(an, c, ())
        if c.dep_ in ("poss", "compound", "amod") or c.dep_ == "prep" and c.lower_ == "of":
            codes = [m.code for _, m in an.actors_in(list(c.subtree)) if is_code(m.code)]
            if codes:
                return codes[0]
    return None


def _on_deed(prep: Token) -> bool:
    """The phrase hangs on a wrongful act: "genocide against the people of Gaza with ...", "is committing genocide
    ... with ...", "the war, which is waged with ..."; the way up ends at the first verb ("delivered aid with")."""
    t = prep.head
    for _ in range(6):
        if act_lemma(t) in WRONG_ACTS:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return t.lemma_.lower() in DOING_VERBS or any(c.dep_ in ("dobj", "conj", "nsubjpass") and act_lemma(c) in WRONG_ACTS for c in t.children) \
                or t.dep_ == "relcl" and act_lemma(t.head) in WRONG_ACTS
        if t.head.i == t.i:
            return False
        t = t.head
    return False
