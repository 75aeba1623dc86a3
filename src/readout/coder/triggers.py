"""Triggers: the words of a sentence that match a verb, noun or adjective pattern (patterns.py),
each with the clause it belongs to (docs/coder.md, "Triggers")."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from readout.actors import names_a_state
from readout.cameo import plover_type
from readout.coder.grammar import VENUE_PREPS, clause_of, finite_passive, participle_undergoers, raised_objects, to_infinitive
from readout.coder.patterns import DEFAULT_LIGHT, Kind, Pattern, PatternSet, Voice, lemma_guesses
from readout.coder.status import negated
from readout.lexicons import word_class

__all__ = ["Trigger", "attached_after", "find_triggers", "governor", "lemma_candidates", "own_phrase", "shared_occasion"]

# Run for every word: as plain names, since looking up an Enum member costs 120 ns in Python 3.11.
VERB, NOUN, ADJ = Kind.VERB, Kind.NOUN, Kind.ADJ
SUBJ_OBJ_DEPS = {"nsubj", "nsubjpass", "csubj", "dobj", "pobj", "punct", "det", "aux", "auxpass", "neg"}
MONTHS = word_class("month")
NATIONALS = "@nationals"     # a pattern's obj for people counted by nationality ("freed six Americans")
PLACE_NAME = "@place"        # a pattern's obj for a bare place name after its preposition ("welcomed X to Chequers")
PERSON_NAME = "@name"        # a pattern's obj for a person named ("Xiyue Wang was released by Iran")
MEANS_PREPS = word_class("means_prep")        # "provided X with Y and Z": what is given
INSTRUMENT_PREPS = word_class("instrument_prep")      # "by joint efforts": how an act is done
QUANTITY_NOUNS = word_class("quantity_noun")    # "a number of memoranda"
AMOUNT_PREPS = word_class("amount_prep")      # "tons of aid", "$500 million in assistance"
OBJECT_COMPLEMENT_PREPS = word_class("object_complement_prep")    # "regard X as a threat": what the verb makes of its object
TIME_WORDS = MONTHS | word_class("weekday")     # "on Monday", "on 13 April": when, not a pattern's preposition
TITLE_WORDS = word_class("title_word")
COMPLEMENT_DEPS = {"oprd", "ccomp", "acomp", "attr", "prt"}
# Verbs whose subject is the event noun itself: "a conversation took place", "talks were held".
OCCUR_VERBS = word_class("occur_verb")
# Verbs whose subject is a consequence that comes: "further steps will follow", "consequences will ensue".
SEQUEL_VERBS = word_class("sequel_verb")
SUBJECT_GOVERNORS = OCCUR_VERBS | SEQUEL_VERBS
RELATIVE_LIGHT = word_class("relative_light_verb")      # "the meeting he held with X"
TIME_SETTING = word_class("time_setting_prep")         # "during the summit": when another act was done
FIRM = word_class("firm_adjective")          # "our support for Ukraine remains unwavering"
HELD_COPULAS = word_class("held_copula")     # be, remain, stay
BOND_NOUNS = word_class("bond_noun")          # a that-clause describing a bond is what is affirmed
AGENT_PREPS = word_class("agent_prep")
ACTIVITY_NOUNS = word_class("activity_noun")
PERFORM_VERBS = word_class("perform_verb")
AREA_PREPS = word_class("area_prep")      # "drills in the waters around Taiwan"
HIT_PREPS = word_class("victim_prep") | word_class("attack_on_prep")
PURPOSE_PREPS = word_class("presence_purpose_prep")     # "is in Bangkok for the APEC meetings"
PARTNER_PREPS = word_class("partner_prep")
OCCASION_PREPS = word_class("occasion_prep")        # "told X at their talks", "said during talks with X"
PLURAL_POSSESSIVES = word_class("plural_possessive")
SAYING_VERBS = word_class("reporting_verb")
IN_PERSON_OCCASIONS = word_class("in_person_occasion")     # "during his visit", "at the summit": no talks of their own
TALK_PARTNER_PREPS = word_class("talk_partner_prep")      # "during talks with X"
PART_NOUNS = word_class("doer_part_noun")       # "on Turkey's part": whose act
JUDGING_COPULAS = word_class("judging_copula")      # "proved to be an unreliable partner"
# "an American student traveled to Iran": a private traveller's trip is no state visit
PRIVATE_TRAVELLERS = word_class("victim_noun") | word_class("nonstate_agent")
FIRST_PERSON = word_class("first_person")


@dataclass
class Trigger:
    """A pattern matched at a token, with the clause it belongs to."""

    token: Token
    pattern: Pattern
    clause: Token


def find_triggers(sent: Span, patterns: PatternSet) -> list[Trigger]:
    """Every pattern that matches in a sentence, the most specific per token."""
    found = []
    for tok in sent:
        if tok.dep_ in ("amod", "compound") and tok.pos_ != "NOUN" and not (
                tok.pos_ == "ADJ" and predicate_noun_adjective(tok)) and not finite_passive(tok):
            continue            # "occupied Crimea", "the attacking forces": a participle, no act
        if _label_participle(tok):
            continue            # "developments in occupied Palestine", misparsed as a clause
        lemmas = lemma_candidates(tok)
        kinds = []
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
            kinds.append(VERB)
        if tok.pos_ in ("NOUN", "PROPN") or tok.tag_ in ("NN", "NNS"):
            # a noun heading its sentence ("Pakistan reserves the right ...", a verb read as a
            # plural noun) is tried as a noun first: its own phrase names the doer, no subject does
            kinds.insert(0 if tok.pos_ == "NOUN" else len(kinds), NOUN)
        # "the EU proved to be an unreliable partner": the adjective of a predicate noun judges only
        judging_only = tok.pos_ == "ADJ" and attributive(tok) and predicate_noun_adjective(tok)
        if tok.pos_ == "ADJ" and (not attributive(tok) or judging_only):
            kinds.append(ADJ)
        hit = None
        for kind in kinds:
            for lemma in lemmas:
                hit = next((p for p in patterns.candidates(kind, lemma) if fits(tok, p)
                            and not (judging_only and p.voice != Voice.AUTHOR)), None)
                if hit is not None:
                    break
            if hit is not None:
                found.append(Trigger(tok, hit, trigger_clause(tok, hit)))
                break
    at = {t.token.i for t in found}
    # "held the United States responsible": an adjective its head's pattern asks for is part of that act
    # ("described the treatment as appalling and inhumane": the list of complements, through "as", too)
    taken = {x.i for t in found if t.pattern.obj
             for g in [*t.token.children, *(a for c in t.token.children if c.dep_ == "prep" and c.lower_ in OBJECT_COMPLEMENT_PREPS
                                             for a in c.children)]
             if g.lemma_.lower() in t.pattern.obj for x in (g, *g.conjuncts)}
    # "conducted joint exercises around Taiwan": the verb's pattern, which names the noun as its
    # object and places it, says what the act is (a show of force); the noun's own pattern (joint
    # exercises, cooperation) does not get a second, other type. So does a verb of giving ("provide
    # support to the mission" is aid, no verbal backing); "announced our support for" keeps both
    framed = {g.i: plover_type(t.pattern.cameo) for t in found if t.pattern.kind == VERB and t.pattern.obj
              and (t.pattern.prep or plover_type(t.pattern.cameo) == "AID")
              for g in t.token.children if g.dep_ == "dobj" and g.lemma_.lower() in t.pattern.obj}
    # "announced the lifting of sanctions on X": the measure a noun's pattern names as what it ends is
    # that act's object, no measure of its own of another type (but "a message of condolences" keeps both)
    ended = {g.i: plover_type(t.pattern.cameo) for t in found if t.pattern.kind == NOUN and t.pattern.obj
             for c in t.token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ == "pobj" and g.lemma_.lower() in t.pattern.obj}
    return [t for t in found if not _nested(t, at) and not (t.pattern.kind == ADJ and t.token.i in taken)
            and not (t.pattern.kind == NOUN and ended.get(t.token.i, plover_type(t.pattern.cameo))
                     != plover_type(t.pattern.cameo))
            and not (t.pattern.kind == NOUN and framed.get(t.token.i, plover_type(t.pattern.cameo))
                     != plover_type(t.pattern.cameo))]


def _subject_spots(tok: Token, p: Pattern) -> list[Token]:
    """Where a pattern's subject hangs: on the verb, or for a predicate adjective on its copula ("the
    accusations are baseless": "accusations" is the subject of "are")."""
    spots = list(tok.children)
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head      # "are absurd and groundless": the list's first adjective
    if p.kind == ADJ and first.dep_ == "acomp":
        spots += [c for c in first.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return spots


def _label_participle(tok: Token) -> bool:
    """A past participle between a preposition or determiner and a name, with no subject or
    auxiliary of its own ("in occupied Palestine", "the annexed Crimea"): the parser made it a
    clause, but it is an adjective naming a place (GUIDE.md: a label is not an act); so is one
    inside a capitalised name ("Indian Illegally Occupied Jammu and Kashmir")."""
    if tok.tag_ not in ("VBN", "VBD") or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    before, after = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    # inside a capitalised name ("the status of Indian Illegally Occupied Jammu and Kashmir")
    named = tok.text[:1].isupper() and not tok.is_sent_start and before.pos_ == "PROPN"
    return (before.pos_ in ("ADP", "DET") or named) and after.pos_ == "PROPN" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in tok.children)


