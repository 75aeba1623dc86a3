"""Whose act a noun refers back to, where its own phrase names no doer (docs/coder.md, "Stances" and
"At whom"): the doer named for the same act, or the same kind of act, told just before ("The Ministry
condemned the attack carried out by X. ... the attack was a violation of ..."), else the last actor
named; and who harms the protected people an issue phrase names, the doer of the wrongful act on the
way up or of the one told before. Split from stance_toward.py; used by stances.py, events.py,
doers.py and referred.py."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.grammar import is_negated, sentences_back, sentences_before, subject_token
from readout.coder.records import is_code
from readout.coder.sources import Analysis
from readout.coder.stance_polarity import WRONG_ACTS, act_lemma
from readout.coder.stance_toward import MEASURES, doer_of
from readout.lexicons import word_class

__all__ = ["earlier_doer", "told_deed_doer", "referred_doer", "harm_doer", "teller_before", "acting_subject",
           "such_act_doer", "first_other", "done_deed_doer", "TOLD_ACT_VERBS"]

# "Japan condemns these actions, which constitute a violation of ...": a general act noun may refer
# back to any wrongful act named just before ("Russia's aggression")
REFERRED_ACTS = word_class("referred_act_noun")
# "Speaker X met Tsai Ing-wen ... China condemns the meeting": an act noun and the verb telling the same act
TOLD_ACT_VERBS = {noun: verb for noun, verb in (pair.split(">") for pair in word_class("told_act_verb"))}
DEFINITE = word_class("definite_det")
REFERRING = word_class("referring_modifier")
NOUN_SUFFIXES = tuple(word_class("noun_suffix"))     # "interference" the tagger read as a verb
DEMONSTRATIVES = word_class("demonstrative_pronoun")    # "This is a blatant interference in ...": the deed told before
DEED_PRONOUNS = word_class("deed_pronoun")     # "They gravely undermine China's sovereignty": the deeds told before
# "attacks against civilians", "the killing of refugees": people a wrongful act harms (issue-phrase heads)
PROTECTED = word_class("protected_people")
DEED_VICTIM_PREPS = word_class("deed_victim_prep")     # "used starvation as a weapon against civilians"
CHARGE_PREPS = word_class("charge_prep")            # "accused Israel of using ...", "condemned Russia for attacking ..."
EFFORTS = word_class("effort_word")         # "Russian attempts to interfere in ...": whose attempt
DOING_VERBS = word_class("doing_verb")       # "the armed forces of X launched an armed attack": its subject did it
JUDGING_VERBS = word_class("judging_verb")   # "The President condemns the opening of ... by Turkey": the holders' own verb
IMPOSED = word_class("imposed_measure")     # "... describing the move as a breach of ...": the sanctions


def earlier_doer(an: Analysis, act: Token, holders=(), reach: int = 3, own: bool = False):
    """"The Ministry condemned the attack carried out by the Zionist regime. ... the attack was a
    violation of ...": the doer named for the same act (or, for a wrongful act or a general act
    noun, any wrongful act: "the strike ... the attack", "Russia's aggression ... these actions")
    in the sentences just before, or None. `own`: an act described as a breach ("condemned the sanctions
    that the United States imposed, describing the move as a breach of ..."): also earlier in its own
    sentence, and an imposed measure is such an act too (the stance finder's breaches only; events keep
    the sentences before, where "such provocative moves" refer to the acts told there)."""
    lemma = act_lemma(act)
    for prev in sentences_back(act, reach, own=own):
        for tok in reversed(prev):
            if tok.pos_ == "NOUN" and (act_lemma(tok) == lemma
                                       or lemma in WRONG_ACTS | REFERRED_ACTS and act_lemma(tok) in WRONG_ACTS
                                       or own and lemma in REFERRED_ACTS and act_lemma(tok) in MEASURES | IMPOSED):
                found = doer_of(an, tok, holders)
                if found:
                    return found
            if tok.pos_ == "NOUN" and act_lemma(tok) == lemma and tok.dep_ == "nsubjpass" and _told_deed(tok.head):
                # "a fence was built by India. Islamabad described the fence as a violation of ...": the
                # same thing told in a passive with its agent
                for _, mention in an.actors_in([g for c in tok.head.children if c.dep_ == "agent" for g in c.subtree]):
                    if mention.code not in holders:
                        return mention.code
            if lemma in REFERRED_ACTS and tok.pos_ == "VERB" and _told_deed(tok):
                # "the arson was ordered by the Russian special services. Such acts constitute ...": a
                # deed told in a passive with its agent is the act a general act noun refers to
                for _, mention in an.actors_in([g for c in tok.children if c.dep_ == "agent" for g in c.subtree]):
                    if mention.code not in holders:
                        return mention.code
    return None


def told_deed_doer(an: Analysis, act: Token, holders=(), reach: int = 2):
    """Who did the act a definite noun refers back to where that act was told by a verb: "Speaker
    McCarthy met Tsai Ing-wen in California. China condemns the meeting" (the subject of the verb
    telling the same act), "The Commission released a report on India. We reject this report" (the
    subject of the verb whose object is the same noun); in the sentences just before or earlier in
    its own; None where no such verb names a doer other than the holders."""
    lemma = act_lemma(act)
    verb = TOLD_ACT_VERBS.get(lemma)
    if verb is None:
        return None
    for span in sentences_back(act, reach):
        for tok in reversed(span):
            if tok.pos_ == "VERB" and tok.lemma_.lower() == verb and tok.tag_ != "VBG":
                teller = tok
            elif tok.pos_ == "NOUN" and act_lemma(tok) == lemma and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
                teller = tok.head
            else:
                continue
            found = [c for c in an.sources(teller) if is_code(c) and c not in holders]
            if found:
                return found[0]
    return None


def _told_deed(verb: Token) -> bool:
    """A passive verb whose subject is a thing done, not an actor, told with its agent ("the arson was
    ordered by ...")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and subj.pos_ == "NOUN" and any(c.dep_ == "agent" for c in verb.children)


def referred_doer(an: Analysis, act: Token, holders=()):
    """Who did an act a definite noun refers back to ("The launch is a violation of ...", "opposes
    this move"): the doer named for that act just before (earlier_doer), else the last actor of the
    sentences before, unless it is one of `holders`; None where neither is known."""
    found = earlier_doer(an, act, holders) or told_deed_doer(an, act, holders)
    if found:
        return found
    return an.last_actor if is_code(an.last_actor) and an.last_actor not in holders else None


def harm_doer(an: Analysis, root: Token, word: Token, holders=(), war_doer=None):
    """"the Russian strikes on civilians must stop", "the regime's shelling of civilians", "accused Israel
    of using starvation as a weapon against civilians", "is prepared to use any means against the civilian
    population": who harms the protected people an issue phrase names (`protected_people`), from the
    wrongful act on the way up to the polarity word (its doer, else the doer of the same kind of act told
    just before) or the deed a victim preposition ("against") hangs on (the subject of its clause, or the
    one charged with it); a definite act with no doer told is the story's war's (`war_doer`: "the killing
    of civilians in Bucha" in a story about the war in Ukraine); None where no one is named (GUIDE.md:
    toward is whose acts are judged)."""
    if root.lemma_.lower() not in PROTECTED:
        return None
    t = root
    for _ in range(10):
        if t.i != root.i and act_lemma(t) in WRONG_ACTS and t.pos_ in ("NOUN", "VERB"):
            return doer_of(an, t, holders) or _told_before(an, t, holders, war_doer)
        if t.dep_ == "prep" and t.lower_ in DEED_VICTIM_PREPS and t.head.i != t.i:
            deed = t.head
            while deed.pos_ not in ("VERB", "AUX") and act_lemma(deed) not in WRONG_ACTS and deed.head.i != deed.i:
                deed = deed.head    # "as a weapon of war against civilians": the verb of the deed
            if act_lemma(deed) in WRONG_ACTS and deed.pos_ == "NOUN":
                return doer_of(an, deed, holders) or _told_before(an, deed, holders, war_doer)   # "attacks against civilians"
            if deed.pos_ not in ("VERB", "AUX"):
                return None
            if deed.dep_ == "pcomp" and deed.head.lower_ in CHARGE_PREPS:
                charger = deed.head.head
                for _ in range(6):
                    # "accused Israel of committing genocide ... and of using starvation ...": the verb
                    # the charge hangs on, through the preposition and gerund phrases joined before it
                    charged = [c for c in charger.children if c.dep_ == "dobj"] if charger.pos_ == "VERB" else []
                    found = [m.code for _, m in an.actors_in(charged) if is_code(m.code)]
                    if found:
                        return found[0]
                    if charger.dep_ not in ("conj", "prep", "pcomp") or charger.head.i == charger.i:
                        break
                    charger = charger.head
            while not any(c.dep_ in ("nsubj", "nsubjpass") for c in deed.children) and deed.dep_ in ("xcomp", "conj", "acomp") \
                    and deed.head.pos_ in ("VERB", "AUX", "ADJ"):
                deed = deed.head    # "is prepared to use any means against the civilian population"
            subj = [c for c in deed.children if c.dep_ in ("nsubj", "nsubjpass")]
            found = [m.code for _, m in an.actors_in([g for c in subj for g in c.subtree]) if is_code(m.code)]
            return found[0] if found else None
        if t.i == word.i or t.head.i == t.i:
            return None
        t = t.head
    return None


def _told_before(an: Analysis, act: Token, holders, war_doer=None):
    """"Russian troops left Bucha ... the killing of civilians in Bucha": a definite act ("the", "these",
    "such") is the one whose doer was named just before; "the danger of attacks to civilians" is none."""
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ in ("amod", "predet") and c.lower_ in REFERRING
               for c in act.children):
        return None
    found = earlier_doer(an, act, holders)
    return found or (war_doer if war_doer not in holders else None)


