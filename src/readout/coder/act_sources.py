"""Who does a trigger's act: the clause's sources, or those an event noun, a decision, a step or
the publisher's own government names (split out of events.py, which decides whether and what is coded)."""
from __future__ import annotations
from spacy.tokens import Token
from readout.actors import PERSON_KINDS
from readout.cameo import plover_type, types_with
from readout.coder.grammar import VENUE_PREPS, clause_of, decided_noun, decision_makers, finite_passive, first_of_list, shares_passive, to_infinitive
from readout.coder.patterns import Kind, rule_codes
from readout.coder.records import NotParty, Party, Placeholder, is_code
from readout.coder.sources import Analysis
from readout.coder.status import relayed
from readout.coder.membership import is_body
from readout.coder.partners import companions
from readout.coder.referred import held_by
from readout.coder.triggers import Trigger, held_firm, own_phrase
from readout.lexicons import word_class
from readout.lexicons.publishers import publisher_of

REACTION_VERBS = word_class("reaction_verb")
STEP_NOUNS = word_class("step_noun")
JOINT_OCCUR_VERBS = word_class("occur_verb") | word_class("begin_verb")
PAIR_PREPS = word_class("pair_prep")     # "talks held between X and Y"
SETTING_NOUNS = word_class("in_person_setting")     # "on the sidelines of the summit"
MEETING_NOUNS = word_class("meeting_noun")
BETWEEN_PREPS = word_class("pair_only_prep")     # "after the talks between X and Y"
OCCASION_PREPS = word_class("occasion_prep") | word_class("sequence_prep")   # "said at / after the talks"
RECEIVE_VERBS = word_class("receive_verb")     # "received congratulations from X": X's act
GIVER_PREPS = word_class("giver_prep")
PARTITIVE = word_class("partitive_noun")   # "the first round of talks was held"
NO_ONE_DETS = word_class("no_one_word")     # "no one will be prosecuted": no measure
DECIDED_TYPES = ("SANCTION", "COERCE")     # measures a decision takes (decision 16 of eval/styles/README.md)
NOTIFY_VERBS = word_class("notify_verb")       # "informed the Ambassador that he has been declared ..."
AGENT_PREPS = word_class("agent_prep")          # "the commitments by Chile and Peru"
SUMMON_VERBS = word_class("summon_verb")         # "was summoned to the Foreign Ministry": by that ministry
SUMMONED_TO = word_class("summoned_to_prep")
PLURAL_POSSESSIVES = word_class("plural_possessive")    # "He welcomed their commitment": not his own
SINGULAR_TAGS = ("NN", "NNP", "PRP")
COMMAND_VERBS = word_class("command_verb")
DECREE_NOUNS = word_class("decree_noun")          # "The Proclamations terminate ...": the issuer's measure
SIGNING_VERBS = word_class("signing_verb")        # "signed an Executive Order declaring ...": the signer issued it
FOLLOWING = word_class("cataphoric_modifier")     # "decided to take the following measures:": the items are its
LIST_TAKERS = word_class("decision_word") | word_class("announce_verb")   # who decided or announced the list's measures
RELATIVES = word_class("relative_pronoun")        # "authorized the deployment of troops": who commands it
OWN_PASSIVE = set(rule_codes("own_passive"))     # other acts a government's site tells in the agentless passive
WRONG_ACTS = word_class("wrong_act")
PERFORMATIVE = word_class("performative_adverb")    # "is hereby terminated": done in the saying
TRUCE_NOUNS = word_class("truce_noun")           # "the ceasefire between X and Y took effect": the sides'
GROUP_NOUNS = word_class("party_group_noun")     # "the G7 Leaders' Summit": the meeting's name, not its doer
SHARED_WE_VERBS = word_class("shared_we_verb")    # "We agreed to ...", one leader after talks: both sides
FIRST_PLURAL = word_class("first_person_plural")
EASED_TYPES = ("RETREAT", "CONCEDE")     # measures eased, on a government's own site told with "hereby"
FREED_NOUNS = word_class("freed_outcome")    # "the release of ...": freed people's holder releases them


def step_clause(clause):
    """For "measures / steps to V" with no subject of their own, the clause the measures are in;
    else None."""
    head = clause.head
    if clause.dep_ not in ("acl", "relcl") or head.lemma_.lower() not in STEP_NOUNS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    return clause_of(head)