def _owned(noun: Token) -> bool:
    """The noun names whose act it is: a possessor or a name before it ("Sandu's commitment",
    "U.S. support", "Israeli assistance"); not "coordination in support of Ukraine"."""
    return any(c.dep_ == "poss" or (c.dep_ in ("compound", "nmod", "amod") and c.text[:1].isupper())
               for c in noun.children)


def _nested(trig: Trigger, at: set[int]) -> bool:
    """Another actor's act named inside an event noun's phrase, below their light verb ("underscored
    support for Sandu's commitment to ...", "conveyed gratitude for China's assistance"): what that
    act is about, not an act of its own."""
    p = trig.pattern
    if p.kind != NOUN or "*" in p.light or not _owned(trig.token):
        return False
    gov = governor(trig.token)
    if gov is None:
        return False
    prev = trig.token
    for a in trig.token.ancestors:
        if a.i == gov.i:
            return False
        if a.i in at and a.pos_ in ("NOUN", "PROPN") and prev.dep_ == "prep":
            return True     # not "reiterated their condemnation of X, as well as their commitment to"
        prev = a
    return False


def attributive(tok: Token) -> bool:
    """'coercive, provocative or unilateral actions': an adjective joined to one that modifies a
    noun describes it, as that one does; only a predicate ('the launch is provocative') judges."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "amod"


def predicate_noun_adjective(tok: Token) -> bool:
    """An adjective of the noun a copula predicates of its subject ("the European Union proved to be
    an unreliable partner", "Russia has become a destabilizing force"): it says what the subject is,
    as a predicate adjective does, where one on any other noun is a label."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    noun = tok.head
    return tok.dep_ == "amod" and noun.dep_ == "attr" and noun.head.lemma_.lower() in JUDGING_COPULAS


def trigger_clause(tok: Token, p: Pattern) -> Token:
    """The clause whose subject acts: the verb's own, or the light verb's of an event noun."""
    if p.kind == VERB:
        return tok if tok.dep_ in ("ROOT",) or tok.pos_ in ("VERB", "AUX") else clause_of(tok)
    if p.kind == NOUN and "*" not in p.light:
        gov = governor(tok)
        if gov is not None:
            return clause_of(gov) if gov.pos_ not in ("VERB", "AUX") else gov
    return clause_of(tok)


def fits(tok: Token, p: Pattern) -> bool:
    """True when the token stands in the context the pattern asks for."""
    if p.needs_neg and not negated(tok, clause_of(tok)):
        return False
    if p.no_obj and any(c.dep_ in ("dobj", "ccomp", "attr", "nsubjpass", "auxpass", "agent") for c in tok.children):
        return False            # "demonstrated that ...", "demonstrated a capacity", "as demonstrated by
                                # the attack": shown, not a protest (a passive's subject is its object)
    if p.needs_clause and not any(c.dep_ == "ccomp" for c in tok.children):
        return False            # "protested that ..." is a complaint; "protested the results" may be a march
    if p.no_complement and any(c.dep_ in COMPLEMENT_DEPS for c in tok.children):
        return False            # "called Russia a terrorist state", "called in the ambassador": no call
    if p.no_clause and any(to_infinitive(c) for h in [tok, *(g for c in tok.children if c.dep_ == "prep" for g in c.children)]
                           for c in h.children if c.dep_ in ("xcomp", "advcl", "acl", "ccomp")):
        return False            # "called on President X to allow aid": a request, not a courtesy call
    loose = object_preps = ()       # read once, for the preposition and again for the object
    if p.prep:
        # "struck a convoy on Monday": a preposition of time is no pattern's preposition
        words = {c.lower_ for c in tok.children if c.dep_ not in SUBJ_OBJ_DEPS and not _of_time(c)}
        # "a call for Iran to be held accountable": the "for" marks the clause asked for
        words.update(g.lower_ for c in tok.children if c.dep_ in ("advcl", "acl") and to_infinitive(c)
                     for g in c.children if g.dep_ == "mark")
        if p.kind == NOUN and tok.dep_ == "pobj":
            words.add(tok.head.lower_)
        if p.kind == ADJ and tok.dep_ == "acomp":
            # "the attack, for which Putin is responsible": a relative clause's fronted phrase the
            # parser hangs on the copula is the adjective's
            words.update(c.lower_ for c in tok.head.children if c.dep_ == "prep" and c.i < tok.head.i
                         and any(g.dep_ == "pobj" and g.tag_ in ("WDT", "WP") for g in c.children))
        if p.obj:
            # "staged drills around Taiwan": the parser hangs the place on the object, not the verb
            # ("took restrictive measures against X": an object named with its modifier, as _objects reads it)
            words.update(g.lower_ for c in tok.children if c.dep_ == "dobj" and (c.lemma_.lower() in p.obj or any(
                             f"{m.lemma_.lower()} {c.lemma_.lower()}" in p.obj for m in c.children if m.dep_ in ("amod", "compound")))
                         for g in c.children if g.dep_ == "prep")
            # "staged drills in the waters around Taiwan": the place inside an area the act is in
            words.update(w.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ in AREA_PREPS
                         for g in c.children if g.dep_ == "pobj" for w in g.children if w.dep_ == "prep")
            # "hold those responsible to account": the parser hangs the phrase on the object's
            # adjective, or reads it as an infinitive ("to account")
            loose, object_preps = _loose_preps(tok), _object_preps(tok)
            words.update(w for w, _ in loose)
            # "will place its medical teams at Afghanistan's disposal": the phrase hung on the object
            words.update(w for w, o in object_preps if o in p.obj)
        if not words & set(p.prep):
            return False
        if p.prep_noun and not _governs_noun(tok, p.prep):
            return False
    if p.obj and not (_objects(tok, p) | ({o for _, o in loose} | {o for w, o in object_preps if w in p.prep}
                                          if p.prep else set())) & set(p.obj):
        return False
    if p.not_obj and any(c.dep_ == "dobj" and c.lemma_.lower() in p.not_obj for c in tok.children):
        return False            # "meeting immediate needs", "met the deadline": no meeting
    if p.not_obj and p.prep and any(g.dep_ == "pobj" and g.lemma_.lower() in p.not_obj for c in tok.children
                                    if c.dep_ == "prep" and c.lower_ in p.prep for g in c.children):
        return False            # "speaking to reporters after the meeting": no call
    if p.subj and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in p.subj for c in _subject_spots(tok, p)):
        return False            # "a Russian missile hit the city", not "the pandemic hit the economy"
    if p.mode == "visit" and tok.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and any(g.lemma_.lower() in PRIVATE_TRAVELLERS for g in (c, *c.children) if g is c or g.dep_ == "appos")
            for c in tok.children):
        return False            # "Xiyue, a United States citizen, traveled to Iran": a citizen's trip, no visit
    if p.voice == Voice.AUTHOR and p.kind == VERB and plover_type(p.cameo) == "THREATEN" and any(
            c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in tok.children):
        return False            # "we expect further action from Russia": the speaker's own expectation, no warning to it
    if p.purpose and not (_purposes(tok) | (_subject_purposes(tok, p) if p.subj else set())) & set(p.purpose):
        return False            # "take all necessary measures to safeguard its sovereignty", not "... to prepare"
    if p.kind == NOUN and "*" not in p.light:
        if _talks_as_occasion(tok, p):
            return True
        gov = governor(tok)
        if gov is None:
            return False
        if gov.lemma_.lower() not in p.light and gov.lower_ not in p.light and not (
                p.light == DEFAULT_LIGHT and plover_type(p.cameo) == "SUPPORT" and held_firm(tok) == gov):
            # only backing is held firm: "the government's determination to safeguard its
            # sovereignty is unshakable" is no intent toward anyone
            return False
        if _presence_for(tok, gov):
            return False
    return True


