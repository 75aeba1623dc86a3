"""At whom an act is aimed (docs/coder.md, "At whom"): the actors among a trigger's arguments,
the partner of a meeting (meetings.py), the doer rather than the victim of an attack; plus the
evidence span of an event. Where to look is target_region.py's, the clues in the words around the
trigger target_clues.py's."""
from __future__ import annotations

from spacy.tokens import Span, Token

from readout.cameo import plover_type, types_on_side, types_with
from readout.coder.aid import home_place, unnamed_recipient
from readout.coder.doers import (answered_parties, asked_group, generic_addressee, generic_partner, named_examples,
                                  only_self_victims, own_concern, spoken_to)
from readout.coder.strikes import by_agent, scene, strike_named_before, unattributed_strike
from readout.coder.strikes import victim as _victim
from readout.coder.grammar import np_tokens, on_whom, subject_token, to_infinitive
from readout.coder.lists import flattened_list, list_heads, parallel_objects, referred_list, referred_series, stray_last_member
from readout.coder.membership import is_body, same_body
from readout.coder.partners import (adversary, conflict_side, fight_sides, helped_with_partners, home_beneficiary, home_partner, no_partner, own_session, own_staff, people_referent,
                                    wrongdoer)
from readout.coder.patterns import Kind, Reach, TargetRule, rule_codes
from readout.coder.records import Named, NotParty, Party, Placeholder, is_code
from readout.coder.referred import (answered_doer, condemned_doer, referred_people, rejected_doer, release_holder,
                                    welcomed_doers)
from readout.coder.sides import conflict_sides
from readout.coder.sources import Analysis
from readout.coder.target_clues import (addressee_of, answers_no_wrong, condition_actors, described_backing, forum_body,
                                        measure_aimed, named_objects, np_head, request_addressee, unnamed_culprit, unnamed_place,
                                        own_people_asked_for, victim_people)
from readout.coder.target_region import OWNER_PREPS, PEOPLE_MEASURES, bestowed_on, search_region
from readout.coder.outcomes import announced_backing, backed_settlement_span, backs_outcome, backs_two_states
from readout.coder.together import done_together
from readout.coder.frames import title_target, universal_duty
from readout.coder.triggers import Trigger, governor
from readout.lexicons import word_class

__all__ = ["find_targets", "freed_people", "search_region", "evidence_span"]

SECOND_PERSON = word_class("second_person")
SAME_WORDS = word_class("same_word")
AIMED_PREPS = word_class("attack_on_prep") | word_class("victim_prep")      # "sanctions against the same officials"
# Looked for in the text of the region, not word by word ("each other", "mutually").
RECIPROCAL = word_class("reciprocal_phrase")
HUMAN_NOUNS = word_class("human_noun")
RECIPIENT_PREPS = word_class("recipient_prep")
OWNED_STANCES = word_class("owned_stance_noun")
PLURAL_POSSESSIVE = word_class("plural_possessive")
PARTY_GROUP = word_class("party_group_noun")      # "his counterparts' views"
COURSE_NOUNS = word_class("course_noun")          # "support for a calibrated approach to North Korea"
COURSE_TOPIC_PREPS = word_class("course_topic_prep")
HOMECOMING = word_class("homecoming_head")     # "is on his way home", "are coming home"
OURS = word_class("first_person_plural")       # "two of our fellow citizens were released"
FREED_OUTCOMES = word_class("freed_outcome")      # "welcomed the release of two hostages"
INTENT_NOUNS = word_class("intent_noun")          # "commitment to a peaceful settlement": an intent, left open
VICTIM_NOUNS = word_class("victim_noun")          # "the release of the eight Indian nationals"
PROPOSALS = word_class("proposal_offer_verb")           # "proposed that we make such summits regular"
SIGNING_PLACE_PREPS = word_class("signing_place_prep")     # "signed a peace agreement at the Department of State"


