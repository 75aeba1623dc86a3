"""Words that name an act the story does not report as one (docs/coder.md, "What is not coded"):
an agreement that only states a view or demands that another act, a participle telling a state,
an act supposed in a condition, the meeting on whose sidelines others met, and a talk that is a
meeting's purpose. Split from events.py, which drops the triggers these find."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from readout.cameo import plover_type
from readout.coder.demands import organ_of
from readout.coder.grammar import clause_of, inverted_condition, offer_condition, subject_token, to_infinitive, word_forms
from readout.coder.patterns import Kind
from readout.coder.records import Placeholder, is_code
from readout.coder.triggers import Trigger
from readout.lexicons import word_class
from readout.mentions import PERSON_KINDS

if TYPE_CHECKING:
    from readout.coder.sources import Analysis

__all__ = ["agreed_view", "agreed_importance", "importance_view", "agreed_demand", "agreed_warning", "warned_clause", "bare_participle", "opening_participle", "state_participle", "supposed", "sidelines_setting",
           "purpose_of_meeting", "sorrow_without_loss", "alert_of_fact", "discussed_aim", "listed_anchor", "talk_topic", "own_side_asked",
           "populace_act", "welcomed_visitors", "welcomed_guest", "readied_gerund"]

CONCUR_VERBS = word_class("concur_verb")
IMPORTANCE_NOUNS = word_class("view_importance_noun")     # "agreed on the importance of ...": a view
VIEW_PREPS = word_class("view_prep")
IMPORTANCE_PREPS = word_class("importance_prep")    # "the importance of X", "the need for X"
OWN_PRONOUNS = word_class("first_person_plural") | word_class("plural_pronoun")   # "agreed that they would ..."
FUTURE_AUX = word_class("future_aux")      # "agreed that their ministers will meet": a promise
INTENT_WORDS = word_class("intent_word")
DEMAND_MODALS = word_class("demand_modal")
# "if Russia further invades Ukraine": a supposition, not "unless" (a demand on the other side)
SUPPOSITION_MARKS = word_class("condition_mark") - word_class("ultimatum_mark")
SETTING_NOUNS = word_class("in_person_setting")    # "on the sidelines of the summit"
SORROW = word_class("sorrow_verb")         # "saddened by ...": sympathy only for a loss
LOSS_WORDS = word_class("loss_word") | word_class("violent_verb")     # "the loss of life", "those killed"
CONDITION_MARKS = word_class("condition_mark")     # "warned that if India acts, ...", "unless ..."
DISCUSS = word_class("discuss_word")
TALK_OVER = DISCUSS | word_class("review_word")    # "will review preparations, including ...": a topic too
OWN_POSSESSIVES = word_class("own_possessive")     # "our Armed Forces", "my team"
OWN_ORGANS = word_class("own_organ_noun") | word_class("own_staff_noun")
POPULACE = word_class("populace_noun")
VISITORS = word_class("visitor_noun") | word_class("title_word")    # "welcomed the delegation", "the Chancellor"
# the people a host greets: the visitors and their titles, not their visit ("welcomed the visit" backs it)
GUESTS = word_class("welcomed_person_noun") | word_class("title_word")
GUEST_PRONOUNS = word_class("guest_pronoun")      # "welcomed him to the Kremlin"
READINESS = word_class("readiness_word")      # "open to meeting with Iran"
WELCOME_ROLE_PREPS = word_class("welcome_role_prep")   # "welcome Sweden as a full Ally", "welcome her home"
# sides that name no other actor: the act of a people so aimed is aimed at its own state
UNNAMED = (None, Placeholder.COUNTERPART, Placeholder.OTHER, Placeholder.NO_ONE, Placeholder.PARTICIPANTS,
           Placeholder.HEARER)


def agreed_view(trig: Trigger) -> bool:
    """An agreement that only states how things are ("They agreed that the strategic context in the
    Indo-Pacific was changing", "agreed that the situation remains complex") is a shared view, as
    "agreed on the importance of" is (GUIDE.md: stances only), no promise; a that-clause of what will,
    would or should be done ("agreed that their ministers would meet", "that the two sides should
    strengthen coordination") or of an intent still is one, as is "agreed to" anything."""
    tok = trig.token
    if not trig.pattern.intent or trig.pattern.kind != Kind.VERB or tok.lemma_.lower() not in CONCUR_VERBS:
        return False
    said = [c for c in tok.children if c.dep_ == "ccomp"]
    if not said or any(c.dep_ in ("xcomp", "prep") for c in tok.children):
        return False
    return not any(any(a.dep_ in ("aux", "auxpass") and (a.tag_ == "MD" or a.lower_ in FUTURE_AUX)
                       for a in v.children) or v.lemma_.lower() in INTENT_WORDS
                   for c in said for v in (c, *c.conjuncts))


def agreed_importance(trig: Trigger) -> bool:
    """A to-clause after "agreed on the importance / need of X" ("They agreed on the importance of
    continued dialogue to enhance the bilateral relationship"), which the parser hangs on "agreed" as
    if agreed to: the purpose of X inside a shared view (GUIDE.md, second round: stances only), no
    promise; so is "agreed" itself, with nothing else agreed to."""
    tok, clause = trig.token, trig.clause
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head    # "... to manage disagreements and maintain constructive ties"
    verb = tok if tok.lemma_.lower() in CONCUR_VERBS else clause.head if clause.dep_ == "xcomp" else None
    if verb is None or verb.lemma_.lower() not in CONCUR_VERBS:
        return False
    view = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in VIEW_PREPS and any(
        g.dep_ == "pobj" and g.lemma_.lower() in IMPORTANCE_NOUNS for g in c.children)]
    if not view:
        return False
    aims = [c for c in verb.children if c.dep_ == "xcomp" and to_infinitive(c)]
    # only a to-clause after the view: "agreed to meet again on the importance of ..." is agreed to
    return bool(aims) and all(a.i > view[0].i for a in aims)


def importance_view(trig: Trigger) -> bool:
    """An act told as what the importance or need is of ("reaffirmed the importance of continued
    support for Ukraine and of imposing costs on Russia", "stressed the need for sanctions on X"),
    by whatever verb and whoever holds the view: a view (GUIDE.md, second round: "agreed on the
    importance of" gives stances only), no act; items joined to the act, and a gerund or to-clause
    it heads, are inside the same view."""
    t = trig.token
    for _ in range(8):
        if t.dep_ in ("pobj", "pcomp") and t.head.dep_ in ("prep", "conj"):
            prep = t.head
            while prep.dep_ == "conj" and prep.head.i != prep.i and prep.head.pos_ == "ADP":
                prep = prep.head    # "the importance of X and of Y": the second "of" joined to the first
            if prep.dep_ in ("conj", "prep") and prep.head.pos_ == "VERB":
                # the parser hangs "and of Y" on the verb: "stressed the importance of X and of Y"
                return prep.lower_ in IMPORTANCE_PREPS and _importance_object(prep.head, prep.i)
            return prep.lower_ in IMPORTANCE_PREPS and prep.head.lemma_.lower() in IMPORTANCE_NOUNS
        if t.dep_ == "conj" and t.tag_ == "VBG" and t.head.tag_ in ("VBD", "VBZ", "VBP") \
                and not any(c.dep_ in ("nsubj", "aux") for c in t.children):
            # "reaffirmed the importance of continued support for Ukraine and imposing costs on Russia":
            # a bare gerund the parser joins to the finite verb is one more item of its object's "of"
            return _importance_object(t.head, t.i)
        if t.head.i == t.i or not (t.dep_ == "conj" or (t.dep_ == "xcomp" and t.tag_ in ("VBG", "VB"))):
            return False
        t = t.head      # "support for Ukraine and sanctions on Russia", "continue supporting Ukraine"
    return False


def _importance_object(verb: Token, before: int) -> bool:
    """The verb's object before `before` is an importance or need told of something ("stressed the
    importance of X"), the item the parser joined to the verb being one more such thing."""
    return any(o.dep_ == "dobj" and o.lemma_.lower() in IMPORTANCE_NOUNS and o.i < before and any(
        c.dep_ == "prep" and c.lower_ in IMPORTANCE_PREPS for c in o.children) for o in verb.children)


def agreed_demand(an: Analysis, trig: Trigger) -> bool:
    """An agreement that a named actor must or should act ("agreed that Russia must withdraw", "that
    the Burmese military must relinquish power") is a demand of that actor, no promise; "agreed
    that they should meet again" stays a proposal."""
    if not trig.pattern.intent or trig.pattern.kind != Kind.VERB or trig.token.lemma_.lower() not in CONCUR_VERBS:
        return False
    for c in trig.token.children:
        if c.dep_ != "ccomp" or not any(a.dep_ == "aux" and a.lower_ in DEMAND_MODALS for a in c.children):
            continue
        # the subject names an actor, as demands.py reads it: "Russia", or a state's organ ("the Burmese military")
        subj = next((s for s in c.children if s.dep_ == "nsubj"
                     and (an.tok_mention.get(s.i) is not None or organ_of(an, s))), None)
        if subj is None:
            continue
        named = {an.tok_mention[h.i].code for h in [subj, *subj.conjuncts] if an.tok_mention.get(h.i) is not None}
        agreeing = set(an.sources(trig.token))
        if len(named) >= 2 and (Placeholder.PARTICIPANTS in agreeing or named <= agreeing):
            continue    # "the leaders agreed that Japan and the United States should strengthen ...": their own proposal
        return True
    return False


def warned_clause(trig: Trigger, conflict: set[int]) -> Token | None:
    """The that-clause of an agreement that holds a hostile act anywhere inside it ("agreed that
    western allies must remain united ..., including imposing sanctions should Russian aggression
    escalate"), else None."""
    if trig.token.lemma_.lower() not in CONCUR_VERBS:
        return None
    return next((c for c in trig.token.children if c.dep_ == "ccomp" and any(t.i in conflict for t in c.subtree)), None)


def agreed_warning(trig: Trigger, hostile: Token | None) -> bool:
    """An agreement whose that-clause is a warning or a measure aimed at others ("They agreed that if
    Russia further invades Ukraine, it will face swift and severe costs", "agreed that western allies
    must remain united ..., including imposing sanctions should Russian aggression escalate"): the
    warning only, no promise of the agreeing sides to each other (RECONCILE26 R26-1: where the aim
    is a measure against a named actor, the clause is that THREATEN/SANCTION only); "agreed that
    they would impose costs", "that we will respond" stays their own undertaking."""
    if hostile is None or hostile.dep_ != "ccomp" or trig.token.lemma_.lower() not in CONCUR_VERBS:
        return False
    subj = next((c for c in hostile.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is None or subj.lower_ not in OWN_PRONOUNS


def bare_participle(tok: Token) -> bool:
    """A past participle with no auxiliary of its own or of the verb it is joined to, and no object:
    a state told of those it was done to ("and Americans detained in Afghanistan, Syria and China",
    which the parser may read as a subject and its verb), not a deed ("Russia detained two
    journalists" is a past tense; "has detained", "were detained" have their auxiliaries)."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN" or tok.dep_ not in ("ROOT", "conj", "acl", "amod"):
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    # a conjunct with no subject of its own shares its head's auxiliary ("has attacked and detained")
    heads = [tok] + ([tok.head] if tok.dep_ == "conj" and not own_subject else [])
    if any(c.dep_ in ("aux", "auxpass", "dobj", "agent") for h in heads for c in h.children):
        return False
    return not (tok.dep_ == "conj" and not own_subject and tok.head.tag_ != "VBN")   # "attacked and detained ...": a deed


def opening_participle(tok: Token) -> bool:
    """A past participle heading an adverbial clause before its verb, with no subject, auxiliary or
    conjunction of its own ("Asked about the decision, the Secretary General said ...", "Urged to
    release the detainees, Iran refused", "Criticized for its purchases of oil, India defended ..."):
    the act was done to the main clause's subject by someone else, so that subject is not its doer.
    Not one after its verb ("remain concerned about X, committed to increasing support"): the
    subject's own state."""
    return tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.dep_ == "advcl" and tok.i < tok.head.i and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children)


def state_participle(tok: Token) -> bool:
    """A past participle that describes the noun it modifies ("every American held hostage or
    wrongfully detained abroad", "individuals designated under this order"): the state they are in,
    which an act announced above it does not announce."""
    if tok.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children):
        return False
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i and t.head.tag_ == "VBN":
        t = t.head      # "held hostage or wrongfully detained abroad"
    if t.dep_ == "conj" and t.head.tag_ in ("VB", "VBG"):
        # the parser joins "or wrongfully detained abroad" to "bring home": a bare participle beside
        # a verb's base form is no second act announced with it
        return True
    return t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN", "PRON")     # t is a participle, as tok is


def supposed(clause: Token) -> bool:
    """The act is a condition supposed, not done: "(will respond decisively) if Russia further
    invades Ukraine", also inside the condition's complement ("if they allow Kiev to strike")."""
    t = clause
    for _ in range(3):
        if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in SUPPOSITION_MARKS for m in t.children):
            return True
        if inverted_condition(t) or (t.dep_ in ("xcomp", "advcl") and t.head.i != t.i and t.head.i < t.i
                                     and inverted_condition(t.head)):
            return True     # "should Russia further invade Ukraine", "Were China to attack Taiwan"
        if offer_condition(t) is not None:
            return True     # "ready for negotiations as soon as Kiev withdraws its troops and renounces ..."
        if t.dep_ not in ("xcomp", "ccomp", "conj") or t.head.i == t.i:
            return False
        t = t.head      # "if Western countries allow Kiev to strike deep into Russia": the strike is supposed too
    return False


def sidelines_setting(trig: Trigger) -> bool:
    """ "Held bilateral meetings with A and B on the sidelines of the meeting": the meeting on whose
    sidelines (margins, fringe) others met is their setting, not a meeting of theirs."""
    t = trig.token
    return plover_type(trig.pattern.cameo) == "CONSULT" and t.dep_ == "pobj" and t.head.lower_ == "of" \
        and t.head.head.lemma_.lower() in SETTING_NOUNS


def purpose_of_meeting(trig: Trigger, meetings: set[int]) -> bool:
    """'convened congressional leaders to discuss X', 'spoke with Modi to discuss X': the talk is
    the meeting's purpose, the meeting itself (coded, or not, on its own), not a second one."""
    clause = trig.clause
    if plover_type(trig.pattern.cameo) != "CONSULT" or clause.dep_ not in ("advcl", "xcomp", "acl", "pcomp") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    return clause_of(clause.head).i in meetings and clause_of(clause.head).i != clause.i


def sorrow_without_loss(trig: Trigger) -> bool:
    """Sorrow told about no loss ("deeply saddened by Russia's decision to suspend its participation
    in the treaty", "saddened by the decision of X"): regret, not sympathy with the one named, so no
    SUPPORT; sorrow about a death, a disaster or an attack ("saddened by the loss of life caused by the
    earthquake in X") is."""
    tok = trig.token
    if tok.lemma_.lower() not in SORROW and tok.lower_ not in SORROW:
        return False
    about = [t for c in tok.children if c.dep_ in ("agent", "prep", "xcomp", "ccomp", "advcl", "dobj")
             for t in c.subtree]
    return not any(t.lemma_.lower() in LOSS_WORDS or t.lower_ in LOSS_WORDS for t in about)


def alert_of_fact(trig: Trigger) -> bool:
    """A warning whose that-clause tells how things are, with no will, would or condition in it
    ("We've warned that President Putin still aims to conquer Ukraine", "warned that the famine is
    spreading"): an alert about a danger, no threat; "warned that if India took any further action,
    Pakistan would retaliate" and "warned that persisting ... will have grave consequences" threaten, and so does a warning told to someone ("warn the authorities not to collude")."""
    tok = trig.token
    if trig.pattern.kind != Kind.VERB or plover_type(trig.pattern.cameo) != "THREATEN" or tok.lemma_.lower() != "warn":
        return False
    said = [c for c in tok.children if c.dep_ == "ccomp"]
    if not said or any(c.dep_ in ("xcomp", "prep", "dobj") for c in tok.children) or any(
            a.tag_ == "TO" for c in said for a in c.children):
        return False    # "warn the DPP authorities not to collude": someone warned, a threat to them
    return not any((t.dep_ in ("aux", "auxpass") and (t.tag_ == "MD" or t.lower_ in FUTURE_AUX))
                   or (t.dep_ == "mark" and t.lower_ in CONDITION_MARKS)
                   for c in said for t in c.subtree)


def discussed_aim(clause: Token) -> bool:
    """The aim of something told as what a discussion was about ("discussed the diplomatic and
    economic tools the United States is pursuing to support Iranian protestors and hold the Iranian
    government accountable"): a to-clause of a relative clause on the discussion's object is the
    topic, no act (GUIDE.md: "discussed X" gives CONSULT only); "discussed ways to support Ukraine"
    is no act either (a noun's purpose, status.described); nor is a gerund the discussing verb takes
    ("discussed imposing further sanctions on X", "discussed supporting X and holding Y accountable"),
    nor a to-clause the parser hangs on the discussing verb ("discussed cooperation to continue supporting X")."""
    g = clause
    while g.dep_ == "conj" and g.head.i != g.i and g.head.tag_ == "VBG":
        g = g.head
    if g.tag_ == "VBG" and g.dep_ in ("xcomp", "dobj") and g.head.pos_ == "VERB" and g.head.lemma_.lower() in DISCUSS:
        return True
    c = clause
    while c.dep_ == "conj" and c.head.i != c.i and c.head.pos_ in ("VERB", "AUX"):
        c = c.head      # "to support X and hold Y accountable": both aims
    d = c
    while d.dep_ == "xcomp" and d.tag_ == "VBG" and d.head.i != d.i and d.head.pos_ == "VERB":
        d = d.head      # "to continue supporting": the to-clause it hangs on
    if d.dep_ in ("advcl", "xcomp") and to_infinitive(d) and d.head.lemma_.lower() in DISCUSS:
        return True     # "discussed cooperation to continue supporting Ukraine", the parser hanging the
                        # object's aim on the verb: what was discussed, no act
    if c.dep_ in ("relcl", "acl") and any(a.dep_ in ("xcomp", "advcl") and to_infinitive(a) for a in c.children):
        rel = c     # "the measures the EU is preparing to sanction Russia": the preparing too
    elif c.dep_ in ("xcomp", "advcl") and to_infinitive(c) and c.head.dep_ in ("relcl", "acl"):
        rel = c.head
    else:
        return False
    t = rel.head
    for _ in range(3):     # "discussed the tools ...", "exchanged views on the measures ..."
        if t.dep_ not in ("dobj", "pobj", "prep") or t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in DISCUSS:
            return True
    return False


def listed_anchor(clause: Token) -> Token | None:
    """The to-clause a later item of its list belongs to where the parser joins the item to another
    verb: "discussed the path forward to ensure Ukraine has what it needs and to impose costs on
    Russia" ("to impose" joined to "needs"), "reflected on their shared efforts to support Ukraine,
    impose consequences on Russia, and strengthen NATO" ("impose" joined to "reflected"); None where
    the item is a predicate of its own (a subject or an auxiliary of its own, or a finite verb)."""
    if clause.dep_ != "conj" or clause.head.i == clause.i or clause.tag_ != "VB" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") and c.tag_ != "TO" for c in clause.children):
        return None
    if to_infinitive(clause):
        if to_infinitive(clause.head):
            return None     # "to support X and to impose Y": the parser got the list right
        for a in clause.ancestors:
            if to_infinitive(a) and a.dep_ in ("advcl", "acl", "xcomp"):
                return a
            if a.tag_ in ("VBD",) or a.dep_ == "ROOT":
                return None
        return None
    head = clause.head
    if head.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    aims = [a for a in head.subtree if a.i < clause.i and a.i != head.i and to_infinitive(a)
            and a.dep_ in ("advcl", "acl", "xcomp") and not any(c.dep_ == "nsubj" for c in a.children)]
    return aims[-1] if aims else None


def talk_topic(trig: Trigger, discussed: bool) -> bool:
    """The act is only the topic of talks (`discussed`: ClauseStatus.discussed, or one more item of a
    topic list), not the talks themselves ("will discuss this plan further" is the promise to talk)."""
    return trig.token.lemma_.lower() not in TALK_OVER and (discussed or _listed_topic(trig.clause))


def _listed_topic(clause: Token) -> bool:
    """A bare verb the parser joins to "discuss" or "review" after an object that ends in a to-clause
    ("will discuss efforts to deepen ties, and work together where ...", "opportunities to deepen
    X, enhance Y, and expand Z"): one more item of the topic list, not a predicate of its own (GUIDE.md:
    "discussed X" gives CONSULT only); "will discuss the crisis and agree to ..." stays a predicate."""
    c = clause
    while c.dep_ == "conj" and c.head.i != c.i and c.head.pos_ in ("VERB", "AUX") \
            and c.head.lemma_.lower() not in TALK_OVER:
        c = c.head      # "..., responsibly manage competition, and work together": the list's earlier item
    if c.dep_ != "conj" or c.tag_ not in ("VB", "VBP") or c.head.lemma_.lower() not in TALK_OVER \
            or any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children):
        return False    # a bare form with no subject of its own (the parser may tag it VBP)
    talk = c.head
    # the to-clause may hang on the object or, misparsed, on the verb ("review the work to secure X")
    return any(to_infinitive(v) and v.i < c.i for o in talk.children if o.dep_ in ("dobj", "advcl", "xcomp")
               for v in o.subtree)


