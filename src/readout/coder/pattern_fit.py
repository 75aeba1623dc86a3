"""Whether a token stands in the context a pattern asks for: its prepositions, objects, subject,
purpose and light verb (docs/coder.md, "Triggers")."""
from __future__ import annotations

from spacy.tokens import Token

from readout.cameo import plover_type
from readout.coder.event_nouns import governor, held_firm
from readout.coder.grammar import clause_of, first_of_list, occasion_prep, to_infinitive
from readout.coder.pattern_objects import light_verb_preps, object_lemmas
from readout.coder.patterns import DEFAULT_LIGHT, Kind, Pattern, Voice
from readout.coder.status import negated
from readout.lexicons import word_class

__all__ = ["attached_after", "fits", "shared_occasion"]

# Run for every word: as plain names, since looking up an Enum member costs 120 ns in Python 3.11.
VERB, NOUN, ADJ = Kind.VERB, Kind.NOUN, Kind.ADJ
SUBJ_OBJ_DEPS = {"nsubj", "nsubjpass", "csubj", "dobj", "pobj", "punct", "det", "aux", "auxpass", "neg"}
MONTHS = word_class("month")
# "on Monday", "on 13 April", "at around 7:22 a.m.", "at dawn": when, not a pattern's preposition
TIME_WORDS = MONTHS | word_class("weekday") | word_class("attack_time_word") | word_class("clock_word")
COMPLEMENT_DEPS = {"oprd", "ccomp", "acomp", "attr", "prt"}
TO_CLAUSE_DEPS = {False: ("xcomp",), True: ("acl", "advcl")}     # a verb's or adjective's to-clause; a noun's ("keenness to develop ties")
ACTIVITY_NOUNS = word_class("activity_noun")
FORWARD_ACTS = word_class("forward_act_noun")     # "looks forward to the next round of talks": the speaker's own act
AREA_PREPS = word_class("area_prep")      # "drills in the waters around Taiwan"
PURPOSE_PREPS = word_class("presence_purpose_prep")     # "is in Bangkok for the APEC meetings"
PARTNER_PREPS = word_class("partner_prep")
OCCASION_PREPS = word_class("occasion_prep")        # "told X at their talks", "said during talks with X"
PLURAL_POSSESSIVES = word_class("plural_possessive")
SAYING_VERBS = word_class("reporting_verb")
IN_PERSON_OCCASIONS = word_class("in_person_occasion")     # "during his visit", "at the summit": no talks of their own
TALK_PARTNER_PREPS = word_class("talk_partner_prep")      # "during talks with X"
# "In a phone conversation with his Syrian counterpart, X condemned ...", "On a call with X", "In
# their meeting": talks framed so are the occasion as "during" frames them, where they name whom they
# were with ("in talks" alone may be a state: "is in talks", "interested in talks")
FRAME_PREPS = word_class("talk_frame_prep")
SEQUENCE_PREPS = word_class("sequence_prep")     # "agreed after talks with X": the talks came first
# "an American student traveled to Iran": a private traveller's trip is no state visit
PRIVATE_TRAVELLERS = word_class("victim_noun") | word_class("nonstate_agent")
FIRST_PERSON = word_class("first_person")
CARRYING_VERBS = word_class("carrying_verb")     # "a flight carrying medical supplies": what a carrier brings
CARRIER_PREPS = word_class("group_of_prep")       # "a team of medical experts": whom a group is made of
OPPOSED_PREPS = word_class("opposed_prep")     # "are against any outside interference"
STATE_LIGHTS = word_class("state_change_light")     # "became a member of": done only when told as done
PERFORM_VERBS = word_class("perform_verb")      # "the strikes carried out by X": whose act the noun is