def sources_for(an: Analysis, trig: Trigger) -> tuple[Party, ...]:
    """Who does the trigger's act: its clause's sources, or those an event noun names itself."""
    tok, clause = trig.token, trig.clause
    sides = _truce_sides(an, trig)
    if sides:
        return sides
    if trig.pattern.kind == Kind.NOUN and "*" in trig.pattern.light:
        # "an attack by Russian forces": only the noun's own phrase names who acted.
        own = tuple(dict.fromkeys(m.code for _, m in an.actors_in(own_phrase(tok))))
        if not own and tok.dep_ == "dobj" and tok.head.lemma_.lower() in COMMAND_VERBS:
            # "I have authorized the deployment of troops to X", "ordered strikes on X": the
            # commander's act
            return an.sources(tok.head)
        if not own and any(c.dep_ == "nsubj" for c in tok.children):
            # "the Islamic Republic of Iran reserves the right": a verb the parser took for a noun, with its subject
            return an.sources(tok)
        if not own and plover_type(trig.pattern.cameo) == "RETREAT" and tok.lemma_.lower() in FREED_NOUNS \
                and _greeted(tok):
            # "welcomes the release of the eight Indian nationals who had been detained in Qatar": a
            # release greeted as done that names no releaser is the act of whoever held the people it
            # frees (GUIDE.md: a release is the holder's RETREAT), as a request for their release asks
            # the holder; not one asked for, discussed or promised ("requested the early release of
            # the Japanese national detained in China", "a deal ... the release of hostages held by Hamas")
            freed = [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
            return tuple(dict.fromkeys(held_by(an, freed, ())))
        return own
    if trig.pattern.kind == Kind.NOUN and tok.dep_ == "nsubj" and held_firm(tok) == clause:
        # "our support for Ukraine remains unwavering": the possessor's act, whoever it is for
        poss = [c for c in tok.children if c.dep_ == "poss"]
        return tuple(c for c in an.codes_of_np(poss) if is_code(c)) if poss else ()
    step = step_clause(clause)
    if step is not None:
        return an.sources(step)     # "the leaders agreed to coordinate measures to isolate Russia"
    if trig.pattern.kind == Kind.NOUN and relayed(clause):
        return an.sources(clause.head)  # "asked X to convey his best wishes to Y": the asker's
    if trig.pattern.kind == Kind.NOUN and plover_type(trig.pattern.cameo) == "CONSULT" and clause.dep_ == "acl" \
            and clause.head.i == tok.i and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
        # "informed his counterpart of his telephone conversations held earlier today with A, B and
        # C": the talks are the possessor's, whoever the clause they are told in names
        return an.sources(clause_of(tok))
    if trig.pattern.kind == Kind.NOUN and plover_type(trig.pattern.cameo) == "CONSULT" and tok.dep_ == "pobj" \
            and tok.head.lower_ in OCCASION_PREPS:
        # "Kenya spoke after the talks between Sudan and Chad": talks that are an act's occasion
        # or what it followed are between whom they name, not the speaker's (unless among them)
        between = tuple(dict.fromkeys(m.code for c in tok.children if c.dep_ == "prep" and c.lower_ in BETWEEN_PREPS
                                      for _, m in an.actors_in(list(c.subtree)) if is_code(m.code)))
        if between:
            return between if len(between) >= 2 else ()    # (not "Kenya spoke after talks between Sudan's army and the RSF")
    if trig.pattern.kind == Kind.NOUN and clause.lemma_.lower() in JOINT_OCCUR_VERBS and (
            (_as_subject(tok).dep_ in ("nsubj", "nsubjpass") and _as_subject(tok).head.i == clause.i)
            or (clause.dep_ == "acl" and clause.head.i == tok.i)):
        # "A telephone conversation took place between X and Y", "the talks held in Beijing
        # between X and Y": the named parties act jointly.
        # "The meeting took place a day after the United States carried out strikes on Iran": a clause
        # of its own subject beside the meeting dates it by another act, whose actors did not meet
        other_act = {t.i for c in clause.children if c.dep_ == "advcl" and any(g.dep_ == "nsubj" for g in c.children)
                     for t in c.subtree}
        scope = [t for t in clause.subtree if t.i not in other_act]
        paired = [t for h in (clause, tok) for c in h.children if c.dep_ == "prep" and c.lower_ in PAIR_PREPS
                  for t in c.subtree]
        if len(set(m.code for _, m in an.actors_in(paired))) >= 2:
            # "a series of meetings was held in Malta between X and Y": whom they were between, not
            # where (GUIDE.md: a meeting in a third country between two sides)
            places = {t.i for c in clause.children if c.dep_ == "prep" and c.lower_ in VENUE_PREPS for t in c.subtree}
            # "held between X and Y, on the sidelines of the NATO Summit", "during the G20 summit":
            # the occasion's body is where they met, not a side (wherever the parser hangs it)
            places |= {t.i for c in scope if c.dep_ == "prep" and _occasion(c) for t in c.subtree}
            scope = [t for t in scope if t.i not in places]
        if clause.dep_ == "acl":
            # "the talks held in Beijing between X and Y"; not "summits held in response to Russia's
            # invasion of Ukraine": only whom the talks were between
            scope = [t for c in clause.children if c.dep_ == "prep" and c.lower_ in PAIR_PREPS for t in c.subtree]
        codes = tuple(dict.fromkeys(m.code for _, m in an.actors_in(scope)))
        if len(codes) < 2:
            # "talks took place" are the story's participants'; "the summit held in Madrid" is
            # no one's act by itself
            return () if clause.dep_ == "acl" else (Placeholder.PARTICIPANTS,)
        return codes
    if trig.pattern.kind == Kind.NOUN:
        poss = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if poss and plover_type(trig.pattern.cameo) == "CONSULT" and all(
                c.lower_.removesuffix("s") in GROUP_NOUNS for c in poss):
            # "the G7 Leaders' Summit", "the Quad Leaders' Summit": the meeting's name, whose leaders
            # are its participants (a body named alone is its setting, FRESH.md 31; not the sides of
            # "a China-France-EU leaders' meeting") with the clause's own subject among them
            codes = an.codes_of_np(poss)
            setting = len(set(codes)) == 1 and is_code(codes[0]) and is_body(codes[0])
            return tuple(dict.fromkeys([*(() if setting else codes), *an.sources(clause)])) or codes
        if poss:
            codes = an.codes_of_np(poss)
            if codes and clause.lemma_.lower() in REACTION_VERBS and set(codes).isdisjoint(an.sources(clause)):
                return ()       # "welcomed Israel's commitment to ...": what is welcomed, not told as done
            if codes:
                return codes
        # "reaffirmed U.S. support for Ukraine's sovereignty", "expressed Chinese support": the
        # noun's own name of one state is whose act it is, wherever the parser hangs the clause
        own = tuple(dict.fromkeys(m.code for c in tok.children if c.dep_ in ("compound", "amod", "nmod")
                                  for _, m in an.actors_in(list(c.subtree)) if m.kind not in PERSON_KINDS))
        if len(own) == 1 and clause.lemma_.lower() not in REACTION_VERBS \
                and plover_type(trig.pattern.cameo) not in types_with("symmetric"):
            # (a meeting's or cooperation's own name names its sides: "the NATO summit") told as
            # its clause's object or subject ("the U.S. commitment to defend Japan is ironclad");
            # deeper in a phrase it is no act told as done, and not the subject's either
            # ("emphasized the significance of sustained U.S. support", "planning for ROK support
            # to U.S. operations in a contingency")
            return own if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else ()
    makers = _decision_makers(an, clause) if plover_type(trig.pattern.cameo) in DECIDED_TYPES else ()
    if makers:
        return makers
    if welcomed_of_another(an, tok):
        return ()       # "welcomed the commitments by Chile and Peru to provide support to Haiti": theirs, welcomed
    found = an.sources(clause)
    if not found and tok.lemma_.lower() in SUMMON_VERBS and _agentless_passive(clause):
        # "the Japanese ambassador was summoned to the Russian Foreign Ministry": the office he was
        # summoned to summoned him (a news agency's passive too)
        to = tuple(dict.fromkeys(m.code for c in tok.children if c.dep_ == "prep" and c.lower_ in SUMMONED_TO
                                 for _, m in an.actors_in(list(c.subtree)) if is_code(m.code)))
        if len(to) == 1:
            return to
    if not found and (plover_type(trig.pattern.cameo) in DECIDED_TYPES or trig.pattern.cameo in OWN_PASSIVE
                      or (plover_type(trig.pattern.cameo) in EASED_TYPES and _performed(clause))) \
            and _agentless_passive(clause) and _judged_patient(an, trig, clause):
        # "the Russian Ambassador was summoned to the Foreign Office today": on its own site, the government did
        return _own_government(an, trig)
    paper = _issuing_document(an, clause) if not found and plover_type(trig.pattern.cameo) in DECIDED_TYPES else None
    if paper is not None:
        # "The Proclamations terminate the exemptions granted to X", "signed a proclamation that
        # ends X's exemption": the measure of whoever issued the document, else on a government's
        # own site that government's
        if paper.dep_ == "dobj":
            issuer = an.sources(paper.head)
        elif paper.dep_ == "nsubj" and paper.head.dep_ == "ccomp" and paper.head.head.lemma_.lower() in SIGNING_VERBS:
            # "signed an Executive Order declaring ...", which the parser makes the subject of a
            # clause the signing verb governs: still the signer's
            issuer = an.sources(paper.head.head)
        else:
            issuer = ()
        return tuple(c for c in issuer if is_code(c)) or _own_government(an, trig)
    if not found and plover_type(trig.pattern.cameo) in DECIDED_TYPES and clause.dep_ == "ROOT" and clause.tag_ == "VBZ" \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in clause.children):
        # "- Prohibits the importation of seafood of Russian origin": a fact sheet's item with no
        # subject, split off from "The Executive Order takes the following actions:", is on a
        # government's own site that government's measure
        return _own_government(an, trig)
    if not found and clause.dep_ == "ROOT" and clause.tag_ == "VB" and clause.i == clause.sent.start + _item_mark(clause) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass") for c in clause.children):
        # "has decided to take the following measures: 1. Recall the Thai Ambassador to Cambodia;
        # 2. Downgrade diplomatic relations": each bare item of the list a decision announces is
        # the decision maker's act
        makers = _listed_by(an, clause)
        if makers:
            return makers
    if not found and plover_type(trig.pattern.cameo) in DECIDED_TYPES and trig.pattern.subj and clause.dep_ == "ROOT" \
            and clause.i == tok.i:
        # "a tariff of 10 percent will apply to imports from X": a measure told as its own
        # subject in the main clause is, on a government's own site, that government's
        return _own_government(an, trig)
    if not found and plover_type(trig.pattern.cameo) in DECIDED_TYPES and clause.dep_ == "ccomp" \
            and clause.head.lemma_.lower() in NOTIFY_VERBS and doerless_patient(clause) is not None:
        # "the Government has informed Iran's Ambassador that he has been declared persona non
        # grata": who notifies the one a measure hits took it
        return tuple(c for c in an.sources(clause_of(clause.head)) if is_code(c))
    if not found and trig.pattern.kind == Kind.NOUN and plover_type(trig.pattern.cameo) == "CONSULT":
        # "officials we cannot name co-chaired a U.S.-Colombia roundtable": the meeting names its sides
        own = [t for c in tok.children if c.dep_ in ("compound", "nmod", "amod") for t in c.subtree]
        codes = tuple(dict.fromkeys(m.code for _, m in an.actors_in(own)))
        if len(codes) >= 2:
            return codes
    return found