def find_targets(an: Analysis, trig: Trigger, sources: tuple[Party, ...]) -> list[Party | None]:
    """Whom the trigger's act is aimed at: actors among its arguments, else a placeholder or None."""
    if plover_type(trig.pattern.cameo) == "REQUEST" and generic_addressee(an, trig):
        return [None]       # "we urge all actors to protect civilians": no one in particular
    group = asked_group(an, trig) if plover_type(trig.pattern.cameo) == "REQUEST" else None
    if group is not None:
        return group        # "called on the countries of the region to ...": no one named, or the examples named
    if request_addressee(an, trig) == "home":
        return []           # "called on Congress to provide aid to Ukraine": domestic politics
    sides = conflict_sides(an, trig, sources)
    if sides:
        return sides        # "call on the warring parties", "condolences to the victims on both sides": each side
    if plover_type(trig.pattern.cameo) in types_on_side("conflict") and unnamed_culprit(trig.token):
        # "will hold accountable those responsible for the coup in Burma": no one named; but "To the
        # regime of the ayatollahs I say: whoever strikes us, we will strike them" is aimed at it
        return [spoken_to(an, trig, sources)]
    if trig.token.lemma_.lower() in PROPOSALS and _proposed_for_others(an, trig.token, sources):
        return []       # "proposed that Russia and Ukraine mutually refrain from strikes": asked of them, no offer
    if described_backing(trig):
        return []       # "welcomed the roadmap endorsed by the UN Security Council": the roadmap's description
    region = search_region(an, trig)
    if trig.pattern.cameo in rule_codes("joint_act") and sum(is_code(s) for s in sources) >= 2:
        # "the Foreign Ministers of A and B signed a Peace Agreement at the Department of State":
        # where several sides did it together is no party to it; they act toward each other
        verbs = [trig.token] + ([trig.token.head] if trig.token.dep_ == "dobj" else [])
        place = {t.i for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ in SIGNING_PLACE_PREPS
                 for t in p.subtree}
        region = [t for t in region if t.i not in place]
    low = " ".join(t.lower_ for t in region)
    actors = an.actors_in(region)
    found = [(t, m.code) for t, m in actors if m.code not in sources]
    if plover_type(trig.pattern.cameo) == "SUPPORT" and freed_people(an, trig.token):
        # "welcomed the release of two hostages held by Hamas", "welcomes her return home": an
        # outcome, aimed at no one (GUIDE.md), not at the people freed nor at whoever held them
        return [None]
    whom = _whom_antecedent(an, trig, sources)
    if whom:
        # "met Prime Minister Modi, to whom he conveyed the President's congratulations", "received
        # President X, with whom he agreed to ...": the person the relative pronoun stands for
        found = whom
    if plover_type(trig.pattern.cameo) in types_with("in_forum"):
        # "agreed to continue close coordination in the UN Security Council and within BRICS": a
        # body where the act is done is no partner (the other side of the talks is)
        found = [(t, c) for t, c in found if not forum_body(an, t)]
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
    if plover_type(trig.pattern.cameo) == "SUPPORT" and found:
        # "expressed support for a calibrated diplomatic approach to North Korea", "backs Japan's
        # policy toward China": the one a backed course of action is about is not the one backed
        # (its owner is, or no one)
        found = [(t, c) for t, c in found if not _course_topic(an, t, trig.token)]
    if plover_type(trig.pattern.cameo) == "SUPPORT":
        settled = backed_settlement_span(trig)
        # (a "commitment to" a settlement with no one named stays left open, RECONCILE24 R8; the
        # two-state one is taken below)
        if settled and all(t.i in settled for t, _ in found) \
                and (found or trig.token.lemma_.lower() not in INTENT_NOUNS):
            # "reaffirmed support for a just political settlement in Afghanistan", "his support for a
            # two-state solution" in a talk with Abbas: an outcome backed, aimed at no one
            # (RECONCILE24 R1, R9), not at the place or the side named inside it
            return [None]
    if an.speaker:
        # "your military personnel", "thank you": the party that is not speaking
        found += [(t, NotParty(an.speaker)) for t in region
                  if t.lower_ in SECOND_PERSON and an.tok_mention.get(t.i) is None]
        found.sort(key=lambda x: x[0].i)
    typ = plover_type(trig.pattern.cameo)
    if typ in types_on_side("cooperation") and found:
        # "funding to mitigate the impacts of Russia's war": the doer of a wrong is no partner
        partners_found = [(t, c) for t, c in found if not wrongdoer(an, t) and not adversary(an, t)
                          and not conflict_side(an, t)]
        if not partners_found:      # "Ukraine defends itself from Russia's aggression": no one
            return [] if trig.pattern.target == TargetRule.REQUIRE else no_partner(sources, typ)
        found = partners_found
    victims_only = False
    if typ == "ACCUSE" and found:
        # "concerned at the escalation of hostilities between Israel and Iran": a fight whose two
        # sides are named with no doer singled out accuses neither (TUNE2 33, FRESH22 AB1)
        found = [(t, c) for t, c in found if not fight_sides(an, t)]
        if not found:
            return []
    if typ in types_with("aims_at_doer") and found:
        # "condemns this assault against Israel by Hamas": the doer is the target, not the victim
        root = an.name_root
        named = named_objects(trig, found, root)
        doers = [] if named else [(t, c) for t, c in found if by_agent(root(t), trig.token)]
        if named:
            found = named     # "accused NATO countries of involvement in attempts by Kiev": NATO
        elif doers:
            found = doers
        else:
            given = bestowed_on(trig)      # "ends the exemptions granted to X": X is hit, no victim of X
            kept = [(t, c) for t, c in found if (addressee_of(trig, root(t)) or measure_aimed(trig, np_head(root(t)))
                                                  or t.i in given
                                                  or not (_victim(root(t)) or victim_people(root(t))))
                    and not scene(root(t))]
            before = None if kept else strike_named_before(an, trig, sources)
            if before:
                return [before]     # "the Israeli attack on ... China condemns the attack on ...": F1
            if not kept and any(scene(root(t)) for t, _ in found):
                return [None]   # "condemns the terrorist attack on a mosque in Peshawar": no doer named
            victims_only = not kept
            found = kept
    if not found and trig.pattern.kind == Kind.VERB and len(sources) == 1 and (
            trig.pattern.mode == "visit" and sources[0] != Placeholder.PARTICIPANTS
            or typ == "AID" and trig.pattern.subj):
        # "arrived in Amman on a visit": for a visit, the place is the host; not where two
        # sides who "met in Beijing" met each other, also told by "the two leaders" or "they"
        # ("agreed to meet again in Jakarta": a venue, no host); so for aid told by what arrives
        # ("a team of medical experts arrived in Rome"): the place gets the aid
        venues = [an.venues[t.i].code for t in trig.clause.subtree if t.i in an.venues]
        venues = [c for c in venues if c not in sources]
        if venues:
            return venues[:1]
    holder = release_holder(an, trig, sources) if not found and typ == "REQUEST" else []
    if holder:
        return holder       # "called for the release of the prisoners held in Azerbaijan": their holder
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
        if len(sources) == 1 and is_code(sources[0]) and _counterparts_own(trig):
            return [Placeholder.COUNTERPART]    # "He welcomed their commitment to ...": the other parties'
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
    referred = condemned_doer(an, trig, sources) if not found and typ == "ACCUSE" else None
    if referred:
        return [referred]   # "Lithuania decided to ... China strongly condemns this decision"
    if not found and typ in types_with("aims_at_doer") and unattributed_strike(an, trig):
        return [None]   # "condemns the terrorist attack that took place at ... in Moscow": no doer named
    if not found and typ == "CONSULT" and len(sources) == 1 and is_code(sources[0]) and generic_partner(region):
        # "we are in contact with the relevant parties", "consulted allies and partners": no one
        # named met, unless examples are named ("with partners, including the EU"); "the two
        # leaders agreed to consult with regional partners" stays their promise to each other
        return [c for c in named_examples(an, region) if c not in sources]
    if not found and typ == "CONSULT" and (own_staff(region) or own_session(trig.token)):
        return []       # "in close contact with my national security team": one's own people
    if not found and trig.pattern.target == TargetRule.COUNTERPART and typ != "CONSULT" and generic_partner(region):
        # "ready to strengthen cooperation with the international community": aimed at no one
        # (GUIDE.md); "the leaders committed to close consultation with allies and partners" is
        # aimed at those, not at each other
        named = [c for c in named_examples(an, region) if c not in sources] or helped_with_partners(an, region, sources)
        return [Named(c) for c in named] or [Placeholder.NO_ONE]
    if not found and typ in types_on_side("cooperation"):
        people = people_referent(an, trig.token, region, sources)
        if people:
            return [people]     # "stands with them": the people of Ukraine named just before
    series = referred_series(an, region, sources) if typ in types_on_side("conflict") else []
    if series and {c for _, c in found} <= set(series):
        return series   # "will hold these regimes accountable" after a sentence on each regime: each of them
    listed = [] if found else referred_list(an, region, sources)
    if listed:
        return listed   # "demands that the governments of those countries withdraw ...": each listed state
    people = referred_people(an, region, sources) if not found and typ in PEOPLE_MEASURES else None
    if people:
        return [people]     # "Two officials working in the X High Commission ... declared both officials persona non grata"
    ctx = trig.token.doc._.context
    own = ctx.publisher_country if ctx is not None else None
    if not found and typ == "RETREAT" and trig.pattern.target == TargetRule.REQUIRE and own and own not in sources \
            and _gone_home(trig):
        return [own]    # "Xiyue Wang was released by Iran and is on his way home": the publisher's people
    if typ == "RETREAT" and trig.pattern.target == TargetRule.REQUIRE and own and own not in sources \
            and all(c in sources for _, c in found) and _own_released(trig):
        # "Ms Cheng was released by Chinese authorities" in a story that tells her homecoming ("welcomes
        # her return home"), "two of our fellow citizens ... were released by Hamas": the publisher's
        # people; a place of the detention ("judicial processes in China") is the releaser's own
        return [own]
    if not found:
        pledge = plover_type(trig.pattern.cameo) == "AGREE" or trig.pattern.intent
        if actors and len(sources) == 1 and (not pledge or home_beneficiary(an, trig.token, actors, sources[0])) \
                and not only_self_victims(an, trig, actors, sources[0]) \
                and not own_people_asked_for(trig, actors, sources[0]) \
                and not own_concern(an, trig, actors, sources[0]):
            # "spoke to the American people", "arrested Serbian protesters", "requested funding for
            # schools here in the United States", "committed to helping American families": aimed
            # at itself (no event unless domestic)
            return [sources[0]]
        objects = [c for c in trig.token.children if c.dep_ == "dobj"]
        objects += [g for c in trig.token.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPS
                    for g in c.children if g.dep_ == "pobj"]
        inside = {t.i for t in region}
        if any(c.lower_ in SAME_WORDS and c.dep_ == "amod" for h in objects if h.i in inside for c in h.children):
            return [None]   # "sanctions against the same officials and entity": not the other side
        if typ == "ACCUSE" and trig.pattern.target == TargetRule.COUNTERPART and len(sources) == 1 \
                and is_code(sources[0]) and unnamed_place(an, region):
            # (the two leaders' shared concern stays aimed at neither, as before)
            return [None]   # "concerned about the situation in the East and South China Seas": a place, no one
        if trig.pattern.target == TargetRule.REQUIRE:
            if typ == "SUPPORT" and trig.pattern.kind == Kind.NOUN and backs_two_states(trig):
                # "reaffirmed their commitment to a two-state solution": an outcome backed (RECONCILE24
                # R1); the wider "commitment to [a goal]" is left open there, so it stays uncoded
                return [None]
            if typ == "CONSULT" and sum(isinstance(x, str) for x in sources) >= 2:
                return [Placeholder.COUNTERPART]    # "A and B convened a meeting": each other
            ctx = trig.token.doc._.context
            if ctx is not None and ctx.domestic and typ != "CONSULT":
                # PLOVER's convention (--domestic): an act whose target is not named is still
                # coded ("the rebels said they will release the Prime Minister and his ministers")
                return [None]
            framed = title_target(an, trig, sources, typ)
            if framed:
                return [framed]
            if len(sources) == 1 and is_code(sources[0]) and trig.pattern.obj \
                    and unnamed_recipient(an, trig, offers=True) and not home_place(trig):
                # "will contribute up to $6 billion to the Global Fund", "announced additional
                # humanitarian assistance for communities across Africa": aid pledged to no actor is
                # AGREE null (eval/styles/README.md decision 10, FRESH39 AY2); given, AID needs a
                # target and is dropped; with no foreign actor near, AGREE null is too (finalize)
                return [None]
            return []
        if trig.pattern.target == TargetRule.FINITE and not announced_backing(trig) and not backs_outcome(trig):
            # "China supports the convening of a peace conference", "supports all efforts conducive
            # to peace": backing aimed at no one is a stated position, its stance only (FRESH18 X2,
            # FRESH10 P24); the welcome of an outcome is another word's; "will support" is announced
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
        conditional = condition_actors(an, trig, sources) if warning else None
        if conditional is not None:
            # "would respond firmly if a war were imposed on it": no one named; "if X attacked
            # it": X, not the other side of the talks; "if Canada or Mexico retaliates, the
            # President will impose further tariffs": each of them
            listed = answered_parties(an, trig, sources)
            return (listed if len(listed) > 1 else conditional[:1]) or [None]
        if typ == "SUPPORT" and _people_recipient(trig, inside):
            return []       # "conveyed words of sympathy and support to the families of the victims": no one named, no outcome
        if trig.pattern.target == TargetRule.COUNTERPART:
            if len(sources) == 1 and sources[0] != Placeholder.PARTICIPANTS and unnamed_recipient(an, trig):
                # (a joint pledge of several signers stays aimed at each other, as joint intents are)
                return [None]   # "provided $22 million in assistance to the three countries": no one named
            addressee = request_addressee(an, trig)
            if addressee == "home" or typ == "AGREE" and home_partner(trig.token) or answers_no_wrong(an, trig):
                return []
            if typ == "AGREE" and _body_with_member(trig, sources):
                # "President Biden and G7 leaders formally launched the Partnership for Global
                # Infrastructure": a body's undertaking with its own members, promised to no one
                # named (AGREE null for each, as FRESH39 AY10's joint commitment), not to each other
                return [Placeholder.NO_ONE]
            if addressee is None and typ == "SANCTION" and universal_duty(an, trig.token, sources):
                return [None]   # "imposing a 25% tariff on imports of automobiles": on all comers' goods
            if addressee is None:
                return [Placeholder.COUNTERPART]
        if trig.pattern.target == TargetRule.NONE:
            # "The parties will continue their efforts to reach a just resolution": aimed at no one,
            # even for several sides together (eval/styles FRESH21.md: AGREE null for each); one
            # side's "will continue to play a constructive role" in talks of two is to the other
            one = len(sources) == 1 and is_code(sources[0])
            return [Placeholder.HEARER if one and typ == "AGREE" else Placeholder.NO_ONE]
        return [None]
    together = done_together(an, trig.token, found) if typ == "AGREE" and (
        Placeholder.PARTICIPANTS in sources or sum(is_code(s) for s in sources) >= 2) else None
    if together == []:
        return [Placeholder.COUNTERPART]    # "agreed to work together for the success of the summit in X"
    found = together or found
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
    chain |= stray_last_member(root)
    # "stand with the Republic of Korea and Japan": the parser joins the next member to the
    # last word of the first one's name, not to its head
    own = an.tok_mention.get(first_tok.i)
    chain |= {c.i for t in root.subtree if own is not None and an.tok_mention.get(t.i) is own
              for c in t.conjuncts if c.i > t.i}
    for t, c in found:
        r = an.name_root(t)
        # (a member hung by list links on one in the chain is in the list: "suspended: A, B, C", B an
        # apposition of A, C a conjunct of B, though A itself is no conjunct of anything)
        if c not in group and (r.i in chain or any(x.i in chain for x in r.ancestors if x.dep_ in ("conj", "appos"))
                               or any(x.i in chain for x in list_heads(r))):
            group.append(c)
    return group


