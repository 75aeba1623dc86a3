"""What a clause says of its act: done, negated, only intended or announced, asked of someone,
background history, what a noun describes, or only discussed (docs/coder.md, "What is not coded").

One ClauseStatus per trigger (events.py) or polarity word (stances.py); each part is worked out
when first asked, so a trigger dropped for its negation costs no history walk.
"""
from __future__ import annotations

from enum import Enum, auto
from functools import cached_property
from typing import TYPE_CHECKING

from spacy.tokens import Token

from readout.coder.grammar import clause_of, condition_clauses, decided_noun, head_of, is_negated, remembered, to_infinitive, word_forms
from readout.coder.decisions import decision_taken, notified_intent, taken_decision
from readout.coder.history import (time_clause_date, head_time_date, noun_date, FUTURE_AUX, HISTORY_DAYS, clause_date, in_dated_paragraph, record_story, story_date, told_now, told_past)
from readout.coder.clause_history import clause_history
from readout.lexicons import word_class

if TYPE_CHECKING:
    from readout.coder.sources import Analysis

__all__ = ["Modality", "ClauseStatus", "negated"]

INTENT_WORDS = word_class("intent_word")
ANTICIPATION = word_class("anticipation_word")      # "looks forward to meeting"
REPORTING = word_class("reporting_verb")
REQUEST_LEMMAS = word_class("request_verb")
ADDRESSEE_PREPS = word_class("request_addressee_prep")     # "Ireland's call on Hamas to release ..."
RELAY_VERBS = word_class("relay_verb")
HOPE_WORDS = word_class("hope_word")
MESSAGE_TAKING_VERBS = word_class("message_taking_verb")     # "asked him to accept my condolences"
MESSAGE_HEARING_VERBS = word_class("message_hearing_verb")   # "I want the people of Libya to know that ..."
COURTESY_NOUNS = word_class("sent_message_noun") | word_class("courtesy_noun")
PROPOSAL_VERBS = word_class("proposal_verb")     # "proposed that A and B refrain from strikes"
STEP_NOUNS = word_class("step_noun")              # "measures to isolate Russia" (events.py)
# Verbs whose "of"/"for" clause gives the grounds for judging someone else ("accused X of ...",
# "thanked X for ..."): that clause is not the subject's own act.
GROUNDS_VERBS = word_class("grounds_verb")
# "discussed", "exchanged views on" give no stance (GUIDE.md) unless a stated intent sits between.
DISCUSS = word_class("discuss_word")
REVIEW_WORDS = word_class("review_word")    # stances only: "reviewed cooperation in energy" is no stance
OWN_EFFORTS = word_class("own_effort_noun")  # "their efforts to ...": what the parties do is their position
INTENT_NOUNS = word_class("intent_noun")
PLEDGE_NOUNS = word_class("pledge_noun")    # "their commitment to continue imposing costs"
SHARED_WORDS = word_class("shared_word")
SHARED_PROBLEMS = word_class("shared_problem_noun")   # "shared challenges": a topic, not a shared position
NORMATIVE_MODALS = word_class("normative_modal")
NEED_VERBS = word_class("need_verb")              # "we need to act": as "should"
FAILURE_VERBS = word_class("failure_verb")        # "failed to reach agreement": no agreement
MEANING_VERBS = word_class("meaning_verb")         # "This does not mean the United States will ..."
POLITE_VERBS = word_class("polite_verb")          # "would like to thank" is a polite present
PERFORMATIVE_VERBS = word_class("performative_verb")    # "we would urge X to refrain": a request made now
FIRST_PERSON = word_class("first_person")
ONGOING_VERBS = word_class("ongoing_verb")
EFFORT_WORDS = word_class("effort_word")          # "are working with partners to hold X accountable"
BACKING_WORDS = word_class("backing_word")        # "their support for imposing further costs on Russia"
GROUNDS_PREPS = word_class("grounds_prep")
RECALL_VERBS = word_class("recall_verb")         # "recalling the US withdrawal from the treaty"
NOTICE_VERBS = word_class("notice_verb")       # "notified X of its withdrawal": the news given
PERFORMATIVE = word_class("performative_adverb")    # "is hereby suspended": no modal above it reaches it
ANNIVERSARY_NOUNS = word_class("anniversary_noun")     # "the anniversary of the October 7 attacks": a year back or more
ULTIMATUM_MARKS = word_class("ultimatum_mark")
CONDITION_MARKS = word_class("condition_mark")    # "would respond if ...": a true conditional
IMMEDIATE_WORDS = word_class("immediate_word")
WEEKDAYS = word_class("weekday")
# "beginning 45 days after the date of this order", "effective March 4", "starting October 1": a
# decided measure's start date
ONSET_WORDS = word_class("onset_word")
TERM_NOUNS = word_class("measure_term_noun")    # "for a month", "from noon on Friday"
TERM_PREPS = word_class("measure_term_prep")
FORMAL_ADVERBS = word_class("formal_act_adverb")    # "will formally close", "will officially terminate"
ONSET_AS = word_class("onset_as_prep")      # "will sever relations as of today": "as of" opens a start date as "effective" does
ANNOUNCE_VERBS = word_class("announce_verb")    # "announced that it will ban ...": a decided measure made known
NEXT_DAY = word_class("next_day_word")          # "Tomorrow, the United States will suspend ...": set for a day
DATE_WORDS = word_class("month") | WEEKDAYS | word_class("date_noun")
DONE_MARKS = word_class("done_clause_mark")        # "..., as the two leaders held bilateral talks"
ONGOING_MODIFIERS = word_class("ongoing_modifier")    # "ongoing Houthi attacks": a campaign under way
TIME_MARKS = word_class("time_mark")              # "While I was in Tokyo in September, we discussed ..."


