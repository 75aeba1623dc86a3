"""Wars labelled by their doer (docs/coder.md, "Stances"): "condemned Russia's brutal aggression",
"Russia's vicious invasion" name a war act by its doer alone, and so a stance on the one issue that
doer's wrong acts stand for (counter_polarity.tsv), held against the doer by whoever speaks of it."""
from __future__ import annotations

from spacy.tokens import Span, Token

from readout.coder.grammar import clause_of, span_text, subject_token
from readout.coder.records import Placeholder, Stance, is_code
from readout.coder.sources import Analysis
from readout.coder.stance_clues import framing, proposed
from readout.coder.stance_holders import backers_of, holders_of, speaker_of
from readout.coder.stance_judged import backed_act, backer_of, judged_in_clause
from readout.coder.stance_polarity import OPPOSE, SUPPORT, act_lemma, issue_of_doer, word_polarity
from readout.coder.stance_toward import doer_of
from readout.coder.status import ClauseStatus
from readout.issues import fold
from readout.lexicons import word_class

__all__ = ["labelled_wars"]

WAR_ACTS = word_class("war_act")
WAR_LABELS = word_class("war_label")      # "Russia's war", "Moscow's invasion"; not "the build-up"
GENERIC_DETS = word_class("generic_det")          # "any unilateral attempts": anyone's act
RESIST_VERBS = word_class("war_resist_verb")    # "defending their homeland against Russia's war"
RESIST_PREPS = word_class("war_resist_prep")    # "defending ... against", "protect itself from"
# any form of a war act in a sentence's text ("build-up" is lemmatized as "buildup"), looked for
# in the text folded as re.IGNORECASE folds it: a case-blind regex of ten words took 0.1 ms a sentence
_WAR_WORDS = tuple(sorted(WAR_ACTS | {"build"}))


def labelled_wars(an: Analysis, sent: Span, index: int, covered: set[int], issue_at: dict[int, str]) -> list[Stance]:
    """"condemned Russia's brutal aggression", "Russia's vicious invasion": a war act named by
    its doer alone is about the one issue that doer's wrong acts stand for (counter_polarity.tsv),
    held against the doer by whoever speaks of it (GUIDE.md: labels give the holder's stance)."""
    out = []
    low = fold(span_text(sent))
    if not any(word in low for word in _WAR_WORDS):
        return out          # most sentences name no war act: skip the token walk
    for tok in sent:
        if tok.pos_ != "NOUN" or act_lemma(tok) not in WAR_ACTS:
            continue
        doer = doer_of(an, tok)
        issue = issue_of_doer().get(doer)
        if issue is None:
            continue
        label = act_lemma(tok) in WAR_LABELS and not any(c.dep_ == "det" and c.lower_ in GENERIC_DETS
                                                         for c in tok.children)
        # "any nuclear attack by the DPRK will be met with ...": a deed that may come is no label
        told = tok.dep_ == "dobj" and not word_polarity(tok.head)
        if told and (not label or doer in an.sources(clause_of(tok.head))) \
                and not (label and framing(clause_of(tok.head))):
            continue    # "Russia continued its invasion": the act told of its doer, not a stance on it;
            # but "six months since Russia launched its full-scale invasion", "when Putin launched his
            # invasion, ...": a clause that frames the sentence in time is the speaker's telling, its label
        if any(t.i in covered and (not label or issue_at.get(t.i) != issue) for t in tok.subtree):
            continue    # another issue inside ("Russia's attacks on civilians"): that phrase's stance;
            # the conflict itself named as the victim ("Russia's aggression against Ukraine") is this one
        if not told and not judged_in_clause(tok):
            continue
        voiced = told      # the holders are the story's voice, not whoever acts on the deed
        if told:
            # "raised Russia's brutal war against Ukraine", "refugees who have fled Russia's war":
            # someone else's verb on the doer's act, which the story's own words label
            # the backed actor resisting it ("their support for Ukraine as it resists Russia's war"): the backers
            holders = backers_of(an, clause_of(tok.head)) or speaker_of(an, clause_of(tok.head))
        elif ClauseStatus(tok, clause_of(tok)).discussed:
            if not label:
                continue
            # "the leaders discussed Russia's war against Ukraine": the parties only discussed it, but
            # the label is the story's own word (GUIDE.md: labels give the holder's stance)
            holders, voiced = an.voice(), True
        else:
            holders = holders_of(an, tok)
            verb = _resisted(tok)
            # the resisting verb's own subject ("as Ukraine defends itself"), else whoever its clause's holders are
            subj = subject_token(verb) if verb is not None else None
            resisters = set(an.codes_of_np([subj]) if subj is not None else ()) \
                or (set(holders_of(an, verb)) if verb is not None else set())
            if {r for r in resisters if is_code(r)} & set(holders):
                # "Ukraine is defending its freedom against the Russian aggression": resisting the war is the
                # victim's act, told in the story's words, whose label they are (the gold: the speaker's stance)
                holders = backers_of(an, clause_of(verb)) or tuple(
                    h for h in speaker_of(an, clause_of(verb)) if h not in resisters)
                if not holders:
                    continue
                voiced = True
        if holders == (Placeholder.PARTICIPANTS,) and an.reporter and proposed(an, tok):
            holders = (an.reporter,)
        if label and not [h for h in holders if h != doer]:
            # "since Moscow's invasion of Ukraine began", "Russia's war of aggression has brought
            # untold suffering": no one else acts in the clause, so the label is its speaker's
            holders, voiced = speaker_of(an, clause_of(tok)), True
        # backing the act itself ("supports Russia's special military operation"), else opposing
        # it: "defends itself from Russian aggression" is no support for the aggression
        polarity = SUPPORT if backed_act(tok) and not voiced else OPPOSE
        backer = backer_of(tok)
        backers = [m.code for _, m in an.actors_in([backer])] if backer is not None else []
        for h in holders:
            if h != doer:
                # "condemned Iran's support for Russia's war": the backing is Iran's, the speaker opposes
                pol = OPPOSE if backer is not None and h not in backers else polarity
                out.append(Stance(h, pol, issue, doer, index, tok.idx, tok.idx + len(tok.text)))
    return out


def _resisted(tok) -> Token | None:
    """The verb of resistance whose "against" or "from" names a war act ("defending their homeland against
    Russia's war", "defending its freedom against the Russian aggression", "protect itself from Russian
    aggression"), else None."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in RESIST_PREPS:
        return None
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head     # the parse may hang it on the object
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RESIST_VERBS:
        return None
    # told as going on ("is defending", "while defending", "as it defends"); resisting pledged ("committed to
    # defend NATO territory against Russian aggression") is the pledgers' own stance
    pledged = verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    return None if pledged else verb
