"""Who an act answers (docs/coder.md, "At whom"): the doer named by a possessive, what a judgement
of a clause's subject is aimed at, and the words that name no one (all parties, allies and
partners). A strike's doer, scene and victims are in strikes.py. Whose act a rejection,
condemnation, threat or welcome refers back to ("opposes this move") is in referred.py. Used by
targets.py and events.py."""
from __future__ import annotations

from spacy.tokens import Token

from readout.cameo import plover_type, types_with
from readout.coder.grammar import (alternative_to, object_heads, condition_clauses, first_of_list, np_tokens, or_else, readiness_clause,
                                   subject_token, to_infinitive)
from readout.coder.patterns import Kind, TargetRule
from readout.coder.records import is_code
from readout.coder.sources import Analysis
from readout.coder.status import Modality
from readout.coder.strikes import victim
from readout.coder.stance_toward import doer_of
from readout.coder.triggers import Trigger, own_phrase
from readout.lexicons import word_class

__all__ = ["answered", "answered_parties", "own_concern", "blamed_cause", "failed_course", "cleft_focus", "demanded_subjects",
           "generic_addressee", "addressed_group", "asked_group", "generic_partner", "gerund_doer", "grounds", "judged", "named_examples",
           "np_head", "only_self_victims", "own_doer", "participle_agent", "recipients",
           "referred_subject", "referring", "spoken_to", "subject_doers"]

ANSWER_NOUNS = word_class("answer_noun")       # "in response to X's accession"
CONDITION_MARKS = word_class("condition_mark")     # "will respond decisively if Russia invades"
ANY_PARTY_WORDS = word_class("any_party_word")     # "all parties", "the sides concerned"
ANYONE_WORDS = word_class("anyone_word")     # "with all who want peace", "with anyone who is ready"
SENT_MESSAGE_NOUNS = word_class("sent_message_noun")   # "conveyed the good wishes of the Prime Minister"
REFERRED_ACTS = word_class("referred_act_noun")     # "such moves", "this decision": an act named before
WRONG_ACTS = word_class("wrong_act")
DEFINITE = word_class("definite_det")
SUCH = word_class("such_word")
ADDRESS_PREPS = word_class("address_prep")      # "To the regime in Tehran I say: ..."
ADDRESS_VERBS = word_class("address_verb")
BENEFICIARY_PREPS = word_class("beneficiary_prep")
GENERIC_ADDRESSEES = word_class("generic_addressee")
ANY_COUNTRY = word_class("any_country_noun")          # "called on countries to ...": any of them
GENERIC_PARTNERS = word_class("generic_partner")
COMPANION_PREPS = word_class("companion_prep")     # "alongside": beside the act's doers
COMPANION_WORDS = word_class("companion_word")     # "together": with each other
PARTY_NOUNS = word_class("party_noun")              # "all parties", "the parties concerned"
EXAMPLE_WORDS = word_class("example_word")
HOME_UNITS = word_class("home_unit_noun")
PLACE_PREPS = word_class("place_prep_noun")       # "the countries of / in / across the region"
ADDRESSEE_PREPS = word_class("addressee_prep")     # "called on X", "appealed to X": whom a request asks     # "all states should ...": maybe a federation's own     # "allies and partners, including the EU"
VENUE_PREPS = word_class("venue_prep")         # "including at the United Nations": a venue, no example
BODY_PREPS = word_class("partner_body_prep")    # "partners in the European Union": the body
GIVEN_NOUNS = word_class("given_noun")         # "provide aid to Ukraine": Ukraine receives it
GROUNDS_PREPS = word_class("grounds_prep")
THANKED_PREPS = word_class("thanked_prep")     # "grateful to X for ...": whom the thanks go to
GROUNDS_VERBS = word_class("grounds_verb")     # "commended X for ...": X, not the grounds
JOINT_DETERMINERS = word_class("joint_determiner")     # "with both countries": the parties, not no one
JOINT_PREPS = word_class("joint_prep")         # "work with Iran"
CHARGED_PASSIVES = word_class("charged_passive_verb")   # "X's agents are linked to violence": X charged
CHARGE_PREPS = word_class("charge_prep")     # "expelled X for meddling in ...": the gerund is X's act
PAIR_ONLY_PREPS = word_class("pair_only_prep")
COURSE_NOUNS = word_class("course_noun")             # "NATO's aggressive policy"
HOSTILE_COURSE = word_class("hostile_course_adjective")
CAUSE_PREPS = word_class("cause_prep")                # "the result of", "in response to"
CAUSE_NOUNS = word_class("cause_noun")
HOSTILE_DEEDS = word_class("hostile_deed_noun")       # "the unfriendly steps taken by London"
OWNER_PREPS = word_class("owner_prep")               # "the policy of the United States", "the course taken by X"
UNNAMED_BLOC = word_class("unnamed_bloc_word")       # "the policy of Western countries": owners no actor names
JUDGED_CONDUCT = word_class("judged_conduct_noun")     # "the unfriendly actions of the United States"
CONDUCT_VERBS = word_class("conduct_verb")        # "has launched a hostile campaign": the subject's
OWNER_PRONOUNS = word_class("owner_pronoun")      # "its hostile actions": the subject's
ANTI = word_class("anti_prefix")            # "an anti-Russian campaign": aimed at Russia
SHIELD_VERBS = word_class("shield_verb")          # "to protect workers from unfair practices"
SHIELD_PREPS = word_class("shield_prep")
CONDUCT_TOPICS = word_class("conduct_topic_word")      # "discussed X's destabilizing behavior"
SUPPOSED_DETS = word_class("supposed_determiner")   # "any hostile action": none told as done
ENDING_VERBS = word_class("cessation_verb") | word_class("abandon_verb")    # "must stop", "abandon its course"
INDEFINITE = word_class("indefinite_article")       # "a provocative step": not known by its determiner


