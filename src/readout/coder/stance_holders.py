"""Who holds a stance (docs/coder.md, "Stances"): whoever acts in the polarity word's clause, its
possessor, the speaker of what a third party must do or of a copular judgement, a view's or hope's
holder, "our" as "we" is resolved; and who is to lift a measure ("lift the sanctions")."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.grammar import clause_of, subject_token
from readout.coder.records import Placeholder, is_code
from readout.coder.sources import Analysis
from readout.coder.stance_judged import (REPORTING, WRONG_VERBS, copular_judgement, described_as, first_conjunct, in_breach,
                                        impersonal_need, needed_of, obliged)
from readout.coder.stance_polarity import SUPPORT, WRONG_ACTS, act_lemma, claimed, condemning, polarity_above, word_polarity
from readout.lexicons import word_class

__all__ = ["holders_of", "lifters_of", "speaker_of", "asked_of", "hopers_of", "spells_hope", "backers_of"]

VIEW_NOUNS = word_class("view_noun")         # "expressed their shared opinion that ..."
VIEW_VERBS = word_class("view_verb")         # "agreed that dialogue is the only way out"
WISH_VERBS = word_class("wish_verb")         # lemmas, and forms the lemmatizer gets wrong ("hopes": "hop")
WISH_NOUNS = word_class("wish_noun")         # "expressed the hope that ..."
FIRST_PERSON = word_class("first_person")
SHARED_WORDS = word_class("shared_word")
LIFT_VERBS = word_class("lift_verb")         # "lift the sanctions": the lifter's own measure
PERMISSIVE_VERBS = word_class("permissive_verb")     # "allow aid in": the allower's act
ASKING_VERBS = word_class("request_verb") | word_class("expectation_verb")     # "expects Israel to allow ..."
OWNER_PRONOUNS = word_class("owner_pronoun")     # "... and its support for China"
AGREEMENT_OUTCOMES = word_class("agreement_outcome")    # "Agreement was reached to ..."
BACKED_WHILE = word_class("backed_while_mark")   # "supporting Moldova as it defends its sovereignty"
BACKED_PRONOUNS = word_class("backed_pronoun")
BACKED_PREPS = word_class("backed_prep")         # "stand with the people of Georgia as they ..."
SOLIDARITY_VERBS = word_class("solidarity_verb")
HELPING_VERBS = word_class("helping_verb")       # "will help Pakistan fight terrorism": the helper's stance
JUDGING_VERBS = word_class("judging_verb")       # "condemned the launches, which violate ...": the condemners say so


def asked_of(an: Analysis, verb: Token) -> tuple:
    """Who is asked to do, or not to do, what a subjectless verb says: "urged the US side not to
    interfere", "urges Japan to stop meddling", "called on Israel to end ..." (), else ()."""
    t = verb
    for _ in range(3):
        if subject_token(t) is not None or t.head.i == t.i:
            return ()
        if t.dep_ == "xcomp":
            asked = [c for c in t.head.children if c.dep_ == "dobj"]
            asked += [g for c in t.head.children if c.dep_ == "prep" and c.lower_ == "on"
                      for g in c.children if g.dep_ == "pobj"]
            return tuple(c for c in an.codes_of_np(asked) if is_code(c)) if asked else ()
        if t.dep_ != "conj":
            return ()
        t = t.head
    return ()


def lifters_of(an: Analysis, word: Token) -> tuple:
    """Who is to lift a measure ("lift the sanctions"): the verb's subject, or the one asked
    to ("called on the United States to lift ..."); () for other words."""
    if word.pos_ != "VERB" or word.lemma_.lower() not in LIFT_VERBS:
        return ()
    return doers_of(an, word)


def allowers_of(an: Analysis, word: Token) -> tuple:
    """Who is to allow what an "allow" says ("Israel must allow aid in", "expects Israel to allow"), or
    whose decision it is ("Israel's decision to allow food into Gaza"); () for other words."""
    if word.pos_ != "VERB" or word.lemma_.lower() not in PERMISSIVE_VERBS:
        return ()
    found = doers_of(an, word)
    if not found and word.dep_ in ("acl", "relcl"):
        poss = [c for c in word.head.children if c.dep_ == "poss"]
        found = tuple(c for c in an.codes_of_np(poss) if is_code(c)) if poss else ()
    return found