def teller_before(an: Analysis, clause: Token, holders=(), pronouns: bool = False):
    """"A handful of British MPs have pushed the House of Commons to pass a motion ... This is a blatant
    interference in ...", "The United States and Canada announced sanctions ... This move seriously
    interferes in ...": a subject that points back ("this", "these", "this move", "such moves") to the
    deed the sentence just before tells; its doer is who acts in that sentence's main clause, not one of
    `holders`; None where that sentence names no one else. `pronouns`: a wrongdoing verb's subject "it" or
    "they" points back as well ("The arms sales ... are a breach of ... They gravely undermine ...")."""
    subj = subject_token(clause)
    if subj is None or not (subj.pos_ == "PRON" and (subj.lower_ in DEMONSTRATIVES or pronouns and subj.lower_ in DEED_PRONOUNS)
                            or subj.pos_ == "NOUN" and any(
            c.dep_ in ("det", "amod", "predet") and (c.lower_ in DEMONSTRATIVES or c.lower_ in REFERRING)
            for c in subj.children)):
        return None
    if not all(is_code(h) for h in holders):
        return None     # "the two sides" judge: the deed's doer may be one of them
    for prev in sentences_before(subj, 1):
        found = an.sources(prev.root)
        if found and all(c in holders for c in found):
            # "The Ministry condemns the flagrant Turkish military targeting of a resort ... This aggression
            # is a blatant violation of ...": the holders' own verb on the deed; its doer
            return next((d for c in prev.root.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                         for d in [doer_of(an, c, holders)] if d), None)
        if any(not is_code(c) or c in holders for c in found):
            return None     # "the President spoke with ...": a meeting's parties, the holders among them
        if not found:
            # "The arms sales by the U.S. ... are a breach of ... They gravely undermine ...": no actor acts in
            # that sentence; the doer of the deed its subject names
            told = subject_token(prev.root)
            return doer_of(an, told, holders) if told is not None and told.pos_ == "NOUN" else None
        return found[0]
    return None


