"""Whom aid goes to when its phrase names no actor (docs/coder.md, "At whom"): aid "to the three
countries", "to flood-affected communities", "to the region" or "to address food insecurity in the
Middle East" goes to no one the story names, not to the other side of the story; "the assistance
it needs", "aid to them", "a line of credit to the island nation" still refer to it. Also which
triggers are aid (aid_trigger) and the to-clause that says what aid is for (purpose_of_aid)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from readout.cameo import cameo, plover_type
from readout.coder.grammar import to_infinitive
from readout.coder.patterns import Kind, rule_codes
from readout.coder.records import Event
from readout.coder.sources import Analysis
from readout.coder.triggers import Trigger
from readout.lexicons import word_class

__all__ = ["unnamed_recipient", "aid_trigger", "purpose_of_aid", "sum_announced", "running_total", "home_place",
           "delivery_told", "continued_aid"]

RECIPIENT_PREPS = word_class("beneficiary_prep")    # "aid to X", "assistance for X"
AREA_NOUNS = word_class("aid_area_noun")            # "to the region": a place that is no actor
PEOPLE_NOUNS = word_class("people_noun")            # "to the people": the people named before
# "ready to contribute to all efforts toward de-escalation": a share in a common endeavour, done with
# the other side, not aid to someone
ACTIVITY_NOUNS = word_class("activity_noun")
# what a recipient phrase may be that says nothing of who gets the aid ("for two years")
NOT_RECIPIENTS = ("DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY")
PURPOSE_DEPS = ("advcl", "xcomp", "acl", "relcl")
HOME_PLACES = word_class("us_state")               # "to communities in Ohio": aid at home
BACK_DETS = word_class("back_determiner")          # "to support these efforts": told before
ONGOING_VERBS = word_class("ongoing_verb")         # "will continue to provide", "will keep sending"
FUTURE_MODALS = word_class("continued_aid_modal")   # "and will / would continue to do so"
NEW_SUM_WORDS = word_class("new_sum_word")          # "has provided an additional $20 million": the day's news
NOW_WORDS = word_class("now_word")
TOTAL_MARKS = word_class("total_mark")     # "approximately $107 million", "$74.6 billion", "so far": a total
SUM_WORDS = word_class("sum_scale_word")     # "3.9 million vaccines": a sum as a $ is
AID_PROMISED = cameo("033")         # intent to provide material aid


def _phrase(tok: Token) -> list[Token]:
    """The trigger and its nominal arguments, without the clauses below them."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        # nouns only: "has provided assistance, and will continue to do so" is another clause
        stack += [c for c in t.children if c.dep_ in ("dobj", "dative", "prep", "pobj", "conj", "appos", "nummod",
                                                      "quantmod", "compound") and c.pos_ not in ("VERB", "AUX")]
    return out


def _recipients(an: Analysis, phrase: list[Token]) -> list[Token]:
    """Heads of "to X" / "for X" in the aid's phrase, but not dates or sums ("for two years")."""
    return [t for t in phrase if t.dep_ == "pobj" and t.head.lower_ in RECIPIENT_PREPS
            and t.ent_type_ not in NOT_RECIPIENTS and an.tok_mention.get(t.i) is None]


def _names_no_one(an: Analysis, head: Token) -> bool:
    """A recipient that is neither an actor nor a word referring back to one: a plural common
    noun ("the three countries", "communities"), a place that is no actor ("the region", "the
    Horn of Africa"); not a pronoun, "the country", "the island nation", "the people" nor a common
    endeavour ("contribute to all efforts")."""
    lemma = head.lemma_.lower()
    if head.pos_ == "PRON" or lemma in PEOPLE_NOUNS | ACTIVITY_NOUNS:
        return False
    if lemma in AREA_NOUNS or head.pos_ == "PROPN":
        return True
    return head.pos_ == "NOUN" and head.tag_ == "NNS"


def _purposes(phrase: list[Token]) -> list[Token]:
    """Purpose clauses of the aid: "assistance to address food insecurity"."""
    return [c for t in phrase for c in t.children if c.dep_ in PURPOSE_DEPS and c.pos_ in ("VERB", "AUX")
            and to_infinitive(c)]


def unnamed_recipient(an: Analysis, trig: Trigger, offers: bool = False) -> bool:
    """True for aid given or announced (with offers, also aid an announcing verb offers: rule
    aid_offer) whose recipient phrase (or, without one, purpose clause) names no actor and refers
    back to none: it goes to no one the story names."""
    if not (aid_trigger(trig) if offers else plover_type(trig.pattern.cameo) == "AID") or trig.pattern.kind != Kind.VERB:
        return False
    phrase = _phrase(trig.token)
    heads = _recipients(an, phrase)
    if heads:
        return all(_names_no_one(an, h) for h in heads)
    purposes = _purposes(phrase)
    # "the assistance it needs to defend itself": a pronoun refers back to the other side
    return bool(purposes) and not any(
        t.pos_ == "PRON" or an.tok_mention.get(t.i) is not None for p in purposes for t in p.subtree)