def askers_of(an: Analysis, word: Token, asked: tuple) -> tuple:
    """Who asks or expects what a subjectless clause says ("we expect Israel to implement the measures and to
    allow aid in"): the subject of the verb of asking above it, not the one asked; () if none asks."""
    t = word
    while t.dep_ == "conj" and subject_token(t) is None and t.head.pos_ == "VERB":
        t = t.head
    if t.dep_ not in ("ccomp", "xcomp") or t.head.lemma_.lower() not in ASKING_VERBS:
        return ()
    return tuple(c for c in an.sources(clause_of(t.head)) if is_code(c) and c not in asked)


def doers_of(an: Analysis, word: Token) -> tuple:
    """Who is to do what a verb says: its subject, or the one asked to ("called on the US to ...")."""
    t = word
    while t.dep_ == "conj" and subject_token(t) is None and t.head.pos_ == "VERB":
        t = t.head      # "called on the US to return to the deal and to lift its sanctions"
    if subject_token(t) is None and t.dep_ == "xcomp":
        asked = [c for c in t.head.children if c.dep_ == "dobj"]
        asked += [g for c in t.head.children if c.dep_ == "prep" and c.lower_ == "on"
                  for g in c.children if g.dep_ == "pobj"]
        codes = tuple(c for c in an.codes_of_np(asked) if is_code(c)) if asked else ()
        if codes:
            return codes
    return tuple(c for c in an.sources(clause_of(word)) if is_code(c))


def speaker_of(an: Analysis, clause: Token) -> tuple:
    """Who says what a clause says: the subject of a reporting verb above it, the speaker of
    its paragraph, or the publisher."""
    if clause.dep_ == "ccomp" and (clause.head.lemma_.lower() in REPORTING or clause.head.lemma_.lower() in VIEW_VERBS):
        said = clause_of(clause.head)   # "Xi said ...", "the two leaders agreed that ..."
        found = an.sources(said)
        subj = subject_token(said)
        if found or subj is None or subj.pos_ != "PROPN":
            return found
        # "Kanaani said the attack was a violation of international law": a named speaker who
        # is no actor of the lexicon speaks for the story's own side (a spokesman, an envoy)
    judges = _judges_of(an, clause)
    if judges:
        return judges
    return an.voice()      # the paragraph's reporter, a joint statement's signers, the speaker


def _judges_of(an: Analysis, clause: Token) -> tuple:
    """"The two leaders condemned North Korea's launches, which violate UN Security Council resolutions": a
    relative clause on what someone condemns says the condemners' judgement, each of them, not the
    publisher's alone; () for any other clause or for condemners no actor names."""
    if clause.dep_ != "relcl":
        return ()
    noun = clause.head
    for _ in range(2):      # "Russia's strikes on Odesa, which ...": the clause may hang on the act's own phrase
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
    if noun.dep_ != "dobj":
        return ()
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in JUDGING_VERBS:
        return ()
    found = an.sources(clause_of(verb))     # "The leaders condemned ...": the participants, resolved later
    return found if found and all(is_code(c) or c == Placeholder.PARTICIPANTS for c in found) else ()