def _whom_antecedent(an: Analysis, trig: Trigger, sources: tuple[Party, ...]) -> list:
    """The actors of the person a relative clause's "whom" stands for, where the trigger is that
    clause's verb or its object or complement ("X, whom he thanked", "X, to whom he conveyed his
    congratulations", "X, with whom he agreed to expand ..."); else []."""
    tok = trig.token
    for _ in range(3):
        if tok.dep_ == "relcl":
            break
        if tok.dep_ not in ("dobj", "xcomp", "pobj", "prep") or tok.head.i == tok.i:
            return []
        tok = tok.head
    if tok.dep_ != "relcl" or not on_whom(tok):
        return []
    inside = {t.i for t in tok.subtree}
    head = [t for t in np_tokens(tok.head) if t.i not in inside]
    return [(t, m.code) for t, m in an.actors_in(head) if m.code not in sources]


def _counterparts_own(trig: Trigger) -> bool:
    """A welcome's object is a position or act of goodwill (`owned_stance_noun`) owned by "their" or
    by "his/her counterparts'" ("He welcomed their commitment to supporting UN-led
    efforts", "welcomed his counterparts' views on ..."): the other parties' own, aimed at them as
    "welcomed Japan's commitment" is at Japan; not "welcomed their arrival" (the visit itself)."""
    for obj in (c for c in trig.token.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() not in OWNED_STANCES:
            continue
        for c in obj.children:
            if c.dep_ == "poss" and (c.lower_ in PLURAL_POSSESSIVE or (
                    c.lemma_.lower() in PARTY_GROUP and c.tag_ in ("NNS", "NNPS"))):
                return True
    return False


def _people_recipient(trig: Trigger, inside: set[int]) -> bool:
    """Backing, thanks or sympathy aimed at people who are no actor: "words of sympathy and support to
    the families of the victims", "we thank our allies and partners", "praying for the families". A
    SUPPORT aimed at no one named is a welcomed outcome (GUIDE.md: "welcomed" an outcome is SUPPORT
    with target null); people are none. A noun's recipient hangs on the verb that governs it ("convey
    words of support to X": triggers.governor). Words for the other side of a meeting ("thanked his guests") are no
    human_noun: they stand for the counterpart."""
    holders = [trig.token] + [g for g in [governor(trig.token)] if g is not None]
    heads = [c for h in holders for c in h.children if c.dep_ == "dobj"]
    heads += [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS
              for g in c.children if g.dep_ == "pobj"]
    return any(h.i in inside and h.lemma_.lower() in HUMAN_NOUNS for h in heads)


def _one_of_several(actors, sources: tuple[Party, ...]) -> list:
    """The actors among an act's arguments that are one, and only one, of several sources acting
    together; [] otherwise."""
    named = [x for x in sources if is_code(x)]
    own = [(t, m.code) for t, m in actors if m.code in named]
    if len(named) < 2 or len({c for _, c in own}) != 1:
        return []
    return own


def freed_people(an: Analysis, trigger: Token) -> bool:
    """A welcome of people's release or return told without its doer ("welcomes his release",
    "welcomed the release of two hostages"), not of a document's ("welcome the release of the
    National Strategy") nor a return to a state of affairs ("support a return to in-person
    learning"): a foreign act even where its paragraph names no other state."""
    obj = _freed_object(an, trigger)
    if obj is None:
        return False
    owners = [c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    freed = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return bool(owners) or any(g.ent_type_ == "PERSON" or g.lemma_.lower() in HUMAN_NOUNS | VICTIM_NOUNS for g in freed)


def _freed_object(an: Analysis, trigger: Token) -> Token | None:
    """The trigger's object that is a release or return with no doer named on it, else None."""
    # "welcomes her return home": the parser may hang the noun on "home" as a compound
    objs = [c for c in trigger.children if c.dep_ == "dobj"] + [
        g for c in trigger.children if c.dep_ in ("advmod", "npadvmod") and c.lower_ == "home"
        for g in c.children if g.dep_ == "compound"]
    for obj in objs:
        if obj.pos_ != "NOUN" or obj.lemma_.lower() not in FREED_OUTCOMES:
            continue
        # the doer as the noun's owner or its "by" phrase (on the noun or on its "of" object); not
        # a holder told in a clause under the people ("hostages held by Hamas")
        heads = [obj, *(g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)]
        doers = [t for h in heads for c in h.children
                 if (c.dep_ in ("poss", "compound", "amod", "nmod") and h is obj and c.pos_ != "PRON")
                 or (c.dep_ in ("prep", "agent") and c.lower_ == "by") for t in c.subtree]
        return None if an.actors_in(doers) else obj
    return None


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


def _course_topic(an: Analysis, tok: Token, trigger: Token) -> bool:
    """The actor is what a course of action named after the trigger is about: "North Korea" in
    "support for a calibrated diplomatic approach to North Korea", "China" in "backs Japan's policy
    toward China" (not "support for Ukraine", nor "Japan" there)."""
    root = an.name_root(tok)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in COURSE_TOPIC_PREPS:
        return False
    course = prep.head
    return course.i > trigger.i and course.pos_ == "NOUN" and course.lemma_.lower() in COURSE_NOUNS


def _gone_home(trig: Trigger) -> bool:
    """A release in a sentence whose people go "home" ("is on his way home", "are coming home after
    being released"): told by their own government, they are its people."""
    return any(t.lower_ == "home" and t.head.lemma_.lower() in HOMECOMING for t in trig.token.sent)


def _own_released(trig: Trigger) -> bool:
    """The people a release frees are the publisher's own: "our" people ("two of our fellow citizens
    were released"), or people named (or a pronoun for them) in a story that tells a homecoming
    anywhere ("Michael and Michael are on their way home", "bring them home"); not unnamed "hostages"
    or "prisoners", whose nationality the story may not give."""
    freed = [c for c in trig.token.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(t.lower_ in OURS for c in freed for t in c.subtree):
        return True
    if not any(c.pos_ in ("PROPN", "PRON") and c.lower_ not in OURS for c in freed):
        return False
    return any(t.lower_ == "home" and t.head.lemma_.lower() in HOMECOMING for t in trig.token.doc)


def _body_with_member(trig: Trigger, sources) -> bool:
    """The doers are a body and one of its members on the story's date (the G7 and the United States);
    not a meeting of several states and bodies ("the NATO and G7 leaders ... agree to remain in close
    touch" is a promise of each to each other, as several parties' joint intents are)."""
    ctx = trig.token.doc._.context
    codes = [s for s in sources if is_code(s)]
    return len(codes) == 2 and any(is_body(a) and same_body(a, b, ctx.date if ctx is not None else None)
                                   for a in codes for b in codes if a != b)


def _proposed_for_others(an: Analysis, verb: Token, sources) -> bool:
    """A proposal of what named actors other than the proposers are to do ("proposed that Russia and
    Ukraine mutually refrain from strikes") or do jointly with the proposer ("proposed the joint
    participation of the United Nations and the ICRC"): no offer of the proposer to anyone."""
    for c in verb.children:
        subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")] if c.dep_ == "ccomp" else []
        if any(m.code not in sources for g in subj for _, m in an.actors_in(list(g.subtree))):
            return True
        if c.dep_ == "dobj" and any(m.code in sources for _, m in an.actors_in(list(c.subtree))):
            return True
    return False