class Modality(Enum):
    """How a clause holds its act: as what should be, what will or would be."""

    NORMATIVE = auto()      # "should", "must": no act
    FUTURE = auto()         # announced or intended: "will meet", "is willing to"
    CONDITIONAL = auto()    # "would respond"


def negated(tok: Token, clause: Token) -> bool:
    """True when the act is negated: "did not agree to meet", "failed to reach agreement"."""
    chain = [tok, clause]
    if clause.dep_ == "xcomp" and clause.head.lemma_.lower() in FAILURE_VERBS:
        return True         # "failed to reach agreement": no agreement
    if clause.dep_ == "pcomp" and clause.head.head.lemma_.lower() in FAILURE_VERBS:
        return True         # "refrain from providing support": none provided
    t = clause
    while t.dep_ == "xcomp" and t.head.i != t.i:
        t = t.head          # "did not agree to meet"; a negation does not cross "and"
        chain.append(t)
    if t.dep_ == "ccomp" and t.head.lemma_.lower() in MEANING_VERBS and is_negated(t.head):
        return True         # "That doesn't mean we're dismissing ...": what is not meant is not asserted
    # "can no longer be tolerated": the negation hangs on the adverb of the verb
    return any(is_negated(x) or any(c.dep_ == "advmod" and is_negated(c) for c in x.children) for x in chain)


def _request_noun(head: Token) -> bool:
    """A request told as a noun with its addressee ("his call on Russia", "the appeal to Israel"),
    the noun itself or the object of the verb a to-clause hangs on; not "made a call to congratulate"
    (a phone call, no addressee asked)."""
    nouns = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    return any(n.lemma_.lower() in REQUEST_LEMMAS and any(c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPS
                                                           for c in n.children) for n in nouns)


def _effort(head: Token) -> bool:
    """An effort still being made, whose to-clause is its aim: "efforts to", "are working with
    partners to", "will work to"; not a past one ("worked with allies to impose sanctions")."""
    if not word_forms(head) & EFFORT_WORDS:
        return False
    if head.tag_ == "VBG":
        # "are working to ...", "will continue working to ...", not a participle of a past deed
        # ("he fought for justice, working tirelessly to ban discrimination")
        return head.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)
    return head.pos_ == "NOUN" or head.tag_ in ("VBP", "VBZ", "VB")