def holders_of(an: Analysis, word: Token) -> tuple[str, ...]:
    """Who holds the stance a polarity word states: its possessor, "our", the speaker of a judgement or
    of what a third party must do, a hope's holder, else whoever acts in its clause."""
    poss = [c for c in word.children if c.dep_ == "poss"]
    if poss and act_lemma(word) not in WRONG_ACTS:
        codes = an.codes_of_np(poss) or _pronoun_owner(an, word, poss[0])
        if codes:
            return codes
    if word.dep_ == "acl" and word.head.i not in an.tok_mention \
            and an.sources(clause_of(word.head)) != (Placeholder.PARTICIPANTS,):
        # "critical to our shared efforts to combat illicit fentanyl"; but "they reviewed our
        # commitment to expand trade" is both sides' as they review it
        ours = _ours(an, word.head)
        if ours:
            return ours
    clause = clause_of(word)
    backer = _backer(an, clause)
    if backer is not None:
        return holders_of(an, backer)
    if word.pos_ in ("ADJ", "ADV") and act_lemma(word) != word.lemma_.lower():
        return speaker_of(an, clause)    # "actions contrary to international law", "runs counter to ...": who says so
    if word.pos_ == "VERB" and word.lemma_.lower() in WRONG_VERBS:
        return speaker_of(an, clause)    # "the strikes violate international law": who says so
    hopers = hopers_of(an, clause)
    if hopers is not None:
        return hopers
    needed = needed_of(clause)
    if obliged(clause) or needed is not None:
        # "Israel must respect international humanitarian law", "Washington should return to
        # the deal", "it is important for Iran to keep complying with the agreement": what a
        # third party must do is the stance of whoever says it must
        doers = an.sources(clause)
        speaker = speaker_of(an, clause if needed is None else needed)
        if speaker and doers and not set(doers) & set(speaker) and all(is_code(d) for d in doers):
            return speaker
        if speaker and set(speaker) < set(doers):
            return speaker  # "Raisi said Iran and China must stand together against unilateralism":
            # a proposal for both sides is the speaker's stance (GUIDE.md)
        if speaker and not doers and needed is None:
            return speaker  # "The sovereignty of Ukraine must be respected", "The flow of fentanyl must be
            # stopped": what must be done by no one named is the stance of whoever says it must (the
            # style probes' fresh2 F8, fresh10 P24, fresh11 Q16)
    if word.dep_ == "nsubj" and word.head.i == clause.i and any(copular_judgement(c) for c in clause.children):
        return speaker_of(an, clause)    # "this violation of Pakistan's sovereignty by Iran is a
        # breach of international law": whoever says so judges both
    if condemning(word) or (word.dep_ in ("nsubj", "nsubjpass") and any(condemning(c) for c in word.head.children)):
        return speaker_of(an, clause)    # "these tariffs are unjustified", "the denial of aid is unacceptable"
    if word.dep_ in ("nsubj", "nsubjpass") and word.head.i == clause.i:
        # "a further Russian invasion of Ukraine would produce suffering": the subject phrase
        # is what is judged, not who judges; that is whoever says it, if anyone does
        return _opinion_holder(an, clause)
    if copular_judgement(word) and ((hung_on := first_conjunct(word).head).i == clause.i or hung_on.dep_ == "conj"):
        # also a judging verb joined to another: "the act was committed by the regime and constitutes
        # a gross violation of ...": whoever says so, not the doer
        return speaker_of(an, clause)    # "the launch is a clear violation of ...", "X is the
        # enemy of ...": whoever says so judges the subject
    if in_breach(word):
        return speaker_of(an, clause_of(word.head.head))    # "struck ..., in violation of ...": who says so
    if described_as(word) is not None:
        # "Baghaei described the attacks as a violation of ...": the describer judges; a named describer
        # who is no actor of the lexicon speaks for the story's own side, as a named speaker does
        subj = subject_token(clause)
        found = an.sources(clause)
        if found or subj is None or subj.pos_ != "PROPN":
            return found
        return an.voice()
    claim = claimed(clause) if clause.pos_ in ("VERB", "AUX") else None
    if claim is not None and claim.i == word.i:
        return speaker_of(an, clause)    # "Taiwan is an inalienable part of China": who says so
    found = an.sources(clause)
    if found:
        return found
    if clause.lemma_.lower() == "be" and word.dep_ in ("attr", "acomp") and word.head.i == clause.i:
        return speaker_of(an, clause)    # "the JCPOA is important": who says so
    found = _own_effort(an, clause) or _opinion_holder(an, clause) or _agreed(an, clause)
    need = impersonal_need(clause) if not found else None
    if need is not None:
        return speaker_of(an, need)     # "it is important to continue ...", "the top priority is to ...": who says so
    if not found and clause.head.pos_ == "NOUN" and clause.head.i != clause.i and (
            clause.dep_ == "relcl" and clause.i == word.i and word_polarity(word) == SUPPORT
            or clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.i != word.i and subject_token(clause) is None
            and not any(c.dep_ == "agent" for c in clause.children)):
        # "affirmed the Kingdom's keenness on a solution that preserves the territorial integrity of
        # Syria", "a region in which the sovereignty of all states is respected", "defends a multipolar
        # world based on respect for international law": what the sought thing does or rests on is the
        # stance of whoever seeks it (no actor of its own acts in the clause); not a thing condemned or
        # only told ("condemned the strikes, which undermine ...")
        sought = clause.head if word_polarity(clause.head) == SUPPORT else None
        # a thing backed from above ("commitment to ... a region in which the sovereignty of all states is
        # respected", "defends a world based on ..."), when the clause is passive: an active relative
        # clause tells what its antecedent itself does
        passive = clause.dep_ == "acl" or any(c.dep_ == "nsubjpass" for c in clause.children)
        above = polarity_above(clause.head) if sought is None and passive else None
        sought = above[0] if above is not None and above[1] == SUPPORT else sought
        if sought is not None:
            return holders_of(an, sought)
    return found