def _greeted(noun: Token) -> bool:
    """An act noun told as done and greeted: the object of a reaction ("welcomes the release of ..."),
    or the subject of a copula that judges it ("The release of the hostages is a great relief")."""
    head = noun.head
    return (noun.dep_ == "dobj" and head.lemma_.lower() in REACTION_VERBS) or \
        (noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and not any(c.dep_ == "aux" for c in head.children))


def welcomed_of_another(an: Analysis, tok: Token) -> bool:
    """True for an act told inside what a reaction welcomes (`reaction_verb`'s object) whose owner
    is another actor than the one reacting: "welcomed the commitments by Chile and Peru to provide
    support to Haiti", "the decision taken today by the leaders of the European Union to ...",
    "He welcomed their commitment to supporting UN-led efforts". The act is the owner's, welcomed,
    not told as the reacting side's own (the guide codes what each actor is reported to do)."""
    t = tok
    for _ in range(8):
        if t.dep_ == "dobj" and t.head.lemma_.lower() in REACTION_VERBS:
            return _owned_by_another(an, t, t.head)
        if t.dep_ in ("advcl", "xcomp") and to_infinitive(t) and t.head.lemma_.lower() in REACTION_VERBS:
            # the parser hangs the noun's to-clause on the verb ("commended the commitments by
            # Chile and Peru to provide ...")
            return any(_owned_by_another(an, o, t.head) for o in t.head.children if o.dep_ == "dobj")
        if t.dep_ not in ("acl", "prep", "pobj", "pcomp", "xcomp", "conj", "dobj") or t.head.i == t.i \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children if t.pos_ in ("VERB", "AUX")):
            return False    # a clause with a subject of its own says whose act it is
        t = t.head
    return False


