"""At whom an act is aimed (docs/coder.md, "At whom"): the actors among a trigger's arguments,
the partner of a meeting (meetings.py), the doer rather than the victim of an attack; plus the
evidence span of an event."""
from __future__ import annotations

from spacy.tokens import Span, Token

from readout.cameo import plover_type, types_on_side, types_with
from readout.coder.aid import unnamed_recipient
from readout.coder.doers import (answered_doer, answered_parties, by_agent, demanded_subjects, generic_addressee,
                                  generic_partner, gerund_doer, grounds, named_examples, only_self_victims, own_doer,
                                  participle_agent, rejected_doer, scene, shared_objects, strike, strike_named_before,
                                  spoken_to, unattributed_strike, welcomed_doers)
from readout.coder.doers import victim as _victim
from readout.coder.grammar import clause_of, condition_clauses, np_tokens, subject_token, to_infinitive
from readout.coder.lists import flattened_list, parallel_objects
from readout.coder.meetings import meeting_partners
from readout.coder.partners import (ANSWER_PREPS, HOME_ADDRESSEES, WRONG_ACTS, adversary, aside, companions,
                                     home_partner, no_partner, partners, people_referent, references, taker,
                                     wrongdoer)
from readout.coder.patterns import Kind, Reach, TargetRule, rule_codes
from readout.coder.records import Named, NotParty, Party, Placeholder, is_code
from readout.coder.sources import Analysis
from readout.coder.triggers import Trigger, free_complements
from readout.lexicons import word_class

__all__ = ["find_targets", "search_region", "evidence_span"]

OWNER_PREPS = word_class("owner_prep")         # "a proposal from X"
PAIR_PREPS = word_class("pair_prep")
GUARANTEE_WORDS = word_class("guarantee_word")  # "commitment to its alliance with Japan"
EXECUTION_NOUNS = word_class("execution_noun")  # "implementation of the ASEAN consensus"
SECOND_PERSON = word_class("second_person")
THIRD_PERSON = word_class("third_person")
NOTIFY_VERBS = word_class("notify_verb")
THIRD_PARTY_NOUNS = word_class("third_party_noun")
THIRD_PARTY_PLURALS = word_class("third_party_plural")
PLACE_PREPS = word_class("place_prep_clause")      # "the rising tension in the Middle East": a place
OPEN_PLACES = word_class("open_place_noun")
SAME_WORDS = word_class("same_word")
UNNAMED_CULPRITS = word_class("unnamed_culprit")  # "hold those responsible to account"
BACKING_WORDS = word_class("backing_word")        # "new funding to support the Haitian National Police"
AIMED_PREPS = word_class("attack_on_prep") | word_class("victim_prep")      # "sanctions against the same officials"
COLLECTIVE = word_class("collective")
# Looked for in the text of the region, not word by word ("each other", "mutually").
RECIPROCAL = word_class("reciprocal_phrase")
# "strikes on Kyiv", "a crackdown on protesters": the place or people an attack hits, not its doer
# ("in Iran" is left alone: "a crackdown in Iran" names where the doer rules).
ATTACK_NOUNS = word_class("attack_noun")
CONDITION_MARKS = word_class("condition_mark")  # "would respond if a war were imposed"
OUTCOME_VERBS = word_class("outcome_verb")      # "welcomed the agreement signed by A and B": an outcome
VICTIM_NOUNS = word_class("victim_noun")        # "the displacement of the Palestinian people"