def helper_of(an: Analysis, clause: Token) -> Token | None:
    """The helping verb whose small clause `clause` is: "is ready to help Pakistan fight terrorism", "will help
    the Syrian Government restore its territorial integrity" (the parser makes the helped actor the inner
    clause's subject); the helper backs the helped actor's doing, as "supports Pakistan's fight against
    terrorism" does (GUIDE.md), so the stance is the helper's, toward the helped; else None."""
    head = clause.head
    if clause.dep_ not in ("ccomp", "xcomp") or head.i == clause.i or head.pos_ != "VERB" \
            or head.lemma_.lower() not in HELPING_VERBS or any(c.dep_ == "dobj" for c in head.children):
        return None     # "help Moldova to strengthen ...": the object is the helped, as the parse shows
    if word_polarity(clause) == "oppose" or act_lemma(clause) in WRONG_ACTS:
        return None     # "Iran helps Russia attack Ukraine": help given to a wrong is no backing said by the helper
    subj = subject_token(clause)
    if subj is None or subj.i < head.i or subj.dep_ == "nsubjpass" or subj.lower_ in FIRST_PERSON:
        return None     # "science helps us solve the climate crisis": the speaker's own doing, its stance
    return head if any(is_code(c) for c in an.codes_of_np([subj])) else None


def backers_of(an: Analysis, clause: Token) -> tuple | None:
    """The holders of the word that backs the actor whose own doing `clause` tells ("reaffirmed their
    support for Ukraine as it resists Russia's war": each party), or None (`_backer`)."""
    backer = _backer(an, clause)
    return holders_of(an, backer) if backer is not None else None


