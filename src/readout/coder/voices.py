"""Who voices a warning or a charge an event tells, and whom it is told to (docs/coder.md, warnings
under "Triggers"): the author of a judgement ("she said that any incursion would carry severe costs"),
the asker behind an alternative to a demand ("called on Russia to withdraw or face severe costs"),
the reporter of a warning in the passive ("said the Taliban will be held accountable"), and whom
a judgement is told to ("the Czech side should be aware that ..."), and whom a charge names beyond its
subject: the backers of the wrong, or no one for outsiders it does not name. Split from events.py, which
calls these for an act told in the author's voice."""
from __future__ import annotations

from spacy.tokens import Token

from readout.cameo import plover_type
from readout.coder.act_sources import doerless_patient
from readout.coder.grammar import alternative_to, object_heads, clause_of, first_of_list, or_else, shares_passive, subject_token
from readout.coder.patterns import Kind
from readout.coder.records import Party, is_code
from readout.coder.sources import Analysis
from readout.coder.triggers import Trigger, own_phrase
from readout.lexicons import word_class

__all__ = ["accomplices", "unnamed_outsiders", "asks_unnamed", "alternative_warning", "judgement_author", "agent_of_charge", "pointing_subject",
           "answers_act", "culprits_warned", "told_to", "reported_warning", "ANSWERED_ACTS"]

REPORTING_VERBS = word_class("reporting_verb") | word_class("affirming_verb")     # "said the Taliban will be held accountable": the speaker warns
REQUEST_VERBS = word_class("request_verb")     # "called on Russia to withdraw or face severe costs": the asker warns
POINTING_PRONOUNS = word_class("pointing_pronoun")      # "This is a serious escalation"
AWARE_VERBS = word_class("awareness_verb")   # "It is high time Washington learned that ...": told to Washington
ANSWERED_ACTS = word_class("wrong_act") | word_class("referred_act_noun") | word_class("attack_noun")
ACCOMPLICE_PREPS = word_class("accomplice_prep")   # "with the support of the United States"
BACKING_NOUNS = word_class("backing_noun")
OUTSIDE_WORDS = word_class("outside_word")         # "external interference", "from outside"
CULPRITS = word_class("unnamed_culprit")           # "whoever", "those", "the perpetrators"
CONFIDENCE_WORDS = word_class("confidence_word") | word_class("hope_word")   # "confident that ...", "hopes that ..."


def asks_unnamed(an: Analysis, verb: Token | None) -> bool:
    """The act is what a verb of asking asks of people it names no actor for ("We call on third
    countries to cease ..."; not "We call on Americans to get vaccinated")."""
    if verb is None or verb.dep_ not in ("xcomp", "advcl") or verb.head.lemma_.lower() not in REQUEST_VERBS:
        return False
    asked = [t for c in object_heads(verb.head) for t in c.subtree]
    return bool(asked) and not an.actors_in(asked)


def alternative_warning(trig: Trigger) -> bool:
    """A warning told as the alternative to a demand ("must release the sailors or face serious
    consequences"): the pattern's announced form is a threat and its clause is joined by "or"."""
    p = trig.pattern
    announced = p.future if p.future else (p.cameo if p.only_future else None)
    return announced is not None and plover_type(announced) == "THREATEN" and (
        or_else(trig.clause) is not None or alternative_to(trig.clause) is not None)


def judgement_author(an: Analysis, clause) -> tuple[Party, ...]:
    """Who states a judgement: whoever reports the clause ("she said that any incursion would
    carry severe costs", "they agreed that ..."), else the story's own voice (the paragraph's reporter, a joint
    statement's signers, the speaker)."""
    t = first_of_list(clause)
    # "the G7 called on Russia to withdraw or face severe costs": the warning is the asker's
    asker = t.dep_ in ("xcomp", "advcl") and or_else(clause) is not None and t.head.lemma_.lower() in REQUEST_VERBS
    # not "the Czech side should be aware that such moves do not go unanswered": told to them
    reporter = t.dep_ == "ccomp" and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX") \
        and t.head.lemma_.lower() not in AWARE_VERBS
    if asker or reporter:
        outer = tuple(c for c in an.sources(clause_of(t.head)) if c is not None)
        if outer:
            return outer
    return an.voice()


def agent_of_charge(an: Analysis, trig: Trigger) -> list[str]:
    """Whom a charge told as a predicate noun names as its doer in the noun's own phrase, where the
    subject names no one ("this is a serious escalation on Turkey's part", "this constitutes a
    provocation by the Philippines"): its doers, not its victims."""
    if trig.pattern.kind != Kind.NOUN:
        return []
    return [c for c in dict.fromkeys(m.code for _, m in an.actors_in(own_phrase(trig.token))) if is_code(c)]


