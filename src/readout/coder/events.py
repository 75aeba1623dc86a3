"""Events in a sentence (docs/coder.md): for each trigger, unless its clause says the act was not
done, who acts (act_sources.py, sources.py) toward whom (targets.py), with the CAMEO code its status
calls for."""
from __future__ import annotations

from dataclasses import replace
from itertools import combinations

from spacy.tokens import Span, Token

from readout.cameo import cameo, plover_type, types_on_side, types_with
from readout.coder.demands import demands
from readout.coder.departures import departures
from readout.coder.reliance import reliance
from readout.coder.grammar import ability_modal, is_negated, or_else, present_perfect, subject_token
from readout.coder.not_acts import (agreed_demand, agreed_importance, importance_view, agreed_view, agreed_warning, warned_clause, alert_of_fact, discussed_aim, listed_anchor, own_side_asked, talk_topic, bare_participle, opening_participle, purpose_of_meeting, sidelines_setting, populace_act,
                                    readied_gerund, sorrow_without_loss, state_participle, supposed)
from readout.coder.patterns import Kind, PatternSet, Voice, rule_codes
from readout.coder.records import Event, Placeholder, is_code
from readout.coder.scene import scene_sources
from readout.coder.sources import Analysis
from readout.coder.status import ClauseStatus, Modality, campaign_under_way, relayed
from readout.coder.meetings import (consult_mode, visit_settings, parties_met, hosted_between, hosted_sides, mediators, met_apart, separate_meetings,
                                    sequel_sides)
from readout.coder.doers import answered_parties, blamed_cause, conduct_owners, failed_course, told_conduct, judged, referred_subject, subject_doers
from readout.coder.told_before import earlier_doer, referred_doer
from readout.coder.aid import aid_trigger, delivery_told, purpose_of_aid, running_total, sum_announced
from readout.coder.bonds import described_bond, harmed_parties, lone_bond_praise, praises_bond, reciprocal
from readout.coder.parallel import parallel_act, sides_addressed
from readout.coder.clefts import cleft_blame
from readout.coder.frames import duty_adjective, duty_code, goods_origins
from readout.coder.terms import term_pledges
from readout.coder.targets import evidence_span, find_targets
from readout.coder.target_region import fights_only
from readout.coder.voices import (ANSWERED_ACTS, accomplices, agent_of_charge, alternative_warning, answers_act, asks_unnamed, culprits_warned,
                                  judgement_author, pointing_subject, reported_warning, told_to, unnamed_outsiders)
from readout.coder.triggers import Trigger, find_triggers, own_phrase, trigger_clause
from readout.coder.act_sources import DECIDED_TYPES, measure_companions, received_from, shared_we, sources_for, step_clause
from readout.coder.learned import SENTENCE, TriggerModel, is_candidate, type_patterns
from readout.coder.history import told_past
from readout.coder.known_acts import recalled_act
from readout.coder.intents import decided_cutback, decided_sanction, guarantee, hostile_intent, nested_intents, open_choice, prospect_of
from readout.coder.launches import ATTACK_TIMES, attacks_in_general, landed_in
from readout.coder.roles import BIAS, SOURCE, TARGET, RoleModel, candidates
from readout.coder.rosters import REMOTE_MODES      # talks with go-betweens by phone or video keep the medium
from readout.lexicons import word_class

__all__ = ["EventCoder"]

PLANNED = word_class("planned_word")
TAKE_STEP_VERBS = word_class("take_step_verb")
CONDITION_MARKS = word_class("condition_mark")
SEQUEL_VERBS = word_class("sequel_verb")          # "should X continue, further steps will follow"
LITOTES = word_class("litotes_verb")      # "will not hesitate to take measures": measures announced
ANNOUNCED = (Modality.FUTURE, Modality.CONDITIONAL)
CONFLICT = types_on_side("conflict")
OBLIGATION = word_class("obligation_modal")
EXPECTANT = OBLIGATION | word_class("ability_modal")    # "X can / should / must expect consequences"
ATTACK_NOUNS = word_class("attack_noun")    # "will face crushing attacks" threatens only on a condition
CAUSE_NOUNS = word_class("cause_noun")      # "the direct result of NATO's aggressive policy"
RELEASE_CODES = ("0841",)      # people released, pardoned or granted clemency
DEEDS = types_with("deed")      # a dated noun of a material act is done: "the attack of October 7th"


def _suffered_subject(clause: Token) -> bool:
    """The clause's subject is a harm suffered ("civilian losses on all sides will be unacceptable"),
    no act anyone would do."""
    subj = subject_token(clause)
    return subj is not None and subj.lemma_.lower() in SUFFERED


def _decided_act(cameo: str) -> bool:
    """A measure a decision takes, or a release it grants ("decided to pardon X"): done, not intended."""
    return plover_type(cameo) in DECIDED_TYPES or cameo in RELEASE_CODES
