"""What an outer word says of a stance: the position or effort of a possessor it judges, a modifier that
condemns the issue as the speaker's label, and who keeps to a standard a word cites (split from stances.py)."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.grammar import clause_of, is_negated
from readout.coder.records import is_code
from readout.coder.sources import Analysis
from readout.coder.stance_holders import holders_of
from readout.coder.stance_polarity import OPPOSE, SUPPORT, WRONG_ACTS, act_lemma, issue_sides, polarity_above
from readout.coder.status import ClauseStatus
from readout.lexicons import word_class

__all__ = ["condemning_label", "nested_position", "standard_keepers"]

CONDEMNING_MODIFIERS = word_class("condemning_modifier")   # "illegal unilateral sanctions"
FIRST_PERSON = word_class("first_person")
EFFORT_WORDS = word_class("effort_word")          # "the efforts of France to ...": whose effort
MAKER_PREPS = word_class("maker_prep")            # "of", "by": who makes the effort


def standard_keepers(an: Analysis, word: Token) -> tuple:
    """Who keeps to the standard a word cites ("acted in accordance with international law"), or ()."""
    return holders_of(an, word) or (holders_of(an, word.head) if word.dep_ in ("acl", "relcl") else ())


def condemning_label(root: Token, issue: str) -> Token | None:
    """"is subjected to illegal unilateral coercive measures imposed by the United States", "the
    unlawful and oppressive sanctions": a modifier that condemns a wrong the issue names (one that
    an oppose word aimed at no one opposes) is the speaker's label (GUIDE.md), or None."""
    sides = issue_sides().get(issue)
    if sides is not None and sides.unaimed != OPPOSE:
        return None     # a good or a conflict: "illegal settlements" are no label of a settlement
    mods = [c for c in root.children if c.dep_ == "amod"]
    mods += [g for c in mods for g in c.conjuncts]      # "the unlawful and oppressive sanctions"
    return next((c for c in mods if c.lower_ in CONDEMNING_MODIFIERS and not is_negated(c)), None)


def nested_position(an: Analysis, word: Token, holders):
    """"commended Australia's support for Ukraine", "thanked Turkey for its support for ...",
    "appreciated Japan's efforts to preserve the JCPOA": the possessor's position or effort is
    what the outer word judges; the outer clause holds the stance."""
    if act_lemma(word) in WRONG_ACTS or not holders:
        return None
    if any(c.dep_ == "poss" for c in word.children):
        inner = holders
    elif word.dep_ == "acl" and word.pos_ == "VERB" and word.head.i not in an.tok_mention:
        # "appreciated Japan's efforts to preserve the JCPOA": the effort's possessor acts
        poss = [c for c in word.head.children if c.dep_ == "poss" and c.lower_ not in FIRST_PERSON]
        if not poss and word.head.lemma_.lower() in EFFORT_WORDS:
            # "supports the efforts of France to combat climate change", "the efforts by the US, Qatar
            # and Egypt to reach a deal": "of" or "by" names whose effort it is, as a possessor does
            poss = [g for c in word.head.children if c.dep_ == "prep" and c.lower_ in MAKER_PREPS and c.i < word.i
                    for g in c.children if g.dep_ == "pobj"]
        inner = tuple(c for c in an.codes_of_np(poss) if is_code(c)) if poss else ()
        if not inner:
            return None
    else:
        return None
    above = polarity_above(word)
    if above is None:
        return None
    outer_word, outer_raw = above
    outer = holders_of(an, outer_word)
    if not outer or set(outer) & set(inner) or ClauseStatus(outer_word, clause_of(outer_word)).discussed:
        return None
    return outer, inner[0], SUPPORT if outer_raw == SUPPORT else OPPOSE