def pointing_subject(clause: Token) -> bool:
    """A clause whose subject is a demonstrative pronoun pointing back ("This is ...", "That was ...")."""
    subj = subject_token(clause)
    return subj is not None and subj.lower_ in POINTING_PRONOUNS and subj.tag_ == "DT"


def answers_act(clause: Token) -> bool:
    """A warning whose subject is the act it answers ("any attack on our territory will not go
    unanswered", "not a single hostile move ... will be left without a response")."""
    subj = subject_token(clause)
    return subj is not None and subj.lemma_.lower() in ANSWERED_ACTS


def culprits_warned(clause: Token) -> bool:
    """A warning whose subject is culprits it does not name ("whoever plays with fire will get
    burnt", "Those who insist on going down the wrong path will pay the price"), or told to them
    ("Those who carried out this crime must know that it will not go unpunished"); not one hoped for."""
    t = first_of_list(clause)
    if t.dep_ == "ccomp" and t.head.lemma_.lower() in CONFIDENCE_WORDS:
        return False    # "I am confident that those who carried out the attacks will suffer the punishment they
                        # deserve": a hope about another state's justice, no warning (FRESH20 Z12)
    if t.dep_ == "ccomp" and t.head.lemma_.lower() in AWARE_VERBS:
        t = t.head
    subj = subject_token(t)
    if subj is not None and subj.dep_ == "csubj":
        subj = subject_token(subj)      # "whoever plays with fire" as a clause: its own subject
    return subj is not None and subj.lemma_.lower() in CULPRITS


def told_to(an: Analysis, clause) -> tuple[str, ...]:
    """Whom a judgement is told to: the subject of an adjective it completes ("the Czech side should
    be aware that such moves do not go unanswered")."""
    t = first_of_list(clause)
    if t.dep_ != "ccomp" or (t.head.pos_ != "ADJ" and t.head.lemma_.lower() not in AWARE_VERBS):
        return ()
    return tuple(c for c in an.sources(clause_of(t.head)) if is_code(c))


def reported_warning(an: Analysis, trig: Trigger, code: str) -> tuple[Party, ...]:
    """ "The leaders said the Taliban will be held accountable", "reaffirmed that Iran must be held
    accountable": a warning told in the passive with no doer, reported as someone's word, is the
    warning of whoever said it (the patient is its target); not "said Iran was held accountable"
    (no warning) nor "said no one will be prosecuted"."""
    clause = trig.clause
    # "assured the Ambassador that the perpetrators would be traced and brought to justice": a participle
    # sharing the reported clause's passive is reported too (not "... and that all those responsible
    # would be held accountable", a clause of its own: FRESH32 AO23 reads it as a promise)
    first = clause.head if shares_passive(clause) else clause
    if plover_type(code) != "THREATEN" or first.dep_ != "ccomp" or first.head.i == first.i \
            or first.head.lemma_.lower() not in REPORTING_VERBS:
        return ()
    if doerless_patient(first) is None:
        return ()
    return tuple(c for c in an.sources(clause_of(first.head)) if is_code(c))


def accomplices(an: Analysis, verb: Token) -> list:
    """Those a charged wrong is done with the backing of ("the regime continues to kill innocent people
    with the support of the United States and some Western countries"): the backers named by "of"
    under a backing noun in a "with" phrase of the verb or of its complement verbs (FRESH22's gold)."""
    heads = [verb, *(v for c in verb.children if c.dep_ in ("xcomp", "pcomp") for v in (c, *c.conjuncts))]
    heads += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    found = []
    for h in heads:
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ not in ACCOMPLICE_PREPS:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in BACKING_NOUNS:
                    found += [m.code for _, m in an.actors_in([t for o in noun.children if o.dep_ == "prep" and o.lower_ == "of"
                                                               for t in o.subtree]) if is_code(m.code)]
    return list(dict.fromkeys(found))


def unnamed_outsiders(clause: Token) -> bool:
    """The clause's subject is a wrong by outsiders it does not name ("destructive external
    interference grossly violates the norms of international law", "pressure from outside"):
    criticism of unnamed foreign actors, aimed at no one (FRESH7 K2)."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN":
        return False
    return any(c.dep_ == "amod" and c.lower_ in OUTSIDE_WORDS for c in subj.children) or any(
        c.dep_ in ("prep", "advmod") and any(g.lower_ in OUTSIDE_WORDS for g in (c, *c.children)) for c in subj.children)