def shared_occasion(noun: Token) -> bool:
    """Talks that are "their" occasion ("Putin told his Turkish counterpart at their talks"): the
    teller's and the told's."""
    return noun.dep_ == "pobj" and noun.head.lower_ in OCCASION_PREPS and any(
        c.dep_ == "poss" and c.lower_ in PLURAL_POSSESSIVES for c in noun.children)


def _talks_as_occasion(noun: Token, p: Pattern) -> bool:
    """ "Putin told his Turkish counterpart at their talks on Thursday", "said during talks with
    Erdogan": talks that are the occasion of what was said were held, between whom their possessor
    or their partner phrase names (not "said at the summit", which names neither, nor a visit or a
    summit that is the occasion of something else: "initiatives launched during Prime Minister
    Modi's visit to the United States")."""
    if plover_type(p.cameo) != "CONSULT" or p.future is None or noun.dep_ != "pobj" \
            or noun.head.lower_ not in OCCASION_PREPS or noun.head.head.lemma_.lower() not in SAYING_VERBS \
            or noun.lemma_.lower() in IN_PERSON_OCCASIONS:
        return False        # (not "launched during Prime Minister Modi's visit to the United States")
    return shared_occasion(noun) or any(
        c.dep_ == "prep" and c.lower_ in TALK_PARTNER_PREPS and any(g.dep_ == "pobj" for g in c.children)
        for c in noun.children)