def recipients(obj: Token) -> set[int]:
    """Who receives what is given: "provide additional aid to Ukraine" (not "a response to Iran")."""
    group = [obj, *obj.conjuncts]       # "security and economic support for Ukraine": shared
    if not any(x.lemma_.lower() in GIVEN_NOUNS for x in group):
        return set()
    return {t.i for o in group for p in o.children if p.dep_ == "prep" and p.lower_ in BENEFICIARY_PREPS
            for g in p.children if g.dep_ == "pobj" for x in [g, *g.conjuncts] for t in np_tokens(x)}


def only_self_victims(an: Analysis, trig: Trigger, actors, source) -> bool:
    """The source's own mentions are only victims of what its act answers: "will give a firm
    response to any aggression against the Iranian nation" is no act on itself."""
    if plover_type(trig.pattern.cameo) not in types_with("aims_at_doer"):
        return False
    own = [t.doc[an.mention_root.get(id(m), t.i)] for t, m in actors if m.code == source]
    # "against the Iranian nation": the phrase the adjective is in
    return bool(own) and all(victim(np_head(t)) for t in own)


def own_concern(an: Analysis, trig: Trigger, actors, source) -> bool:
    """A concern aimed at the other side (ACCUSE, target counterpart) about the source's own people or
    interests ("raised his concern over the situation of Filipino fishermen", "concern about the
    impact the blockades are having on American companies"): the source's mentions in what the
    concern is about are those it is for, not whom it is aimed at (GUIDE.md: "raised concerns about"
    is ACCUSE); not the holder's possessive ("noted the UK's concerns with the Protocol", which stays
    its own), not several sources together, and at home (--domestic) it stays its own."""
    ctx = trig.token.doc._.context
    if plover_type(trig.pattern.cameo) != "ACCUSE" or trig.pattern.target != TargetRule.COUNTERPART \
            or not is_code(source) or (ctx is not None and ctx.domestic):
        return False
    roots = [an.name_root(t) for t, m in actors if m.code == source]
    # the concern word: the trigger, or its object where a verb carries it ("noted the UK's concerns")
    concern = {trig.token.i} | {c.i for c in trig.token.children if c.dep_ == "dobj"}
    return bool(roots) and not any(r.dep_ == "poss" and r.head.i in concern for r in roots)


def demanded_subjects(verb: Token) -> list[Token]:
    """Who is asked in "demanded that Russia stop", "urged that all sides should exercise
    restraint": the subject of a clause in the bare or modal form a demand takes (a plural's
    looks like the present: "that all parties exercise"), not "insisted that the United States
    had violated the deal", a claim."""
    return [s for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VB", "VBP")
            and not to_infinitive(c)
            for s in c.children if s.dep_ == "nsubj"]