GROUNDS_NOUNS = word_class("grounds_noun")  # "banned entry in response to the hostile actions of X"
FAILURE_WORDS = word_class("failure_word")  # "the policy pursued by the United States has failed"
JUDGED_CONDUCT = word_class("judged_conduct_noun")      # "the unfriendly actions of the United States"
PERMIT_VERBS = word_class("permit_verb")        # "must not allow Israel to exploit the tension": only let, not done
SUFFERED = word_class("suffered_loss_noun")     # "civilian losses would be unacceptable": a harm, no act refused
# nouns for people or bodies: an announced measure on them is a warning to them, named or not
PERSON_NOUNS = (word_class("generic_agent") | word_class("nonstate_agent") | word_class("unnamed_culprit")
                | word_class("collective") | word_class("people_noun"))
PERSON_ENTITIES = word_class("person_entity")
HOST_VERBS = word_class("host_verb")        # "hosted talks between A and B": merely hosted, not joined
TOTAL_AID_VERBS = word_class("total_aid_verb")     # "has provided $107 million in support of X": a running total


class EventCoder:
    """Codes events sentence by sentence over an Analysis of one story."""

    def __init__(self, patterns: PatternSet, learned: TriggerModel | None = None, roles: RoleModel | None = None):
        self.patterns = patterns
        self.learned = learned
        self.roles = roles
        self.trace: list | None = None      # trainer.py --roles: each coded trigger's candidates
        self.by_type = type_patterns(patterns) if learned is not None else {}

    def code_sentence(self, an: Analysis, sent: Span, index: int, date_year: int | None) -> list[Event]:
        """Events in one sentence (placeholders unresolved)."""
        asked = demands(an, sent, index)
        events: list[Event] = []
        triggers = find_triggers(sent, self.patterns)
        if self.learned is not None:
            triggers += self.learned_triggers(sent, triggers)
        meetings = {t.clause.i for t in triggers if plover_type(t.pattern.cameo) == "CONSULT"}
        conflict = {t.token.i for t in triggers if plover_type(t.pattern.cameo) in CONFLICT}
        sanctions = {t.token.i for t in triggers if _decided_act(t.pattern.cameo)}   # also "decided to pardon X"
        aid = {t.token.i for t in triggers if aid_trigger(t)}
        taken = {t.token.i for t in triggers}
        for trig in triggers:
            if purpose_of_meeting(trig, meetings) or decided_sanction(trig, sanctions) or sidelines_setting(trig) \
                    or sorrow_without_loss(trig) or readied_gerund(trig, taken) or decided_cutback(trig, taken) \
                    or open_choice(trig) or (trig.pattern.kind == Kind.VERB and opening_participle(trig.token)):
                continue
            if plover_type(trig.pattern.cameo) == "SUPPORT" and trig.pattern.kind == Kind.VERB \
                    and trig.token.i == trig.clause.i and purpose_of_aid(trig.clause, aid):
                continue    # "announced new funding to support the Haitian National Police": the aid's recipient
            code = self._code(an, trig, date_year)
            if code is not None:
                found = self._events(an, trig, sent, index, code,
                                     hostile_intent(trig, conflict, taken) or warned_clause(trig, conflict))
                if trig.pattern.source == "learned" and self.learned.strict:
                    found = [e for e in found if e.source is not None and e.target is not None]
                events += found
        # "X must bear all the consequences", "X should expect retaliation": what X must suffer is a
        # warning to it, not a demand of it
        warned = {trig.clause.i for trig in triggers
                  if any(e.trigger == trig.token.i and e.type == "THREATEN" for e in events)}
        events = [e for e in asked if e.trigger not in warned] + events + cleft_blame(an, sent, index) \
            + term_pledges(an, sent, index) + departures(an, sent, index) \
            + reliance(an, sent, index)
        events = [e for e in (landed_in(an, sent, e) for e in events) if e is not None]
        return nested_intents(visit_settings(an, events, sent), sent.doc)

    def learned_triggers(self, sent: Span, found: list[Trigger]) -> list[Trigger]:
        """Words the trained model (learned.py) takes for an act, in clauses where no lexicon
        trigger stands: each coded with its type's commonest lexicon pattern."""
        taken = {t.token.i for t in found}
        clauses = {t.clause.i for t in found}
        out = []
        if self.learned.scope == SENTENCE and found:
            return out      # the sentence proposer speaks only where the lexicons find nothing
        words = [sent.root] if self.learned.scope == SENTENCE else sent
        for tok in words:
            if tok.i in taken or not is_candidate(tok):
                continue
            kind, p = self.learned.predict(tok)
            if p < self.learned.threshold_of(kind):     # predict() never answers NONE
                continue
            pattern = self.by_type.get((Kind.VERB if tok.pos_ == "VERB" else Kind.NOUN, kind))
            if pattern is None:
                continue
            pattern = replace(pattern, lemma=tok.lemma_.lower())
            clause = trigger_clause(tok, pattern)
            if clause.i in clauses:
                continue
            clauses.add(clause.i)
            out.append(Trigger(tok, pattern, clause))
        return out

    def _roles(self, an: Analysis, trig: Trigger, sent: Span, code: str, sources, targets):
        """The trained actor model (roles.py) where the rules found no source or no target; with
        `trace` set, each coded trigger's candidates are recorded for training instead."""
        situation = "nosrc" if not sources else "notgt" if not targets else "both"
        cands = candidates(an, trig, sent, plover_type(code) or "", situation)
        if self.trace is not None:
            self.trace.append((trig.token.doc, trig.token.i, plover_type(code), cands, tuple(sources), tuple(targets)))
        m = self.roles
        if m is None or not cands:
            return sources, targets
        if not sources:
            best, p = m.best(cands, SOURCE)
            if best is None or p < m.threshold:
                return sources, targets
            sources = (best,)
            targets = find_targets(an, trig, sources)
        if not targets:
            best, p = m.best(cands, TARGET, exclude=sources)
            if best is not None and p >= m.threshold:
                targets = [best]
        elif m.rerank <= 1.0 and len(targets) == 1 and is_code(targets[0]):
            best, p = m.best(cands, TARGET, exclude=sources)
            if best is not None and best != targets[0] and p >= m.rerank \
                    and m.scores(cands.get(targets[0], [BIAS])).get(TARGET, 0.0) < 1 - m.rerank:
                targets = [best]
        return sources, targets

    def _code(self, an: Analysis, trig: Trigger, date_year: int | None) -> str | None:
        """The CAMEO code the trigger's act takes in its clause, or None when it is not coded."""
        p = trig.pattern
        if agreed_demand(an, trig):
            return None     # "the leaders agreed that Russia must agree to a ceasefire": their demand (demands.py)
        if agreed_view(trig):
            return None     # "they agreed that the strategic context was changing": a shared view
        if agreed_importance(trig):
            return None     # "agreed on the importance of continued dialogue to enhance ties": a view
        if importance_view(trig):
            return None     # "reaffirmed the importance of continued support for Ukraine": a view
        if alert_of_fact(trig):
            return None     # "warned that Putin still aims to conquer Ukraine": an alert, no threat
        if discussed_aim(trig.clause):
            return None     # "discussed the tools X is pursuing to support Y": the topic's aim, no act
        listed = listed_anchor(trig.clause)
        if listed is not None and (discussed_aim(listed) or ClauseStatus(listed, listed, an, date_year).described):
            return None     # "reflected on their efforts to support X, impose costs on Y": an item of the aim
        if own_side_asked(trig):
            return None     # "I have ordered our Armed Forces to ensure ...": an instruction at home
        status = ClauseStatus(trig.token, trig.clause, an, date_year, plover_type(p.cameo) in DEEDS)
        if p.kind == Kind.NOUN and "*" in p.light and trig.token.lemma_.lower() in JUDGED_CONDUCT:
            # "signed in view of the unfriendly actions of X", "had never ceased its hostile actions":
            # a conduct told as known is done whatever the clause around it says; "any hostile
            # action", one asked to stop or one only foreseen is not
            return p.cameo if told_conduct(an, trig.token, status, p.obj) else None
        if not p.needs_neg and status.negated:
            return None
        modality = status.modality
        if status.effort_aim and plover_type(p.cameo) in CONFLICT and p.future:
            # "we are working with partners to hold those responsible accountable": a hostile measure
            # an effort still being made aims at is announced, not taken ("efforts to support
            # Ukraine" are the support itself)
            modality = modality or Modality.FUTURE
            status.pledged = True
        prospect = bool(p.future) and plover_type(p.future) == "THREATEN" and prospect_of(trig.clause)
        if prospect and modality is None:
            modality = Modality.FUTURE  # "referred to the possibility of imposing sanctions on X": a warning
        if status.ongoing and status.kept_up and modality == Modality.FUTURE and p.future \
                and plover_type(p.future) == "THREATEN" and not status.pledged:
            # "will continue holding them accountable": a sanction kept up, no threat (a gerund; "will
            # continue to hold X to account" is the course announced, a warning); "agreed to continue
            # to impose severe costs on Russia" is still a pledge, a threat
            modality = None
        if status.ongoing and modality == Modality.FUTURE and plover_type(p.cameo) == "AID" and p.obj \
                and not status.pledged and delivery_told(trig.token):
            # "has and will continue providing ... support to Ukraine": aid given and going on; "will
            # continue to provide" alone is announced, AGREE (eval/styles/RECONCILE24.md R7 overrides
            # README 10's K8 chain), as "committed to continue to provide" is; a pattern that names no
            # aid ("will continue to supply oil, gas and coal to China": trade) stays announced
            modality = None
        step = step_clause(trig.clause)
        if step is not None:
            # "agreed to coordinate measures to isolate Russia": as announced as the measures are
            outer = ClauseStatus(trig.clause.head, step, an, date_year)
            if outer.requested or outer.history or outer.described or (outer.negated and not any(
                    t.lemma_.lower() in LITOTES and is_negated(t) for t in (step, *step.ancestors))):
                return None     # "called on Congress to take action to provide relief"; "are not
                                # going to take steps to ease sanctions": no easing announced ("will
                                # not hesitate to take further measures" still announces them); "the
                                # importance of taking further action to increase pressure": described
            modality = outer.modality
            if modality is None and step.lemma_.lower() not in TAKE_STEP_VERBS:
                return None     # "discussed measures to isolate Russia": only talked about; "took measures" is done
        if modality == Modality.FUTURE and plover_type(p.cameo) in DECIDED_TYPES and (status.decided or status.immediate or (
                status.announced and not status.conditioned(CONDITION_MARKS, inverted=True))):
            # "has decided to expel the envoy": the decision is the expulsion (guide: "decided");
            # "will be held in abeyance with immediate effect": taken now, no warning; "announced
            # that it will ban exports of gallium to the United States": a decided measure made known
            modality = None
        elif modality == Modality.FUTURE and p.cameo in RELEASE_CODES and status.decided:
            # "decided to pardon X", "made the difficult decision to grant clemency to X": a
            # release decided is made, as a measure decided is taken
            modality = None
        if p.kind == Kind.NOUN and any(c.lower_ in PLANNED for c in trig.token.children):
            modality = Modality.FUTURE     # "the summit scheduled for December 9", "an upcoming visit"
        code = p.cameo
        never_threat = types_with("never_threat")
        if modality == Modality.NORMATIVE and status.conditioned(CONDITION_MARKS, inverted=True) \
                and plover_type(code) not in never_threat:
            modality = Modality.CONDITIONAL    # "may halt mediation if cooperation founders": a threat
        if modality == Modality.NORMATIVE and p.future and plover_type(p.future) == "THREATEN" \
                and any(c.dep_ == "nsubjpass" for c in trig.clause.children) \
                and any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in trig.clause.children):
            # "Russia must be held accountable", "the perpetrators must be brought to justice": the
            # speaker's warning to the one named (F7 of eval/styles/FRESH2.md), not a request
            modality = Modality.FUTURE
        if modality == Modality.NORMATIVE and p.kind == Kind.NOUN and p.only_future and p.voice == Voice.AUTHOR \
                and plover_type(p.cameo) == "THREATEN" \
                and any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in trig.clause.children):
            # "the Lithuanian government must bear all the ensuing consequences", "X should face the
            # consequences": what the one named must suffer is the speaker's warning to it, as "must
            # be held accountable" is, not a request of it
            modality = Modality.FUTURE
        if modality == Modality.NORMATIVE and p.kind == Kind.VERB and p.voice == Voice.AUTHOR \
                and plover_type(p.cameo) == "THREATEN" \
                and any(c.dep_ == "aux" and c.lower_ in EXPECTANT for c in trig.clause.children):
            # "Pyongyang can expect serious consequences", "Tehran should expect further action": what
            # the one named is told to expect is the speaker's warning, with or without a condition
            modality = Modality.FUTURE
        ultimatum = alternative_warning(trig)
        if ultimatum:
            # "Iran must release the sailors or face serious consequences", "called on Russia to
            # withdraw or face severe costs": the alternative a demand offers is announced, a warning
            modality = Modality.FUTURE
        if modality == Modality.NORMATIVE and p.needs_neg and status.negated and ability_modal(trig.clause):
            # "Iraq cannot accept ...", "the violations can no longer be tolerated": a refusal
            # said now, not what should be
            modality = None
        if modality == Modality.NORMATIVE:
            return None
        if modality == Modality.FUTURE and not status.pledged and talk_topic(trig, status.discussed):
            return None     # "The leaders will discuss ways to deepen cooperation": the future is the talks',
                            # the act only their topic (GUIDE.md: "discussed X" gives CONSULT only)
        if modality in ANNOUNCED and state_participle(trig.token):
            return None     # "will keep working to bring home every American wrongfully detained abroad": a state, not announced
        if modality == Modality.FUTURE and p.said and not status.pledged:
            return None     # "will also thank Prime Minister Meloni for her leadership": not yet said
        if modality in ANNOUNCED and status.conditioned() and plover_type(code) not in never_threat:
            code = rule_codes("ultimatum")[0]       # "will withdraw its force unless ...": a threat
        elif modality in ANNOUNCED:
            if p.future:
                code = p.future
            elif modality == Modality.CONDITIONAL and plover_type(code) != "THREATEN" \
                    and not (p.intent and plover_type(code) == "AGREE") and not p.needs_neg:
                return None            # "would be ready to host" is still an intent
        elif p.only_future:
            return None
        elif p.needs_neg and plover_type(code) == "THREATEN" and told_past(trig.clause):
            return None     # "has not hesitated to respond forcefully", "never hesitated to defend": a
                            # record of conduct; a warning by litotes announces ("will not hesitate")
        described = status.described and not (_decided_act(p.cameo) and status.decided) \
            and not (status.pledged_content and plover_type(code) == "THREATEN") and not prospect
        # "reaffirmed their commitment to continue imposing costs on Russia": a warning pledged is
        # made (FRESH23 AC6); what else a pledge holds stays the pledge's own AGREE
        # "the actions of the United States have seriously upset the balance", "has consistently shown
        # disregard for": a charge in the speaker's own voice told in the present perfect is made now,
        # whatever past the wrong spans or the paragraph is dated in
        charged_now = p.voice == Voice.AUTHOR and plover_type(code) == "ACCUSE" and present_perfect(trig.clause)
        if p.voice == Voice.AUTHOR and plover_type(code) == "ACCUSE" and trig.clause.dep_ in ("xcomp", "ccomp") \
                and trig.clause.head.lemma_.lower() in PERMIT_VERBS:
            return None     # "must not allow Israel to exploit the tension": a wrong only let or not, no charge told
        if (status.history and not charged_now) or (status.requested and not ultimatum) or described \
                or supposed(trig.clause):
            return None
        if attacks_in_general(trig) or (plover_type(code) == "ASSAULT"
                                         and campaign_under_way(trig.token, trig.clause, ATTACK_TIMES)):
            return None
        if plover_type(code) in types_with("needs_target") and bare_participle(trig.token):
            return None     # "Americans detained in Afghanistan, Syria and China": a state told by a participle
        if plover_type(code) == "REQUEST" and any(relayed(c) for c in trig.token.children):
            return None     # "asked X to convey his best wishes to Y": a message sent through X, no request
        if plover_type(code) == "AID" and modality is None and p.future and plover_type(p.future) == "AGREE" \
                and sum_announced(trig.token):
            return p.future     # "is providing another $1 billion in security assistance": a package announced
        if modality is None and (running_total(trig.token) if plover_type(code) == "AID" else (
                trig.token.i != trig.clause.i and trig.clause.lemma_.lower() in TOTAL_AID_VERBS
                and running_total(trig.clause))):
            return None     # "has contributed $74.6 billion to Ukraine", "has provided $107 million in
                            # support of X": a running total, no aid or support in the window
        if p.intent and plover_type(code) == "AGREE" and guarantee(an, trig.token):
            return rule_codes("guarantee")[0]   # "reaffirmed the U.S. commitment to defend Japan": backing
        if duty_adjective(trig.token):
            return duty_code(trig.token, code)  # "shall be subject to an additional duty": enacted here
        return code

    def _events(self, an: Analysis, trig: Trigger, sent: Span, index: int, code: str,
                hostile: Token | None = None) -> list[Event]:
        """One event per source and target of a coded trigger; `hostile`, the hostile act an
        intent is to do, whose target is no partner."""
        p = trig.pattern
        ctx = trig.token.doc._.context
        voiced = p.voice == Voice.AUTHOR
        if voiced and p.unvoiced and ctx is not None and ctx.domestic:
            # "the militia violated the ceasefire" in a news sentence: PLOVER codes the violator's
            # defiance (CAMEO 128), where a government's statement of it is its own charge (GUIDE.md)
            code, voiced = p.unvoiced, False
        if voiced:
            # "Russia alone is responsible for ...": the statement's author accuses the subject.
            # "if the regime reacts militarily, it will face crushing attacks": whom the condition names
            cond = answered_parties(an, trig, judgement_author(an, trig.clause)) if plover_type(p.cameo) == "THREATEN" else []
            if not cond and plover_type(p.cameo) == "THREATEN" and alternative_warning(trig) and asks_unnamed(an, or_else(trig.clause)):
                # "We call on third countries to cease providing material support to Russia's war, or
                # face severe costs": the alternative to a demand on no one named warns no one named
                cond = [None]
            if not cond and (trig.clause.lemma_.lower() in SEQUEL_VERBS or p.on_condition):
                return []   # "further steps will follow in the coming weeks": no condition on an actor, no warning
            if p.kind == Kind.NOUN and trig.token.lemma_.lower() in ATTACK_NOUNS and (
                    not cond or an.actors_in(own_phrase(trig.token))):
                return []   # "Ukraine will face more Russian attacks this winter": a forecast, no threat
            # (the warnings of the same nouns, "would have consequences", are no cause told)
            cause = p.kind == Kind.NOUN and trig.token.lemma_.lower() in CAUSE_NOUNS and plover_type(p.cameo) == "ACCUSE"
            failure = trig.token.lemma_.lower() in FAILURE_WORDS and bool(p.subj or p.prep)
            # "in view of the unfriendly actions of the United States": a conduct its own adjective
            # judges wrongful, named anywhere, is the speaker's charge against its owner
            conduct = p.kind == Kind.NOUN and "*" in p.light and plover_type(p.cameo) == "ACCUSE" \
                and trig.token.lemma_.lower() in JUDGED_CONDUCT
            if conduct:
                targets = conduct_owners(an, trig.token)
            elif cause:
                # "the crisis is the direct result of NATO's aggressive policy": the cause's owner
                targets = blamed_cause(an, trig.token)
            elif failure:
                # "the policy of sanctions pursued by the United States has failed": the course's owner
                targets = failed_course(an, trig.token)
            elif duty_adjective(trig.token):
                # "steel articles that are the product of Canada shall no longer be subject to the
                # duty": the issuer's measure on where the goods come from, else on no one named
                targets = goods_origins(an, trig.token) or [None]
            else:
                targets = cond or _blame_bearers(an, trig) or judged(an, trig.clause) or agent_of_charge(an, trig)
                if not targets and plover_type(code) == "THREATEN":
                    # "such a course would lead to a breakdown of relations between our countries": the other party,
                    # "would result in a protracted crisis for Russia": whom the harm is for
                    targets = harmed_parties(an, trig)
                if not targets and plover_type(code) == "THREATEN" and culprits_warned(trig.clause):
                    # "whoever plays with fire will get burnt", "Those who insist on going down the wrong
                    # path will pay the price": a warning to culprits it does not name is aimed at the
                    # actor a statement is about, at no one in a readout (Placeholder.OTHER)
                    targets = [Placeholder.OTHER]
            if targets and plover_type(code) == "ACCUSE":
                # "continues to kill innocent people with the support of the United States": the backer too
                targets = list(dict.fromkeys([*targets, *accomplices(an, trig.token)]))
            elif not targets and plover_type(code) == "ACCUSE" and unnamed_outsiders(trig.clause):
                targets = [None]    # "destructive external interference violates ...": outsiders unnamed (K2)
            elif not targets and plover_type(code) == "REJECT" and plover_type(p.cameo) != "REJECT" \
                    and not _suffered_subject(trig.clause):
                targets = [None]    # "the use of force against Iran would be unacceptable": an act refused
                                    # before it is done, no doer named (GUIDE.md: REJECT, target null)
            elif not targets and plover_type(code) == "SUPPORT" and p.kind == Kind.NOUN \
                    and trig.clause.dep_ == "ccomp" and trig.clause.head.pos_ == "VERB":
                # "said the conclusion of the talks was a milestone": an outcome praised (GUIDE.md), in
                # someone's reported words (a statement's own "this is a milestone for workers" is home news)
                targets = [None]
            referred = None if targets or cause or failure or conduct else referred_subject(an, trig.clause)
            sources = judgement_author(an, trig.clause) if targets or referred is not None else ()
            if cause and targets and trig.token.lemma_.lower() in GROUNDS_NOUNS:
                # "Russia banned entry to 63 Japanese in response to the hostile actions of Japan": the
                # blame is the responder's, where the clause names one; else the text's own voice
                sources = tuple(c for c in an.sources(trig.clause) if is_code(c)) or sources
            if referred is not None and sources:
                # "Such provocative moves will not go unanswered": whoever made the moves named before
                doer = referred_doer(an, referred, sources) or next(iter(told_to(an, trig.clause)), None)
                targets = [doer] if doer else []
            elif not targets and p.kind == Kind.NOUN and pointing_subject(trig.clause) \
                    and trig.token.lemma_.lower() in ANSWERED_ACTS:
                # "Azerbaijani forces shelled ... This is an act of aggression": the doer of the
                # wrongful act told just before, where one is named (not merely the last actor)
                sources = judgement_author(an, trig.clause)
                doer = earlier_doer(an, trig.token, sources)
                targets = [doer] if doer else []
            elif not targets and plover_type(code) == "THREATEN" and answers_act(trig.clause):
                # "not a single hostile move against Russia will be left without a tough response",
                # "any attack on our territory will not go unanswered": a warning to whom it is told
                # ("It is high time Washington learned that ..."), else to no one named (GUIDE.md)
                sources = judgement_author(an, trig.clause)
                targets = list(told_to(an, trig.clause)) or subject_doers(an, trig.clause) or [None]
            targets = [t for t in targets if t not in sources]
        else:
            sources = sources_for(an, trig) or reported_warning(an, trig, code) or scene_sources(an, trig, sent)
            if not sources and plover_type(code) == "CONSULT":
                sources = sequel_sides(an, trig.token)    # "A and B agreed ... following talks held in Doha"
            if sources and plover_type(code) in DECIDED_TYPES:
                # "have been made subject to asset freezes by the UK, acting alongside Australia
                # and Canada": the companions take the measure too (a joint act codes once per source)
                sources = tuple(dict.fromkeys([*sources, *measure_companions(an, trig)]))
            if plover_type(code) == "ACCUSE" and fights_only(an, trig, sources):
                return []   # "concerned at hostilities between Israel and Iran": neither side accused (TUNE2 33)
            targets = find_targets(an, trig, sources) if sources else []
            sources = shared_we(an, trig, sources) if targets == [Placeholder.COUNTERPART] else sources
            given = received_from(an, trig)
            if given is not None:
                sources, targets = given     # "Putin received congratulations from Tokayev": Tokayev's
            if plover_type(code) == "THREATEN" and targets:
                parties = answered_parties(an, trig, sources)
                if parties and (set(targets) & set(parties) or not any(is_code(t) for t in targets)):
                    targets = parties   # "should Canada, Mexico or China respond, the President may increase ...": each
            if self.roles is not None or self.trace is not None:
                sources, targets = self._roles(an, trig, sent, code, sources, targets)
        if not sources or (not voiced and not (ctx is not None and ctx.domestic)
                           and populace_act(an, trig, sources, targets)):
            return []
        info = cameo(code)
        concrete = [x for x in sources if is_code(x)]
        joint = len(concrete) >= 2 or Placeholder.PARTICIPANTS in sources     # several sides act together
        if not joint and lone_bond_praise(trig.token, trig.pattern.obj):
            return []   # "we celebrate the deep bonds the United States shares with Italy": one side's ceremony
        if info.plover == "SUPPORT" and described_bond(trig.token):
            return []   # "the two leaders reaffirmed the strength of the partnership": a description (RECONCILE24 R2)
        if joint and agreed_warning(trig, hostile):
            return []   # "they agreed that if Russia invades, it will face costs": the warning only
        if hostile is not None and info.plover in types_on_side("cooperation"):
            # "decided to declare the diplomat persona non grata": the expulsion is coded on its
            # own; deciding it is no promise to the one expelled
            aimed = {m.code for _, m in an.actors_in(list(hostile.subtree))}
            # nor, for one side alone, to the other side in general ("has decided to take
            # countermeasures against X"); leaders who agree on it still promise each other
            targets = [t for t in targets if t not in aimed and not (not joint and t in (Placeholder.COUNTERPART, Placeholder.HEARER))]
            if not p.intent and all(t in (None, Placeholder.NO_ONE, Placeholder.HEARER) for t in targets):
                return []   # "will work with partners to hold X to account", "support for imposing costs": the measure only
            if not targets and joint:
                targets = [None]    # "the leaders agreed to impose costs on Russia": still each other
        if code != p.cameo and plover_type(code) == "THREATEN" and plover_type(p.cameo) in types_with("needs_target") \
                and not (ctx is not None and ctx.domestic) and _thing_object(an, trig.token):
            # "will ban assault weapons", "seizing fentanyl before it reaches our communities": an
            # announced measure on things, aimed at no one, is no warning, as the measure done is no
            # event (needs_target, outside --domestic); "will bring the perpetrators to justice" still warns
            targets = [t for t in targets if t not in (None, Placeholder.NO_ONE, Placeholder.HEARER)]
        if info.plover is None or not targets:
            return []
        joint_types = types_with("joint")
        if joint and info.plover not in joint_types and set(targets) <= {Placeholder.OTHER, Placeholder.PARTICIPANTS}:
            targets = [None]    # "the two leaders condemned the strikes": not each other
        # "exchanged congratulations", "congratulated each other": each to the other, as a joint act
        mutual = targets == [Placeholder.COUNTERPART] and joint and reciprocal(trig.token)
        if sources == (Placeholder.PARTICIPANTS,) and targets == [Placeholder.COUNTERPART] \
                and (info.code in rule_codes("joint_act") or mutual):
            targets = [Placeholder.PARTICIPANTS]    # "the two heads of state signed a joint statement": each other
        if len(concrete) >= 2 and info.code in rule_codes("joint_act") and targets in ([None], [Placeholder.NO_ONE]):
            # "The UK and Syria have today restored diplomatic relations", "A and B signed the
            # agreement": a joint act of named sides, each toward the others (GUIDE.md: signing is
            # SUPPORT by each signer toward the other)
            targets = [Placeholder.COUNTERPART]
        if len(concrete) >= 2 and targets == [Placeholder.COUNTERPART] and info.plover != "CONSULT":
            # "A and B agreed to accompany the two delegations": each toward the sides, not each other;
            # "A, B and C have all pledged their support": each one's own, toward no one named
            aimed = sides_addressed(an, trig.token, concrete)
            targets = aimed or ([None] if parallel_act(trig.token) else targets)
        if len(concrete) >= 2 and targets == [Placeholder.COUNTERPART]:
            # "The Vice President and the President reaffirmed the partnership between the United
            # States and Ghana": praise of the bond they share backs each other, as the participants' does
            bond = info.plover == "SUPPORT" and praises_bond(trig.token)
            if info.plover not in joint_types and info.code not in rule_codes("joint_act") and not mutual and not bond:
                return []       # "Putin and Trump expressed concern": aimed at no one named
            targets = list(concrete)
        # visits to places in turn, or separate meetings, are no meeting of the partners together
        tour = info.code in rule_codes("separate_visit") or (info.plover == "CONSULT" and separate_meetings(trig))
        n_parties = 2 if tour else parties_met(sources, targets)
        mode = consult_mode(trig, sent, n_parties, code, an)
        start, end = evidence_span(an, trig, sent)
        events = []
        # talks a third party hosted or convened between two sides: the sides meet third-party;
        # one merely hosting them met neither (eval/styles FRESH.md decision 32)
        host = hosted_between(trig) if info.plover == "CONSULT" and not tour else None
        hosted = "third-party" if host is not None and len(targets) == 2 else None
        if host is not None and host.lemma_.lower() in HOST_VERBS and len(hosted_sides(an, host) - set(sources)) >= 2:
            sources = ()
        for s in sources:
            for t in targets:
                if s == t and len(concrete) >= 2:
                    continue
                if info.plover == "ASSAULT" and recalled_act(s, t, trig.token, trig.clause):
                    continue    # "condemned Hamas' attack on Israel" a week on: that attack, history
                events.append(Event(s, info.plover, t, mode, info.code, info.goldstein, index,
                                    start, end, trig.token.i))
        if info.plover in types_with("symmetric") and not tour:
            # several partners met together meet each other; so do several who met them together
            # ("Blinken and Lammy held talks with Zelensky": USA-GBR too; GUIDE.md, one per pair)
            together = [targets] + ([concrete] if any(is_code(t) for t in targets) and not met_apart(trig) else [])
            for n, group in enumerate(together):
                for a in range(len(group)):
                    for b in range(a + 1, len(group)):
                        if group[a] != group[b]:
                            events.append(Event(group[a], info.plover, group[b], (n == 0 and hosted) or mode,
                                                info.code, info.goldstein, index, start, end, trig.token.i))
            if host is None and not tour:
                events = self._mediated(an, trig, events, mode, info, index, start, end)
        return events

    @staticmethod
    def _mediated(an: Analysis, trig: Trigger, events: list[Event], mode, info, index, start, end) -> list[Event]:
        """Talks held with go-betweens ("under the mediation of Qatar and Türkiye", "in talks facilitated
        by the Prime Minister of X"): every pair of those present meets once; the sides meet each other
        `third-party`, each go-between meets each side and the other go-betweens `multilateral`, or by
        the medium where one is named (eval/styles README decision 12, FRESH.md decision 32)."""
        brokers = mediators(an, trig)
        if not brokers:
            return events
        sides = list(dict.fromkeys(x for e in events for x in (e.source, e.target) if x is not None and x not in brokers))
        if len(sides) < 2:
            return events
        remote = mode if mode in REMOTE_MODES else None
        # sides and go-betweens are each told once and apart: every pair is new
        return [Event(x, info.plover, y, remote or ("third-party" if x in sides and y in sides else "multilateral"),
                      info.code, info.goldstein, index, start, end, trig.token.i)
                for x, y in combinations(sides + brokers, 2)]


def _thing_object(an: Analysis, verb: Token) -> bool:
    """The verb's direct objects are all things: common nouns that name no actor, person or body
    ("ban assault weapons", "capture the benefits"); not "them", "the perpetrators", "Hamas"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [j for o in objects for j in o.conjuncts]
    return bool(objects) and all(
        o.pos_ == "NOUN" and o.ent_type_.lower() not in PERSON_ENTITIES and an.tok_mention.get(o.i) is None
        and o.lemma_.lower() not in PERSON_NOUNS and o.lower_ not in PERSON_NOUNS for o in objects)


def _blame_bearers(an: Analysis, trig: Trigger) -> list:
    """Whom blame told as its own subject is located with ("responsibility for the escalation lies
    with Washington", "the blame rests squarely on Kiev"): the actors the pattern's preposition
    names, not those in the subject ("responsibility for Russia's security"), each item of a list."""
    p = trig.pattern
    if p.kind != Kind.VERB or not p.subj or not p.prep:
        return []
    phrase = [t for c in trig.token.children if c.dep_ == "prep" and c.lower_ in p.prep for t in c.subtree]
    return list(dict.fromkeys(m.code for _, m in an.actors_in(phrase) if is_code(m.code)))