def _presence_for(noun: Token, gov: Token) -> bool:
    """ "Prime Minister Kishida, who is in Bangkok for the APEC meetings, instructed ...": a meeting
    that is why someone is somewhere, with no partner named, is no meeting held ("who is in Muscat
    for talks with Omani officials" names whom the talks are with)."""
    return gov.lemma_.lower() == "be" and noun.dep_ == "pobj" and noun.head.lower_ in PURPOSE_PREPS \
        and noun.head.head.i == gov.i and not any(
            c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in noun.children)


def _loose_preps(tok: Token) -> list[tuple[str, str]]:
    """(preposition, object lemma) of a verb's phrase the parser hangs elsewhere: on an adjective of
    its object ("hold those responsible to account"), or read as an infinitive ("hold those
    responsible for the attack to account", "account" a verb)."""
    out = [(g.lower_, o.lemma_.lower()) for c in tok.children if c.dep_ == "dobj" for a in c.children
           if a.dep_ == "amod" for g in a.children if g.dep_ == "prep" for o in g.children if o.dep_ == "pobj"]
    out += [("to", c.lemma_.lower()) for c in tok.children if c.dep_ in ("advcl", "xcomp", "ccomp") and c.tag_ == "VB"
            and to_infinitive(c)]      # "will hold Iran to account": a small clause, "Iran" its subject
    out += [(g.lower_, o.lemma_.lower()) for g in attached_after(tok) for o in g.children if o.dep_ == "pobj"]
    return out