def generic_addressee(an: Analysis, trig: Trigger) -> bool:
    """'urged all actors / all parties / all sides to ...', 'demands that all parties exercise
    restraint': asked of no one named."""
    asked = [c for c in trig.token.children if c.dep_ == "dobj"] + demanded_subjects(trig.token)
    asked += [g for c in trig.token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(x.i in an.tok_mention for c in asked for x in [c, *c.conjuncts]):
        return False    # "called on the UN Security Council, as well as all Islamic countries, to ...": the UN is asked
    for c in asked:
        if c.lemma_.lower() in GENERIC_ADDRESSEES and not any(t.i in an.tok_mention for t in c.subtree) \
                and (any(d.lower_ in ANY_PARTY_WORDS for d in c.children)
                     # "called on countries to ...": a bare plural is any country, not the
                     # story's participants ("the countries", "both countries")
                     or (c.tag_ == "NNS" and c.lemma_.lower() in ANY_COUNTRY and not any(d.dep_ in ("det", "poss", "nummod") for d in c.children))):
            return True
    return False


def asked_group(an: Analysis, trig: Trigger) -> list | None:
    """Whom a verb of asking asks where its addressee is a group that is no actor
    (addressed_group): "called on the countries of the region to ...", "urged all countries,
    including China, to ..."; None where the addressee is someone else."""
    asked = [c for c in trig.token.children if c.dep_ == "dobj"] + demanded_subjects(trig.token)
    asked += [g for c in trig.token.children if c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPS
              for g in c.children if g.dep_ == "pobj"]
    # "urge the countries of the region to ...": the parser may hang the asked on the to-clause
    asked += [g for c in trig.token.children if c.dep_ == "ccomp" and to_infinitive(c)
              for g in c.children if g.dep_ == "nsubj"]
    if len(asked) != 1 or asked[0].conjuncts:
        return None     # "called on Congress and all countries": the usual reading of each
    return addressed_group(an, asked[0])


def addressed_group(an: Analysis, noun: Token, bare: bool = True) -> list | None:
    """A group asked as a whole that is no actor: None where the noun names someone ("the
    countries", "Russia"); else the actors it lists as examples ("all countries, including China":
    China) or [None] ("all countries", "every nation", "Islamic countries", "the countries of the
    region": no one named, GUIDE.md); with bare=False only a group marked as any ("all", "every")
    or described by a clause ("countries that value their independence")."""
    if noun.lemma_.lower() not in GENERIC_ADDRESSEES or noun.lemma_.lower() in HOME_UNITS or noun.i in an.tok_mention:
        return None     # "all states must expand testing": a federation's states, at home as often as abroad
    examples = [t for c in noun.children if c.lower_ in EXAMPLE_WORDS for t in c.subtree]
    inside = {t.i for t in examples}
    if any(t.i in an.tok_mention for t in noun.subtree if t.i not in inside):
        return None     # "the countries of the Quad", "the EU member states": those named
    dets = [c for c in noun.children if c.dep_ in ("det", "poss", "nummod")]
    plural = noun.tag_ == "NNS" and noun.lemma_.lower() in ANY_COUNTRY
    # "countries that value their own independence should not allow ...": whoever the clause fits
    described = plural and not dets and any(c.dep_ == "relcl" for c in noun.children)
    plural = plural and bare
    # "the countries of the region", "the states in the world": bounded by a place that is no actor
    placed = plural and any(c.dep_ == "prep" and c.lower_ in PLACE_PREPS for c in noun.children)
    # "all parties", "every nation"; not "the relevant party" (one side, unnamed)
    marked = any(c.lower_ in ANY_PARTY_WORDS and (noun.tag_ == "NNS" or c.dep_ == "det") for c in noun.children)
    if not (marked or described
            or plural and (not dets or placed and all(d.lower_ == "the" for d in dets))):
        return None
    return list(dict.fromkeys(m.code for _, m in an.actors_in(examples))) or [None]


def generic_partner(region: list[Token]) -> bool:
    """A partner named by a word that is no actor: "with the international community", "with
    allies and partners" (GUIDE.md: no actors)."""
    def partner(t):
        while t.dep_ == "conj":
            t = t.head
        # "between the countries" names the parties themselves
        return t.dep_ == "pobj" and t.head.lower_ in JOINT_PREPS and t.head.lower_ not in PAIR_ONLY_PREPS
    def any_party(t):
        # "will continue to engage with all parties", "with the parties concerned": no one in particular
        if t.lower_ in ANYONE_WORDS and any(c.dep_ == "relcl" for c in t.children):
            return True     # "open to constructive dialogue with all who want peace": whoever does
        return t.lemma_.lower() in PARTY_NOUNS and any(c.lower_ in ANY_PARTY_WORDS for c in t.children)
    def beside_each_other(t):
        # "agreed to work together, alongside other allies and partners": done with each other,
        # the others only beside them
        while t.dep_ == "conj":
            t = t.head
        prep = t.head
        return prep.lower_ in COMPANION_PREPS and any(
            c.dep_ == "advmod" and c.lower_ in COMPANION_WORDS for c in prep.head.children)
    return any((t.lemma_.lower() in GENERIC_PARTNERS or t.lower_ in GENERIC_PARTNERS or any_party(t)) and partner(t)
               and not any(c.lower_ in JOINT_DETERMINERS for c in t.children) and not beside_each_other(t)
               for t in region)


def named_examples(an: Analysis, region: list[Token]) -> list[str]:
    """The actors a partner phrase that is no actor lists as its examples: "with partners in the
    region, including Kenya", "close consultation with allies and partners, including working
    with the EU and NATO" name Kenya, the EU and NATO."""
    owners = []
    for t in region:
        if t.lemma_.lower() in GENERIC_PARTNERS:
            while t.dep_ == "conj":
                t = t.head
            owners.append(t)
            if t.dep_ == "pobj" and t.head.lower_ in JOINT_PREPS:
                owners.append(t.head.head)      # "consultation with allies ..., including ..."
    heads = [c for o in owners for c in o.children if c.lower_ in EXAMPLE_WORDS]
    # "deepen our cooperation in multilateral institutions, including at the United Nations": where
    # the act is done, not with whom
    venues = {t.i for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in VENUE_PREPS
              for t in c.subtree}
    # "with its partners in the European Union and NATO": the named bodies they are in
    bodies = [m.code for o in owners if o.lemma_.lower() in GENERIC_PARTNERS for p in o.children
              if p.dep_ == "prep" and p.lower_ in BODY_PREPS for g in p.children if g.dep_ == "pobj"
              for x in [g, *g.conjuncts] for _, m in an.actors_in(np_tokens(x)) if m.kind == "igo"]
    return list(dict.fromkeys([*(m.code for h in heads for _, m in an.actors_in(
        [t for t in h.subtree if t.i not in venues])), *bodies]))


def judged(an: Analysis, clause: Token) -> list:
    """Whom a judgement of a clause's subject is aimed at ("Russia alone is responsible", "the
    expansion of NATO is an encroachment"): its actors, but not the victims it names ("the
    annexation of Ukrainian territory, which is in flagrant violation of ...")."""
    codes = [c for c in an.sources(clause) if isinstance(c, str)]
    subj = subject_token(clause)
    np = clause.head if clause.dep_ == "relcl" else subj
    charged = _charged_object(an, clause) if subj is None else []
    if charged:
        return charged      # "expelled two Canadian diplomats for meddling in India's internal affairs"
    if subj is not None and subj.dep_ == "nsubjpass" and clause.lemma_.lower() in CHARGED_PASSIVES \
            and not any(c.dep_ == "agent" for c in clause.children):
        # "agents of the Government of India are linked to threats and violence": the one linked is charged
        codes = list(dict.fromkeys(m.code for _, m in an.actors_in(list(subj.subtree)) if is_code(m.code)))
    focus = cleft_focus(clause)
    if focus is not None:
        # "It is Washington and its allies who bear full responsibility", "it is London that is
        # undermining ...": a cleft says its clause of the focus, every item of its list
        inside = {t.i for t in clause.subtree}
        return list(dict.fromkeys(m.code for t, m in an.actors_in([t for t in focus.subtree if t.i not in inside])
                                  if is_code(m.code) and not victim(np_head(t.doc[an.mention_root.get(id(m), t.i)]))))
    if clause.dep_ == "relcl" and an.tok_mention.get(np.i) is not None and np.dep_ == "pobj" \
            and np.head.head.tag_ == "NNS" and np.tag_ == "NNP" and _plural_verb(clause):
        # "the PRC's aggressive actions toward Taiwan, which undermine peace": the parser hangs the
        # clause on the actor its preposition names, but the verb agrees with the plural phrase that
        # preposition is in, which it judges ("a role in ISIS-DRC, which is responsible" stays ISIS's)
        aside = {t.i for t in np.head.subtree}
        np = np.head.head
        return list(dict.fromkeys(m.code for _, m in an.actors_in([t for t in np.subtree if t.i not in aside])
                                  if is_code(m.code)))
    if subj is None:
        return codes
    if not codes and subj.pos_ == "NOUN" and np.i == subj.i:
        # "the statements by the Mexican President constitute interference", "the sanctions imposed by
        # the United States amount to bullying": the doer the subject's act names by "by" or an agent
        doer = doer_of(an, subj)
        return [doer] if is_code(doer) else []
    victims, doers = set(), set()
    for t, m in an.actors_in(list(np.subtree)):
        (victims if victim(np_head(t.doc[an.mention_root.get(id(m), t.i)])) else doers).add(m.code)
    return [c for c in codes if c not in victims or c in doers]


def _charged_object(an: Analysis, clause: Token) -> list:
    """The one a wrong told by a gerund with no subject of its own is charged to where the gerund
    gives the grounds of an act on someone ("expelled seven UN officials for meddling in the internal
    affairs", "sanctioned X for supporting terrorism"): the actors the act's object names."""
    if clause.dep_ != "pcomp" or clause.tag_ != "VBG" or clause.head.lower_ not in CHARGE_PREPS:
        return []
    verb = clause.head.head
    return list(dict.fromkeys(m.code for c in verb.children if c.dep_ == "dobj"
                              for _, m in an.actors_in(list(c.subtree)) if is_code(m.code)))


def cleft_focus(clause: Token) -> Token | None:
    """The focus of a cleft ("It is Washington and its allies who bear ...", "It was London that
    ..."): the predicate noun of an "it is" the clause hangs on (as a relative clause on it or on the
    last of its list, or as the parser's complement of the copula with a relative pronoun subject);
    None for any other clause."""
    if clause.dep_ == "relcl":
        focus = clause.head
        focus = first_of_list(focus)
        copula = focus.head
    elif clause.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")
                                         for c in clause.children):
        copula = clause.head
        focus = next((c for c in copula.children if c.dep_ == "attr"), None)
        if focus is None:
            return None
    else:
        return None
    subj = subject_token(copula)
    if focus.dep_ != "attr" or copula.lemma_.lower() != "be" or subj is None or subj.lower_ != "it":
        return None
    return focus