def home_place(trig: Trigger) -> bool:
    """The aid's phrase or purpose names a place at home ("$500 million to communities in Ohio"),
    or its purpose refers back to what was told before ("funding to support these efforts": the
    efforts just named, someone's): no pledge to no one."""
    phrase = _phrase(trig.token)
    purposes = [t for p in _purposes(phrase) for t in p.subtree]
    if any(t.dep_ == "det" and t.lower_ in BACK_DETS for t in purposes):
        return True
    text = " " + " ".join(t.lower_ for t in [*phrase, *purposes]) + " "
    return any(f" {place} " in text for place in HOME_PLACES)


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


def sum_announced(tok: Token) -> bool:
    """Aid told in the present as a sum of money ("The United States is providing another $1 billion
    in security assistance for Ukraine", "is contributing an additional $25 million to the African
    Union"): a package announced, AGREE (eval/styles README.md decision 10; every sum of aid in the
    gold is announced), not aid given; a past or perfect ("has provided $2 billion") is not this, nor
    aid with no sum ("is now delivering hundreds of additional air defense missiles": AID)."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBZ", "VBP", "VBG"):
        return False
    if tok.tag_ == "VBG" and not any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in tok.children):
        return False
    return any(t.tag_ == "$" or t.ent_type_ == "MONEY" for c in tok.children if c.dep_ == "dobj" for t in c.subtree)


def _sum(phrase: Token) -> bool:
    """A phrase that holds a sum of money or a count in millions ("$74.6 billion in assistance",
    "3.9 million vaccines")."""
    return any(t.tag_ == "$" or t.ent_type_ == "MONEY" or t.lower_ in SUM_WORDS for t in phrase.subtree)


def running_total(tok: Token) -> bool:
    """Aid told in the present perfect as a sum marked as a total, with no mark of the day ("The
    United States has contributed $74.6 billion in assistance to Ukraine", "Japan has provided
    approximately $107 million", "so far, X has donated 3.9 million vaccines"): a running total, a
    description of the record with no aid in the story's window (eval/styles FRESH45.md BE15:
    cumulative acts are untimed); not a sum told as new ("has provided an additional $20 million",
    "today"), nor one the giver goes on with ("... and will continue to do so": AID, RECONCILE24 R7)."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN" or not any(
            c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in tok.children):
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    # "has provided Ukraine with $3 billion": the sum is the with-phrase's
    objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    sums = [o for o in objs if _sum(o)]
    if not sums:
        return False
    if any(t.lower_ in NEW_SUM_WORDS and t.dep_ in ("amod", "det", "advmod", "quantmod") for o in sums for t in o.subtree):
        return False
    if any(c.dep_ in ("npadvmod", "advmod", "prep") and any(t.lower_ in NOW_WORDS or t.lower_ == "this"
                                                           for t in c.subtree) for c in tok.children):
        return False    # "today", "this week": the day's aid
    if any(c.dep_ == "conj" and c.lemma_.lower() in ONGOING_VERBS for c in tok.children):
        return False
    # marked as a total: an approximate or billion-scale sum, or "so far", "to date", "in total" on the
    # verb; a plain sum ("Canada has contributed $20 million to Sudan") may be the day's contribution
    return any(t.lower_ in TOTAL_MARKS for o in sums for t in o.subtree) or any(
        (c.dep_ in ("advmod", "npadvmod") and c.lower_ in TOTAL_MARKS)
        or (c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in TOTAL_MARKS for g in c.children))
        for c in tok.children)


def delivery_told(token: Token) -> bool:
    """Aid continued in the future is aid announced, AGREE toward the recipient (eval/styles RECONCILE24.md
    R7: "will continue to provide assistance"); it is given only where the continuing verb shares a
    perfect with it ("has and will continue providing")."""
    verb = token
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i and verb.lemma_.lower() not in ONGOING_VERBS:
        verb = verb.head
    if verb.lemma_.lower() not in ONGOING_VERBS:
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return True     # "has and will continue providing" read as one verb group
    # "has and will continue providing": the parser makes the bare "has" the head, "continue" its conjunct
    head = verb.head if verb.dep_ == "conj" else None
    return head is not None and head.lemma_.lower() == "have" and not any(c.dep_ == "dobj" for c in head.children)


def continued_aid(events: list[Event], doc) -> list[Event]:
    """Aid told as given "and will continue to do so" ("China has provided emergency aid to Myanmar
    and will continue to do so"): the given aid is AID and its continuation, announced, is an AGREE
    toward the same recipient (eval/styles RECONCILE24.md R7); added after each such AID."""
    out = []
    for e in events:
        out.append(e)
        if e.type != "AID" or not 0 <= e.trigger < len(doc):
            continue
        for c in doc[e.trigger].children:
            if c.dep_ == "conj" and c.lemma_.lower() in ONGOING_VERBS and any(
                    a.dep_ == "aux" and a.lower_ in FUTURE_MODALS for a in c.children) and any(
                    x.dep_ == "xcomp" and x.lemma_.lower() == "do" and any(g.lower_ == "so" for g in x.children)
                    for x in c.children):
                out.append(replace(e, type="AGREE", mode=None, cameo=AID_PROMISED.code, goldstein=AID_PROMISED.goldstein,
                                   trigger=c.i))
                break
    return out