def _own_past(clause: Token) -> bool:
    """An adverbial clause in the past tense with a subject of its own ("as the two leaders held
    bilateral talks", "when the ministers met"): an act told as done in its own right, not part of
    what the clause it hangs on intends, hopes or asks."""
    return clause.tag_ == "VBD" and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
        and any(c.dep_ == "mark" and c.lower_ in DONE_MARKS for c in clause.children)


def _hoped(clause: Token) -> bool:
    """A clause with its own subject that someone hopes for ("China hopes that all parties will
    stay calm", "conveyed hope that X would visit")."""
    if clause.dep_ not in ("ccomp", "acl") or clause.head.i == clause.i:
        return False
    wishing = bool(word_forms(clause.head) & HOPE_WORDS) or (
        clause.dep_ == "ccomp" and clause.head.lemma_.lower() in PROPOSAL_VERBS)   # "proposed that X hold talks"
    return wishing and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _performative(verb: Token) -> bool:
    """ "We would urge X to refrain from ...", "I would call on both sides to ...": a verb of asking or
    thanking whose subject is the speaker, softened by "would", is said as it is written (a polite
    present, as "would like to"); "he would urge Xi to ..." stays what he would do."""
    return verb.lemma_.lower() in PERFORMATIVE_VERBS and any(
        c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children) and not any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in verb.children)     # "if they free the prisoners, we would thank them" stays a condition