def attached_after(noun: Token) -> list[Token]:
    """A preposition right after an event noun's phrase that the parser hangs on the light verb above
    it ("expressed deep regret over the decision" with "over" on "expressed"): the noun's own."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return []
    return [g for g in noun.head.children if g.dep_ == "prep" and g.i == noun.right_edge.i + 1]


def _object_preps(tok: Token) -> list[tuple[str, str]]:
    """(preposition, object lemma) the parser hangs on a verb's object ("will place its medical teams
    at Afghanistan's disposal"): the verb's own phrase only where the pattern names both."""
    return [(g.lower_, o.lemma_.lower()) for c in tok.children if c.dep_ == "dobj" for g in c.children
            if g.dep_ == "prep" for o in g.children if o.dep_ == "pobj"]


def _purposes(tok: Token) -> set[str]:
    """The lemmas of what an act is for or answers: its purpose clause and prepositions, on the
    word or on its object ("take all necessary measures to safeguard its sovereignty", "take further
    action in response to ...")."""
    spots = [c for c in tok.children if c.dep_ in ("advcl", "xcomp", "prep", "dative")]
    spots += [g for c in tok.children if c.dep_ == "dobj" for g in c.children if g.dep_ in ("acl", "relcl", "prep")]
    # "will not remain indifferent to any aggression": what the complement answers
    spots += [g for c in tok.children if c.dep_ in ("acomp", "oprd") for g in c.children if g.dep_ == "prep"]
    out = set()
    while spots:
        t = spots.pop()
        out.add(t.lemma_.lower())
        # not what a relative clause says of a thing inside ("to hold Iran accountable for actions
        # that threaten our security" is no defence of security)
        spots += [c for c in t.children if c.dep_ != "relcl"]
    return out


def _subject_purposes(tok: Token, p: Pattern) -> set[str]:
    """What a pattern's subject noun is for ("responsibility for the escalation lies with Washington":
    the blame is for the escalation; "responsibility for the region's security lies with its states"
    is a duty, no blame)."""
    out = set()
    for s in _subject_spots(tok, p):
        if s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in p.subj:
            spots = [c for c in s.children if c.dep_ == "prep"]
            while spots:
                t = spots.pop()
                out.add(t.lemma_.lower())
                spots += [c for c in t.children if c.dep_ != "relcl"]
    return out


def _of_time(prep: Token) -> bool:
    """A preposition whose object is a weekday or month ("on Monday", "on 13 April"; not "the Good
    Friday Agreement")."""
    return prep.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in TIME_WORDS for g in prep.children)


def _governs_noun(tok: Token, preps: tuple[str, ...]) -> bool:
    """True when one of the preposition children governs a noun phrase that names no activity:
    "committed to Israel's security", not "committed to providing aid" or "to continued consultation"."""
    return any(c.lower_ in preps and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
                                         and g.lemma_.lower() not in ACTIVITY_NOUNS for g in c.children)
               and not any(g.dep_ == "pcomp" for g in c.children) for c in tok.children if c.dep_ == "prep")


def free_complements(verb: Token) -> list[Token]:
    """The complement of a verb of naming: its `oprd`, or the second object beside a free relative
    ("citing what it called the hostile measures taken by France", parsed as two objects)."""
    out = [c for c in verb.children if c.dep_ == "oprd"]
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objs) > 1 and objs[0].tag_ == "WP":
        out += objs[1:]
    return out


