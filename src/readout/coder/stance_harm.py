"""Killing civilians told as done (docs/coder.md, "Stances"): "the strike killed dozens of civilians", "the
attacks, which killed and injured Yemeni civilians", "the regime deliberately struck at civilians" name a
wrong done to the people humanitarian law protects, with no polarity word: the speaker's opposition on the
issue toward the doer, as a verb of repression over a governed good is (stance_judged.repressed_by)."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.grammar import clause_of, is_negated, np_tokens, subject_token
from readout.coder.records import Stance, is_code
from readout.coder.sources import Analysis
from readout.coder.stance_holders import speaker_of
from readout.coder.stance_polarity import OPPOSE, WRONG_ACTS, act_lemma
from readout.coder.stance_toward import doer_of
from readout.coder.told_before import earlier_doer, first_other
from readout.lexicons import word_class

__all__ = ["killed_people", "killing_verb"]

KILLING_VERBS = word_class("killing_verb")       # kill, wound, injure, strike at ...
HARMED_PEOPLE = word_class("harmed_people_issue")  # humanitarian: the civilians killed
HARM_DEEDS = word_class("harm_deed")              # "the assault ... has killed": an act noun as the subject
AIMED_PREPS = word_class("killing_aim_prep")      # "struck at civilians", "fired on civilians"


def _object_of(root: Token) -> Token | None:
    """The token the issue phrase fills as what a verb is done to: its object, passive subject or "at" object,
    through a coordination and "dozens of" ("killing and wounding dozens of civilians"), or None."""
    t = root
    for _ in range(6):
        if t.dep_ not in ("conj", "appos", "compound", "amod") or t.head.i == t.i:
            break
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "NUM") \
            and t.head.head.dep_ in ("dobj", "nsubjpass"):
        t = t.head.head     # "killed dozens of civilians", "tens of thousands of civilians"
        while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "NUM"):
            t = t.head.head
    if t.dep_ == "pobj" and t.head.lower_ in AIMED_PREPS:
        return t.head       # "struck indiscriminately at civilians"
    return t if t.dep_ in ("dobj", "nsubjpass") else None


def killing_verb(root: Token, issue: str) -> Token | None:
    """The verb of killing whose object (or passive subject, or "at" object) the issue phrase is, through a
    coordination ("killing and wounding dozens of civilians"), or None; not negated."""
    t = _object_of(root) if issue in HARMED_PEOPLE else None
    if t is None:
        return None
    verb = t.head
    if verb.pos_ != "VERB" or is_negated(verb):
        return None
    if verb.lemma_.lower() in KILLING_VERBS:
        return verb
    # "killing and wounding dozens of civilians": the object parsed on the last verb of the pair; not "killing
    # innocents and causing a humanitarian catastrophe", where the killing has an object of its own
    return next((c for c in verb.conjuncts if c.lemma_.lower() in KILLING_VERBS and c.i < verb.i
                 and not any(g.dep_ == "dobj" for g in c.children)), None)


def _killer(an: Analysis, verb: Token, holders) -> str | None:
    """Who kills: an actor in the subject's phrase (or the doer of the act noun that is the subject: "Russia's
    strikes killed ..."), the subject of the clause a participle or joined verb hangs on, the doer of the noun a
    relative clause is said of ("the attacks, which killed ..."), the "by" agent of a passive; None for a group
    ("Hamas killed civilians" is terror, told by its own key in the gold, GUIDE.md)."""
    v = verb
    for _ in range(3):
        if subject_token(v) is not None or v.head.i == v.i:
            break
        if v.dep_ in ("conj", "advcl"):
            v = v.head      # "carried out a strike ..., killing dozens of civilians"
        elif v.dep_ == "pcomp" and v.head.lower_ == "for" and v.head.head.pos_ == "VERB":
            # "condemned Russia for killing civilians": the one charged with it
            charged = [t for c in v.head.head.children if c.dep_ == "dobj" for t in c.subtree]
            return first_other(an, charged, holders)
        else:
            break
    subj = subject_token(v)
    if subj is not None and subj.dep_ == "nsubjpass":
        subj = None         # "civilians were killed": the victims, not the doer
    if subj is not None and subj.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
        subj = v.head       # "the attacks, which killed ..."
    if subj is None:
        tokens = [t for c in v.children if c.dep_ == "agent" for t in c.subtree]
    else:
        tokens = np_tokens(subj)
    found = doer_of(an, subj, holders) if subj is not None and subj.pos_ == "NOUN" else None
    if found is None and subj is not None and act_lemma(subj) in WRONG_ACTS | HARM_DEEDS:
        # "the sustained assault on Gaza has killed ...": the doer of that act told before
        found = earlier_doer(an, subj, holders, own=True)
    found = found or first_other(an, tokens, holders)
    if any(m.code == found and m.kind == "group" for _, m in an.actors_in(tokens)):
        return None
    return found


def killed_people(an: Analysis, root: Token, verb: Token, start: int, end: int, issue: str,
                  index: int) -> list[Stance]:
    """Stances of the speaker of the killing's clause against the killer; [] where no actor other than the
    speaker and the victims ("Palestinian civilians") kills (a deed told by its own doer, or no doer named)."""
    holders = speaker_of(an, clause_of(verb))
    victims = {m.code for _, m in an.actors_in(list(_object_of(root).subtree))}
    killer = _killer(an, verb, (*holders, *victims))
    if not is_code(killer):
        return []
    return [Stance(h, OPPOSE, issue, killer, index, min(start, verb.idx), max(end, verb.idx + len(verb.text)))
            for h in holders if is_code(h) and h != killer]
