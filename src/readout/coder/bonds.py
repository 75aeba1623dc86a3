"""Praise of a bond two sides share (docs/coder.md, "Headline and participants"): "the two leaders
celebrated the strength of the partnership between their countries", "both sides affirmed the
historic relationship between Saudi Arabia and the United States". Such praise by the participants
is each side's backing of the other (GUIDE.md: joint acts code once per party; SUPPORT is verbal
backing), unlike what they welcome together ("they welcomed the revitalization of U.S.-EU ties":
an outcome, aimed at no one)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from readout.coder.grammar import clause_of, np_tokens, subject_token
from readout.coder.records import Event, Placeholder, is_code
from readout.lexicons import word_class

__all__ = ["bond_acts", "brokered_pairs", "described_bond", "harmed_parties", "lone_bond_praise", "mutual_signings", "pair_agreements", "praises_bond", "reciprocal",
           "summit_signings"]

MEETING_CAMEO, MEETING_GOLDSTEIN = "040", 1.0      # CAMEO 040: consult, as a meeting with no more said
SIGNED = "057"      # CAMEO 057: sign a formal agreement (SUPPORT)

BOND_NOUNS = word_class("bond_noun")            # "partnership", "relationship", "ties"
BOND_QUALITIES = word_class("bond_quality")     # "the strength of the partnership"
PAIR_PREPS = word_class("pair_only_prep")       # "relations between Israel and the UAE"
PAIR_COUNT = word_class("pair_determiner")      # "the two countries", "both countries": two of several
PARTNER_PREPS = word_class("pair_prep") | word_class("companion_prep")     # "signed a treaty with X", "between A and B", "alongside X"
SIGNING_VERBS = word_class("signing_verb")      # "signed the following declaration"
SIGNED_DOCUMENTS = word_class("signed_document")
MEETING_NOUNS = word_class("meeting_noun")
PRESENCE_PREPS = word_class("presence_prep")   # "signed at the summit": where the signers were together
SIGNING_PLACE_PREPS = word_class("signing_place_prep")     # "signed in Minsk", "signed at the White House"
NOT_PLACES = word_class("month") | word_class("weekday") | word_class("language_name")   # "signed in May", "in English"
HELD_COPULAS = word_class("held_copula")        # "the alliance has never been stronger"
JOINT_PRAISE = word_class("joint_praise_verb")  # "the two leaders celebrated the partnership"
BOND_PRAISE = word_class("bond_praise_verb")    # "reaffirmed the strength of the alliance": how relations are
EXCHANGE_VERBS = word_class("exchange_verb")     # "exchanged greetings": each gives the other
RECIPROCAL_PRONOUNS = word_class("reciprocal_pronoun")      # "congratulated each other"
ARGUMENT_DEPS = ("dobj", "prep", "xcomp", "ccomp")     # where what is agreed hangs on the verb, not its subject or a verb joined to it


def praises_bond(verb: Token) -> bool:
    """Whether the verb's object is a bond ("affirmed the relationship") or a quality of one
    ("celebrated the strength of the partnership")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    # "affirmed that the partnership between their countries is among the most consequential": the
    # bond the that-clause describes
    objs += [s for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in HELD_COPULAS
             for s in c.children if s.dep_ == "nsubj"]
    for obj in objs:
        for noun in (obj, *obj.conjuncts):
            low = noun.lemma_.lower()
            if low in BOND_NOUNS:
                return True
            if low in BOND_QUALITIES and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in BOND_NOUNS
                    for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children):
                return True
    return False


def described_bond(verb: Token) -> bool:
    """Whether a verb of praise or affirmation has a bond as its object ("the leaders reaffirmed the
    strength of the alliance", "praised the friendship between their nations"): how relations are, no
    act (eval/styles RECONCILE24.md R2); not a bond credited to a named owner ("praised Japan's
    partnership in the fight against ISIS": praise of that side's own part)."""
    if verb.lemma_.lower() not in BOND_PRAISE or verb.pos_ != "VERB" or not praises_bond(verb):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return not any(g.dep_ == "poss" and g.pos_ == "PROPN" for o in objs for n in (o, *o.conjuncts) for g in n.children)