def fits(tok: Token, p: Pattern) -> bool:
    """True when the token stands in the context the pattern asks for."""
    if p.needs_neg and not negated(tok, clause_of(tok)) and not _refused_outright(tok):
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
    if p.to_clause and not any(c.dep_ in TO_CLAUSE_DEPS[p.kind == Kind.NOUN] and to_infinitive(c) and not _scare_quoted(c)
                               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                               for c in _to_clause_spots(tok, p)):
        return False            # "stands ready to help": the readiness is for an act; "ready for war" is no intent;
                                # 'certain people intend to "use Taiwan to contain China"': an aim the speaker
                                # quotes as someone else's, no announced intent; "a desire for Jerusalem to be a
                                # place of coexistence": a clause with its own subject is a hope for others, no intent
    if p.no_gerund and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for c in tok.children if c.dep_ == "prep"
                           for g in c.children):
        return False            # "Beijing has insisted on wielding its power": the subject keeps to its own
                                # course; "insisted on a full accounting" asks for one
    if p.intent and "forward" in p.prep and hoped_outcome(tok):
        return False            # "looks forward to the success of the summit": a hope, no intent
    loose = object_preps = ()       # read once, for the preposition and again for the object
    if p.prep:
        # "struck a convoy on Monday": a preposition of time is no pattern's preposition
        words = {c.lower_ for c in tok.children if c.dep_ not in SUBJ_OBJ_DEPS and not _of_time(c)}
        # "a call for Iran to be held accountable": the "for" marks the clause asked for
        words.update(g.lower_ for c in tok.children if c.dep_ in ("advcl", "acl") and to_infinitive(c)
                     for g in c.children if g.dep_ == "mark")
        if p.kind == NOUN and tok.dep_ == "pobj":
            words.add(tok.head.lower_)
        if p.kind == NOUN:
            # "the strikes carried out by Israel against Iran": the agent of a participle of doing on
            # the noun names its doer as "the strikes by Israel" does
            words.update(a.lower_ for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                         and c.lemma_.lower() in PERFORM_VERBS for a in c.children if a.dep_ == "agent")
        # "expressed deep regret over the decision": the parser may hang the noun's phrase on its light verb
        words.update(c.lower_ for c in light_verb_preps(tok, p))
        if p.kind == ADJ and tok.dep_ == "acomp":
            # "the attack, for which Putin is responsible": a relative clause's fronted phrase the
            # parser hangs on the copula is the adjective's
            words.update(c.lower_ for c in tok.head.children if c.dep_ == "prep" and c.i < tok.head.i
                         and any(g.dep_ == "pobj" and g.tag_ in ("WDT", "WP") for g in c.children))
        if p.obj:
            # "staged drills around Taiwan": the parser hangs the place on the object, not the verb
            # ("took restrictive measures against X": an object named with its modifier, as object_lemmas reads it)
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
    if p.obj and not (object_lemmas(tok, p) | ({o for _, o in loose} | {o for w, o in object_preps if w in p.prep}
                                          if p.prep else set())) & set(p.obj):
        return False
    if p.not_obj and any(c.dep_ == "dobj" and c.lemma_.lower() in p.not_obj for c in tok.children):
        return False            # "meeting immediate needs", "met the deadline": no meeting
    if p.not_obj and p.prep and any(g.dep_ == "pobj" and g.lemma_.lower() in p.not_obj for c in tok.children
                                    if c.dep_ == "prep" and c.lower_ in p.prep for g in c.children):
        return False            # "speaking to reporters after the meeting": no call
    if p.not_obj and p.needs_neg and any(g.dep_ in ("nsubj", "nsubjpass", "dobj") and g.lemma_.lower() in p.not_obj
                                         for c in tok.children if c.dep_ in ("ccomp", "xcomp") and to_infinitive(c)
                                         for g in c.children):
        return False            # "will not allow its territory to be used against India", "will never allow
                                # any force to use its territory": the small clause's own thing, an assurance
    if p.subj and not any(c.dep_ in ("nsubj", "nsubjpass") and subject_words(c) & set(p.subj) for c in _subject_spots(tok, p)) \
            and not _relative_subject(tok, p):
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
        if _opposed_under(tok, gov):
            return False        # "Both Russia and India are against any outside interference": opposed, not done
        if gov.lemma_.lower() in STATE_LIGHTS and not _finite(gov):
            return False        # "supports Palestine becoming a full member", "to help X become a member": a prospect
    return True