def _backshifted(verb: Token) -> bool:
    """ "The leaders confirmed that they would maintain close communication": a "would" in a clause
    reported in the past tense, with no condition on it or on its reporting ("If steps are taken, the
    delegation noted that the US would then respond"), is the reported "will"."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.i != verb.i and head.lemma_.lower() in REPORTING and head.tag_ == "VBD" \
        and not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
                    for h in (verb, head) for c in h.children)


class ClauseStatus:
    """The status of the act a token names in its clause; `an` and `year` serve `described` and
    `history`."""

    def __init__(self, token: Token, clause: Token, an: Analysis | None = None, year: int | None = None,
                 deed: bool = False):
        self.token, self.clause, self.an, self.year = token, clause, an, year
        self.deed = deed            # the act is a material deed (plover_types.tsv): a dated noun of it is done
        self.ongoing = False        # set by modality: the act is one someone continues
        self.kept_up = False        # set by modality: ... told by a gerund ("will continue holding"), not a to-clause
        self.pledged = False        # set by modality: a word of intent governs it ("agreed to continue to")
        self.effort_aim = False     # set by modality: the aim of an effort still being made, or what is backed (events.py)
        self.pledged_content = False   # set by modality: what a noun of pledging holds ("their commitment to continue imposing costs")

    @cached_property
    def negated(self) -> bool:
        """The act is negated ("did not agree", "failed to reach agreement")."""
        return negated(self.token, self.clause)

    @cached_property
    def modality(self) -> Modality | None:
        """NORMATIVE for should/must, FUTURE for announced or intended acts, CONDITIONAL for would,
        else None; a normative modal anywhere up the chain wins."""
        found = None
        t = self.clause
        if any(c.dep_ == "advmod" and c.lower_ in PERFORMATIVE for c in t.children):
            return None     # "would be detrimental ..., and their entry is hereby suspended": done in the saying
        for _ in range(6):
            for c in t.children:
                low = c.lower_
                if c.dep_ not in ("aux", "auxpass"):
                    continue
                if low in NORMATIVE_MODALS:
                    return Modality.NORMATIVE
                if low in FUTURE_AUX or c.lemma_ == "will":
                    found = found or Modality.FUTURE
                elif low == "would" and _backshifted(t):
                    found = found or Modality.FUTURE    # "confirmed that they would maintain contact": reported "will"
                elif low == "would" and _performative(t):
                    pass        # "We would urge USCIRF to refrain from ...": the speaker asks now
                elif low == "would" and t.lemma_.lower() not in POLITE_VERBS:
                    found = found or Modality.CONDITIONAL      # "would like to thank" is a polite present
                elif low == "to" and t.head.lemma_.lower() == "go":
                    found = found or Modality.FUTURE
            head = head_of(t)
            if head.i == t.i:
                break
            if t.dep_ == "xcomp" and head.lemma_.lower() in NEED_VERBS and head.pos_ == "VERB":
                return Modality.NORMATIVE   # "We need to ... ban assault weapons": what should be
            if t.dep_ == "xcomp" and head.lemma_.lower() in ONGOING_VERBS:
                # "continues to hold ... accountable": under way; as announced as the continuing is
                # ("will continue to work closely with", "is willing to keep pushing forward"); a
                # continuing in an infinitive is no act under way ("will advance ... actions to
                # continue imposing costs on Russia": announced, a warning). A gerund tells the
                # activity kept up ("will continue holding officials accountable": the sanction
                # under way, the dev gold's reading); an infinitive the course announced ("will
                # continue to hold Iran to account": a warning, as five style sets' gold codes it)
                self.ongoing = not to_infinitive(head)
                self.kept_up = t.tag_ == "VBG"
                t = head
                continue
            noun = head.head if t.dep_ == "pcomp" and head.dep_ == "prep" else head if t.dep_ == "acl" and to_infinitive(t) else None
            if noun is not None and noun.lemma_.lower() in PLEDGE_NOUNS and noun.tag_ != "NNS" \
                    and noun.head.lemma_.lower() not in DISCUSS:
                # "reaffirmed their commitment to continue imposing costs on Russia": pledged, announced;
                # not obligations held ("whether the Taliban was living up to its commitments to cut
                # ties"), nor a commitment only discussed (GUIDE.md: "discussed X" gives CONSULT only)
                found = found or Modality.FUTURE
                self.pledged_content = True
            if t.dep_ == "advcl" and _own_past(t):
                break       # "agreed to handle their differences ..., as the two leaders held talks": told as done
            if t.dep_ in ("advcl", "acl") and to_infinitive(t) and _effort(head):
                self.effort_aim = True      # "we are working with partners to hold X accountable"
            if t.dep_ in ("xcomp", "acl", "advcl", "ccomp"):
                if t.dep_ != "ccomp" and (word_forms(head) & INTENT_WORDS or (
                        head.lemma_.lower() == "be" and any(c.lower_ in INTENT_WORDS for c in head.children))):
                    found = found or Modality.FUTURE
                    self.pledged = True
                if t.dep_ == "ccomp":
                    break
                t = clause_of(head) if head.dep_ in ("acomp", "amod", "attr", "dobj") else head
                if t.lemma_.lower() in INTENT_WORDS:
                    found = found or Modality.FUTURE
                continue
            if t.dep_ == "conj" and t.lemma_.lower() in REPORTING and any(c.dep_ == "nsubj" for c in t.children):
                break       # "Russia could create a hub, Putin told Erdogan at their talks": his saying is told as done
            if t.dep_ == "conj":
                if to_infinitive(t) and not to_infinitive(head) and word_forms(head) & INTENT_WORDS:
                    # "committed to continue providing aid, and to hold Russia accountable": the
                    # parser joins the second to-clause to the word of intent, not to the first
                    found = found or Modality.FUTURE
                    self.pledged = True
                t = head
                continue
            if t.dep_ == "pcomp" and head.dep_ == "prep" and clause_of(head.head).lemma_.lower() in INTENT_WORDS \
                    and any(w.lower_ in ANTICIPATION for w in (head.head, *head.head.children)):
                # "looks forward to meeting X": a meeting still to come
                found = found or Modality.FUTURE
                break
            if t.dep_ == "pcomp" and head.pos_ == "ADP" and head.head.i != head.i:
                # "commit to improving defenses by sharing threat information": intended too
                gov = head.head
                if word_forms(gov) & INTENT_WORDS:
                    found = found or Modality.FUTURE
                if head.lower_ == "for" and (gov.pos_ == "NOUN" and word_forms(gov) & BACKING_WORDS or any(
                        c.dep_ == "dobj" and word_forms(c) & BACKING_WORDS for c in gov.children)):
                    # "their support for imposing further costs on Russia" (the parser may hang the
                    # "for" on the verb whose object the support is)
                    self.effort_aim = True
                t = gov if gov.pos_ in ("VERB", "AUX") else clause_of(gov)
                continue
            break
        return found

    @cached_property
    def decided(self) -> bool:
        """The act is what a decision reported as taken decides: "has decided to expel", and each
        infinitive joined to it ("has decided to take sanctions against X and to suspend exchanges")."""
        clause = self.clause
        while clause.dep_ == "conj" and clause.head.i != clause.i and to_infinitive(clause) and to_infinitive(clause.head):
            clause = clause.head
        noun = decided_noun(clause)
        return clause.dep_ == "xcomp" and taken_decision(clause.head) or (
            noun is not None and decision_taken(noun, self.an)) or notified_intent(clause)

    @cached_property
    def immediate(self) -> bool:
        """The announced act takes effect now: "will be closed with immediate effect", "is
        suspended, effective immediately"."""
        for c in self.clause.children:
            if c.lower_ in IMMEDIATE_WORDS:
                return True     # "effective immediately", "immediately"
            if c.dep_ == "advmod" and c.lower_ in FORMAL_ADVERBS:
                return True     # "will also formally close its Embassy in Pyongyang": a step taken by form, no warning
            if c.dep_ in ("prep", "advmod", "acomp", "advcl", "amod") and any(
                    g.lower_ in IMMEDIATE_WORDS for g in c.subtree):
                return True     # "with immediate effect", "effective immediately"
        if self.clause.pos_ == "VERB" and any(c.dep_ in ("aux", "auxpass") and (c.lower_ in FUTURE_AUX or c.lemma_ == "will")
                                             for c in self.clause.children) and any(
                c.dep_ == "prep" and c.lower_ in TERM_PREPS and any(
                g.dep_ == "pobj" and g.lemma_.lower() in TERM_NOUNS and (c.lower_ == "from" or any(
                    n.like_num or n.dep_ == "det" for n in g.children)) for g in c.children) for c in self.clause.children):
            # "will close its border with Belarus for a month", "will close the crossing from noon on
            # Friday", "shall be levied for a period of five years": a measure with its term or start
            # hour is scheduled, taken (FRESH73, FRESH75 gold: SANCTION), not a warning; one only planned
            # ("plans to impose restrictions ... for at least two years") stays a plan (PLOVER GSR)
            return True
        doc = self.clause.doc
        dated = {self.clause.i}
        if self.clause.dep_ == "xcomp" and self.clause.head.lemma_.lower() in INTENT_WORDS:
            dated.add(self.clause.head.i)   # "I intend to terminate X's designation, effective January 1": the date is the measure's
        for t in self.clause.sent:
            onset = t.lower_ in ONSET_WORDS or t.lower_ == "as" and t.i + 1 < t.sent.end and doc[t.i + 1].lower_ in ONSET_AS
            if onset and t.dep_ in ("prep", "advmod", "acomp", "advcl", "amod", "npadvmod") \
                    and clause_of(t.head if t.dep_ == "advcl" else t).i in dated and any(
                        g.like_num or g.lower_ in DATE_WORDS for g in doc[t.i + 1:min(t.i + 6, t.sent.end)]):
                # "shall be prohibited beginning 45 days after the date of this order", "Effective
                # March 4, ... will impose": a decided measure with its start date is taken (FRESH16
                # V5, FRESH24 AD5), as one "with immediate effect" is; "will sever diplomatic relations
                # with Taiwan as of today", "will close its embassy as of 1 August" too
                return True
        return False

    @cached_property
    def announced(self) -> bool:
        """The act is what its taker announced as decided ("the PRC announced that it would raise its
        tariffs", "the UK government announced that it will ban the purchase of ...") or set for the
        next day ("Tomorrow, the United States will suspend its obligations"): a measure so told is
        taken (eval/styles FRESH10.md P24: a decided package announced), not a warning; not one still
        to be announced ("will be announcing additional sanctions")."""
        clause = self.clause
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in ANNOUNCE_VERBS \
                and clause.head.tag_ in ("VBD", "VBN", "VBZ") and not any(
                    c.dep_ == "aux" and c.tag_ == "MD" for c in clause.head.children):
            return True
        return any(c.dep_ == "npadvmod" and c.lower_ in NEXT_DAY for c in clause.children)

    def conditioned(self, marks=ULTIMATUM_MARKS, inverted=False) -> bool:
        """True when the act hangs on a condition the other side must meet ("unless ..."); with
        `inverted`, also on one told by inversion ("should Canada respond with tariffs, the President
        may increase the duties", as "if Canada responds")."""
        if inverted:
            return bool(condition_clauses(self.clause, marks))
        return any(c.dep_ == "advcl" and any(g.lower_ in marks for g in c.children) for c in self.clause.children)

    @cached_property
    def requested(self) -> bool:
        """Inside what someone is asked to do: "called on Russia to withdraw its forces"."""
        t = self.clause
        if _hoped(t):
            return True         # "hoped that President Erdogan would visit": hoped for, not announced
        if relayed(t):
            return False        # "asked X to convey his best wishes to Y": the asker's message to Y
        if t.dep_ in ("acl", "advcl") and to_infinitive(t) and _request_noun(t.head):
            return True         # "repeated Ireland's call on Hamas to release all hostages": asked of Hamas
        for _ in range(6):
            prep = t.head
            while t.dep_ == "pcomp" and prep.dep_ == "conj" and prep.head.pos_ == "ADP":
                prep = prep.head    # "to join us in providing safe haven and in prohibiting arms sales"
            if t.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
                t = prep.head       # "invited partners to join us in holding Iran accountable"
                if t.lemma_.lower() in REQUEST_LEMMAS:
                    return True
            if t.dep_ not in ("xcomp", "ccomp", "advcl", "conj") or t.head.i == t.i:
                return False
            link, t = t.dep_, clause_of(t.head) if t.head.pos_ not in ("VERB", "AUX") else t.head
            if link != "conj" and t.lemma_.lower() in REQUEST_LEMMAS:
                return True
        return False

    def _remembered(self) -> bool:
        """The act is what an anniversary is of ("on the one-year anniversary of the Hamas October 7
        terrorist attacks", "marks the anniversary of Russia's invasion"): a month back or more, however
        its own date reads (the day and month of the story)."""
        t = self.token
        for _ in range(4):
            if t.dep_ not in ("pobj", "pcomp", "conj", "appos") or t.head.i == t.i:
                return False
            t = t.head
            if t.dep_ == "prep" and t.lower_ == "of" and t.head.lemma_.lower() in ANNIVERSARY_NOUNS:
                return True
        return False

    @cached_property
    def history(self) -> bool:
        """Background history: past perfect, 'since ...', 'over the past decade', or a year before
        the story's."""
        if self._remembered():
            return True
        # what the clause alone tells is the same for every trigger in it: remembered per doc
        return remembered(self.clause.doc, "readout.clause_history", (self.clause.i, self.year),
                          lambda: clause_history(self.clause, self.year)) \
            or self._noun_dated_before() or self._dated_before() or self._recalled_noun()

    def _recalled_noun(self) -> bool:
        """An act told as the noun a verb of recalling takes ("recalling the US withdrawal from the ABM
        Treaty"): known before the story."""
        tok = self.token
        while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head
        return self.token.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in RECALL_VERBS

    def _noun_dated_before(self) -> bool:
        """An act told as a noun that dates itself days before the story ("commitments made in
        conjunction with the Vice President's visit to Ghana in March 2023"): that visit is history,
        whatever the clause around it tells."""
        tok, story = self.token, story_date(self.clause.doc)
        if story is not None and tok.i == self.clause.i and tok.dep_ == "acl" and tok.head.pos_ == "NOUN" \
                and to_infinitive(tok):
            # "in response to the decision of May 17, 2024 to ban ...": the decision's date is its act's
            when = noun_date(tok.head, story, True)
            return when is not None and (story - when).days > HISTORY_DAYS
        if story is None or tok.i == self.clause.i or tok.pos_ not in ("NOUN", "PROPN"):
            return False
        when = noun_date(tok, story, self.deed)
        return when is not None and (story - when).days > HISTORY_DAYS

    def _dated_before(self) -> bool:
        """The clause, or the nearest clause above it that is dated, is dated days before the story:
        "In March, ...", "on January 31, 1968", "last month", "earlier this year"; a date on the
        verb that reports or frames the act dates it too ("Last week, Justice announced that Spain
        seized ..."). An undated past act in a paragraph whose first sentence is so dated is told
        in the same past ("In May, the United States chaired ... Ninety-four countries have
        endorsed ..."), and so is one in a record (history.record_story: "Since taking office, ...
        We upgraded our relationship with Vietnam"). Never an announced act ("In June, X will
        travel")."""
        story = story_date(self.clause.doc)
        if story is None:
            return False
        clause, told, chain = self.clause, [], []
        for _ in range(6):
            chain.append(clause)
            when = clause_date(clause, story) or head_time_date(clause, story)
            if when is None:
                # "While I was in Tokyo in September, Prime Minister Kishida and I discussed ...":
                # a clause of time dates the one it is on
                when = next((w for c in clause.children if c.dep_ == "advcl" and any(
                    m.dep_ in ("mark", "advmod") and m.lower_ in TIME_MARKS and m.i < c.i for m in c.children)
                    for w in [time_clause_date(c, story)] if w is not None), None)
            if when is not None:
                # an intent told in the past and dated is as old as its date ("On September 11, 2001
                # terrorists sought to attack ...": no threat of the story's days)
                return (story - when).days > HISTORY_DAYS and (self.modality is None or told_past(clause))
            told.append(told_past(clause))
            if clause.head.i == clause.i:
                break
            clause = clause_of(clause.head)
        # "The United States also convened the Council ... to urge action": told in the past
        if not any(told) or self.modality is not None:
            return False
        if in_dated_paragraph(self.clause.sent, story):
            return True
        # a record ("Since taking office, ..."): its undated past acts are that span's, unless told
        # as the story's own news ("Today, the President signed ...")
        return record_story(self.clause.doc, story) and not any(told_now(c) for c in chain)

    @cached_property
    def described(self) -> bool:
        """What a noun describes, not an act: "a proposal for signing", "a plan to attack",
        "their commitment to continue providing aid"; or the grounds of a judgement."""
        clause, tok = self.clause, self.token
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in GROUNDS_PREPS \
                and tok.head.head.pos_ == "VERB" and tok.head.head.lemma_.lower() not in NOTICE_VERBS \
                and any(c.dep_ == "poss" for c in tok.children):
            return True     # "sanctioned X for their support to Y", "thanked X for its help": the grounds
                            # of another act, someone's act cited, not one the story reports
        while (clause.dep_ in ("xcomp", "conj") or (clause.dep_ == "advcl" and to_infinitive(clause))) \
                and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head    # "the importance of taking further action to increase pressure": its purpose too
        if clause.dep_ == "pcomp" and clause.head.dep_ == "prep" and clause.head.head.pos_ in ("NOUN", "PROPN"):
            return True
        if clause.dep_ == "pcomp" and clause.head.lower_ in GROUNDS_PREPS \
                and clause.head.head.lemma_.lower() in GROUNDS_VERBS:
            return True     # "accused Myanmar of torturing detainees": the accused's act, as alleged
        if clause.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            if clause.head.lemma_.lower() in STEP_NOUNS:
                return False    # "measures to isolate Russia": as done as the measures are (events.py)
            return self.an.tok_mention.get(clause.head.i) is None     # not "spoke with Modi to express ..."
        return False

    @cached_property
    def discussed(self) -> bool:
        """The word is only the topic of a discussion or an exchange of views."""
        word = t = self.token
        for _ in range(12):
            if t.i != word.i and t.lemma_.lower() in INTENT_NOUNS:
                return False
            if any(c.dep_ == "amod" and c.lower_ in SHARED_WORDS for c in t.children) \
                    and t.lemma_.lower() not in SHARED_PROBLEMS:
                return False    # "discussed their shared concerns about ..." states a position (GUIDE.md);
                # "exchanged views on the shared challenges of climate change" names a topic, no one's view
            if t.i != word.i and t.lemma_.lower() in OWN_EFFORTS and any(c.dep_ == "poss" for c in t.children):
                return False    # "reviewed their ongoing efforts to provide assistance to Ukraine": their own
            if t.lemma_.lower() in DISCUSS or t.lemma_.lower() in REVIEW_WORDS:
                return True     # "reviewed bilateral relations, including cooperation in energy" too
            if t.head.i == t.i or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and not _listed_aim(t)):
                return False    # "exchanged views on X and agreed on the importance of Y": its own predicate
            t = t.head
        return False