def _verb_objects(verb: Token) -> set[str]:
    """A complement verb named with what it is done to ("kill civilian", "deny right"), for it and
    the verbs joined to it: a pattern's `obj` may ask for the act and its object together."""
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    return {f"{v.lemma_.lower()} {o.lemma_.lower()}" for v in (verb, *verb.conjuncts)
            for d in v.children if d.dep_ in ("dobj", "dative") for o in (d, *d.conjuncts)}


def _objects(tok: Token, p: Pattern) -> set[str]:
    """The lemmas a pattern's `obj` is matched against: objects, their heads and modifiers."""
    objs = set()
    for c in [*tok.children, *raised_objects(tok), *participle_undergoers(tok)]:
        if c.dep_ in ("dobj", "attr", "oprd", "nsubjpass", "npadvmod", "acomp", "ccomp", "xcomp") or c.head.i != tok.i:
            objs.add(c.lemma_.lower())
            if c.tag_ == "NNP" and c.dep_ in ("dobj", "nsubjpass") and not any(g.dep_ in ("det", "amod", "poss") for g in c.children):
                objs.add(PERSON_NAME)   # "Xiyue Wang was released by Iran", "freed Marc Fogel"
            if c.tag_ == "NNPS" and any(g.tag_ == "CD" for g in c.children):
                # "freed six Americans", "released two Estonians": people counted by nationality
                objs.add(NATIONALS)
            objs.update(g.lemma_.lower() for g in c.conjuncts)
            if c.dep_ == "xcomp":
                objs.update(_verb_objects(c))   # "continues to kill civilians": the act with what it is done to
            elif c.dep_ == "ccomp" and to_infinitive(c):
                # "will not allow colour revolutions to be carried out": the passive subject of a
                # to-clause the parser hangs on the verb is the verb's object; "allow Iran to have
                # nuclear weapons": the act with what it is done to
                objs.update(s.lemma_.lower() for s in c.children if s.dep_ == "nsubjpass")
                objs.update(_verb_objects(c))
            elif c.dep_ == "ccomp" and c.lemma_.lower() in HELD_COPULAS:     # "affirmed that the alliance is strong"
                objs.update(s.lemma_.lower() for s in c.children if s.dep_ == "nsubj" and s.lemma_.lower() in BOND_NOUNS)
            # "wished President Marcos and the people of the Philippines a happy Independence Day",
            # its second object parsed as an apposition
            objs.update(a.lemma_.lower() for g in [c, *c.conjuncts] for a in g.children if a.dep_ == "appos")
            # "25,000 tons of food aid", "part of a military aid program", "martial law", "$500
            # million in new military assistance"
            objs.update(g.lemma_.lower() for p in c.children if p.dep_ == "prep" and p.lower_ in AMOUNT_PREPS
                        for g in p.children if g.dep_ == "pobj")
            # "the strength of the Indian High Commission": what the amount is of, with its compound
            objs.update(f"{m.lemma_.lower()} {g.lemma_.lower()}" for p in c.children
                        if p.dep_ == "prep" and p.lower_ in AMOUNT_PREPS
                        for g in p.children if g.dep_ == "pobj" for m in g.children if m.dep_ == "compound")
            objs.update(f"{g.lemma_.lower()} {c.lemma_.lower()}" for g in c.children
                        if g.dep_ in ("amod", "compound"))
            if c.dep_ == "dobj":
                # "held the United States responsible": an adjective after the object is its
                # complement (the parser's amod), what the verb makes of it
                # ("termed the Indian measures unilateral, unjust and ...": each of the list)
                objs.update(a.lemma_.lower() for g in c.children if g.dep_ == "amod" and g.i > c.i
                            for a in (g, *g.conjuncts))
                # "considers the remarks of the Maldivian minister unacceptable": the parser hangs the
                # complement on the last noun of the object
                edge = c.right_edge
                while edge.dep_ == "conj" and edge.head.i < edge.i:
                    edge = edge.head        # "... unfortunate and biased"
                if edge.dep_ == "amod" and edge.i > edge.head.i and edge.pos_ == "ADJ":
                    objs.update(g.lemma_.lower() for g in (edge, *edge.conjuncts))
                # "we regard such remarks as interference": the parser hangs the complement on the object
                objs.update(g.lemma_.lower() for a in c.children if a.dep_ == "prep" and a.lower_ in OBJECT_COMPLEMENT_PREPS
                            for g in a.children if g.dep_ == "pobj")
            if c in free_complements(tok):
                # "what it called the hostile measures taken by France": the complement's own judging word
                objs.update(g.lemma_.lower() for g in c.children if g.dep_ == "amod")
            if c.pos_ == "PROPN":
                # "hosted Prime Minister Kishida": a name's title is what the object is (but not
                # "launched Operation Fly Formula": only titles count)
                objs.update(g.lemma_.lower() for g in c.subtree
                            if g.dep_ == "compound" and g.i < c.i and g.lower_ in TITLE_WORDS)
        if c.dep_ in ("prep", "prt"):
            if c.lower_ in INSTRUMENT_PREPS and c.lower_ not in p.prep and not any(
                    g.dep_ == "auxpass" for g in tok.children):
                continue    # "by joint efforts we will continue building up ...": the means, not what is continued
            # "open to working with India": a gerund after the preposition is its object too
            objs.update(g.lemma_.lower() for g in c.children if g.dep_ in ("pobj", "pcomp"))
            if c.lower_ in p.prep and any(g.dep_ == "pobj" and g.text[:1].isupper() and not g.text.isupper() and not any(
                    d.dep_ == "det" for d in g.children) and not names_a_state(g.text) for g in c.children):
                # "welcomed X to Chequers / to London", not "to NATO", "to the Alliance", nor "to
                # Russia" (a guest greeted to the country, eval/styles fresh20)
                objs.add(PLACE_NAME)
            # "the exchange of a number of memoranda": what the count is of
            objs.update(w.lemma_.lower() for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in QUANTITY_NOUNS
                        for a in g.children if a.dep_ == "prep" and a.lower_ == "of" for w in a.children if w.dep_ == "pobj")
            objs.update(w for g in c.children if g.dep_ == "pcomp" for w in _verb_objects(g))
            # "provided Ukraine with Patriot batteries and other air defense systems": each of a list
            # of what is given, with its compound, as for the direct object (not "courses on
            # reactors, financing and ...": only the preposition of the means given)
            objs.update(w for g in c.children if g.dep_ == "pobj" and c.lower_ in MEANS_PREPS for x in g.conjuncts
                        for w in (x.lemma_.lower(), *(f"{m.lemma_.lower()} {x.lemma_.lower()}" for m in x.children
                                                     if m.dep_ == "compound")))
            if c.lower_ in VENUE_PREPS:
                # "received in Baku the Foreign Minister of Spain": the parser hangs the one
                # received on the place, in apposition
                objs.update(a.lemma_.lower() for g in c.children if g.dep_ == "pobj"
                            for a in g.children if a.dep_ == "appos")
            if c.lower_ in p.prep:
                # "pulled out of the deal": the pattern's particle read as a preposition over "of"
                objs.update(g.lemma_.lower() for q in c.children if q.dep_ == "prep"
                            for g in q.children if g.dep_ == "pobj")
            # "described India's expulsion order as unfounded": the parser hangs the complement
            # adjective on "as"
            objs.update(a.lemma_.lower() for g in c.children if c.lower_ in OBJECT_COMPLEMENT_PREPS
                        and g.pos_ == "ADJ" for a in (g, *g.conjuncts))
            # "described the barrier as a hazard to navigation and a violation of international law"
            objs.update(a.lemma_.lower() for g in c.children if c.lower_ in OBJECT_COMPLEMENT_PREPS
                        and g.dep_ == "pobj" for a in g.conjuncts)
            # "called on President Xi": a name's title is what the object is
            objs.update(t.lemma_.lower() for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                        for t in g.subtree if t.dep_ == "compound" and t.i < g.i and t.lower_ in TITLE_WORDS)
            # "providing Ukraine with air defence"
            objs.update(f"{m.lemma_.lower()} {g.lemma_.lower()}" for g in c.children if g.dep_ == "pobj"
                        for m in g.children if m.dep_ in ("amod", "compound"))
    if p.kind != VERB:
        # "Pakistan reserves the right to respond": a verb misread as a plural noun, its object an apposition
        objs.update(c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "appos"))
    if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBN"):
        objs.add(tok.head.lemma_.lower())    # "the costs [that] we will impose", "sanctions imposed"
    objs -= MONTHS      # "the summit held on March 5" is no march
    return objs