def _backer(an: Analysis, clause: Token) -> Token | None:
    """The word that backs an actor whose own doing a clause tells: "will keep supporting Moldova as it
    defends its sovereignty", "stands with the people of Georgia while they defend their independence":
    what the backed actor does is the backer's stance toward it, as "supports Iran in safeguarding
    national sovereignty" is (GUIDE.md); None where the clause has its own voice ("as we defend
    democracy at home", "Russia will respond as it sees fit")."""
    helper = helper_of(an, clause)
    if helper is not None:
        return helper
    while subject_token(clause) is None and clause.head.i != clause.i and (
            clause.dep_ == "xcomp" or clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)):
        clause = clause_of(clause.head)     # "as they work to restore their democracy"
    if clause.dep_ != "advcl" or clause.head.i == clause.i \
            or not any(c.dep_ == "mark" and c.lower_ in BACKED_WHILE for c in clause.children):
        return None
    subj = subject_token(clause)
    head = clause.head
    if subj is None:
        return None
    # "reaffirmed their steadfast support for Ukraine as it defends itself": the parse hangs the clause on
    # the verb whose object is the backing noun; that noun is the backer (its holders, not the verb's), unless
    # an actor named owns it ("welcomed the Prime Minister's support to Ukraine as it defends itself": a
    # judged position, told in the speaker's words)
    candidates = [c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < subj.i
                  and word_polarity(c) == SUPPORT
                  and all(p.lower_ in OWNER_PRONOUNS or p.pos_ == "PRON" for p in c.children if p.dep_ == "poss")][:1]
    if word_polarity(head) == SUPPORT or head.lemma_.lower() in SOLIDARITY_VERBS:
        candidates.append(head)
    for backer in candidates:
        backed = [c for c in backer.children if c.dep_ == "dobj" and c.i < subj.i]
        backed += [g for c in backer.children if c.dep_ == "prep" and c.lower_ in BACKED_PREPS and c.i < subj.i
                   for g in c.children if g.dep_ == "pobj"]
        codes = [c for c in an.codes_of_np(backed) if is_code(c)]
        # the subject stands for the backed actor: "it", "they", or the backed actor named again ("continue
        # supporting Ukraine as Ukraine defends itself"); not "we", "I" (the backer's own doing)
        again = subj.pos_ == "PROPN" and codes and set(an.codes_of_np([subj])) == set(codes[:1])
        if codes and (subj.lower_ in BACKED_PRONOUNS or again):
            return backer
    return None


def hopers_of(an: Analysis, clause: Token) -> tuple | None:
    """Who hopes what a clause says, or None where it spells out no hope: "China hopes all parties will return
    to a political settlement", "Putin expressed the hope that the new Ukrainian leadership would take steps
    towards settling the conflict", "Iran's hope that the JCPOA could be restored": what someone hopes others
    do, or hopes will be done, is the hoper's stance."""
    if _wish_verb_clause(clause):
        return an.sources(clause_of(clause.head))
    hope = _hope_noun(clause)
    if hope is None:
        return None
    poss = [c for c in hope.children if c.dep_ == "poss"]
    return (an.codes_of_np(poss) if poss else ()) or an.sources(clause_of(hope))


def spells_hope(clause: Token) -> bool:
    """A clause that spells out a hope: "hopes that Iran will return to ...", "the hope that Kiev would ..."."""
    return clause.head.i != clause.i and (_wish_verb_clause(clause) or _wish_noun_clause(clause))


def _wish_verb_clause(clause: Token) -> bool:
    """The that-clause of a verb of wishing ("China hopes all parties will return to ...")."""
    return clause.dep_ == "ccomp" and (clause.head.lemma_.lower() in WISH_VERBS or clause.head.lower_ in WISH_VERBS)


def _wish_noun_clause(clause: Token) -> bool:
    """The clause a hope or wish noun spells out ("expressed the hope that Kiev would ...")."""
    return clause.dep_ in ("ccomp", "acl") and clause.head.pos_ == "NOUN" and clause.head.lemma_.lower() in WISH_NOUNS


def _hope_noun(clause: Token) -> Token | None:
    """The hope or wish noun a clause (or one it is part of) spells out: "expressed the hope that Kiev would
    take steps towards a settlement", "voiced the hope that Iran would return to compliance"; else None."""
    c = clause
    for _ in range(4):
        if c.head.i == c.i:
            return None
        if _wish_noun_clause(c):
            return c.head
        if c.dep_ == "ccomp" and c.head.lemma_.lower() in REPORTING:
            return None     # "hoped X would say that ...": not further up than a saying
        c = clause_of(c.head)
    return None


