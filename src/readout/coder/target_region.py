"""Where an act's target may be named (docs/coder.md, "At whom"): the tokens of a trigger's clause
and arguments to look in for it (search_region), and who is asked to act in a clause of its own."""
from __future__ import annotations

from spacy.tokens import Token

from readout.cameo import plover_type, types_with
from readout.coder.aid import aid_trigger, purpose_of_aid
from readout.coder.doers import demanded_subjects, gerund_doer, grounds, own_doer, participle_agent
from readout.coder.grammar import clause_of, np_tokens, shared_objects, shares_passive, subject_token, to_infinitive
from readout.coder.meetings import meeting_partners
from readout.coder.pattern_objects import light_verb_preps
from readout.coder.partners import aside, companions, fight_sides, partners, references, taker
from readout.coder.referred import SERVING_PEOPLE, served_by
from readout.coder.patterns import Kind, Reach, rule_codes
from readout.coder.records import Party
from readout.coder.sources import Analysis
from readout.coder.triggers import Trigger, free_complements
from readout.lexicons import word_class

__all__ = ["search_region", "shifted_object", "asked_subjects", "bestowed_on", "backing_participle", "fights_only"]

OWNER_PREPS = word_class("owner_prep")         # "a proposal from X"
PAIR_PREPS = word_class("pair_prep")
ORIGIN_PREPS = word_class("origin_prep")        # "a tariff on all goods imported from X"
RECIPIENT_PREPS = word_class("recipient_prep")     # "the exemptions granted to X"
GUARANTEE_WORDS = word_class("guarantee_word")  # "commitment to its alliance with Japan"
UNDERTAKINGS = word_class("undertaking_noun")    # "will announce a partnership with South Africa"
EXECUTION_NOUNS = word_class("execution_noun")  # "implementation of the ASEAN consensus"
THIRD_PERSON = word_class("third_person")
NOTIFY_VERBS = word_class("notify_verb")
BACKING_WORDS = word_class("backing_word")        # "new funding to support the Haitian National Police"
OUTCOME_VERBS = word_class("outcome_verb")      # "welcomed the agreement signed by A and B": an outcome
PEOPLE_MEASURES = types_with("on_people")      # expulsions, arrests: measures on people
HELD_PEOPLE = word_class("victim_noun")         # "nationals", "prisoners", "hostages"
HOLDING_VERBS = word_class("holding_verb")      # "detained in China"
HOLDING_PLACE_PREPS = word_class("holding_place_prep")
RESPECT_NOUNS = word_class("respect_prep_noun")     # "with respect to Yemen"
ENTRY_NOUNS = word_class("entry_noun")           # "suspends the entry of ..."
PRESENCE_WORDS = word_class("presence_word")     # "aliens who were physically present within X"
PRESENCE_PREPS = word_class("whereabouts_prep")
CATAPHORIC = word_class("cataphoric_modifier")  # "the following persons": listed after a colon
DESCRIBED_BACKING = word_class("described_backing_verb")     # "the plan endorsed by the G7"
SYMPATHY = set(rule_codes("sympathy"))          # "saddened by the loss of life caused by the earthquake in X"