def bond_acts(events: list[Event], doc: Doc) -> set[int]:
    """The triggers of the participants' SUPPORT whose object is a bond between them: each side
    backs the other."""
    return {e.trigger for e in events
            if e.source == Placeholder.PARTICIPANTS and e.type == "SUPPORT" and 0 <= e.trigger < len(doc)
            and praises_bond(doc[e.trigger])}


def _pair_named(an, verb: Token) -> set[str]:
    """The two actors a "between" phrase inside what the verb's act is about names ("agreed to the
    full normalization of relations between Israel and the United Arab Emirates"); empty unless two."""
    for arg in (c for c in verb.children if c.dep_ in ARGUMENT_DEPS):
        for t in arg.subtree:
            if t.dep_ == "prep" and t.lower_ in PAIR_PREPS:
                codes = {m.code for g in t.children if g.dep_ == "pobj"
                         for x in (g, *g.conjuncts) for _, m in an.actors_in(np_tokens(x))}
                return codes if len(codes) == 2 else set()
    return set()


def brokered_pairs(events: list[Event], doc: Doc, an) -> dict[int, frozenset[str]]:
    """The AGREE triggers of three or more sources whose object lies between two of them
    ("Trump, Netanyahu and Mohammed bin Zayed spoke today and agreed to the full normalization of
    relations between Israel and the United Arab Emirates"), each with that pair; and a later
    agreement of the same sources to a bond that names no pair ("The leaders agreed to begin
    economic and trade relations"), which is the bond the first one made: the same pair."""
    acting: dict[int, set] = {}
    for e in events:
        if e.type == "AGREE" and (is_code(e.source) or e.source == Placeholder.PARTICIPANTS):
            acting.setdefault(e.trigger, set()).add(e.source)
    pairs: dict[int, frozenset[str]] = {}
    made: list[frozenset[str]] = []      # the pairs brokered so far
    for trig in sorted(acting):
        sources = acting[trig]
        if not 0 <= trig < len(doc):
            continue
        if len(sources) >= 3 and Placeholder.PARTICIPANTS not in sources:
            pair = _pair_named(an, doc[trig])
            if pair and pair <= sources:
                pairs[trig] = frozenset(pair)
                made.append(pairs[trig])
        elif sources == {Placeholder.PARTICIPANTS} and len(set(made)) == 1 and (
                _bond_agreed(doc[trig]) or _counted_two(doc[trig])):
            # "The leaders agreed to begin economic and trade relations", "Delegations of the two
            # countries will meet": the pair the first agreement named
            pairs[trig] = made[0]
    return pairs


def _bond_agreed(verb: Token) -> bool:
    """Whether what the verb agrees to is a bond with no "between" phrase ("agreed to begin
    economic and trade relations", "agreed to establish diplomatic ties")."""
    for arg in (c for c in verb.children if c.dep_ in ARGUMENT_DEPS):
        for t in arg.subtree:
            if t.lower_ in PAIR_PREPS:
                return False
        if any(t.lemma_.lower() in BOND_NOUNS and t.pos_ == "NOUN" for t in arg.subtree):
            return True
    return False


def _counted_two(verb: Token) -> bool:
    """Whether the verb's subject is counted as two ("Delegations of the two countries will meet",
    "Both countries agreed to ...")."""
    clause = clause_of(verb)
    while subject_token(clause) is None and clause.dep_ in ("xcomp", "advcl") and clause.head.i != clause.i:
        clause = clause.head        # "will meet next month to sign agreements": who meets signs
    subj = subject_token(clause)
    return subj is not None and any(t.lower_ in PAIR_COUNT and t.dep_ in ("nummod", "det", "preconj")
                                    for t in subj.subtree)


def pair_agreements(events: list[Event], pairs: dict[int, frozenset[str]]) -> list[Event]:
    """Three or more who agree to what is between two of them ("Trump, Netanyahu and Mohammed bin
    Zayed spoke today and agreed to the full normalization of relations between Israel and the United
    Arab Emirates"): the two agree with each other; the one who brought them together agrees with no
    one (eval/styles fresh20: ISR AGREE ARE and ARE AGREE ISR only). `pairs`: brokered_pairs' answer."""
    out = []
    for e in events:
        if e.trigger not in pairs or e.type != "AGREE":
            out.append(e)
        elif e.source == Placeholder.PARTICIPANTS:
            a, b = sorted(pairs[e.trigger])
            out += [replace(e, source=a, target=b), replace(e, source=b, target=a)]
        elif {e.source, e.target} == pairs[e.trigger]:
            out.append(e)
    return out