def _agreed(an: Analysis, clause: Token) -> tuple:
    """"Agreement was reached to expand cooperation in energy": what an agreement reached by no one named
    sets out to do is the parties' (as "it was agreed" is)."""
    if subject_token(clause) is not None or clause.dep_ not in ("advcl", "xcomp", "acl") or clause.head.i == clause.i:
        return ()
    head = clause_of(clause.head) if clause.dep_ != "acl" else clause.head
    subj = head if clause.dep_ == "acl" else subject_token(head)
    if subj is None or subj.lemma_.lower() not in AGREEMENT_OUTCOMES:
        return ()
    if clause.dep_ == "acl" and subj.dep_ != "nsubjpass":
        return ()
    if any(c.dep_ in ("poss", "agent") for c in list(subj.children) + list(subj.head.children)):
        return ()       # "Russia's agreement", "an agreement was reached by the parties": their own
    return (Placeholder.PARTICIPANTS,)


def _pronoun_owner(an: Analysis, word: Token, poss: Token) -> tuple:
    """"reaffirmed Pakistan's firm commitment to the One-China policy and its support for China":
    "its" on a noun joined to one a country possesses is that country."""
    if poss.lower_ not in OWNER_PRONOUNS:
        return ()
    t = word
    for _ in range(5):
        if t.head.i == t.i or t.dep_ not in ("conj", "pobj", "prep"):
            return ()
        t = t.head
        owners = [c for c in t.children if c.dep_ == "poss" and c.i != poss.i]
        if owners and t.pos_ == "NOUN":
            return tuple(c for c in an.codes_of_np(owners) if is_code(c))
    return ()


def _own_effort(an: Analysis, clause: Token) -> tuple:
    """"Our work with partners will help tackle the climate crisis": what the speaker's own
    effort does is the stance of "our" (a joint statement's signers, else the speaker)."""
    t = clause
    while subject_token(t) is None and t.dep_ in ("xcomp", "conj") and t.head.i != t.i:
        t = clause_of(t.head)
    subj = subject_token(t)
    if subj is None or subj.dep_ != "nsubj" or subj.i in an.tok_mention:
        return ()
    return _ours(an, subj)


def _ours(an: Analysis, noun: Token) -> tuple:
    """The actors a noun's first-person possessor names ("our work", "my administration"),
    as a "we" or "I" of the same story would be resolved."""
    poss = [c for c in noun.children if c.dep_ == "poss" and c.lower_ in FIRST_PERSON]
    if not poss:
        return ()
    if not an.authors and any(c.dep_ == "amod" and c.lower_ in SHARED_WORDS for c in noun.children):
        return (Placeholder.PARTICIPANTS,)     # "our shared efforts": both sides of the talks
    return tuple(c for c in an.codes_of_np(poss) if is_code(c))


def _opinion_holder(an: Analysis, clause: Token) -> tuple:
    """Whose saying or view a clause with no actor of its own is: "Xi said that ...", "the
    leaders expressed their shared opinion that the agreements are needed"."""
    for _ in range(3):
        if clause.dep_ not in ("xcomp", "conj") or clause.head.i == clause.i or subject_token(clause) is not None:
            break
        clause = clause_of(clause.head)     # "saying that the priority is to stop ..., protect ..."
    while clause.dep_ == "conj" and clause.head.dep_ == "ccomp" and clause.head.head.lemma_.lower() in REPORTING:
        clause = clause.head    # "Xi said China's position is clear, and a political settlement is the way"
    head = clause.head
    if clause.dep_ == "ccomp" and (head.lemma_.lower() in REPORTING or head.lemma_.lower() in VIEW_VERBS):
        said = clause_of(head)
        if said.dep_ == "advcl" and subject_token(said) is None and said.head.i != said.i:
            said = clause_of(said.head)     # "briefed Wang Yi ..., saying that ...": the briefer says it
        return an.sources(said)
    if clause.dep_ in ("ccomp", "acl") and head.lemma_.lower() in VIEW_NOUNS \
            and (polarity_above(head) or (None, SUPPORT))[1] == SUPPORT:
        # also what a view or approach rests on: "Moscow and Brasilia shared an approach based on respect for
        # international law"; not a view rejected ("rejected an approach based on ...")
        poss = [c for c in head.children if c.dep_ == "poss"]
        return (an.codes_of_np(poss) if poss else ()) or an.sources(clause_of(head))
    return ()