def search_region(an: Analysis, trig: Trigger) -> list[Token]:
    """Tokens where the trigger's target may be named."""
    clause = trig.clause
    subj = subject_token(clause)
    excluded = set(t.i for t in subj.subtree) if subj is not None and subj.dep_ != "nsubjpass" else set()
    if trig.token.i in excluded:
        excluded = set()        # the event noun is itself the subject: "talks were held between ..."
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
        seen = {t.i for t in region}
        region += [trig.token.doc[i] for i in sorted(set().union(*(
            taker(c) | gerund_doer(c) for c in trig.token.children if c.dep_ == "dobj")) - excluded)
                   if i not in seen]
    if trig.pattern.kind == Kind.VERB and trig.pattern.obj:
        # "declared the Russian ambassador persona non grata": the parser makes the pattern's object
        # a clause whose subject is the one the verb acts on
        seen = {t.i for t in region}
        region += [t for c in trig.token.children if c.dep_ == "ccomp" and c.lemma_.lower() in trig.pattern.obj
                   for g in c.children if g.dep_ == "nsubj" for t in g.subtree
                   if t.i not in seen and t.i not in excluded]
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
        asked = asked_subjects(trig)       # in a clause of their own
        heads += asked
        shared = not heads and shared_objects(trig.token)
        heads = heads or shared
        # "welcomed Finland and Sweden moving closer to membership": the clause's subject
        heads += [g for c in trig.token.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
        for h in heads:
            for x in [h] + list(h.conjuncts):
                close |= _owners(x)
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
        region = [trig.token.doc[i] for i in sorted(close)] if shared else [t for t in region if t.i in close]
        # "the sanctions imposed by Ottawa, which the diplomats called illegitimate": the relative
        # pronoun's head stands outside the clause
        outside = {i for h in heads if h not in trig.clause.subtree for i in _owners(h)} - excluded
        region += [trig.token.doc[i] for i in sorted(outside - {t.i for t in region})]
        region += [trig.token.doc[i] for i in sorted(agents - {t.i for t in region})]
        region += [t for a in asked for t in np_tokens(a) if t not in region]
    if trig.pattern.intent:
        # what is intended comes after the word of intent; a scene set before it is no partner
        # ("At a time of challenges, from Russia's invasion of Ukraine, the leaders pledged to ...")
        region = [t for t in region if t.i > trig.token.i]
    return region


def _referent(verb: Token, obj: Token) -> list[Token]:
    """What a relative pronoun object stands for: the head of its clause ("the sanctions imposed by
    Ottawa, which the diplomats called illegitimate"), or for a free relative the complement ("citing
    what it called the hostile measures taken by France"); any other object is itself."""
    if obj.dep_ != "dobj" or obj.tag_ not in ("WDT", "WP"):
        return [obj]
    if verb.dep_ == "relcl":
        return [verb.head]
    return free_complements(verb) or [obj]


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


def find_targets(an: Analysis, trig: Trigger, sources: tuple[Party, ...]) -> list[Party | None]:
    """Whom the trigger's act is aimed at: actors among its arguments, else a placeholder or None."""
    if plover_type(trig.pattern.cameo) == "REQUEST" and generic_addressee(an, trig):
        return [None]       # "we urge all actors to protect civilians": no one in particular
    if _addressee(an, trig) == "home":
        return []           # "called on Congress to provide aid to Ukraine": domestic politics
    if plover_type(trig.pattern.cameo) in types_on_side("conflict") and _unnamed_culprit(trig.token):
        # "will hold accountable those responsible for the coup in Burma": no one named; but "To the
        # regime of the ayatollahs I say: whoever strikes us, we will strike them" is aimed at it
        return [spoken_to(an, trig, sources)]
    region = search_region(an, trig)
    low = " ".join(t.lower_ for t in region)
    actors = an.actors_in(region)
    found = [(t, m.code) for t, m in actors if m.code not in sources]
    if plover_type(trig.pattern.cameo) == "SUPPORT" and trig.pattern.reach == Reach.CLOSE \
            and sum(is_code(s) for s in sources) >= 2:
        # "We [the Quad leaders] welcome India's announcement": the others welcome what one of
        # them did (its own welcome of itself is no event)
        found += [(t, m.code) for t, m in actors if m.code in sources and an.name_root(t).dep_ == "poss"]
        found.sort(key=lambda x: x[0].i)
    if plover_type(trig.pattern.cameo) == "SUPPORT":
        # more of the same, by any praise ("Biden and Kishida praised Japan's decision", "the four
        # leaders thanked the Vice President", "the leaders welcomed Japan's decision"): the praised
        # act is one side's, praised by the others (GUIDE.md: a welcomed act is aimed at its actor; no
        # event of a party on itself); not "welcomed the outcomes of the U.S.-EU Summit"
        if not found:
            found = [(t, c) for t, c in _one_of_several(actors, sources) if _owner_of_object(an, trig, t)]
        elif Placeholder.PARTICIPANTS in sources:
            found = [(t, Named(c) if _owner_of_object(an, trig, t) else c) for t, c in found]
    if an.speaker:
        # "your military personnel", "thank you": the party that is not speaking
        found += [(t, NotParty(an.speaker)) for t in region
                  if t.lower_ in SECOND_PERSON and an.tok_mention.get(t.i) is None]
        found.sort(key=lambda x: x[0].i)
    typ = plover_type(trig.pattern.cameo)
    if typ in types_on_side("cooperation") and found:
        # "funding to mitigate the impacts of Russia's war": the doer of a wrong is no partner
        partners_found = [(t, c) for t, c in found if not wrongdoer(an, t) and not adversary(an, t)]
        if not partners_found:      # "Ukraine defends itself from Russia's aggression": no one
            return [] if trig.pattern.target == TargetRule.REQUIRE else no_partner(sources, typ)
        found = partners_found
    victims_only = False
    if typ in types_with("aims_at_doer") and found:
        # "condemns this assault against Israel by Hamas": the doer is the target, not the victim
        root = an.name_root
        named = _named_objects(trig, found, root)
        doers = [] if named else [(t, c) for t, c in found if by_agent(root(t), trig.token)]
        if named:
            found = named     # "accused NATO countries of involvement in attempts by Kiev": NATO
        elif doers:
            found = doers
        else:
            kept = [(t, c) for t, c in found if (_addressee_of(trig, root(t)) or _measure_aimed(trig, _np_head(root(t)))
                                                  or not (_victim(root(t)) or _victim_people(root(t))))
                    and not scene(root(t))]
            before = None if kept else strike_named_before(an, trig, sources)
            if before:
                return [before]     # "the Israeli attack on ... China condemns the attack on ...": F1
            if not kept and any(scene(root(t)) for t, _ in found):
                return [None]   # "condemns the terrorist attack on a mosque in Peshawar": no doer named
            victims_only = not kept
            found = kept
    if not found and trig.pattern.mode == "visit" and trig.pattern.kind == Kind.VERB and len(sources) == 1:
        # "arrived in Amman on a visit": for a visit, the place is the host; not where two
        # sides who "met in Beijing" met each other
        venues = [an.venues[t.i].code for t in trig.clause.subtree if t.i in an.venues]
        venues = [c for c in venues if c not in sources]
        if venues:
            return venues[:1]
    if not found and typ == "REJECT":
        referred = rejected_doer(an, trig, sources) or strike_named_before(an, trig, sources)
        if referred:
            return [referred]   # "Japan began the discharge. China firmly opposes this move": Japan's move
        if victims_only:
            return [None]       # "rejects any displacement of the Palestinian people": no doer named (GUIDE.md)
    if not found and typ == "SUPPORT" and trig.pattern.reach == Reach.CLOSE:
        # a welcome (aimed at an act's actor, else at no one: GUIDE.md), not "Does the U.S. support this?"
        doers = welcomed_doers(an, trig, sources)
        if doers:
            return doers        # "Pakistan and Afghanistan expressed their readiness ... Wang Yi welcomed this step"
    if not found and typ == "THREATEN" and trig.pattern.kind == Kind.VERB:
        # "We sternly warn the DPP authorities not to provoke": the parser makes the warned the
        # subject of the to-clause
        found = [(t, m.code) for c in trig.token.children if c.dep_ in ("ccomp", "xcomp")
                 and to_infinitive(c)
                 for g in c.children if g.dep_ == "nsubj"
                 for t, m in an.actors_in(np_tokens(g)) if m.code not in sources][:1]
        if found:
            return [found[0][1]]
    if not found and typ == "THREATEN":
        # "will be forced to take countermeasures ... in response to Finland's accession to NATO"
        parties = answered_parties(an, trig, sources)
        if parties:
            return parties
        referred = answered_doer(an, trig, sources)
        if referred:
            return [referred]   # "India struck ... Pakistan reserves the right to respond to this aggression"
    before = strike_named_before(an, trig, sources) if not found and typ in types_with("aims_at_doer") else None
    if before:
        return [before]     # "We strongly condemn this deliberate terrorist attack" after naming its doer
    if not found and typ in types_with("aims_at_doer") and unattributed_strike(an, trig):
        return [None]   # "condemns the terrorist attack that took place at ... in Moscow": no doer named
    if not found and typ == "CONSULT" and len(sources) == 1 and is_code(sources[0]) and generic_partner(region):
        # "we are in contact with the relevant parties", "consulted allies and partners": no one
        # named met, unless examples are named ("with partners, including the EU"); "the two
        # leaders agreed to consult with regional partners" stays their promise to each other
        return [c for c in named_examples(an, region) if c not in sources]
    if not found and trig.pattern.target == TargetRule.COUNTERPART and typ != "CONSULT" and generic_partner(region):
        # "ready to strengthen cooperation with the international community": aimed at no one
        # (GUIDE.md); "the leaders committed to close consultation with allies and partners" is
        # aimed at those, not at each other
        named = [c for c in named_examples(an, region) if c not in sources]
        return [Named(c) for c in named] or [Placeholder.NO_ONE]
    if not found and typ in types_on_side("cooperation"):
        people = people_referent(an, trig.token, region, sources)
        if people:
            return [people]     # "stands with them": the people of Ukraine named just before
    if not found:
        if actors and len(sources) == 1 and plover_type(trig.pattern.cameo) != "AGREE" and not trig.pattern.intent \
                and not only_self_victims(an, trig, actors, sources[0]):
            # "spoke to the American people", "arrested Serbian protesters", "requested funding for
            # schools here in the United States": aimed at itself (no event unless domestic)
            return [sources[0]]
        objects = [c for c in trig.token.children if c.dep_ == "dobj"]
        objects += [g for c in trig.token.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPS
                    for g in c.children if g.dep_ == "pobj"]
        inside = {t.i for t in region}
        if any(c.lower_ in SAME_WORDS and c.dep_ == "amod" for h in objects if h.i in inside for c in h.children):
            return [None]   # "sanctions against the same officials and entity": not the other side
        if typ == "ACCUSE" and trig.pattern.target == TargetRule.COUNTERPART and len(sources) == 1 \
                and is_code(sources[0]) and _unnamed_place(an, region):
            # (the two leaders' shared concern stays aimed at neither, as before)
            return [None]   # "concerned about the situation in the East and South China Seas": a place, no one
        if trig.pattern.target == TargetRule.REQUIRE:
            if typ == "CONSULT" and sum(isinstance(x, str) for x in sources) >= 2:
                return [Placeholder.COUNTERPART]    # "A and B convened a meeting": each other
            return []
        if trig.pattern.target == TargetRule.FINITE and not _finite(trig.token):
            return []
        if trig.pattern.target == TargetRule.OTHER:
            return [Placeholder.OTHER]
        if any(r in low for r in RECIPROCAL) or plover_type(trig.pattern.cameo) == "CONSULT":
            return [Placeholder.COUNTERPART]
        if typ in types_on_side("cooperation") and any(
                adversary(an, t) and m.code not in sources for t, m in an.actors_in(list(trig.token.subtree))):
            # "will coordinate a response to Iran": not aimed at Iran, the other side
            return no_partner(sources, typ)
        told = spoken_to(an, trig, sources) if typ in types_on_side("conflict") else None
        if told:
            return [told]   # "To the regime of the ayatollahs I say: whoever strikes us, we will strike them"
        warning = typ == "THREATEN" or (trig.pattern.future and plover_type(trig.pattern.future) == "THREATEN")
        conditional = _condition_actors(an, trig, sources) if warning else None
        if conditional is not None:
            # "would respond firmly if a war were imposed on it": no one named; "if X attacked
            # it": X, not the other side of the talks; "if Canada or Mexico retaliates, the
            # President will impose further tariffs": each of them
            listed = answered_parties(an, trig, sources)
            return (listed if len(listed) > 1 else conditional[:1]) or [None]
        if trig.pattern.target == TargetRule.COUNTERPART:
            if len(sources) == 1 and sources[0] != Placeholder.PARTICIPANTS and unnamed_recipient(an, trig):
                # (a joint pledge of several signers stays aimed at each other, as joint intents are)
                return [None]   # "provided $22 million in assistance to the three countries": no one named
            addressee = _addressee(an, trig)
            if addressee == "home" or typ == "AGREE" and home_partner(trig.token) or _answers_no_wrong(an, trig):
                return []
            if addressee is None:
                return [Placeholder.COUNTERPART]
        return [None]
    if typ == "CONSULT":
        # the region holds only partner phrases: each partner met ("met with A, then with B")
        return list(dict.fromkeys(c for _, c in found))
    after = [(t, c) for t, c in found if t.i > trig.token.i]
    first_tok, first = (after or found)[0]
    group = [first]
    root = an.name_root(first_tok)
    chain = {root.i} | {c.i for c in root.conjuncts} | parallel_objects(root) | flattened_list(root)
    if root.dep_ in ("poss", "amod", "compound", "nmod"):
        # "concerns about North Korea's recent missile launches, and about Chinese interference
        # activities": the actor owns the object the repeated preposition parallels
        chain |= parallel_objects(root.head)
    chain |= _repeated_object(trig.token, root)
    for t, c in found:
        r = an.name_root(t)
        if c not in group and (r.i in chain or any(x.i in chain for x in r.ancestors if x.dep_ in ("conj", "appos"))):
            group.append(c)
    return group


def _one_of_several(actors, sources: tuple[Party, ...]) -> list:
    """The actors among an act's arguments that are one, and only one, of several sources acting
    together; [] otherwise."""
    named = [x for x in sources if is_code(x)]
    own = [(t, m.code) for t, m in actors if m.code in named]
    if len(named) < 2 or len({c for _, c in own}) != 1:
        return []
    return own


def _owner_of_object(an: Analysis, trig: Trigger, tok: Token) -> bool:
    """The actor is the object praised or whose it is: the object itself ("thanked the Vice
    President"), its possessor ("Japan's decision"), its one-state modifier ("the U.S. commitment"),
    or the "by"/"of" of a noun under it ("the statement by Sweden", "the decision taken by the leaders
    of the EU"); not a name shared with another ("U.S.-EU"), a proper name's modifier ("the U.S.
    Refugee Admissions Program", "the U.S.-EU Summit") nor the trigger's own agent ("endorsed by
    14 countries, including Bahrain")."""
    root = an.name_root(tok)
    if root.i in an.shared:
        return False
    if root.dep_ == "dobj" and root.head.i == trig.token.i:
        return True
    if root.dep_ == "pobj" and root.head.head.i == trig.token.i:
        return root.head.dep_ != "agent" and root.head.lower_ not in OWNER_PREPS   # "gratitude to X"
    if root.dep_ == "poss":
        return True
    if root.dep_ in ("compound", "amod", "nmod"):
        # of the object itself ("appreciation for the continued U.S. commitment"), not of a noun
        # deeper in it ("the partnership, marked by the 5,400 U.S. companies")
        head = root.head
        return head.pos_ == "NOUN" and (head.head.i == trig.token.i or (
            head.head.head.i == trig.token.i and head.head.lower_ not in OWNER_PREPS))
    return root.dep_ == "pobj" and root.head.lower_ in OWNER_PREPS and root.head.head.i != trig.token.i


def _repeated_object(verb: Token, root: Token) -> set[int]:
    """ "imposing a 25% tariff on imports from Canada and Mexico and a 10% tariff on imports from
    China": the verb's object repeated in a conjunct with its own actor; that actor is in the list
    too, as the first object's are (one event per actor)."""
    obj = next((a for a in root.ancestors if a.head.i == verb.i and a.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return set()
    out = set()
    for y in obj.conjuncts:
        if y.lemma_.lower() != obj.lemma_.lower():
            continue
        # the token in the repeated object in the place the first actor has in the first one
        path = []
        t = root
        while t.i != obj.i:
            path.append(t.dep_)
            t = t.head
        ends = [y]
        for dep in reversed(path):
            ends = [c for e in ends for c in e.children if c.dep_ == dep]
        out |= {e.i for e in ends} | {c.i for e in ends for c in e.conjuncts}
    return out


def evidence_span(an: Analysis, trig: Trigger, sent: Span) -> tuple[int, int]:
    """Character offsets of the evidence: from the subject to a clause boundary after the trigger."""
    tok = trig.token
    subj = subject_token(trig.clause)
    start = tok.i
    if subj is not None and 0 < tok.i - subj.left_edge.i <= 12:
        start = subj.left_edge.i
    end = min(sent.end - 1, tok.i + 10)
    # stop at a clause boundary punctuation after the trigger
    for i in range(tok.i + 1, end + 1):
        if tok.doc[i].text in (";", ".") or (tok.doc[i].text == "," and i - tok.i > 5):
            end = i - 1
            break
    doc = tok.doc
    return doc[start].idx, doc[end].idx + len(doc[end].text)


def _addressee_of(trig: Trigger, tok: Token) -> bool:
    """ "Protested to Finland", "issued a warning to Moldova", "made démarches to the US": the one a
    protest, warning or complaint (no deed) is addressed to, by a preposition on the trigger or its
    light verb; not whom an attack is aimed at ("condemned the attack against Israel")."""
    return tok.dep_ == "pobj" and tok.head.head.i in (trig.token.i, trig.clause.i) \
        and plover_type(trig.pattern.cameo) not in types_with("deed")


def _np_head(tok: Token) -> Token:
    """The noun a name modifies ("the Palestinian people", "Russian officials", "Iran's
    diplomats"), or the name itself."""
    return tok.head if tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") else tok


def _victim_people(tok: Token) -> bool:
    """A nationality naming the people an act hits ("any displacement of the Palestinian people",
    "the attack on Israeli civilians"); not the doer of an act named so ("objections to the PRC's
    coercive actions toward Taiwan", "Chinese actions")."""
    return tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in VICTIM_NOUNS and _victim(tok.head)


def _measure_aimed(trig: Trigger, tok: Token) -> bool:
    """ "Imposed sanctions against Iran", "the ban on flights to Minsk", "sanctions against X": the
    one a measure (a deed aimed at a doer) is aimed at, by a preposition on the trigger itself or
    on the measure its verb takes; not whom an act it answers hit ("sanctions over the attack
    against Israel", "condemned the attack against Israel", a judgement, is no deed)."""
    if tok.dep_ != "pobj" or plover_type(trig.pattern.cameo) not in types_with("deed"):
        return False
    on = tok.head.head
    return on.i == trig.token.i or (trig.pattern.kind == Kind.VERB and on.dep_ in ("dobj", "nsubjpass")
                                    and on.head.i == trig.token.i)


def _addressee(an: Analysis, trig: Trigger) -> str | None:
    """Whom a request is addressed to when that is no actor: "home" for the speaker's own
    lawmakers ("called on Congress"), "third" for people who are neither side ("called on the
    international community", "encouraged oil companies"); None for a pronoun, an office holder,
    the other side or what is asked ("urged him", "urged restraint", "encouraged continued steps")."""
    tok = trig.token
    if trig.pattern.kind != Kind.VERB or plover_type(trig.pattern.cameo) != "REQUEST":
        return None
    heads = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in trig.pattern.prep
              for g in c.children if g.dep_ == "pobj"]
    heads += asked_subjects(trig)
    for h in heads:
        lemma = h.lemma_.lower()
        if an.tok_mention.get(h.i) is not None or h.pos_ == "PRON" or lemma in COLLECTIVE:
            continue
        if lemma in HOME_ADDRESSEES:
            return "home"
        if lemma in THIRD_PARTY_NOUNS or (lemma in THIRD_PARTY_PLURALS and h.tag_ in ("NNS", "NNPS")):
            return "third"
    return None


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


def _named_objects(trig: Trigger, found, root) -> list:
    """The actors a judgement's direct object itself names ("accused NATO countries of direct
    involvement in attempts by Kiev", "criticised Washington for ..."): the one judged, not a doer
    its grounds name; [] where the object is an act ("condemned the bombing of Kyiv by Russia",
    "Russian aggression"), whose doer is found as before."""
    if trig.pattern.kind != Kind.VERB:
        return []
    objs = [x for c in trig.token.children if c.dep_ == "dobj" for x in [c, *c.conjuncts]]
    if not objs or any(strike(o) or o.lemma_.lower() in WRONG_ACTS | ATTACK_NOUNS for o in objs):
        return []
    ids = {o.i for o in objs}
    return [(t, c) for t, c in found if root(t).i in ids
            or (root(t).head.i in ids and root(t).dep_ in ("compound", "amod"))]


def _answers_no_wrong(an: Analysis, trig: Trigger) -> bool:
    """A threat to respond to what is neither an actor nor a wrongful act: "we will respond to the
    challenges of our time" threatens no one (unlike "will respond to any aggression")."""
    if plover_type(trig.pattern.cameo) != "THREATEN" or trig.pattern.kind != Kind.VERB:
        return False
    # what is answered ("respond to X"), not what is threatened ("threatened further action") nor
    # where ("in a television program")
    objs = [g for c in trig.token.children if c.dep_ == "prep" and c.lower_ in ANSWER_PREPS
            for g in c.children if g.dep_ == "pobj"]
    return any(o.pos_ == "NOUN" and an.tok_mention.get(o.i) is None
               and o.lemma_.lower() not in WRONG_ACTS | ATTACK_NOUNS for o in objs)


def _condition_actors(an: Analysis, trig: Trigger, sources) -> list[str] | None:
    """For a warning that hangs on a condition ("would respond firmly if ..."), the actors the
    condition names beside the warner (none: the warning is aimed at no one); None without one."""
    conds = condition_clauses(trig.clause, CONDITION_MARKS)
    if not conds:
        return None
    return list(dict.fromkeys(m.code for c in conds for _, m in an.actors_in(list(c.subtree)) if m.code not in sources))


def aid_trigger(trig: Trigger) -> bool:
    """A trigger of aid given, or announced or offered (rule aid_offer)."""
    return plover_type(trig.pattern.cameo) == "AID" or trig.pattern.cameo in rule_codes("aid_offer")


def purpose_of_aid(clause: Token, aid: set[int]) -> bool:
    """A to-clause that says what aid is for ("new funding to support the police"), on the aid's
    trigger or on its object."""
    if clause.dep_ not in ("advcl", "acl") or not to_infinitive(clause):
        return False
    head = clause.head
    return head.i in aid or (head.dep_ in ("dobj", "pobj") and head.head.i in aid)


def _unnamed_culprit(verb: Token) -> bool:
    """The act's object is people it does not name ("those responsible", "the perpetrators"), also
    as the subject of its small clause ("hold those responsible accountable"), with no possessor."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd", "advcl") for g in c.children if g.dep_ in ("nsubj", "dobj")]
    return any(o.lemma_.lower() in UNNAMED_CULPRITS or o.lower_ in UNNAMED_CULPRITS for o in objects
               if not any(c.dep_ == "poss" for c in o.children))


def _finite(verb: Token) -> bool:
    """True for a verb that states a position ("supports", "supported", "will support"); not an
    infinitive or participle ("to support", "supporting"), nor a relative clause describing its
    head ("a partnership, which supports energy security")."""
    if verb.dep_ == "relcl":
        return False
    if verb.tag_ in ("VBZ", "VBP", "VBD"):
        return True
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _unnamed_place(an: Analysis, region: list[Token]) -> bool:
    """A proper-noun place among the arguments that names no actor ("the rising tension in the
    Middle East", "the situation in the East and South China Seas"): a concern about what happens
    there is aimed at no one, not at the story's other side."""
    return any(t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS and t.pos_ == "PROPN"
               and t.lower_ in OPEN_PLACES and not any(x.i in an.tok_mention for x in t.subtree) for t in region)
