"""Sanctions told by the sanctioned side (docs/coder.md, "Stances"): "the British side imposed unilateral sanctions
on relevant Chinese individuals" in China's own statement, "the anti-Russian sanctions regularly imposed by the
administration", "Tokyo has joined the Western sanctions against Russia" name measures aimed at the speaker's own
country: told by that country with no polarity word, its opposition to them, toward whoever imposes them (GUIDE.md:
`sanctions` covers unilateral sanctions; with `toward` set, polarity is toward that actor's acts)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from readout.coder.grammar import clause_of, is_negated, np_tokens, subject_token
from readout.coder.records import Stance, is_code
from readout.coder.sources import Analysis
from readout.coder.stance_holders import speaker_of
from readout.coder.stance_polarity import OPPOSE
from readout.coder.stance_toward import doer_of
from readout.coder.told_before import earlier_doer, first_other
from readout.lexicons import word_class

__all__ = ["sanctioned_self"]

IMPOSED_ISSUES = word_class("imposed_measure_issue")   # sanctions
AIMED_PREPS = word_class("measure_aim_prep")           # on, against: whom the measure is aimed at
LIFTING = word_class("lifting_word")                   # lift, ease, waive: the measure undone, no grievance


def _aimed_at(an: Analysis, root: Token) -> set:
    """The actor codes a measure is aimed at: "anti-Russian", "sanctions on Chinese individuals", "imposed
    sanctions on relevant Chinese individuals" (the "on" parsed on the verb)."""
    out = set()
    for i in range(root.left_edge.i, root.i):
        t = root.doc[i]
        if t.lower_.startswith("anti") and i + 1 < root.i:
            # "anti-Russian", tokenized "anti", "-", "Russian"
            out |= {m.code for _, m in an.actors_in(root.doc[i + 1:root.i]) if is_code(m.code)}
            break
    heads = [root] + ([root.head] if root.dep_ == "dobj" and root.head.pos_ == "VERB" else [])
    heads += [c for c in root.children if c.dep_ == "acl"]     # "the sanctions imposed on Iran"
    for h in heads:
        for prep in h.children:
            if prep.dep_ == "prep" and prep.lower_ in AIMED_PREPS:
                named = [t for p in prep.children if p.dep_ == "pobj" for t in np_tokens(p)]
                out |= {m.code for _, m in an.actors_in(named) if is_code(m.code)}
    return out


def _imposer(an: Analysis, root: Token, holders) -> str | None:
    """Who imposes the measure: its doer ("sanctions imposed by X", "X's sanctions"), or the subject of the verb
    it is the object of ("the British side imposed ...", "Tokyo has joined the sanctions")."""
    found = doer_of(an, root, holders)
    if found:
        return found
    verb = root.head
    subj = subject_token(verb) if root.dep_ == "dobj" and verb.pos_ == "VERB" else None
    found = first_other(an, list(subj.subtree), holders) if subj is not None else None
    # "the step was a response to the sanctions": the side told imposing them just before
    return found or earlier_doer(an, root, holders, own=True)


def sanctioned_self(an: Analysis, span: Span, issue: str, index: int) -> list[Stance]:
    """The speaker's opposition to a measure aimed at its own country, toward its imposer ([] where it is aimed at
    someone else, undone, or denied, or no imposer is named)."""
    root = span.root
    if issue not in IMPOSED_ISSUES or root.pos_ != "NOUN" or is_negated(root.head):
        return []
    if root.head.lemma_.lower() in LIFTING or (root.dep_ == "pobj" and root.head.head.lemma_.lower() in LIFTING):
        return []           # "the lifting of the sanctions on Syria": what is undone
    aimed = _aimed_at(an, root)
    holders = [h for h in speaker_of(an, clause_of(root)) if h in aimed]
    if not holders:
        return []
    toward = _imposer(an, root, holders)
    if not is_code(toward) or toward in holders:
        return []       # no imposer named: the story's other mention of the measures names it, or no one does
    # "the United States and Canada announced unilateral sanctions": each imposer is aimed at
    verb = root.head if root.dep_ == "dobj" else root
    named = [t for t in verb.subtree if getattr(an.tok_mention.get(t.i), "code", None) == toward]
    towards = [toward]
    for c in (c for t in named for c in t.conjuncts):
        code = getattr(an.tok_mention.get(c.i), "code", None)
        if is_code(code) and code not in towards and code not in holders:
            towards.append(code)
    return [Stance(h, OPPOSE, issue, t, index, span.start_char, span.end_char) for t in towards for h in holders]