def _finite(verb: Token) -> bool:
    """Whether a verb is told as done: a finite past or present ("became", "becomes"), or a perfect
    ("has become"); not an infinitive or a gerund."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


def _opposed_under(tok: Token, gov: Token) -> bool:
    """The event noun hangs below its light verb through "against": what the subject is against is
    the act it opposes, not one it did or charges ("X is against interference" vs "X's visit was an
    interference"); a governor below the noun ("the talks held in Doha") is no light verb above it."""
    if not gov.is_ancestor(tok):
        return False
    t = tok
    while t.i != gov.i:
        if t.dep_ == "prep" and t.lower_ in OPPOSED_PREPS:
            return True
        t = t.head
    return False


def subject_words(subj: Token) -> set[str]:
    """The words a pattern's `subj` is matched against: the subject's lemma, its modifiers before it
    ("rescue team"), what it is a group of ("a team of medical experts") and what it carries ("a
    flight carrying medical supplies"): who or what arrives says whether the arrival is aid."""
    lemma = subj.lemma_.lower()
    words = {lemma}
    words |= {f"{m.lemma_.lower()} {lemma}" for g in subj.children if g.dep_ in ("amod", "compound") for m in (g, *g.conjuncts)}
    for g in subj.children:
        if g.dep_ == "prep" and g.lower_ in CARRIER_PREPS:
            words |= {f"{m.lemma_.lower()} {o.lemma_.lower()}" for o in g.children if o.dep_ == "pobj"
                      for m in o.children if m.dep_ in ("amod", "compound")}
        if g.dep_ == "acl" and g.lemma_.lower() in CARRYING_VERBS:
            words |= {w for o in g.children if o.dep_ == "dobj" for x in (o, *o.conjuncts)
                      for w in (x.lemma_.lower(), *(f"{m.lemma_.lower()} {x.lemma_.lower()}" for m in x.children
                                                     if m.dep_ in ("amod", "compound")))}
    return words


def _subject_spots(tok: Token, p: Pattern) -> list[Token]:
    """Where a pattern's subject hangs: on the verb, or for a predicate adjective on its copula ("the
    accusations are baseless": "accusations" is the subject of "are")."""
    spots = list(tok.children)
    first = first_of_list(tok)      # "are absurd and groundless": the list's first adjective
    if p.kind == ADJ and first.dep_ == "acomp":
        spots += [c for c in first.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif p.kind == VERB and tok.dep_ == "prep" and tok.head.lemma_ == "be":
        spots += [c for c in tok.head.children if c.dep_ == "nsubj"]     # "our thoughts are with X": the copula's
    elif p.kind == VERB and first is not tok and not any(c.dep_ in ("nsubj", "nsubjpass") for c in spots):
        # "the leaders underscored ... and resolved to deepen their coordination": a verb joined to
        # the first with no subject of its own shares the first's
        spots += [c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")]
    return spots


def _refused_outright(tok: Token) -> bool:
    """The verb allows none of what it names ("brooks no interference", "no interference will be
    tolerated", "will under no circumstances tolerate"): a negation carried by the determiner "no" of
    its object, its passive subject or a prepositional phrase, which is_negated (children of the
    verb only) does not see."""
    return any(d.dep_ == "det" and d.lower_ == "no" for c in tok.children
               for g in ([c] if c.dep_ in ("dobj", "nsubjpass") else
                         [x for x in c.children if x.dep_ == "pobj"] if c.dep_ == "prep" else ())
               for d in g.children)


def _scare_quoted(verb: Token) -> bool:
    """True when a quotation mark opens the verb's clause ('intend to "use Taiwan to contain China"')."""
    return any(c.is_quote and c.i < verb.i for c in verb.children)


def _relative_subject(tok: Token, p: Pattern) -> bool:
    """ "accepted a ceasefire with India, which took effect today": a relative clause's subject is
    its antecedent, or the noun the antecedent's preposition hangs on where the parser took the
    nearer name for it."""
    if tok.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")
                                      for c in tok.children):
        return False
    ante = tok.head
    above = ante.head.head if ante.dep_ == "pobj" and ante.head.dep_ == "prep" else ante
    return ante.lemma_.lower() in p.subj or above.lemma_.lower() in p.subj


def shared_occasion(noun: Token) -> bool:
    """Talks that are "their" occasion ("Putin told his Turkish counterpart at their talks"): the
    teller's and the told's."""
    return noun.dep_ == "pobj" and noun.head.lower_ in OCCASION_PREPS and any(
        c.dep_ == "poss" and c.lower_ in PLURAL_POSSESSIVES for c in noun.children)


def _talks_as_occasion(noun: Token, p: Pattern) -> bool:
    """ "Putin told his Turkish counterpart at their talks on Thursday", "said during talks with
    Erdogan", "raised the attack at the start of his meeting with Putin", "reached an agreement
    after talks between the two delegations": talks that are the occasion of an act, or that it
    followed, were held, between whom their possessor or their partner phrase names (not "said at
    the summit", which names neither, nor a visit or a summit that is the occasion of something
    else: "initiatives launched during Prime Minister Modi's visit to the United States")."""
    if plover_type(p.cameo) != "CONSULT" or p.future is None or noun.dep_ != "pobj" \
            or noun.lemma_.lower() in IN_PERSON_OCCASIONS:
        return False        # (not "launched during Prime Minister Modi's visit to the United States")
    prep = occasion_prep(noun)       # "at the start of his meeting with X", "after three days of talks"
    framed = prep.lower_ in FRAME_PREPS and (_partnered(noun, named=True) or any(
        c.dep_ == "poss" and c.lower_ in PLURAL_POSSESSIVES for c in noun.children))
    if prep.lower_ not in OCCASION_PREPS and prep.lower_ not in SEQUENCE_PREPS and not framed:
        return False
    if prep.head.lemma_.lower() not in SAYING_VERBS and (prep.head.pos_ not in ("VERB", "AUX") or negated(
            prep.head, clause_of(prep.head)) or not _done(prep.head)):
        return False        # an occasion of a saying, or of any act told as done ("will discuss it at the meeting")
    if prep.lower_ in SEQUENCE_PREPS and any(c.dep_ in ("nsubj", "nsubjpass") and any(
            g.dep_ == "conj" for g in c.children) for c in prep.head.children):
        return True         # "after three days of talks, the United States and Mexico reached an agreement": theirs
    return shared_occasion(noun) or _partnered(noun)


def _partnered(noun: Token, named: bool = False) -> bool:
    """True for talks that name whom they were with ("talks with Erdogan", "a call between X and Y");
    `named`: by a name ("a call with Prime Minister X", not "a call with reporters")."""
    return any(c.dep_ == "prep" and c.lower_ in TALK_PARTNER_PREPS and any(
        g.dep_ == "pobj" and (not named or any(t.pos_ == "PROPN" for t in g.subtree)) for g in c.children)
        for c in noun.children)


def _done(verb: Token) -> bool:
    """A verb told as done or under way ("raised", "was taken", "have agreed", "was raising"), no modal
    or infinitive marker before it ("will raise", "to raise")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in ("MD", "TO") for c in aux):
        return False
    return verb.tag_ in ("VBD", "VBN") or (verb.tag_ == "VBG" and any(c.tag_ in ("VBD", "VBZ", "VBP") for c in aux))


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
    # "all the actions necessary to defend ...": the to-clause the parser hangs on the object's adjective
    spots += [x for c in tok.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "amod"
              for x in g.children if x.dep_ in ("xcomp", "advcl")]
    if tok.dep_ == "xcomp" and tok.head.dep_ == "acomp":
        # "stands ready to take further action, as necessary, to address further threats": the
        # purpose the parser hangs on the readiness (or its verb) after the act
        spots += [x for h in (tok.head, tok.head.head) for x in h.children
                  if x.dep_ in ("xcomp", "advcl") and x.i > tok.i]
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
    """A preposition whose object is a weekday, month or time of day ("on Monday", "on 13 April", "at
    7:22 a.m."; not "the Good Friday Agreement")."""
    return prep.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in TIME_WORDS for g in prep.children)


def _governs_noun(tok: Token, preps: tuple[str, ...]) -> bool:
    """True when one of the preposition children governs a noun phrase that names no activity:
    "committed to Israel's security", not "committed to providing aid" or "to continued consultation"."""
    return any(c.lower_ in preps and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
                                         and g.lemma_.lower() not in ACTIVITY_NOUNS for g in c.children)
               and not any(g.dep_ == "pcomp" for g in c.children) for c in tok.children if c.dep_ == "prep")


def hoped_outcome(tok: Token) -> bool:
    """What "looks forward to" names is an outcome hoped for, not an act of the speaker's ("the
    success of the summit", "a swift resolution", "the day when sanctions can be lifted", "the
    implementation of the deal"): a hope, no event (eval/styles RECONCILE26.md R26-7). A gerund
    ("to meeting", "to working with"), a meeting or a way of working together ("the next round of
    talks", "future exchanges", "a very successful Leaders' Summit"), a pronoun or a name stays the
    speaker's intent, whatever success is wished for it."""
    heads = [tok, *(c for c in tok.children if c.lower_ == "forward")]
    objs = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children if g.dep_ in ("pobj", "pcomp")]
    if not objs or any(o.tag_ == "VBG" or o.pos_ == "VERB" or o.lower_.endswith("ing") for o in objs):
        return False            # "to partnering with other countries", tagged a noun or not: an act of the speaker's
    return not any(o.pos_ in ("PRON", "PROPN") or o.lemma_.lower() in FORWARD_ACTS for o in objs)


def _to_clause_spots(tok: Token, p: Pattern) -> list[Token]:
    """Where a pattern's to-clause hangs: on the word; for a noun also on its governing verb, as the
    clause right after the noun ("affirmed the UAE's keenness to deepen ties": the parser may hang
    "deepen" on "affirmed")."""
    if p.kind != Kind.NOUN or tok.dep_ not in ("dobj", "attr") or tok.head.i == tok.i:
        return list(tok.children)
    return [*tok.children, *(c for c in tok.head.children if c.dep_ == "advcl" and c.left_edge.i == tok.i + 1)]