def search_region(an: Analysis, trig: Trigger) -> list[Token]:
    """Tokens where the trigger's target may be named."""
    clause = trig.clause
    subj = subject_token(clause)
    excluded = set(t.i for t in subj.subtree) if subj is not None and subj.dep_ != "nsubjpass" else set()
    if trig.token.i in excluded:
        excluded = set()        # the event noun is itself the subject: "talks were held between ..."
    elif trig.pattern.subj and subj is not None and subj.lemma_.lower() in trig.pattern.subj:
        # "the tariff on Chinese goods takes effect today": a measure told as its own subject
        # names whom it hits in its own prepositions (not its owner: "Canada's tariffs")
        excluded -= {t.i for c in subj.children if c.dep_ == "prep" for t in c.subtree}
    excluded |= own_doer(trig) | grounds(trig) | references(clause)
    if plover_type(trig.pattern.cameo) not in types_with("joint"):
        excluded |= companions(clause)      # "supporting X along with Australia": Australia acts too
    allowed = {clause.i}
    if trig.pattern.intent or trig.pattern.kind == Kind.ADJ:
        stack = [c for c in trig.token.children if c.dep_ in ("xcomp", "acl", "ccomp", "prep", "advcl")]
        stack += [c for c in clause.children if c.dep_ in ("xcomp",)]
        while stack:
            c = stack.pop()
            if c.pos_ in ("VERB", "AUX") and aside(c):
                continue
            if c.pos_ in ("VERB", "AUX"):
                allowed.add(c.i)
                stack += [g for g in c.children if g.dep_ in ("conj", "xcomp", "advcl")]
            else:
                stack += [g for g in c.children if g.dep_ in ("pcomp", "pobj", "xcomp")]
    region = []
    base = trig.token if trig.pattern.kind == Kind.NOUN and trig.pattern.reach == Reach.CLOSE else clause
    allowed_partners = partners([base.doc[i] for i in sorted(allowed)
                                 if i != clause.i and base.left_edge.i <= i <= base.right_edge.i], an)
    for t in base.subtree:
        if t.i in excluded or t.i == trig.token.i:
            continue
        c = clause_of(t).i
        below = trig.pattern.kind != Kind.VERB and trig.token in t.ancestors
        if c == clause.i or (below and not trig.pattern.intent):
            region.append(t)
        elif c in allowed and t.i in allowed_partners:
            region.append(t)
    if plover_type(trig.pattern.cameo) == "SUPPORT" and trig.pattern.kind == Kind.VERB:
        # "We support the efforts led by the United States, Qatar and Egypt": whose efforts
        # they are, though the parser makes the participle a clause of its own
        seen = {t.i for t in region}
        region += [trig.token.doc[i] for c in trig.token.children if c.dep_ == "dobj"
                   for i in sorted(participle_agent(c) - excluded) if i not in seen]
    if plover_type(trig.pattern.cameo) in types_with("aims_at_doer") and trig.pattern.kind == Kind.VERB:
        # "condemned the attacks Russia launched on Kyiv", "rejects the sanctions that the United
        # States imposed": the doer told by a clause on the object, though the parser makes it a
        # clause of its own; "opposes the U.S. side politicizing trade": the gerund's own subject
        # "condemned the two ballistic missiles launched by the DPRK", "denounced the measures
        # imposed by Washington": the agent of a participle on the object (or one joined to it) did it
        seen = {t.i for t in region}
        objs = [x for c in trig.token.children if c.dep_ == "dobj" for x in (c, *c.conjuncts)]
        # "The statement made today by the President of X is rejected by Y": a passive's subject is
        # what is judged, as an object is, so its participle's agent did it
        objs += judged_subjects(trig.token)
        region += [trig.token.doc[i] for i in sorted(set().union(*(
            taker(c) | gerund_doer(c) | participle_agent(c) for c in objs)) - excluded)
                   if i not in seen]
        seen = {t.i for t in region}
        region += [trig.token.doc[i] for i in sorted(shifted_object(trig.token) - excluded) if i not in seen]
    if trig.pattern.kind == Kind.VERB and trig.pattern.obj:
        # "declared the Russian ambassador persona non grata": the parser makes the pattern's object
        # a clause whose subject is the one the verb acts on ("declared persona non grata seven
        # individuals working for the United Nations": its object)
        seen = {t.i for t in region}
        region += [t for c in trig.token.children if c.dep_ == "ccomp" and c.lemma_.lower() in trig.pattern.obj
                   for g in c.children if g.dep_ in ("nsubj", "dobj") for t in g.subtree
                   if t.i not in seen and t.i not in excluded]
    if plover_type(trig.pattern.cameo) == "SANCTION" and trig.pattern.kind == Kind.VERB:
        # "withdraws from the Treaty on Open Skies concluded with the United States": the other
        # party of what is left, named by a participle on the object ("signed with X")
        seen = {t.i for t in region}
        objects = [c for c in trig.token.children if c.dep_ == "dobj"]
        objects += [g for c in trig.token.children if c.dep_ in ("prep", "prt")
                    for g in (*c.children, *(x for q in c.children if q.dep_ == "prep" for x in q.children))
                    if g.dep_ == "pobj"]    # "pulled out of the deal concluded with X"
        region += [t for o in objects for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"
                   for p in a.children if p.dep_ == "prep" and p.lower_ in PAIR_PREPS for t in p.subtree
                   if t.i not in seen and t.i not in excluded]
        # "continuing the national emergency declared in Executive Order 13611 with respect to Yemen"
        seen = {t.i for t in region}
        region += [t for o in objects for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"
                   for p in a.children if p.dep_ == "prep" for r in p.children
                   if r.dep_ == "pobj" and r.lemma_.lower() in RESPECT_NOUNS for t in p.subtree
                   if t.i not in seen and t.i not in excluded]
        # "a 5 percent tariff on all goods imported from Mexico": the goods' origin, named by a
        # participle on what the measure falls on
        seen = {t.i for t in region}
        goods = [g for o in objects for c in o.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        region += [t for o in (*objects, *goods) for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"
                   for p in a.children if p.dep_ == "prep" and p.lower_ in ORIGIN_PREPS for t in p.subtree
                   if t.i not in seen and t.i not in excluded]
        seen = {t.i for t in region}
        region += [trig.token.doc[i] for i in sorted(bestowed_on(trig) - excluded) if i not in seen]
        seen = {t.i for t in region}
        # (the parser may hang the list on a label it takes for the subject: "Section 1.")
        region += [t for t in listed_after(trig) if t.i not in seen]
        seen = {t.i for t in region}
        region += [t for t in present_in(trig) if t.i not in seen and t.i not in excluded]
    clause_head = trig.clause.head
    if trig.clause.dep_ == "ccomp" and clause_head.lemma_.lower() in NOTIFY_VERBS and any(
            c.dep_ == "nsubjpass" and c.lower_ in THIRD_PERSON for c in trig.clause.children):
        # "informed Iran's Ambassador that he has been declared persona non grata": the one told
        seen = {t.i for t in region}
        region += [t for c in clause_head.children if c.dep_ == "dobj" for t in c.subtree if t.i not in seen]
    if plover_type(trig.pattern.cameo) == "REQUEST" and trig.pattern.kind == Kind.VERB:
        # "We demand that Russia stop all hostilities", "urged that Israel allow aid in": who is
        # asked is the subject of the clause the verb asks for, a clause of its own to the parser
        seen = {t.i for t in region}
        region += [t for s in demanded_subjects(trig.token) for t in np_tokens(s)
                   if t.i not in seen and t.i not in excluded]
    if trig.pattern.cameo in SYMPATHY and trig.pattern.kind != Kind.ADJ:
        # "saddened by the loss of life caused by the earthquake in X", "saddened to learn of the
        # attack in X", "condolences to the families of those killed in X": where the loss is, however
        # deep the clauses that tell it (a noun's own phrase is searched whole already)
        head = trig.token if trig.pattern.kind == Kind.VERB else clause
        seen = {t.i for t in region}
        about = [t for c in head.children if c.dep_ in ("agent", "prep", "xcomp", "dobj", "dative")
                 for t in c.subtree if t.i not in excluded]
        own = set(an.sources(clause))
        if not any(m.code in own for _, m in an.actors_in(about)):
            # not "the families of the Americans killed in Jordan": one's own loss abroad
            region += [t for t in about if t.i not in seen]
    if trig.pattern.only_future and trig.pattern.kind == Kind.VERB:
        # "agreed to work together on priorities including China": partners, not topics
        keep = partners([trig.token], an)
        region = [t for t in region if t.i in keep]
    if aid_trigger(trig):
        # "announced $100 million in new funding to support the Haitian National Police": whom the
        # aid backs is its recipient
        seen = {t.i for t in region}
        region += [t for c in trig.token.sent if c.lemma_.lower() in BACKING_WORDS and c.pos_ == "VERB"
                   and purpose_of_aid(c, {trig.token.i}) for o in c.children if o.dep_ == "dobj"
                   for t in np_tokens(o) if t.i not in seen and t.i not in excluded]
    if plover_type(trig.pattern.cameo) == "CONSULT":
        # who was met or called, not what was discussed (meetings.py); the partner phrases
        # themselves, though a misparse puts one in a clause of its own
        keep = meeting_partners(an, trig)
        region = [trig.token.doc[i] for i in sorted(keep) if i not in excluded and i != trig.token.i]
    if trig.pattern.reach == Reach.CLOSE:
        close, agents = set(), set()
        heads = [r for c in trig.token.children if c.dep_ in ("dobj", "dative", "attr", "pobj")
                 for r in _referent(trig.token, c)]
        heads += [g for c in trig.token.children if c.dep_ in ("prep",) for g in c.children if g.dep_ == "pobj"]
        # "expressed deep regret over the decision of X": the noun's phrase the parser hung on its light verb
        hung = [g for c in light_verb_preps(trig.token, trig.pattern) for g in c.children if g.dep_ == "pobj"]
        heads += hung
        if plover_type(trig.pattern.cameo) in types_with("aims_at_doer"):
            # "the resolution adopted by the French Parliament is rejected by Turkey": the passive's
            # subject is what is judged
            heads += judged_subjects(trig.token)
        asked = asked_subjects(trig)       # in a clause of their own
        heads += asked
        if trig.pattern.kind == Kind.VERB and any(c.dep_ == "agent" and an.actors_in(list(c.subtree))
                                                  for c in trig.token.children):
            # "Russia's decision to suspend the treaty is rejected by the United States": a passive
            # whose doer is named by "by" has its object as its subject (not "was welcomed by many
            # countries": no doer named)
            heads += [c for c in trig.token.children if c.dep_ == "nsubjpass"]
        shared = not heads and shared_objects(trig.token)
        heads = heads or shared
        # "welcomed Finland and Sweden moving closer to membership": the clause's subject
        heads += [g for c in trig.token.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
        for h in heads:
            for x in [h] + list(h.conjuncts):
                close |= _owners(x)
                if plover_type(trig.pattern.cameo) == "AGREE" and x.lemma_.lower() in UNDERTAKINGS:
                    # "the five will announce a partnership with South Africa": promised to that
                    # partner, not by its co-announcers to each other
                    close |= {t.i for c in x.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree}
                if plover_type(trig.pattern.cameo) in types_with("aims_at_doer") or (
                        plover_type(trig.pattern.cameo) == "REQUEST" and x.pos_ == "NOUN"):
                    # a call for the release of hostages held by X asks X (TUNE2.md decision 34)
                    agents |= participle_agent(x)      # not "defended its people from attacks launched by X"
                    # "opposes the policy of blackmail and diktat pursued by Washington"
                    agents |= {i for p in x.children if p.dep_ == "prep" and p.lower_ == "of"
                               for g in p.children if g.dep_ == "pobj" for y in [g, *g.conjuncts]
                               for i in participle_agent(y)}
                agents |= taker(x)      # "welcomed the stand that Paraguay has taken": whose it is
                if plover_type(trig.pattern.cameo) == "SUPPORT" and h.dep_ == "dobj":
                    # "welcomed the decision taken today by the leaders of the European Union": theirs;
                    # "the agreement signed by Armenia and Azerbaijan" is an outcome (GUIDE.md); not
                    # "defended its people from attacks launched by X"
                    agents |= participle_agent(x, OUTCOME_VERBS)
                if plover_type(trig.pattern.cameo) in types_with("aims_at_doer"):
                    agents |= gerund_doer(x)    # "opposes the U.S. side politicizing trade"
        if plover_type(trig.pattern.cameo) in types_with("aims_at_doer") and trig.pattern.kind == Kind.VERB:
            agents |= shifted_object(trig.token) - excluded    # the object put after "in the strongest terms"
        region = [trig.token.doc[i] for i in sorted(close)] if shared else [t for t in region if t.i in close]
        # "the sanctions imposed by Ottawa, which the diplomats called illegitimate": the relative
        # pronoun's head stands outside the clause
        outside = {i for h in heads if h not in trig.clause.subtree or h in hung for i in _owners(h)} - excluded
        region += [trig.token.doc[i] for i in sorted(outside - {t.i for t in region})]
        region += [trig.token.doc[i] for i in sorted(agents - {t.i for t in region})]
        region += [t for a in asked for t in np_tokens(a) if t not in region]
    if plover_type(trig.pattern.cameo) in PEOPLE_MEASURES:
        # "declared persona non grata seven individuals working for the United Nations": whom the
        # people a measure hits serve, though the parser makes the participle a clause of its own
        # (not the victims of an attack condemned: "aid workers working for the UN")
        seen = {t.i for t in region}
        region += [t for p in list(region) if p.lemma_.lower() in SERVING_PEOPLE
                   for t in served_by(an, p) if t.i not in seen and t.i not in excluded]
    if plover_type(trig.pattern.cameo) == "REQUEST":
        # "demanded the release of British nationals imprisoned in Iran", "called for the Japanese
        # nationals detained in China to be released": the state holding them is asked, as
        # "hostages held by Hamas" asks Hamas
        seen = {t.i for t in region}
        people = [t for t in region if t.lemma_.lower() in HELD_PEOPLE]
        people += [g for c in trig.token.children if c.dep_ in ("advcl", "acl", "ccomp", "xcomp") and to_infinitive(c)
                   for g in c.children if g.dep_ == "nsubjpass" and g.lemma_.lower() in HELD_PEOPLE]
        region += [trig.token.doc[i] for p in people for i in sorted(_holders(p) - excluded) if i not in seen]
    if plover_type(trig.pattern.cameo) in ("SUPPORT", "AGREE"):
        # "support for the peace plan endorsed by the G7": who endorsed what is backed is not backed
        region = [t for t in region if not _endorser(t)]
    if trig.pattern.intent:
        # what is intended comes after the word of intent; a scene set before it is no partner
        # ("At a time of challenges, from Russia's invasion of Ukraine, the leaders pledged to ...")
        region = [t for t in region if t.i > trig.token.i]
    return region


def shifted_object(verb: Token) -> set[int]:
    """The object put after a phrase of manner, which the parser hangs elsewhere ("condemns in the
    strongest terms the brutal Israeli aggression carried out today in Doha": "aggression" made the
    subject of "carried", itself a clause on "terms"): its own noun phrase, the agent of the
    participle it was made the subject of, and the named subject of a clause on it."""
    if any(c.dep_ in ("dobj", "ccomp") and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
        return set()
    out = set()
    # (right after the manner phrase's own noun: the parser may hang the object on it)
    for g in [g for pp in verb.children if pp.dep_ == "prep" and pp.i > verb.i for g in pp.children if g.dep_ == "pobj"]:
        if g.i + 1 >= len(verb.doc):
            continue
        start = verb.doc[g.i + 1]
        if start.pos_ != "DET":
            continue        # "the ...": a noun phrase of its own, not the rest of the manner phrase
        heads = [t for t in start.sent if t.left_edge.i == start.i and t.pos_ == "NOUN" and t.i > start.i
                 and t.dep_ in ("nsubj", "appos")]
        for h in heads[:1]:
            out |= {t.i for t in np_tokens(h)} | taker(h)
            if h.dep_ == "nsubj" and h.head.tag_ in ("VBN", "VBD") and h.head.i > h.i:
                # "the aggression carried out by X": the participle's agent
                out |= {t.i for c in h.head.children if c.dep_ == "agent" for t in c.subtree}
    return out


def _endorser(tok: Token) -> bool:
    """The token names the "by" doer of a backing participle on a noun ("the plan endorsed by the
    G7", "a peace backed by security guarantees"), target_clues.described_backing's shape."""
    return any(a.dep_ == "agent" and backing_participle(a.head) for a in [tok, *tok.ancestors])


def backing_participle(t: Token) -> bool:
    """A backing participle with a "by" doer and no subject of its own, hung on a noun or set off
    by a comma or "and" ("the plan endorsed by X", "peace in Gaza, backed by strong security
    arrangements", "is ironclad and backed by the full range of capabilities"); not a passive
    clause ("the commitment is backed by ...")."""
    return t.tag_ == "VBN" and t.dep_ in ("acl", "advcl", "conj") and t.lemma_.lower() in DESCRIBED_BACKING \
        and any(c.dep_ == "agent" for c in t.children) and not any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children)


def _holders(people: Token) -> set[int]:
    """Where people are held, by a participle on them: "nationals detained in China", "prisoners of
    war still held in Azerbaijan"; the place's state is their holder. The parser may hang the
    participle on the act noun the people are "of" ("the release of the citizens detained in X")."""
    nouns = [people]
    if people.dep_ == "pobj" and people.head.lower_ == "of" and people.head.head.pos_ == "NOUN":
        nouns.append(people.head.head)
    return {t.i for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"
            and c.lemma_.lower() in HOLDING_VERBS and c.i > people.i
            for p in c.children if p.dep_ == "prep" and p.lower_ in HOLDING_PLACE_PREPS
            for g in p.children if g.dep_ == "pobj" for x in [g, *g.conjuncts] for t in np_tokens(x)}


def judged_subjects(verb: Token) -> list[Token]:
    """What a passive judgement judges: its subject ("the resolution adopted by X is rejected by
    Turkey"), also for a participle joined to the passive with no subject of its own ("is rejected
    by Turkey and denounced in the strongest terms"); a thing, not an actor judged by name."""
    if shares_passive(verb):
        verb = verb.head
    return [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ not in ("PRON", "DET")]


def _referent(verb: Token, obj: Token) -> list[Token]:
    """What a relative pronoun object stands for: the head of its clause ("the sanctions imposed by
    Ottawa, which the diplomats called illegitimate"), or for a free relative the complement ("citing
    what it called the hostile measures taken by France"); any other object is itself."""
    if obj.dep_ != "dobj" or obj.tag_ not in ("WDT", "WP"):
        return [obj]
    if verb.dep_ == "relcl":
        return [verb.head]
    return free_complements(verb) or [obj]


def present_in(trig: Trigger) -> list[Token]:
    """For entry barred to people by where they were ("the entry of all aliens who were physically
    present within X during the 14-day period"), the place phrase of a relative clause of presence on
    the people in the entry's phrase; else none."""
    entries = [c for c in trig.token.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ENTRY_NOUNS]
    out = []
    for people in (t for e in entries for t in e.subtree if t.pos_ == "NOUN"):
        for r in people.children:
            if r.dep_ != "relcl":
                continue
            # "who were present within X", "who resided in X": the verb, or its adjective
            heads = [h for h in (r, *(c for c in r.children if c.dep_ == "acomp")) if h.lemma_.lower() in PRESENCE_WORDS]
            out += [t for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in PRESENCE_PREPS
                    for t in p.subtree]
    return out


def listed_after(trig: Trigger) -> list[Token]:
    """For a measure on "the following persons" (a cataphoric list: "All property ... of the following
    persons are blocked: any person determined to be a leader of the Government of X"), the
    sentence's words after the colon that lists them; else none."""
    verb = trig.token
    # the parser hangs "of the following persons" on the subject or on the verb, by the sentence's length
    if not any(t.lower_ in CATAPHORIC and t.i < verb.i for t in verb.subtree):
        return []
    sent = verb.sent
    colon = next((t for t in sent if t.i > verb.i and t.text == ":"), None)
    if colon is None or colon.i + 1 >= len(verb.doc):
        return []
    # (the list may be split off as a sentence of its own at the colon)
    return [t for t in verb.doc[colon.i + 1:].sent if t.i > colon.i] if colon.i == sent.end - 1 \
        else [t for t in sent if t.i > colon.i]


def _owners(x: Token, named_only: bool = False) -> set[int]:
    """A close-reach object and whose it is: "X's proposal", "a proposal from X", "the
    announcement of Israel's decision"; not the parties of an outcome it names ("the announcement
    of a ceasefire between Israel and Hamas" welcomes the outcome, GUIDE.md)."""
    out = {x.i}
    if not named_only:
        out.update(c.i for c in x.children if c.dep_ in ("compound", "amod", "nmod"))
    for c in x.children:
        if c.dep_ == "poss":
            out.update(g.i for g in c.subtree)
        elif c.dep_ == "prep" and c.lower_ in PAIR_PREPS and x.lemma_.lower() in GUARANTEE_WORDS:
            out.update(g.i for g in c.subtree)      # "commitment to its alliance with Japan": the ally
        elif c.dep_ == "prep" and c.lower_ in OWNER_PREPS:
            out.add(c.i)
            for g in c.children:
                if g.dep_ == "pobj":
                    for y in [g, *g.conjuncts]:
                        # "implementation of the ASEAN Five Point Consensus": the plan is ASEAN's,
                        # who implements it is not said; "of Russia's commitments" names Russia
                        out |= _owners(y, x.lemma_.lower() in EXECUTION_NOUNS)
                        out.update(d.i for d in y.children if d.dep_ in ("cc", "det"))
    return out


def asked_subjects(trig: Trigger) -> list[Token]:
    """Who is asked to act in "called for Russia to return control of the plant": the active
    subject of a to-clause marked by the pattern's preposition (not "for Iran to be held
    accountable", where Iran is not the one asked)."""
    if not trig.pattern.prep:
        return []
    return [g for c in trig.token.children if c.dep_ in ("advcl", "acl")
            and any(m.dep_ == "mark" and m.lower_ in trig.pattern.prep for m in c.children)
            and to_infinitive(c)
            for g in c.children if g.dep_ == "nsubj"]


def bestowed_on(trig: Trigger) -> set[int]:
    """For a measure that takes something away, the tokens naming whom it had been given to, by a
    participle on the object or on one joined to it ("terminates the arrangements and exemptions
    granted to A, B and C", "ends the preferences extended to X"): the measure hits them."""
    if plover_type(trig.pattern.cameo) != "SANCTION" or trig.pattern.kind != Kind.VERB:
        return set()
    objects = [x for c in trig.token.children if c.dep_ == "dobj" for x in (c, *c.conjuncts)]
    return {t.i for o in objects for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"
            for p in a.children if p.dep_ in ("prep", "dative") and p.lower_ in RECIPIENT_PREPS for t in p.subtree}


def fights_only(an: Analysis, trig: Trigger, sources: tuple[Party, ...]) -> bool:
    """True when every actor an act names besides its sources is a side of a fight told with no
    doer singled out (partners.fight_sides: "hostilities between Israel and Iran"), and there is one."""
    words = {t.i: t for t in [*trig.token.subtree, *search_region(an, trig)]}
    others = [t for t, m in an.actors_in(sorted(words.values(), key=lambda t: t.i)) if m.code not in sources]
    return bool(others) and all(fight_sides(an, t) for t in others)