def summit_signings(events: list[Event], doc: Doc, an=None) -> list[Event]:
    """The meeting of two or more signers who sign a document at a meeting they attend ("At the
    Sharm El-Sheikh Peace Summit, A, B, C and D signed the following declaration"): one CONSULT per
    pair, in person (GUIDE.md: three or more in person are `multilateral`; eval/styles FRESH23.md
    AC11); a signing told with no meeting it was done at is no meeting (README 11)."""
    signers: dict[int, list[Event]] = {}
    for e in events:
        if e.type == "SUPPORT" and is_code(e.source) and 0 <= e.trigger < len(doc) and (
                _signed_at_meeting(doc[e.trigger]) or _signed_at_place(doc[e.trigger])):
            signers.setdefault(e.trigger, []).append(e)
    out = []
    for trig, signed in signers.items():
        codes = list(dict.fromkeys(e.source for e in signed))
        if _signed_at_place(doc[trig]):
            # "A signed the agreement with B in Dubai": the one signed with was there too; so is the
            # one whose building it was signed at ("signed a Peace Agreement at the Department of State",
            # which the signers do not sign toward: targets.find_targets)
            codes = list(dict.fromkeys([*codes, *(e.target for e in signed if is_code(e.target)),
                                        *(_host_at(an, doc[trig]) if an is not None else ())]))
        if len(codes) < 2:
            continue
        first = signed[0]
        mode = "multilateral" if len(codes) >= 3 else "visit"
        out += [Event(a, "CONSULT", b, mode, MEETING_CAMEO, MEETING_GOLDSTEIN, first.sentence, first.start,
                      first.end, trig) for n, a in enumerate(codes) for b in codes[n + 1:]]
    return events + out


def mutual_signings(events: list[Event], an) -> list[Event]:
    """A signing aimed at a partner the signing's own clause names beside the document ("signed a
    new treaty with the Republic of Rwanda", "signed the Declaration for a partnership between France
    and Algeria", "were signed by A and B, each separately with C and D", "a framework agreement
    between the two governments"): the partner signs too, so it backs the signer as the signer backs
    it (GUIDE.md: signing is SUPPORT by each signer toward the other). Not a partner the clause does
    not name (the story's other side, "Venezuelan parties sign memorandum" in Norway's statement)."""
    doc = an.doc
    have = {(e.source, e.type, e.target) for e in events}
    out = list(events)
    for e in events:
        if e.cameo != SIGNED or not (is_code(e.source) and is_code(e.target)) or not 0 <= e.trigger < len(doc) \
                or (e.target, e.type, e.source) in have:
            continue
        named, pair = _signing_partners(an, doc[e.trigger])
        if e.target in named or pair:
            have.add((e.target, e.type, e.source))
            out.append(replace(e, source=e.target, target=e.source))
    return out


def _signing_partners(an, trigger: Token) -> tuple[set[str], bool]:
    """The actors a signing's clause names in a partner phrase ("with X", "between A and B",
    "alongside X"), and whether one of them counts a pair ("between the two governments")."""
    clause = clause_of(trigger)
    # a "with" on the signing, its verb or its document ("signed a treaty with X", "an agreement with
    # X was signed"); not one deeper in the clause ("signed the order consistent with the agreement")
    documents = {c.i for c in clause.children if c.dep_ in ("dobj", "nsubjpass", "oprd")}
    named, pair = set(), False
    for t in clause.subtree:
        if t.dep_ != "prep" or t.lower_ not in PARTNER_PREPS or clause_of(t).i != clause.i:
            continue
        if t.lower_ not in PAIR_PREPS and t.head.i not in {clause.i, trigger.i} | documents:
            continue
        objs = [g for g in t.children if g.dep_ == "pobj"]
        named |= {m.code for g in objs for _, m in an.actors_in(list(g.subtree))}
        pair = pair or any(c.lower_ in PAIR_COUNT and c.dep_ in ("nummod", "det", "preconj")
                           for g in objs for c in g.children)
    return named, pair