def _listed_aim(conj: Token) -> bool:
    """One more aim in a list of to-infinitives ("discussed efforts to bring stability ... and to combat
    terrorism", "will discuss efforts to defend democracy, advance peace and tackle climate change"): what its
    first aim is part of, it is too; not a verb conjoined with the discussion itself ("agreed to discuss X and to
    strengthen Y": its own aim). Gerunds stay their own ("the pathway for bringing the hostages home and ending
    this war": the tune gold codes the second as a stance)."""
    first, chain = conj, [conj]
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
        chain.append(first)
    if any(t.lemma_.lower() in DISCUSS or t.lemma_.lower() in REVIEW_WORDS for t in chain):
        return False    # also "agreed to refrain from force, and to discuss and resolve all issues on the basis of ..."
    if not (conj.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for t in (conj, first) for c in t.children)):
        return False
    aim = first     # the aims of a noun ("efforts to ...", "opportunities to ..."), not a purpose hung on the
    # discussion itself ("discussed the shared commitment of the U.S. and the AU to advance ... and end ...")
    while aim.dep_ in ("advcl", "xcomp") and aim.head.i != aim.i and aim.head.pos_ == "VERB":
        aim = aim.head
    return aim.dep_ == "acl" and aim.head.pos_ in ("NOUN", "PROPN")