def _plural_verb(verb: Token) -> bool:
    """A present-tense verb in the plural ("which undermine", "which have undermined")."""
    finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ == "VBP" for t in finite) and not any(t.tag_ == "VBZ" for t in finite)


def subject_doers(an: Analysis, clause: Token) -> list[str]:
    """The actors a clause's subject names as doers, not victims ("any nuclear attack by the DPRK
    against the ROK would be met with a decisive response": the DPRK)."""
    subj = subject_token(clause)
    if subj is None:
        return []
    victims, doers = set(), []
    for t, m in an.actors_in(list(subj.subtree)):
        if victim(np_head(t.doc[an.mention_root.get(id(m), t.i)])):
            victims.add(m.code)
        elif is_code(m.code) and m.code not in doers:
            doers.append(m.code)
    return [c for c in doers if c not in victims]


def referred_subject(an: Analysis, clause: Token) -> Token | None:
    """A judged subject that names no actor but refers back to an act ("such provocative moves",
    "this decision", "these attacks"): the act noun, whose doer was named before; else None."""
    subj = subject_token(clause)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in REFERRED_ACTS | WRONG_ACTS \
            or an.actors_in(list(subj.subtree)):
        return None
    return subj if referring(subj) else None


def referring(noun: Token) -> bool:
    """True for a noun a definite article, a demonstrative or "such" marks as named before ("this
    decision", "the visit", "such moves")."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE or c.lower_ in SUCH for c in noun.children)


def np_head(t: Token) -> Token:
    """The phrase an adjective or name modifies: "Ukrainian" in "of Ukrainian territory"."""
    while t.dep_ in ("amod", "compound", "poss", "nmod") and t.head.i != t.i:
        t = t.head
    return t


def answered(an: Analysis, trig: Trigger, sources=()) -> list:
    """Actors whose act a threat answers: "in response to Finland's accession to NATO" anywhere in
    the trigger's clause, or the subject of a condition on it ("will respond decisively if Russia
    further invades Ukraine")."""
    out = []
    # "should Beijing continue down this path, the President is prepared to take further action":
    # the condition hangs on the readiness
    conditions = condition_clauses(trig.clause, CONDITION_MARKS) or condition_clauses(
        readiness_clause(trig.clause), CONDITION_MARKS)
    for c in conditions:
        for s in c.children:
            if s.dep_ == "nsubj":
                # "if Russia invades", else the act's doer ("should the provocations by the
                # Belarusian services continue"), not its victim ("attacks on our territory")
                out += [(x, m.code) for x, m in an.actors_in(np_tokens(s))] or [
                    (x, m.code) for x, m in an.actors_in(list(s.subtree))
                    if not victim(np_head(x.doc[an.mention_root.get(id(m), x.i)]))]
    alt = or_else(trig.clause) or alternative_to(trig.clause)
    if alt is not None:
        # "Iran must release the sailors or face serious consequences", "called on Russia to withdraw
        # or face severe costs": whoever must do what the consequence is the alternative to
        asked = [c for c in alt.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not asked and alt.dep_ in ("xcomp", "advcl"):
            asked = object_heads(alt.head)
        asked_codes = [(x, m.code) for s in asked[:1] for x, m in an.actors_in(np_tokens(s))]
        if not any(c in sources for _, c in asked_codes):
            out += asked_codes      # not "Japan and Korea must keep talking, or both will face ...": advice to both
    for t in trig.clause.subtree:
        if t.lemma_.lower() in ANSWER_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "in":
            for p in t.children:
                if p.dep_ == "prep" and p.lower_ == "to":
                    out += [(x, m.code) for x, m in an.actors_in(np_tokens(p))]
    return out


def answered_parties(an: Analysis, trig: Trigger, sources=()) -> list:
    """Whom a threat answering an act is aimed at: each actor a condition's subject lists as its
    heads ("should Canada, Mexico or China respond with tariffs": all three), else the first actor
    whose act it answers ("in response to Finland's accession to NATO": Finland)."""
    found = [(t, c) for t, c in answered(an, trig, sources) if c not in sources]
    if not found:
        return []
    root = an.name_root     # a name's head ("the United States or Japan": "States", not "United")
    first = root(found[0][0])
    heads = {h.i for h in (first, *first.conjuncts) if an.tok_mention.get(h.i) is not None}
    if len(heads) > 1 and first.dep_ == "nsubj":
        return list(dict.fromkeys(c for t, c in found if root(t).i in heads))
    return [found[0][1]]


def blamed_cause(an: Analysis, noun: Token) -> list:
    """Whom a cause told as a hostile course blames ("the crisis is the direct result of NATO's
    long-standing aggressive policy", "as a result of the unfriendly course taken by the German
    Government", "in response to the hostile actions of X"): the owner of a course or deed noun judged
    hostile in the phrase of a result or response; none for a course not so judged or a wrong named
    as a label ("as a result of Russia's aggression")."""
    out = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in CAUSE_PREPS:
            continue
        for course in (g for o in prep.children if o.dep_ == "pobj" for g in (o, *o.conjuncts)):
            if course.lemma_.lower() not in COURSE_NOUNS | HOSTILE_DEEDS or not any(
                    c.dep_ == "amod" and c.lemma_.lower() in HOSTILE_COURSE for c in course.children):
                continue
            out += [c for c in course_owners(an, course) if c not in out]
    return out


def failed_course(an: Analysis, word: Token) -> list:
    """Whose course a failure judges ("the policy of sanctions pursued by the United States against
    Iran has failed", "marks the failure of the U.S. policy toward Afghanistan"): the owners of the
    verb's subject or of the noun's "of" phrase where it is a course noun; none for a failure of no
    course ("the talks failed")."""
    if word.pos_ == "VERB":
        courses = [c for c in word.children if c.dep_ == "nsubj"]
    else:
        courses = [o for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
    out = []
    for course in (g for c in courses for g in (c, *c.conjuncts)):
        if course.lemma_.lower() in COURSE_NOUNS:
            out += [c for c in course_owners(an, course) if c not in out]
    return out


def conduct_owners(an: Analysis, noun: Token) -> list:
    """Whose conduct a noun judged wrongful by its own adjective is ("the unfriendly actions of the
    United States", "Russian malign activity", "the illegitimate restrictions imposed by Western
    countries"): the owners its own phrase names, not those an "anti-" word names as its aim
    ("Japan's anti-Russian campaign"); none for a conduct of no one named."""
    if noun.lemma_.lower() not in JUDGED_CONDUCT:
        return []
    doc = noun.doc
    aimed = {t.i for c in noun.children if c.dep_ in ("amod", "compound") for t in c.subtree
             if t.lower_ in ANTI or t.lower_.startswith("anti-") or (
                 t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ in ANTI)}
    owners = course_owners(an, noun, skip=aimed)
    if owners:
        return owners
    head = first_of_list(noun)
    verb = head.head if head.dep_ == "dobj" else head.head.head if (
        head.dep_ == "pobj" and head.head.dep_ == "prep") else None
    if verb is not None and verb.pos_ == "VERB" and (verb.lemma_.lower() in CONDUCT_VERBS or any(
            c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in noun.children)):
        # "Japan has launched an anti-Russian campaign", "has engaged in illegitimate actions", "had
        # never ceased its hostile actions": the doer is the subject of the verb of doing, or of
        # any verb where "its" refers to it
        return subject_doers(an, verb)
    return []


def told_conduct(an: Analysis, noun: Token, status, judging=()) -> bool:
    """A judged conduct told as known ("the unfriendly actions of X", "its hostile actions", "Russian
    malign activity", "one reckless act after another"), not one only supposed ("any hostile action",
    "if X takes provocative steps", "will take hostile measures") or asked to stop;
    an "anti-" word judges only where an actor follows it ("an anti-Russian campaign", not "an
    anti-corruption campaign")."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    if not any(m.lemma_.lower() in judging and m.lower_ not in ANTI for m in mods) and not an.actors_in(
            [t for m in mods if m.lower_ in ANTI for t in noun.doc[m.i + 1:noun.i]]):
        return False
    if _ended(noun):
        return False    # "Iran's destabilizing activities must end": what is asked to end or given up is a demand
    for a in noun.ancestors:
        if a.dep_ == "prep" and a.lower_ in CAUSE_PREPS and a.head.lemma_.lower() in CAUSE_NOUNS:
            return False    # "Norway barred entry in response to the hostile actions of X": the grounds of
                            # another's act blame X in the responder's words (blamed_cause), not the text's voice
        if a.lemma_.lower() in CONDUCT_TOPICS or (a.lower_ in SHIELD_PREPS and a.head.lemma_.lower() in SHIELD_VERBS):
            return False    # "discussed China's coercive behaviour", "concerns about the PRC's destabilizing
                            # activities", "spoke out against the hegemonic policy of X": a topic or a stance;
                            # "measures to protect workers from unfair Chinese trade practices": what a measure guards against
        if a.pos_ in ("VERB", "AUX") and (a.dep_ == "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)):
            break       # past participles ("the threat posed by Iran's malign activities", "including") to a clause's verb
    dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss")}
    if dets & SUPPOSED_DETS or status.requested:
        return False    # history stays: "for years, X engineered one reckless act after another" is judged now
    known = bool(dets - INDEFINITE) or any(c.dep_ == "poss" for c in noun.children)
    if status.modality == Modality.CONDITIONAL or (status.negated and not known):
        return False
    return known or status.modality is None


def _ended(noun: Token) -> bool:
    """A conduct told as what ends or is given up, not as going on: the subject or object of a verb
    of ending ("Iran's destabilizing activities in Iraq must end", "with Washington abandoning its
    hostile course", "urged X to cease its illegal actions"); not one denied to end ("had never
    ceased its hostile actions")."""
    verb = noun.head
    if verb.lemma_.lower() not in ENDING_VERBS or verb.pos_ not in ("VERB", "AUX") or noun.dep_ not in (
            "dobj", "nsubj", "nsubjpass"):
        return False
    return not any(c.dep_ == "neg" for c in verb.children)


def course_owners(an: Analysis, course: Token, skip: set[int] = frozenset()) -> list:
    """Who owns a course of action: the actors its possessor, modifiers, "of / by / from" phrase or
    participle agent name, also on the nouns of its "of" phrase ("the policy of sanctions and
    pressure pursued by the United States"), not those it is aimed at ("against Iran"); [None] where
    only an unnamed bloc owns it ("the mistaken policy of Western countries": GUIDE.md, no actor)."""
    heads = [course, *(g for p in course.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj" for g in (o, *o.conjuncts))]
    owner = [t for h in heads for c in h.children if c.dep_ in ("poss", "amod", "compound", "nmod") for t in c.subtree]
    # the agent's own noun phrases only: not "and of the anti-Russian sanctions they had introduced" joined to it
    owner += [t for h in heads for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"
              for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
              for g in (o, *o.conjuncts) for t in np_tokens(g)]
    owner += [t for c in course.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPS for t in c.subtree]
    # (the course itself may stand where a victim would: "in response to Russia's aggressive actions")
    codes = [m.code for t, m in an.actors_in([t for t in owner if t.i not in skip]) if is_code(m.code)
             and not _victim_not_course(np_head(t.doc[an.mention_root.get(id(m), t.i)]), heads)]
    if not codes and any(t.lower_ in UNNAMED_BLOC for t in owner):
        return [None]
    return list(dict.fromkeys(codes))


def _victim_not_course(head: Token, heads: list[Token]) -> bool:
    """An owner's phrase that names a victim, not the course itself in a victim's place."""
    return head not in heads and victim(head)


def participle_agent(noun: Token, skip: frozenset[str] = frozenset()) -> set[int]:
    """Whose act a noun is, by a participle's agent: "the sanctions imposed on Iran by the
    United States"; participles whose lemma is in `skip` name no one."""
    return {t.i for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in skip
            for a in c.children if a.dep_ == "agent" for t in a.subtree}


def gerund_doer(noun: Token) -> set[int]:
    """Whose act a gerund on an object is, by the gerund's own subject: "opposes the U.S. side
    politicizing trade" (the parser hangs "politicizing" on "trade" and makes "side" its subject)."""
    return {t.i for c in noun.children if c.tag_ == "VBG" and c.dep_ in ("amod", "acl")
            for s in c.children if s.dep_ == "nsubj" for t in s.subtree}


def grounds(trig: Trigger) -> set[int]:
    """The grounds of a judgement of someone named as its object: "commended the Prime Minister
    for his visits to Kyiv and Moscow" is aimed at the Prime Minister, not at the places."""
    tok = trig.token
    if trig.pattern.kind == Kind.ADJ and any(c.dep_ == "prep" and c.lower_ in THANKED_PREPS for c in tok.children):
        # "I am grateful to Congress for passing the bill to support Taiwan": thanks to whom the
        # "to" names, for what the "for" names
        return {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in GROUNDS_PREPS for t in c.subtree}
    if tok.lemma_.lower() not in GROUNDS_VERBS or not any(c.dep_ == "dobj" for c in tok.children):
        return set()
    return {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in GROUNDS_PREPS for t in c.subtree}


def own_doer(trig: Trigger) -> set[int]:
    """An event noun's doer is never its target: a light verb's noun's possessor ("the UK's
    condemnation of ..."), a noun coded anywhere's own phrase ("Russia's build-up near ...")."""
    if trig.pattern.kind != Kind.NOUN:
        return set()
    if "*" in trig.pattern.light:
        return {t.i for t in own_phrase(trig.token)}
    own = {t.i for c in trig.token.children if c.dep_ == "poss" for t in c.subtree}
    if trig.token.lemma_.lower() in SENT_MESSAGE_NOUNS or trig.token.lower_ in SENT_MESSAGE_NOUNS:
        # "conveyed the good wishes of the Prime Minister", "expresses the full solidarity of the
        # African Union with Niger": the "of" names who sends them, as a possessor does
        own |= {t.i for p in trig.token.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj" for t in g.subtree}
    return own


def spoken_to(an: Analysis, trig: Trigger, sources) -> str | None:
    """Whom a speech is addressed to by an opening "To X I say:" ("To the regime of the ayatollahs I
    say: whoever strikes us, we will strike them"): X, for an act told after the colon; else None."""
    sent = trig.token.sent
    words = [t for t in sent if not t.is_punct]
    if not words or words[0].lower_ not in ADDRESS_PREPS:
        return None
    for k, t in enumerate(sent):
        if t.i >= trig.token.i:
            return None
        if t.lemma_.lower() in ADDRESS_VERBS and k > 1 and sent[k - 1].tag_ == "PRP":
            colon = [c for c in sent[k:] if c.text == ":" and c.i < trig.token.i]
            if not colon:
                return None
            told = [m.code for _, m in an.actors_in(list(sent[1:k - 1])) if m.code not in sources]
            return told[0] if told else None
    return None