def _owned_by_another(an: Analysis, noun: Token, verb: Token) -> bool:
    """The welcomed noun names an owner other than who welcomes: a possessor, a "by" or "from"
    phrase, a participle's agent, or "their" after a reactor named in the singular."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    # "by Chile" the parser hangs on an active verb is its object's doer, not the verb's
    active = any(c.dep_ == "nsubj" for c in verb.children)
    owners += [y for c in (*noun.children, *(verb.children if active else ()))
               if c.dep_ == "prep" and c.lower_ in AGENT_PREPS
               for g in c.children if g.dep_ == "pobj" for y in (g, *g.conjuncts)]
    owners += [y for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
               for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
               for y in (g, *g.conjuncts)]
    reactors = set(an.sources(verb))
    codes = [c for c in an.codes_of_np(owners, collective=False) if is_code(c)]
    if codes:
        return reactors.isdisjoint(codes)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and not subj.conjuncts and subj.tag_ in SINGULAR_TAGS and any(
        c.dep_ == "poss" and c.lower_ in PLURAL_POSSESSIVES for c in noun.children)


def _decision_makers(an: Analysis, clause: Token) -> tuple[str, ...]:
    """Who took a measure told as what a decision decides: "informed of India's decision to cut the
    staff of ...", "the decision of the European Union to designate ...", and the agent of a
    participle the measure hangs on ("the move, announced today by the President of the United
    States, to designate ..."); () where no such maker is named."""
    if not to_infinitive(clause) or clause.dep_ not in ("acl", "advcl", "ccomp", "xcomp"):
        return ()
    head = clause.head
    noun = decided_noun(clause)
    if noun is not None:
        # "the decision of X to ...", "the decision announced today by X to ...", and the decision
        # whose to-clause the parser hangs on the verb it is the object of
        makers = decision_makers(noun)
    elif clause.dep_ in ("acl", "advcl") and head.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        makers = [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    else:
        makers = []
    return tuple(c for c in an.codes_of_np(makers, collective=False) if is_code(c))


def measure_companions(an: Analysis, trig: Trigger) -> list[str]:
    """Who takes a measure with its doer, named by a companion phrase on its verb or on a participle
    said alongside it ("expelled the diplomats alongside Poland", "acting alongside Australia,
    Canada and Norway"); not one inside its object ("sanctioned Iranian officials along with
    Russian entities")."""
    clause = trig.clause
    along = companions(clause)
    heads = [clause, *(c for c in clause.children if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN"))]
    # the companion itself names an actor, not a thing done with the measure ("together with
    # enhanced inspections of Colombian nationals")
    named = [y for h in heads for c in h.children if c.dep_ == "prep" and c.i in along
             for g in c.children if g.dep_ == "pobj" for y in (g, *g.conjuncts)]
    return [an.tok_mention[y.i].code for y in named if an.tok_mention.get(y.i) is not None]


def _truce_sides(an: Analysis, trig: Trigger) -> tuple[Party, ...]:
    """ "The humanitarian pause between Israel and Hamas took effect", "accepted a ceasefire with
    India, which took effect today": a truce told as its own subject is each side's stand-down,
    the sides named by its "between" or "with" (and, for "with", whoever agreed to it)."""
    if not trig.pattern.subj or not set(trig.pattern.subj) & TRUCE_NOUNS:
        return ()
    clause = trig.clause
    noun = _antecedent_truce(clause.head) if clause.dep_ == "relcl" else next(
        (c for c in clause.children if c.dep_ == "nsubj" and c.lemma_.lower() in TRUCE_NOUNS), None)
    if noun is None or noun.lemma_.lower() not in TRUCE_NOUNS:
        return ()
    sides = [m.code for c in noun.children if c.dep_ == "prep" and c.lower_ in PAIR_PREPS | {"with"}
             for _, m in an.actors_in(list(c.subtree)) if is_code(m.code)]
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        # "accepted a ceasefire with India", "agreed to a ceasefire with X": whoever took it up is
        # a side (the parser may hang "with India" on the verb)
        partners = [c for c in [*noun.children, *verb.children] if c.dep_ == "prep" and c.lower_ == "with"]
        if partners:
            sides = [c for c in an.sources(verb) if is_code(c)] + sides + [
                m.code for c in partners if c.head.i != noun.i for _, m in an.actors_in(list(c.subtree)) if is_code(m.code)]
    sides = list(dict.fromkeys(sides))
    return tuple(sides) if len(sides) >= 2 else ()


def _antecedent_truce(ante: Token) -> Token:
    """The truce a relative clause tells of, where the parser hung it on the name after it
    ("a ceasefire with India, which took effect")."""
    if ante.lemma_.lower() not in TRUCE_NOUNS and ante.dep_ == "pobj" and ante.head.dep_ == "prep":
        return ante.head.head
    return ante


def _as_subject(noun: Token) -> Token:
    """The phrase an event noun heads as a subject: "the first round of talks ... was held" is
    the talks' (`partitive_noun`), as "talks were held" is."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in PARTITIVE:
        return noun.head.head
    return noun


def doerless_patient(clause: Token) -> Token | None:
    """The subject of a passive clause that names no doer by "by", unless it is no one ("no one
    will be prosecuted", "no official was punished")."""
    subj = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in NO_ONE_DETS or any(c.dep_ == "agent" for c in clause.children) \
            or any(c.dep_ == "det" and c.lower_ in NO_ONE_DETS for c in subj.children):
        return None
    return subj


def _performed(clause: Token) -> bool:
    """True for a passive a document performs in saying it ("the sanctions program ... is hereby
    terminated"); not one it announces or makes conditional ("the tariffs will be removed")."""
    return any(c.lower_ in PERFORMATIVE for c in clause.children)


def _agentless_passive(clause: Token) -> bool:
    """ "The diplomats are declared persona non grata", "the treaty will be held in abeyance": a
    main-clause passive that names no one by "by" (not "for Iran to be held accountable", "ensure
    Russia is held accountable", "no one will be prosecuted")."""
    main = first_of_list(clause)
    if shares_passive(clause):
        clause = clause.head        # "was summoned ... and handed a note of protest"
    # (or a finite passive the parser hung on a later noun: "... of the following persons are blocked ...: any person")
    return (main.dep_ == "ROOT" or finite_passive(main)) and doerless_patient(clause) is not None \
        and not to_infinitive(clause)


def _judged_patient(an: Analysis, trig: Trigger, clause: Token) -> bool:
    """For a rejection told in the agentless passive, what is rejected names an actor or is a wrong
    ("the repeated Turkish violations of Iraqi territory can no longer be tolerated"); "any
    applications received after the deadline will not be accepted" rejects no one's act (the bulk
    1,000). Other acts pass."""
    if plover_type(trig.pattern.cameo) != "REJECT":
        return True     # a summons names its envoy, a measure is decided
    if shares_passive(clause):
        clause = clause.head
    patient = doerless_patient(clause)
    return patient is not None and (bool(an.actors_in(list(patient.subtree))) or patient.lemma_.lower() in WRONG_ACTS)


def _item_mark(verb: Token) -> int:
    """How many tokens of a list item's number or bullet stand before its first word ("2.", "(b)", "-")."""
    k = 0
    for t in verb.sent:
        if t.i >= verb.i or not (t.is_punct or t.like_num or t.is_space or len(t.text) == 1 and t.text.isalpha()):
            break
        k += 1
    return k


def _listed_by(an: Analysis, verb: Token) -> tuple[str, ...]:
    """Who decided the list whose bare item a verb opens: the subject of the sentence before the items
    that ends on a colon, names "the following" measures (`cataphoric_modifier`) and says they were
    decided or announced; none for a list asked of others ("calls on the parties to take the following steps:")."""
    sents = list(verb.doc.sents)
    at = next((k for k, s in enumerate(sents) if s.start <= verb.i < s.end), None)
    for s in reversed(sents[max(0, (at or 0) - 8):at or 0]):
        words = [t for t in s if not t.is_space]
        if not words:
            continue
        if words[-1].text == ":":
            if not any(t.lower_ in FOLLOWING for t in s) or not any(t.lemma_.lower() in LIST_TAKERS for t in s):
                return ()   # ("calls on the parties to take the following steps:": the items are theirs, asked)
            return tuple(c for c in an.sources(s.root) if is_code(c))
        if not (words[0].like_num or words[0].is_punct or any(t.tag_ == "VB" and t.dep_ == "ROOT" for t in s)):
            return ()       # a sentence that is no item ends the list
    return ()


def _own_government(an: Analysis, trig: Trigger) -> tuple[str, ...]:
    """The government whose own site tells a measure in the passive with no doer: it took it
    (a news agency's passive is anyone's); in a joint statement, its signers ("We, the Leaders of
    the G7, ... Russia's leadership must be held accountable": the G7's, not the publisher's)."""
    if an.authors:
        return tuple(an.authors)
    ctx = trig.token.doc._.context
    pub = publisher_of(ctx.publisher, ctx.url) if ctx is not None else None
    return (pub.code,) if pub is not None and pub.government else ()


def received_from(an: Analysis, trig: Trigger) -> tuple[tuple[Party, ...], list[Party]] | None:
    """An act told as a noun its object receives from someone ("Putin received congratulations from
    Tokayev", "a message of condolences was received from the Emir of Qatar", "received a request
    from Kyiv"): (the givers the "from" phrase names, the receivers: the receiving clause's subject,
    else the other side of the story for a passive with no one named); None for any other
    trigger, for a meeting (symmetric: "received a call from X" is the call itself) and where the
    "from" phrase names no actor."""
    tok = trig.token
    if trig.pattern.kind != Kind.NOUN or plover_type(trig.pattern.cameo) in types_with("symmetric"):
        return None
    carrier = tok
    while carrier.dep_ == "pobj" and carrier.head.head.dep_ in ("dobj", "nsubjpass"):
        carrier = carrier.head.head     # "a message of congratulations": the message is received
    verb = carrier.head
    if carrier.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in RECEIVE_VERBS:
        return None
    phrase = [t for h in (tok, carrier, verb) for c in h.children if c.dep_ == "prep" and c.lower_ in GIVER_PREPS
              for t in c.subtree]
    givers = tuple(dict.fromkeys(m.code for _, m in an.actors_in(phrase)))
    if not givers:
        return None
    if carrier.dep_ == "dobj":
        receivers = [c for c in an.sources(verb) if c not in givers]
        return givers, receivers or [Placeholder.COUNTERPART]
    return givers, [Placeholder.COUNTERPART]


def _issuing_document(an: Analysis, clause: Token) -> Token | None:
    """The document a measure's clause names as its doer, with no actor in its own phrase ("The
    Proclamations terminate ...", "a proclamation that ends ..."); else None."""
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        clause = clause.head    # "an order declaring a national emergency and imposing a tariff": the one subject
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is not None and (subj.lower_ in RELATIVES or subj.tag_ in ("WDT", "WP")) and clause.dep_ == "relcl":
        subj = clause.head
    if subj is None or not ({subj.lemma_.lower(), subj.lower_} & DECREE_NOUNS):
        return None
    # "Russia's decree", "the EU directive" name their issuer (a clause on the document does not)
    own = [t for c in subj.children if c.dep_ in ("poss", "compound", "amod", "nmod") for t in c.subtree]
    if an.actors_in(own):
        return None
    return subj


def shared_we(an: Analysis, trig: Trigger, sources: tuple[Party, ...]) -> tuple[Party, ...]:
    """ "We agreed to continue work on the pipeline", said by one side's leader after the talks:
    an agreement is both sides' (GUIDE.md: a joint act codes once per source), so the other party
    of the talks agrees too (NotParty: finalize.py reads it as the story's other participants, none
    where there are none). A joint text's "we" is its signers already (Analysis.authors)."""
    if len(sources) != 1 or not is_code(sources[0]) or an.authors or trig.pattern.kind != Kind.VERB \
            or trig.token.lemma_.lower() not in SHARED_WE_VERBS:
        return sources
    subjects = [c for c in trig.token.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].lower_ not in FIRST_PLURAL:
        return sources
    return (sources[0], NotParty(sources[0]))


def _occasion(prep: Token) -> bool:
    """True for a phrase naming the occasion talks were held at: "on the sidelines of the summit",
    "on the margins of the G7 Leaders' Summit", "during the NATO Summit"."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in SETTING_NOUNS or (prep.lower_ in OCCASION_PREPS and g.lemma_.lower() in MEETING_NOUNS)
               for g in objs)