def held_firm(noun: Token) -> Token | None:
    """The copula of a noun act said to be held firm, a stance told as a state ("our support for
    Ukraine remains unwavering", "the UK's commitment to Israel's security is ironclad", "we remain
    steadfast in our support for Ukraine"); it governs the noun as a light verb does. None
    elsewhere ("support for the bill is strong in Congress": no firmness word)."""
    if noun.dep_ == "nsubj":
        verb = noun.head
        preds = [c for c in verb.children if c.dep_ == "acomp"]
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.dep_ == "acomp":
        adj = noun.head.head
        verb, preds = adj.head, [adj]
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "in":
        # "we remain steadfast in our support for Ukraine", the "in" hung on the verb
        verb = noun.head.head
        preds = [c for c in verb.children if c.dep_ == "acomp"]
    else:
        return None
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in DEFAULT_LIGHT:
        return None     # "reaffirmed that the U.S. commitment to defend Japan is ironclad": the light verb governs
    preds += [g for c in preds for g in c.conjuncts]
    if verb.lemma_.lower() in HELD_COPULAS and any(c.lower_ in FIRM or c.lemma_.lower() in FIRM for c in preds):
        return verb
    return None


def governor(tok: Token) -> Token | None:
    """The verb that governs an event noun ("had a conversation", "expressed concern about")."""
    firm = held_firm(tok)
    if firm is not None:
        return firm
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in OCCUR_VERBS:
            return c        # "welcomed the talks held in Beijing between X and Y": they were held
        if c.dep_ == "relcl" and c.lemma_.lower() in RELATIVE_LIGHT and not any(
                g.dep_ in ("dobj", "nsubjpass") and g.tag_ not in ("WDT", "WP") for g in c.children) and not (
                (tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB"))
                and any(g.dep_ == "nsubjpass" for g in c.children)):
            # "the trilateral meeting he held yesterday with X and Y": held by him; not "chaired the
            # summit, which was held by video", "took part in the summit, which was held in X", where
            # the noun's own verb says who held it
            return c
    t = tok
    for _ in range(4):
        if t.dep_ in ("dobj", "nsubjpass", "attr", "pobj", "conj", "appos", "npadvmod", "nsubj", "compound", "oprd"):
            if t.dep_ == "nsubj":
                if t.head.lemma_.lower() in SUBJECT_GOVERNORS and not _described(t.head):
                    return t.head
                # "confirmed the agreement ... to cut output": the parser makes it a subject
                return t.head.head if t.head.dep_ in ("ccomp", "xcomp") else None
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                return t
            if t.dep_ == "prep":
                if t.lower_ in TIME_SETTING:
                    return None     # "During the summit, the leaders held a call": the summit is when, not what was held
                t = t.head
                if t.pos_ in ("VERB", "AUX"):
                    return t
        else:
            return None
    return None


def own_phrase(tok: Token) -> list[Token]:
    """The tokens of an event noun's own phrase that name who acted: "Russia's build-up", "the
    U.S. deployments", "an attack by Russian forces"."""
    own = [t for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod") for t in c.subtree]
    own += [t for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in AGENT_PREPS for t in c.subtree]
    # "an escalation on Turkey's part", "provocations on the part of Manila"
    own += [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
            if g.dep_ == "pobj" and g.lemma_.lower() in PART_NOUNS for t in g.subtree]
    # "the attack carried out on Monday by the jets of X", "the act was committed by X": the agent
    # of a participle of doing on the noun, or of the passive the noun is the subject of
    verbs = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if tok.dep_ == "nsubjpass":
        verbs.append(tok.head)
    # "the attack that Hamas launched on Saturday", "the strikes Russia carried out overnight": the
    # subject of a relative clause of doing whose object is the noun itself (none of its own)
    own += [t for v in tok.children if v.dep_ == "relcl" and v.lemma_.lower() in PERFORM_VERBS
            and all(o.tag_ in ("WDT", "WP") for o in v.children if o.dep_ == "dobj")
            for s in v.children if s.dep_ == "nsubj" and s.tag_ not in ("WDT", "WP") for t in s.subtree]
    for a in (a for v in verbs if v.lemma_.lower() in PERFORM_VERBS for a in v.children if a.dep_ == "agent"):
        # "by the fighter jets of X on the embassy of Y": what was hit, hung on the agent, is no doer
        hit = {t.i for p in a.subtree if p.dep_ == "prep" and p.lower_ in HIT_PREPS for t in p.subtree}
        own += [t for t in a.subtree if t.i not in hit]
    return own


def lemma_candidates(tok: Token) -> list[str]:
    """The lemma, the word, and the guesses of lemma_guesses.tsv where the lemmatizer stumbles
    ("staged" -> "stag")."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    out = [lemma]
    if low not in out:
        out.append(low)
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].head.i == tok.i:
        out.append(f"{tok.doc[tok.i - 2].lower_}-{low}")      # "build-up" parsed as "build - up"
    for suffix, replace in lemma_guesses():
        if low.endswith(suffix):
            guess = low[:-len(suffix)] + replace
            if guess and guess not in out:
                out.append(guess)
    return out


def _described(verb: Token) -> bool:
    """'The meeting was part of regular consultations', 'the talks were productive': a copula
    says what its subject is, not that it took place."""
    return verb.lemma_.lower() == "be" and any(c.dep_ in ("attr", "acomp") for c in verb.children)