def own_side_asked(trig: Trigger) -> bool:
    """A request told to the speaker's own organs ("I have ordered our Armed Forces and our
    Intelligence Community to ensure that Afghanistan never again ...", "I have asked my team to
    ..."): an instruction inside one's own side, no request of anyone abroad; what they are told to do
    is coded on its own. Not "urged our allies to ..." (allies are no organ)."""
    tok = trig.token
    if trig.pattern.kind != Kind.VERB or plover_type(trig.pattern.cameo) != "REQUEST":
        return False
    asked = [c for c in tok.children if c.dep_ == "dobj"]
    asked += [g for c in asked for g in c.conjuncts]
    return bool(asked) and all(word_forms(a) & OWN_ORGANS and any(
        c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in a.children) for a in asked)


def populace_act(an: Analysis, trig: Trigger, sources, targets) -> bool:
    """A people, not its state, doing what a verb says toward no other actor named ("stands with the
    people of Nicaragua, who continue to demand the freedoms they were denied", "crowds marched
    against Maduro, demanding freedom", "the people of Iran refuse to be silenced", "the citizens of
    Russia speaking out against the war"): its demands, refusals and charges are made of its own state,
    acts inside one country, not coded (GUIDE.md; `--domestic` keeps them, as PLOVER codes them); its
    protests stay coded (PROTEST, target null)."""
    if trig.pattern.kind != Kind.VERB or plover_type(trig.pattern.cameo) == "PROTEST" \
            or any(t not in UNNAMED and t not in sources for t in targets):
        return False
    clause = clause_of(trig.token)
    for _ in range(4):
        subj = subject_token(clause)
        if (subj is None or subj.tag_ in ("WP", "WDT")) and clause.dep_ in ("relcl", "acl") and clause.head.i != clause.i:
            subj = clause.head      # "the Cuban people who are demanding ...", "citizens speaking out"
            if subj.dep_ == "pobj" and subj.head.lower_ == "of" and subj.head.head.lemma_.lower() in POPULACE:
                subj = subj.head.head   # "the people of Nicaragua, who continue to demand": the people
        if subj is not None:
            break
        if clause.dep_ not in ("advcl", "conj", "xcomp") or clause.head.i == clause.i:
            return False
        clause = clause_of(clause.head)     # "crowds marched ..., demanding freedom"
    else:
        return False
    mention = an.tok_mention.get(subj.i)
    people = subj.lemma_.lower() in POPULACE or (
        mention is not None and mention.form == "adjective" and subj.tag_ in ("NNS", "NNPS"))   # "Iranians"
    return people and all(is_code(s) for s in sources)