def campaign_under_way(token: Token, clause: Token, times: frozenset[str]) -> bool:
    """A deed told as going on rather than done ("to discuss ongoing Houthi attacks against civilian
    targets", "as Iran's proxy militias continue to attack American troops"): a war under way told
    in general terms (GUIDE.md, second round), unless its own clause gives it a time ("continued to
    shell the city overnight"); `times` are the words of time that anchor a deed."""
    if any(c.dep_ == "amod" and c.lower_ in ONGOING_MODIFIERS for c in token.children):
        return not any(t.lower_ in times for t in token.subtree)     # not "the repeated attacks on Monday"
    if clause.dep_ == "xcomp" and clause.head.lemma_.lower() in ONGOING_VERBS and not any(
            c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in FUTURE_AUX) for c in clause.head.children):
        return not any(t.lower_ in times for t in clause.subtree) and not any(
            t.lower_ in times for c in clause.head.children if c.dep_ in ("npadvmod", "advmod", "prep") for t in c.subtree)
    return False


def relayed(clause: Token) -> bool:
    """ "Asked the Crown Prince to convey his best wishes to King Salman", "asked that words of
    sympathy be conveyed to the families", "asked him to accept my condolences", "I want the people
    of Libya to know that ...": a message the one asked passes on, takes or hears; the asker sends it
    (events.py), no request of an act."""
    asker = clause.head
    if clause.dep_ not in ("xcomp", "ccomp") or asker.i == clause.i or is_negated(asker):
        return False
    asking = asker.lemma_.lower() in REQUEST_LEMMAS
    lemma = clause.lemma_.lower()
    if lemma in RELAY_VERBS:
        # (a that-clause only in the passive: "asked that words of sympathy be conveyed to ...")
        return asking and (clause.dep_ == "xcomp" or any(c.dep_ == "auxpass" for c in clause.children))
    if lemma in MESSAGE_TAKING_VERBS:     # "accept my sincere sympathy", not "accept the proposal"
        return asking and any(t.lemma_.lower() in COURTESY_NOUNS for c in clause.children if c.dep_ == "dobj"
                              for t in c.subtree)
    # "I want the families to know that ...", "asked them to know": told, not asked to act
    return lemma in MESSAGE_HEARING_VERBS and (asking or asker.lemma_.lower() in HOPE_WORDS)