def _signed_at_meeting(verb: Token) -> bool:
    """Whether a verb of signing a document hangs "at <meeting>" on itself ("signed the declaration
    at the summit")."""
    if verb.lemma_.lower() not in SIGNING_VERBS or verb.pos_ != "VERB":
        return False
    if not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in SIGNED_DOCUMENTS for c in verb.children):
        return False
    # "signed the declaration at the summit"; a fronted "At the summit, A, B and C signed ..." may hang
    # on the clause the signing is joined to
    heads = [verb] + ([verb.head] if verb.dep_ == "conj" and verb.head.dep_ == "ROOT" else [])
    return any(c.dep_ == "prep" and c.lower_ in PRESENCE_PREPS and g.dep_ == "pobj" and g.lemma_.lower() in MEETING_NOUNS
               for h in heads for c in h.children for g in c.children)


def _signed_at_place(verb: Token) -> bool:
    """Whether a verb of signing a document, told as done, names the place it was signed at ("signed
    documents in Minsk", "the agreement was signed at State House, Nairobi, by A and B"): the signers
    were together there (eval/styles README decision 12: several parties in one place; FRESH33.md AP13)."""
    if verb.lemma_.lower() not in SIGNING_VERBS or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in SIGNED_DOCUMENTS for c in verb.children):
        return False
    # (the parser may hang the place on the document signed: "signed documents in Minsk")
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in SIGNED_DOCUMENTS)]
    return any(c.dep_ == "prep" and c.lower_ in SIGNING_PLACE_PREPS and g.dep_ == "pobj" and g.pos_ == "PROPN"
               and g.lower_ not in NOT_PLACES for h in heads for c in h.children for g in c.children)


def _host_at(an, verb: Token) -> list[str]:
    """The actors an "at" phrase of the signing names ("at the Department of State", "at the White House")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [m.code for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "at"
            for _, m in an.actors_in(list(c.subtree)) if is_code(m.code)]


def reciprocal(trigger: Token) -> bool:
    """Whether an act of several sides is one each does to the other: its noun is what they exchanged
    ("The two presidents exchanged congratulations", "exchanged New Year greetings") or its verb is
    aimed at "each other" / "one another" ("the leaders congratulated each other")."""
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in EXCHANGE_VERBS:
        return True
    args = [c for c in trigger.children if c.dep_ in ("dobj", "dative")]
    args += [g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(" ".join(t.lower_ for t in a.subtree) in RECIPROCAL_PRONOUNS for a in args)


def lone_bond_praise(trigger: Token, objects: tuple[str, ...]) -> bool:
    """Whether the trigger celebrates a bond (a `joint_praise_verb` whose pattern asks for a bond
    noun), which is an act only where several sides do it together ("the two leaders celebrated the
    partnership between their countries"); one side's celebration of its bonds is ceremony ("we
    celebrate the deep cultural bonds that the United States shares with Italy and Spain" in a
    proclamation; eval/styles fresh21, where the twelfth session dropped the word for it)."""
    return trigger.lemma_.lower() in JOINT_PRAISE and bool(set(objects) & BOND_NOUNS)


def harmed_parties(an, trig) -> list:
    """Whom a warning of harm is aimed at ("such a course of action would lead to a complete breakdown
    of relations between our countries", "would result in a protracted crisis for Russia"): the actors
    a "for" phrase on the harm names, else those the harmed bond's own phrase names ("Russian-Finnish
    relations", "ties with Japan"), else for a bond the other side of the story's talks; [] where the
    harm falls on no bond and no actor ("would lead to a breakdown of services for veterans")."""
    spots = [c for c in trig.token.children if c.dep_ in ("dobj", "prep")]
    bonds, fors = [], []
    while spots:
        t = spots.pop()
        if t.lemma_.lower() in BOND_NOUNS and t.pos_ == "NOUN":
            bonds.append(t)
        elif t.dep_ == "prep" and t.lower_ == "for":
            fors.append(t)
        spots += [c for c in t.children if c.dep_ != "relcl"]
    for group in (fors, bonds):
        named = [m.code for h in group for _, m in an.actors_in(list(h.subtree))]
        if named:
            return list(dict.fromkeys(named))
    return [Placeholder.COUNTERPART] if bonds else []