def welcomed_visitors(tok: Token) -> bool:
    """A welcome of visitors or their visit ("welcomed the Chancellor and his delegation", "welcomed
    the team at the airport", "welcomed the visit", "welcomed the two Foreign Ministers to the Oval
    Office"): hospitality toward the visitors' side, never an outcome welcomed, so the SUPPORT it
    gives is dropped where no target is found for it (resolve.py); one whose visitors' state is named
    ("welcomed the visit of the Iranian Foreign Minister") or is the other side of talks stays."""
    objs = _welcomed(tok, ("dobj",))
    return bool(objs) and all(o.lemma_.lower() in VISITORS for o in objs)


def _welcomed(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    """Whom or what a verb of welcome takes in `deps`, with their conjuncts; none for any other word."""
    if tok.lemma_.lower() != "welcome" or tok.pos_ != "VERB":
        return []
    objs = [c for c in tok.children if c.dep_ in deps]
    return objs + [g for o in objs for g in o.conjuncts]


def welcomed_guest(an: Analysis, tok: Token) -> bool:
    """A host's welcome of a visiting person ("welcomed President Biden to Egypt", "welcomed Prime
    Minister Meloni on her first official visit", "Welcoming his guest", "warmly welcomed the
    Chancellor"): the meeting itself, no SUPPORT toward the guest (eval/styles RECONCILE26.md R26-6);
    not a welcome of an act ("welcomed President X's visit", "his commitment"), of a state ("welcome
    Sweden as a full Ally"), nor of a person in a role or back home ("welcome her home")."""
    if any(c.dep_ in ("prep", "advmod", "prt") and c.lower_ in WELCOME_ROLE_PREPS for c in tok.children):
        return False
    objs = _welcomed(tok, ("dobj", "nsubjpass"))

    def guest(o: Token) -> bool:
        if o.lower_ in GUEST_PRONOUNS or o.lemma_.lower() in GUESTS:
            return True
        mention = an.tok_mention.get(o.i)
        return o.pos_ == "PROPN" and mention is not None and mention.kind in PERSON_KINDS
    return bool(objs) and all(guest(o) for o in objs)


def readied_gerund(trig: Trigger, taken: set[int]) -> bool:
    """An act told as what one is open or ready to do ("is open to meeting with Iran", "open to
    discussing Turkey's concerns"), where the word of readiness is a trigger of its own: that word
    codes the intent toward whom it names; the act is not held, nor an intent toward anyone else."""
    t = trig.token
    if t.dep_ != "pcomp" or t.head.dep_ != "prep":
        return False
    ready = t.head.head
    return ready.pos_ == "ADJ" and ready.lemma_.lower() in READINESS and ready.i in taken
