"""Wrongful detention told as a label (docs/coder.md, "Stances"): "an American wrongfully detained in Russia",
"every American unjustly held in Iran", "years of wrongful imprisonment in Venezuela" name the detention a wrong,
whatever word governs the phrase ("we welcome home Paul, who was arbitrarily detained in Russia" welcomes the
release, not the detention): the speaker's opposition on `human_rights` toward the detaining state (GUIDE.md:
labels give the holder's stance; with `toward` set, polarity is toward that actor's acts)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from readout.coder.grammar import clause_of, is_negated
from readout.coder.records import Stance, is_code
from readout.coder.sources import Analysis
from readout.coder.stance_holders import speaker_of
from readout.coder.stance_polarity import OPPOSE
from readout.coder.told_before import first_other
from readout.coder.word_index import words_in
from readout.lexicons import word_class

__all__ = ["wrongful_detentions"]

DETENTION_WORDS = word_class("detention_word")     # detain, hold, imprison, detention, imprisonment ...
WRONGFUL = word_class("wrongful_manner")            # arbitrarily, wrongfully, unjustly ...
ISSUE = "human_rights"      # GUIDE.md: human rights, detentions, freedoms (issues.jsonl note)
PASSIVE_DEPS = ("auxpass", "nsubjpass")


def detention_label(tok: Token) -> Token | None:
    """The manner word that makes a detention wrongful ("wrongfully detained", "unjust imprisonment"), or None;
    a verb only as a participle ("held in Iran"; not "they hold talks"), never negated."""
    if tok.lemma_.lower() not in DETENTION_WORDS and tok.lower_ not in DETENTION_WORDS:
        return None
    if tok.pos_ == "VERB" and tok.tag_ != "VBN":
        return None
    if tok.pos_ not in ("VERB", "NOUN") or is_negated(tok):
        return None
    return next((c for c in tok.children if c.dep_ in ("advmod", "amod") and c.lower_ in WRONGFUL), None)


def _detainer(an: Analysis, tok: Token, holders) -> str | None:
    """The detaining state: the agent ("detained by Iran"), the possessor ("Iran's wrongful detention of"), the
    subject of an active verb ("those it has unjustly imprisoned"), or the country it happens in ("in Russia")."""
    def first(tokens):
        return first_other(an, tokens, holders)

    for c in tok.children:
        if c.dep_ == "agent" or c.dep_ == "poss":
            found = first(list(c.subtree))
            if found:
                return found
    if tok.pos_ == "VERB" and not any(c.dep_ in PASSIVE_DEPS for c in tok.children) and tok.dep_ not in ("acl", "amod"):
        found = next((c for c in an.sources(tok) if is_code(c) and c not in holders), None)
        if found:
            return found
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            places = [m.code for _, m in an.actors_in([g for p in c.children if p.dep_ == "pobj" for g in p.subtree])
                      if m.kind == "country" and m.code not in holders]
            if places:
                return places[0]
    return None


def wrongful_detentions(an: Analysis, sent: Span, index: int) -> list[tuple[int, Stance]]:
    """(the detention's token, the speaker's (oppose, human_rights, detainer)) for each wrongful detention the
    sentence names with its detaining state; none where no state is named ("all those who remain unjustly
    detained")."""
    out = []
    for tok in words_in(sent, DETENTION_WORDS):     # the words detention_label reads
        label = detention_label(tok)
        if label is None:
            continue
        holders = tuple(h for h in speaker_of(an, clause_of(tok)) if is_code(h))
        doer = _detainer(an, tok, holders) if holders else None
        if doer is None:
            continue
        start, end = min(label.idx, tok.idx), max(label.idx + len(label), tok.idx + len(tok))
        out += [(tok.i, Stance(h, OPPOSE, ISSUE, doer, index, start, end)) for h in holders if h != doer]
    return out