def acting_subject(an: Analysis, verb: Token, holders=()):
    """Who does a wrongful act told as a verb ("The remarks ... grossly interfere in China's internal affairs",
    "politicians in the U.S. engineered one reckless act after another, meddling in ...", "a series of moves
    which have gravely interfered in ..."): an actor in its subject's phrase, the subject of the clause a
    participle or a joined verb hangs on, the doer of the noun a relative clause is said of; a subject
    pointing back ("This move", "Such remarks", "The remarks") is the doer of the deed told before. None
    where the act is denied or no one but the holders is named."""
    if verb.pos_ != "VERB" or act_lemma(verb) not in WRONG_ACTS or is_negated(verb) \
            or verb.lemma_.lower().endswith(NOUN_SUFFIXES):
        return None             # "..., interference in the 2020 election" tagged a verb: a noun's suffix, no clause
    v, subj = verb, None
    for _ in range(3):
        subj = subject_token(v)
        if subj is not None or v.head.i == v.i:
            break
        if v.dep_ == "conj" or v.dep_ == "advcl" and v.tag_ == "VBG":
            v = v.head          # "violate ... and grossly interfere", "..., meddling grossly in ..."
        elif v.dep_ == "acl" and v.head.lemma_.lower() in EFFORTS:
            # "any Russian attempts to interfere in United States elections": whose attempt it is
            owner = [g for c in v.head.children if c.dep_ in ("poss", "amod", "compound") for g in c.subtree]
            return first_other(an, owner, holders)
        elif v.dep_ == "pcomp" and v.head.lower_ in CHARGE_PREPS and v.head.head.pos_ == "VERB":
            # "declared seven officials of the UN persona non grata for meddling in ...": the one charged with it
            charged = [g for c in v.head.head.children if c.dep_ == "dobj" for g in c.subtree]
            return first_other(an, charged, holders)
        else:
            break
    if subj is None:
        return None             # "no country has the right to interfere", "any attempt to interfere"
    if subj.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
        subj = v.head           # "a series of crazy moves which have interfered": the moves
        if subj.dep_ == "pobj" and subj.head.lower_ == "of" and subj.head.head.pos_ == "NOUN":
            subj = subj.head.head
        maker = subj.head
        while maker.dep_ == "conj" and subject_token(maker) is None and maker.head.i != maker.i:
            maker = maker.head      # "have planned, promoted and executed a series of moves"
        if subj.dep_ == "dobj" and maker.pos_ == "VERB":
            # "politicians ... executed a series of moves which ...": who made the moves
            found = next((c for c in an.sources(maker) if is_code(c) and c not in holders), None) \
                or first_other(an, list(getattr(subject_token(maker), "subtree", [])), holders)
            if found:
                return found
    found = first_other(an, list(subj.subtree), holders)
    if found:
        return found
    if subj.pos_ == "NOUN" and any(c.dep_ == "det" and (c.lower_ in DEFINITE or c.lower_ in DEMONSTRATIVES)
                                   or c.lower_ in REFERRING for c in subj.children):
        return teller_before(an, v, holders) or earlier_doer(an, subj, holders) or told_deed_doer(an, subj, holders)
    if subj.pos_ == "PRON" and subj.lower_ in DEMONSTRATIVES:
        return teller_before(an, v, holders)
    return None


def first_other(an: Analysis, tokens, holders=()) -> str | None:
    """The first actor code the tokens name that is none of the holders, or None."""
    return next((m.code for _, m in an.actors_in(tokens) if is_code(m.code) and m.code not in holders), None)


def such_act_doer(an: Analysis, act: Token, holders=()):
    """"will not tolerate such interference in its internal affairs", "Foreign interference of this nature is
    unacceptable", "Such remarks amount to interference in ...": a wrongful act named as the one just told
    ("such", "this", "of this nature", or a pointing subject of the verb it hangs on) is the deed of the actor the
    sentences just before name last, other than the holders; None for any other act noun ("any interference")."""
    if act.pos_ != "NOUN" or act_lemma(act) not in WRONG_ACTS:
        return None
    verb = act.head.head if act.dep_ == "pobj" else act.head
    subj = subject_token(verb) if verb.pos_ in ("VERB", "AUX") else None
    if not (_pointing(act) or any(c.dep_ == "prep" and c.lower_ == "of" and any(_pointing(p) for p in c.children)
                                  for c in act.children)     # "interference of this nature"
            or subj is not None and _pointing(subj)):
        return None
    for prev in sentences_before(act, 2):
        for tok in reversed(prev):
            mention = an.tok_mention.get(tok.i)
            if mention is not None and is_code(mention.code) and mention.code not in holders:
                return mention.code
    return None


def _pointing(noun: Token) -> bool:
    """A noun pointing back at what was just told: "such remarks", "this move", "this nature"."""
    return any(c.dep_ in ("det", "amod", "predet") and (c.lower_ in DEMONSTRATIVES or c.lower_ in REFERRING)
               for c in noun.children)


def done_deed_doer(an: Analysis, act: Token, holders=(), reach: int = 3):
    """"The armed forces of X launched an armed attack on ... The Ministry condemns this aggression, which is
    a violation of ...", "The President condemns the opening of the area by Turkey. The President said the
    action constitutes a violation of ...": who did the deed a definite noun refers back to, where a sentence
    just before tells a wrongful act as the object of a doing verb (its subject did it) or any deed as the
    object of the holders' own judging verb (its doer); nearest first; None where no actor but the holders
    is found (the stance finder's breaches only)."""
    for prev in sentences_before(act, reach):
        for tok in reversed(prev):
            verb = tok.head
            if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or verb.pos_ != "VERB" or is_negated(verb):
                continue
            lemma = verb.lemma_.lower()
            if lemma in DOING_VERBS and act_lemma(tok) in WRONG_ACTS:
                found = [c for c in an.sources(verb) if is_code(c) and c not in holders]
                if found:
                    return found[0]
            elif lemma in JUDGING_VERBS:
                judges = an.sources(verb)
                found = (doer_of(an, tok, holders) or _by_agent(an, tok, holders) or _of_owner(an, tok, holders)) \
                    if all(c in holders for c in judges) else None
                if found:
                    return found
    return None


def _by_agent(an: Analysis, noun: Token, holders=()):
    """The first actor after "by" in a judged deed's phrase ("condemns the opening of part of the area of
    Famagusta by Turkey", the parser hanging "by" on the last noun or on the verb), not one of the holders;
    None where there is none."""
    # an active judging verb takes no agent: a "by" hung on it after its object is the object's
    verb = noun.head
    after = [c for c in verb.children if c.i > noun.i] if not any(c.dep_ == "auxpass" for c in verb.children) else []
    for prep in [*noun.subtree, *after]:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            found = first_other(an, [t for c in prep.children if c.dep_ == "pobj" for t in c.subtree], holders)
            if found:
                return found
    return None


def _of_owner(an: Analysis, noun: Token, holders=()):
    """Whose decision, move or step "of" names ("the decision of Damascus", "the decision of the Azerbaijani
    government"): a told act's own "of" is its doer, as a wrongful act's is its victim; None otherwise."""
    if act_lemma(noun) not in REFERRED_ACTS:
        return None
    return first_other(an, [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree], holders)
