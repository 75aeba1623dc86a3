"""A stance's polarity (docs/coder.md, "Stances"): which word governs an issue phrase, and which
side it takes on the issue, or on another actor's acts on it (GUIDE.md, Stances).

Polarity words (stance_words.tsv) are support, oppose or counter words; how a counter word, or an
oppose word aimed at no actor, reads for each issue is issue data (counter_polarity.tsv).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from readout.coder.grammar import clause_of, is_negated
from readout.lexicons import data_path, read_tsv, word_class

__all__ = ["IssueSides", "polarity_words", "counter_polarity", "issue_sides", "act_lemma",
           "issue_of_doer", "nearest_polarity", "claimed", "condemning", "red_line", "polarity_above", "word_polarity", "counter_phrase", "under_pretext",
           "resolve_polarity"]

SUPPORT = "support"
OPPOSE = "oppose"
COUNTER = "counter"     # fighting the issue: its polarity is the issue's (counter_polarity.tsv)
NEGATING_PREFIXES = word_class("negating_prefix")     # "de-escalation" is no escalation
# Nouns of a wrongful act: their possessor is the doer (the stance's toward), never the holder.
WRONG_ACTS = word_class("wrong_act")
# "counter-terrorism", "non-interference", "anti-epidemic": a phrase naming the fight against its issue
ISSUE_PREFIXES = word_class("issue_counter_prefix")
# "under the pretext of human rights": the issue is what someone else invokes, not what is opposed
PRETEXT_NOUNS = word_class("pretext_noun")
TOLERATED = word_class("tolerated_word")
NO_ONE = word_class("no_one_word")          # "brooks no interference": accepting none of it
HARM_VERBS = word_class("harm_verb")         # "seriously harms China's sovereignty"; not "the damage in Kyiv"
PRINCIPLE_ACTS = word_class("prefixed_principle_act")   # "non-interference": the principle against the act
CIRCUMSTANCE_PREPS = word_class("circumstance_prep")
OF_ONLY = word_class("of_only_polarity")
FOR_ONLY = word_class("for_only_polarity")        # "called for a ceasefire", not "called on X to ..."
EXIT_NOUNS = word_class("exit_noun")    # "withdrawal from the nuclear deal"
OBSERVANCE_NOUNS = word_class("observance_noun")   # "non-adherence to international law": a breach
OBLIGATION_NOUNS = word_class("obligation_noun")   # "non-performance of its commitments": what is breached
ABANDON_VERBS = word_class("abandon_verb")         # "ceased to perform its commitments": given up
BREACHES = word_class("breach_word")
JOINT_WORK_VERBS = word_class("joint_work_verb")       # "work together on climate action": cooperate on it
JOINT_WORK_MARKS = word_class("joint_work_adverb")
JOINT_WORK_PREPS = word_class("joint_work_prep")
PLACE_PREPS = word_class("place_prep")          # "in Kabul": where, not on what
ACCORDANCE_NOUNS = word_class("accordance_noun")     # "acted in accordance with international law"
ACCORDANCE_PREPS = word_class("accordance_prep")
ACCORDANCE_FRAMES = word_class("accordance_frame_prep")     # "in line with", "on the basis of"
BREACH_ADJECTIVES = word_class("breach_adjective")     # "actions contrary to international law"
BREACH_ADJECTIVE_PREPS = word_class("breach_adjective_prep")    # "illegal under", "contrary to"
SINGULAR_ONLY = word_class("singular_only_polarity")   # "a settlement" of a conflict, not "settlements"
OWN_CLAUSE_DEPS = word_class("own_clause_dep")   # a conjoined predicate's own subject or clause
COMPLEMENT_PREPS = word_class("complement_prep")   # "attaches importance to", "solidarity with"
FRAME_NOUNS = word_class("frame_noun")             # "in light of", "in the face of": a setting
COPULAS = word_class("copula_verb")       # "the action constitutes a violation of ...": a judgement
WAY_NOUNS = word_class("way_noun")         # "a political settlement is the right way forward"
CLAIM_VERBS = word_class("claim_copula")   # "Taiwan is / remains ...": what the subject is held to be
CLAIM_NOUNS = word_class("claim_noun")     # "... the foundation of the relationship", "at the core of"
CLAIM_MODIFIERS = word_class("claim_modifier")     # "an inalienable part", "the first red line"
CLAIMED_POSSESSIONS = word_class("claimed_possession")   # "has sovereignty over", "has sovereign rights"
LINE_MODIFIERS = word_class("line_modifier")       # "a red line", "the bottom line"
TOPIC_PARTICIPLES = word_class("topic_participle")  # "issues concerning Taiwan": a topic, no concern
CONDEMNING = word_class("condemning_predicate")     # "... is unacceptable": the subject condemned
SUPPLY_WORDS = word_class("supply_word")            # "the supply of energy", not "supply chains"
TO_ONLY = word_class("to_only_polarity")            # "committed to peace", not "committed by the regime"
TALK_NOUNS = word_class("planned_talk_noun")      # "agreed to begin talks on X": talks yet to be held
TALK_START_VERBS = word_class("talk_start_verb")   # "begin", "resume", "set up"
TALK_PREPS = word_class("talk_topic_prep")         # "talks on", "negotiations toward"
PLEDGE_VERBS = word_class("talk_pledge_verb")      # "agreed to", "decided to"
GROWTH_VERBS = word_class("growth_verb")           # "raise bilateral trade to $10 billion" backs trade
GROWTH_MEASURES = word_class("growth_measure")     # "the volume of bilateral trade"
TARGETED_GROWTH = word_class("targeted_growth_verb")   # "raised trade" may only mean brought it up
RATING_VERBS = word_class("rating_verb")      # "highly assessed", "highly values": praise
SOLIDARITY_VERBS = word_class("solidarity_verb")    # "will stand with Ukraine", "stand up for human rights"
# "the plans of the United States to build a missile defence system", "the Philippines' attempts to build ...":
# what an owned plan or effort sets out to do is its owner's conduct, judged by the word above it
OWNED_CONDUCT = word_class("effort_word") | word_class("conduct_noun")
VERB_ONLY = word_class("verb_only_polarity")     # "back" the verb, not "come back"
DENIABLE_INTENTS = word_class("deniable_intent")   # "no intention of", "no willingness to"
SOLIDARITY_PREPS = word_class("solidarity_prep")
SOLIDARITY_SIDES = word_class("solidarity_side")    # "stands on the side of the UN Charter"
AGREEMENTS = word_class("agreement_noun")     # "in defence of X": a polarity word only for its "of" complement
CLAUSE_LINKS = ("ccomp", "conj", "advcl", "parataxis", "relcl")
_PREFIX = re.compile(r"^(%s)[\s\-\u2010-\u2014]*(?=\w)" % "|".join(sorted(ISSUE_PREFIXES)), re.I)


@dataclass(frozen=True)
class IssueSides:
    """How polarity reads on one issue: fighting it, opposing it with no one aimed at, its doer."""

    counter: str = OPPOSE          # "fight terrorism" opposes terrorism; "fight the epidemic" supports covid19
    unaimed: str | None = OPPOSE   # "threats to sovereignty" support it; "the war in Gaza" alone is none
    doer: str | None = None        # "the crackdown in Hong Kong" is China's (GUIDE.md)


@cache
def polarity_words() -> dict[str, str]:
    """Lemma -> support | oppose | counter."""
    path = data_path("stance_words.tsv")
    return {row["word"]: row["polarity"] for _, row in read_tsv(path, ["word", "polarity"])}


@cache
def issue_sides() -> dict[str, IssueSides]:
    """Issue -> how fighting it, and opposing it aimed at no one, read (default: both oppose)."""
    path = data_path("counter_polarity.tsv")
    out = {}
    for _, row in read_tsv(path, ["issue", "counter", "unaimed", "doer"], required=2):
        unaimed = row["unaimed"] or OPPOSE
        out[row["issue"]] = IssueSides(row["counter"], None if unaimed == "none" else unaimed, row["doer"] or None)
    return out


@cache
def issue_of_doer() -> dict[str, str]:
    """Actor -> the one issue whose doer it is (an actor that is the doer of several has none)."""
    issues: dict[str, list[str]] = {}
    for key, sides in issue_sides().items():
        if sides.doer:
            issues.setdefault(sides.doer, []).append(key)
    return {doer: keys[0] for doer, keys in issues.items() if len(keys) == 1}


def counter_polarity() -> dict[str, str]:
    """Issue -> the polarity that fighting it expresses (default: oppose)."""
    return {k: v.counter for k, v in issue_sides().items()}


def act_lemma(tok: Token) -> str:
    """The lemma, with "build-up" (parsed as "up" under a compound "build") as "buildup", and a
    withdrawal from an agreement ("the withdrawal of the United States from the nuclear deal")
    as "treaty_exit", a wrongful act whose doer is its possessor or its "of"."""
    if tok.lower_ == "up" and any(c.dep_ == "compound" and c.lower_ == "build" for c in tok.children):
        return "buildup"
    lemma = tok.lemma_.lower()
    if tok.tag_ == "VBG" and tok.lower_ in WRONG_ACTS and any(c.dep_ in ("poss", "det") for c in tok.children):
        return tok.lower_   # "the Kiev regime's shelling of civilians", parsed as a verb: the act's noun
    if tok.pos_ in ("NOUN", "PROPN") and (
            lemma in OBSERVANCE_NOUNS and tok.i >= 2 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ == "non"
            or lemma.startswith("non") and lemma[3:].lstrip("-") in OBSERVANCE_NOUNS):
        return "violation"  # "non-adherence to international law", "noncompliance with its obligations"
    if lemma in ACCORDANCE_NOUNS and tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX") \
            and is_negated(tok.head.head) and not red_line(tok):
        return "violation"  # "the sanctions are not in accordance with international law": a breach
    if tok.pos_ in ("ADJ", "ADV") and lemma in BREACH_ADJECTIVES and any(
            c.dep_ == "prep" and c.lower_ in BREACH_ADJECTIVE_PREPS
            for c in list(tok.children) + (list(tok.head.children) if tok.dep_ == "acomp" else [])):
        return "violation"  # "the unfriendly actions, contrary to international law, of the United States"
    if lemma in EXIT_NOUNS and tok.pos_ == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(g.lemma_.lower() in AGREEMENTS or g.lower_ in AGREEMENTS
                                                            for g in c.subtree) for c in tok.children):
        return "treaty_exit"
    return lemma


def word_polarity(tok: Token) -> str | None:
    """The raw polarity of one token (support | oppose | counter), or None."""
    words = polarity_words()
    lemma = act_lemma(tok)
    pol = words.get(lemma) or words.get(tok.lower_) or (SUPPORT if red_line(tok) or rated_highly(tok) else None)
    if pol and tok.i >= 2 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ in NEGATING_PREFIXES \
            and lemma == tok.lemma_.lower():
        return None         # "de-escalation zone" is no stance against escalation
    if pol and tok.tag_ == "NNS" and tok.lemma_.lower() in SINGULAR_ONLY:
        return None         # "the settlements in the West Bank" are no peace settlement
    if pol and tok.pos_ in ("ADV", "ADP", "PART") and tok.lemma_.lower() in VERB_ONLY:
        return None         # "as the economy has come back from the pandemic": no backing
    if pol and tok.pos_ == "PROPN" and _in_name(tok):
        return None         # "the White House COVID-19 Response Team", "the Coronavirus Aid, Relief, and
        # Economic Security Act": a word of a proper name names a thing, no one's stance
    if pol == SUPPORT and tok.dep_ == "acl" and tok.tag_ == "VBN" and act_lemma(tok.head) in WRONG_ACTS:
        return None         # "the war crimes committed by the regime": a participle telling the act
    if pol and tok.lower_ in TOPIC_PARTICIPLES and tok.dep_ in ("acl", "prep") \
            and any(c.dep_ in ("dobj", "pobj") for c in tok.children):
        return None         # "support for China on issues concerning Taiwan": the topic, not a concern
    if pol and tok.pos_ != "VERB" and tok.lemma_.lower() in SUPPLY_WORDS \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None         # "supply chain nodes", "vaccine supply": no supply of something
    if pol and tok.pos_ == "VERB" and tok.lemma_.lower() in TO_ONLY \
            and not any((c.dep_ == "prep" and c.lower_ == "to") or c.dep_ == "xcomp" for c in tok.children):
        return None         # "this terrorist act was committed by the regime", "committed crimes"
    if pol and tok.lemma_.lower() in FOR_ONLY and not any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return None         # "called on Israel to allow aid in", "a phone call", "the press": no call for anything
    if pol and tok.dep_ == "compound" and act_lemma(tok.head) == "buildup":
        return None         # the "build" of "build-up" is no support; the build-up is the act
    if pol == SUPPORT and tok.dep_ == "amod" and tok.lower_ != tok.lemma_.lower():
        return None         # "an enhanced Chinese military presence", "a delivered fuel trade association":
        # a participle describing, no backing (adjectives proper stay: "a peaceful and stable Afghanistan")
    if pol is None and tok.pos_ == "VERB" and tok.lemma_.lower() in HARM_VERBS:
        return OPPOSE       # "the visit seriously harms China's sovereignty": a wrongdoing verb
    if pol is None and cites_standard(tok):
        return SUPPORT      # "resolved in line with international law", "an order based on the UN Charter"
    return pol


def cites_standard(tok: Token) -> bool:
    """"in accordance with", "in line with", "consistent with", "on the basis of", "based on": a word whose
    preposition cites the standard something keeps to (not "the front line", "a military base", "red lines")."""
    if tok.lower_ not in ACCORDANCE_NOUNS and tok.lemma_.lower() not in ACCORDANCE_NOUNS:
        return False
    framed = tok.dep_ == "pobj" and tok.head.lower_ in ACCORDANCE_FRAMES
    if tok.pos_ in ("NOUN", "PROPN") and (not framed or red_line(tok)):
        return False    # the noun of a fixed phrase only: "in line with", "on the basis of"; not "on China's red lines"
    t = tok
    while t.dep_ in ("pobj", "prep", "acomp") and t.head.i != t.i:
        t = t.head      # "are not in line with", "is not consistent with": up to the predicate
    if is_negated(tok) or is_negated(t):
        return False    # no keeping to it (a negated accordance noun is a breach: act_lemma)
    return any(c.dep_ == "prep" and c.lower_ in ACCORDANCE_PREPS for c in tok.children)


def _breached(noun: Token) -> bool:
    """An obligation said to be breached or given up ("non-performance of its commitments", "violated
    its obligations"): no backing of what it binds to by its possessor."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    if head.dep_ == "xcomp" and head.head.lemma_.lower() in ABANDON_VERBS:
        return True     # "has ceased to perform its JCPoA commitments"
    return act_lemma(head) in BREACHES or head.lemma_.lower() in BREACHES | ABANDON_VERBS


def nearest_polarity(root: Token, inside: set[int]) -> tuple[Token, str] | None:
    """The polarity word nearest above an issue phrase (or modifying a word on the way up)."""
    t = root
    setting = False
    described = False      # the way up passed a relative clause: what it says describes, not what is called for
    below = None
    for _ in range(12):
        cands = [t] + [c for c in t.children if c.dep_ in ("amod", "compound", "advmod", "acomp")]
        if below is not None and below.dep_ == "conj" and below.pos_ in ("VERB", "AUX") and any(
                c.dep_ in OWN_CLAUSE_DEPS for c in below.children):
            # "condemned Russia's attacks and agreed to increase pressure through further sanctions",
            # "welcomed the Prime Minister, and we also discussed climate change": a second predicate with a
            # subject or a clause of its own says its own thing; the first does not govern it (one that
            # shares the first's words does: "reaffirmed X and underscored their commitment to Y")
            cands = []
        if below is not None and below.dep_ == "nsubj" and t.lemma_.lower() in CLAIM_VERBS:
            # "terrorists are the common enemy of Iran and Pakistan": the copula's noun judges its subject
            cands += [c for c in t.children if c.dep_ == "attr"]
            claim = claimed(t)
            if claim is not None and not is_negated(t):
                return claim, SUPPORT   # "Taiwan is an inalienable part of China", "is a red line"
        if below is not None and below.dep_ == "prep" and t.pos_ == "VERB" and below.lower_ in COMPLEMENT_PREPS \
                and not any(c.dep_ == "pobj" and c.lemma_.lower() in FRAME_NOUNS for c in below.children):
            # "attaches importance to the survival of the deal", "expressed concern over X" with the
            # preposition parsed on the verb: the verb's object is what takes the complement (not
            # "a response from Japan", "cooperation, in light of the crisis")
            objs = [c for c in t.children if c.dep_ == "dobj"]
            # a held position first: "reaffirmed Pakistan's support for China on issues ..." is the support's
            cands = [c for c in objs if any(g.dep_ == "poss" for g in c.children)] + cands + objs
        for cand in cands:
            if cand.i in inside:
                continue
            pol = word_polarity(cand)
            if pol is None and below is not None and below.dep_ in ("nsubj", "nsubjpass") and condemning(cand):
                pol = OPPOSE    # "the Israeli Government's denial of humanitarian assistance is unacceptable"
            if pol is None and cand.i == t.i and _grows_trade(root, below, t):
                pol = SUPPORT
            if pol is None and cand.i == t.i and planned_talks(t, below):
                pol = SUPPORT   # "agreed to commence negotiations on a free trade agreement": a commitment to it
            if pol is None and cand.i == t.i and _works_jointly(root, t, below):
                pol = SUPPORT   # "agreed to work together on climate action" is cooperating on it
            if pol is None and cand.i == t.i and _stands_by(root, t, below):
                pol = SUPPORT   # "Canada will stand with Ukraine", "stand up for human rights"
            if pol is None and cand.dep_ == "attr" and cand.head.i == t.i and cand.lemma_.lower() in WAY_NOUNS:
                pol = SUPPORT   # "dialogue and diplomacy are the way forward": backing the subject
            if pol is None and cand.i == t.i and _holds_claim(root, t, below):
                pol = SUPPORT   # "China has indisputable sovereignty over Huangyan Dao": a claim held
            if pol and act_lemma(cand) in WRONG_ACTS and cand.dep_ == "dobj" \
                    and not polarity_words().get(cand.head.lemma_.lower()) and cand.head.lemma_.lower() not in COPULAS:
                return None     # "if Russia undertakes a further invasion": the act, not a stance on it
            if pol and act_lemma(cand) in OF_ONLY and not (
                    below is not None and below.dep_ == "prep" and below.lower_ == "of" and below.head.i == t.i):
                continue        # "in defence of our values", "a flagship project of the BRI"; not
                # "defense capabilities", "the flagship Cybersecurity Week"
            if pol and cand.lemma_.lower() in FOR_ONLY and (described or not (
                    cand.i == t.i and below is not None and below.dep_ == "prep" and below.lower_ == "for")):
                continue        # "called for the delivery of aid"; not what else hangs on the call, nor what a
                # relative clause says of what is called for ("principles, which underpin the UN Charter")
            if pol and cand.lower_ == "against" and _in_wrong_act(cand):
                continue        # "violence against Palestinians": the victim, the act above is judged
            if pol and act_lemma(cand) in WRONG_ACTS and cand.dep_ == "dobj" and word_polarity(cand.head) == COUNTER:
                cand, pol = cand.head, COUNTER      # "end the war in Gaza", "stop the killing of civilians"
            if pol and cites_standard(cand) and not (
                    below is not None and below.dep_ == "prep" and below.lower_ in ACCORDANCE_PREPS and below.head.i == t.i):
                continue        # "respond in accordance with international law to any attempt to ...": only
                # the standard it cites is backed
            if pol == SUPPORT and cand.i == t.i and _owned_conduct(t):
                continue        # "concern over the plans of the United States to build a global missile
                # defence system": the owner's aim, not the speaker's backing
            if pol == SUPPORT and cand.lemma_.lower() in OBLIGATION_NOUNS and _breached(cand):
                continue        # "in non-performance of its commitments under the JCPoA": the breach judges
            if pol == COUNTER and setting:
                return None     # "during the pandemic, oil companies reduced output": the time, not the
                # object ("thanked China for standing by Iran during the outbreak" is about the outbreak)
            if pol and act_lemma(cand) in TOLERATED and cand.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in NO_ONE for d in c.children)
                    for c in cand.children):
                return cand, OPPOSE     # "brooks no interference from outside", "tolerates no meddling"
            if pol and _denied_intent(cand):
                return None     # "Kiev had no intention of implementing the Minsk agreements", "has shown no
                # willingness to end the war": an intent denied is no stance of anyone's
            if pol:
                if is_negated(cand) or (cand.i == t.i and t.pos_ in ("VERB", "AUX") and is_negated(clause_of(t))) \
                        or (cand.dep_ == "attr" and is_negated(t)):     # "the free press is not the enemy"
                    if act_lemma(cand) in TOLERATED:
                        return cand, OPPOSE     # "will not tolerate foreign interference"
                    return None
                return cand, pol
        if t.head.i == t.i:
            return None
        setting = setting or (t.dep_ == "prep" and t.lower_ in CIRCUMSTANCE_PREPS)
        described = described or t.dep_ == "relcl"
        below, t = t, t.head
    return None


def _in_name(tok: Token) -> bool:
    """A capitalised word inside a multi-word proper name: it hangs as a compound on a proper noun, or a
    proper noun hangs on it ("COVID-19 Response Team", "Coronavirus Aid, Relief, and Economic Security Act")."""
    if not tok.text[:1].isupper() or tok.i == tok.sent.start:
        return False
    return (tok.dep_ in ("compound", "conj", "nmod") and tok.head.pos_ == "PROPN") \
        or any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in tok.children)


def _denied_intent(tok: Token) -> bool:
    """A word under the nearest noun above it that is an intent denied with "no" ("had no intention of
    implementing the agreements", "shows no willingness to end the war")."""
    t = tok
    for _ in range(3):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ == "NOUN":
            return t.lemma_.lower() in DENIABLE_INTENTS and any(c.dep_ == "det" and c.lower_ in NO_ONE for c in t.children)
    return False


def _owned_conduct(verb: Token) -> bool:
    """The infinitive a plan or effort with an owner sets out ("the plans of the United States to build
    ...", "the Philippines' attempts to build ..."): whose conduct it is the owner names, not a backer."""
    noun = verb.head
    if not (verb.pos_ == "VERB" and verb.dep_ == "acl" and noun.i != verb.i and noun.lemma_.lower() in OWNED_CONDUCT
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
            and any((c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "prep" and c.lower_ == "of" and c.i < verb.i)
                    for c in noun.children)):    # not "reviewed their efforts to provide ...": their own, held
        return False
    # judged against from above ("voiced concern over", "opposes"); not "discussed the President's efforts to
    # enhance the viability of the Palestinian Authority" (the owner's own aim, told)
    above = polarity_above(noun, steps=4)
    return above is not None and above[1] == OPPOSE


def condemning(tok: Token) -> bool:
    """A predicate adjective that condemns the copula's subject ("is unacceptable", "are unjustified")."""
    return tok.dep_ == "acomp" and tok.lemma_.lower() in CONDEMNING and not is_negated(tok.head)


def claimed(copula: Token) -> Token | None:
    """The predicate of a copula that claims its subject as one's own cause: "is an inalienable part
    of China's territory", "is the first red line", "is at the very core of China's core interests",
    "remains the political foundation of the relationship"."""
    preds = [c for c in copula.children if c.dep_ == "attr"]
    preds += [g for c in copula.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for pred in preds:
        if pred.lemma_.lower() in CLAIM_NOUNS or red_line(pred):
            return pred
        mods = [c for c in pred.children if c.dep_ in ("amod", "compound")]
        if any(m.lemma_.lower() in CLAIM_MODIFIERS for c in mods for m in [c, *c.conjuncts]):
            return pred
    return None


def rated_highly(tok: Token) -> bool:
    """'highly assessed the results achieved by China', 'highly values Iran's efforts': a verb of rating
    made praise by "highly" (a formula of the Kremlin's and Chinese readouts)."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in RATING_VERBS \
        and any(c.dep_ == "advmod" and c.lower_ == "highly" for c in tok.children)


def red_line(tok: Token) -> bool:
    """'a red line', 'the bottom line': a limit one declares one's own."""
    return tok.lemma_.lower() == "line" and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in LINE_MODIFIERS
                                                for c in tok.children)


def _holds_claim(root: Token, verb: Token, below: Token | None) -> bool:
    """'China has indisputable sovereignty over Huangyan Dao', 'over which the Philippines has sovereign rights':
    a claim (claimed_possession) its subject says it has backs it, as claiming a place part of one's territory
    does (`claimed`); not negated ("has no sovereignty over"), nor a claim inside another object."""
    return below is not None and below.i == root.i and below.dep_ == "dobj" and verb.lemma_.lower() == "have" \
        and root.lemma_.lower() in CLAIMED_POSSESSIONS and not is_negated(verb) \
        and not any(c.dep_ == "det" and c.lower_ in NO_ONE for c in root.children)


def _grows_trade(root: Token, below: Token | None, verb: Token) -> bool:
    """'agreed to raise bilateral trade to $10 billion', 'the volume of bilateral trade', 'their
    intention to increase bilateral trade': a verb that grows trade, or its volume, backs it."""
    if below is None or below.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in GROWTH_VERBS:
        return False
    if root.lemma_.lower() != "trade":
        return False
    path, t = [], root
    while t.i != below.i:
        path.append(t)
        t = t.head
    path.append(below)
    if any(p.lemma_.lower() not in GROWTH_MEASURES and p.lower_ != "of" for p in path):
        return False        # "raise trade barriers", "increase trade restrictions"
    if verb.lemma_.lower() in TARGETED_GROWTH:
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children) \
            or any(p.lemma_.lower() in GROWTH_MEASURES - {"trade"} for p in path)
    return True


def planned_talks(noun: Token, below: Token | None) -> bool:
    """'agreed to commence negotiations on a free trade agreement', 'decided to set up working groups on climate
    change': talks or working groups the parties pledge to start or go on with, on an issue, back it (a stated
    intent, not a discussion held: GUIDE.md's "agreed to do X"); not "discussed" nor talks merely held."""
    if below is None or below.dep_ != "prep" or below.head.i != noun.i or below.lower_ not in TALK_PREPS:
        return False
    return pledged_talk(noun)


def pledged_talk(noun: Token) -> bool:
    """'talks' in 'agreed to begin talks', 'groups' in 'decided to set up working groups': talks pledged."""
    if noun.lemma_.lower() not in TALK_NOUNS or noun.dep_ != "dobj":
        return False
    verb = noun.head
    if verb.lemma_.lower() not in TALK_START_VERBS or verb.dep_ != "xcomp" or is_negated(verb):
        return False
    return verb.head.lemma_.lower() in PLEDGE_VERBS and not is_negated(verb.head)


def _works_jointly(root: Token, verb: Token, below: Token | None) -> bool:
    """'agreed to work together on climate action', 'will work closely with India in the energy sector':
    working jointly (an adverb of joint work, or a partner after "with") on a field is cooperating in it,
    which backs it as "cooperate on" does; not working on something alone ("work on the text")."""
    if below is None or below.dep_ != "prep" or below.lower_ not in JOINT_WORK_PREPS or below.head.i != verb.i:
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in JOINT_WORK_VERBS:
        return False
    if root.pos_ == "PROPN" and below.lower_ in PLACE_PREPS:
        return False        # "working closely together in Kabul": a place, not a field of work
    t = root
    while t.i != below.i:
        if t.dep_ not in ("pobj", "conj", "compound", "amod") or t.head.i == t.i:
            return False
        if t.dep_ == "conj" and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.head.children):
            return False    # "work together in pursuit of ... and the clean energy transition": a purpose
        t = t.head
    # the adverb may hang on the preposition ("work together toward the complete denuclearization of ...")
    return any(c.dep_ == "advmod" and c.lower_ in JOINT_WORK_MARKS for c in [*verb.children, *below.children]) \
        or any(c.dep_ == "prep" and c.lower_ == "with" and c.i != below.i for c in verb.children)


def worked_on_party(root: Token, word: Token) -> bool:
    """'agreed to coordinate closely on North Korea': an actor named as what joint work is on is its topic,
    not a field the work backs (the caller knows the phrase names an actor)."""
    return word.pos_ == "VERB" and word.lemma_.lower() in JOINT_WORK_VERBS and root.dep_ == "pobj" \
        and root.head.head.i == word.i and root.head.lower_ in JOINT_WORK_PREPS


def _stands_by(root: Token, verb: Token, below: Token | None) -> bool:
    """'will stand with Ukraine', 'stand by the Palestinian people', 'stand up for human rights',
    'stands on the side of international law': a solidarity verb backs what its preposition names;
    not a partner it stands with in or against something ("stands with Syria against terrorism" backs
    the fight), nor what a thing stood by is about ("stood by its decision on the deal")."""
    if below is None or below.dep_ != "prep" or verb.pos_ != "VERB" or verb.lemma_.lower() not in SOLIDARITY_VERBS:
        return False
    if any(c.dep_ == "prep" and c.i != below.i and any(word_polarity(g) for g in c.subtree) for c in verb.children):
        return False    # "stand by Afghanistan in its fight against terrorism": the partner is the toward
    t = root
    while t.i != below.i and t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ != "of":
            return False
        t = t.head
    if below.lower_ in SOLIDARITY_PREPS:
        return True
    return below.lower_ == "on" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in SOLIDARITY_SIDES and any(c.dep_ == "prep" and c.lower_ == "of"
                                                                         for c in p.children)
        for p in below.children)


def _in_wrong_act(prep: Token) -> bool:
    """'violence against Palestinians', 'the aggression of the regime against Gaza': the
    preposition hangs in the noun phrase of a wrongful act."""
    t = prep.head
    for _ in range(4):
        if act_lemma(t) in WRONG_ACTS:
            return True
        if t.dep_ == "acl" and t.pos_ == "VERB" and t.head.i != t.i:
            t = t.head      # "the war crimes committed by the regime against the people of Gaza"
            continue
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return False
        t = t.head
    return False


def polarity_above(node: Token, inside: set[int] = frozenset(), steps: int = 10) -> tuple[Token, str] | None:
    """The nearest polarity word strictly above a token on its head chain: what the holder says of
    the act or position found there ("concerns about the PRC's coercive activities")."""
    t = node
    for _ in range(steps):
        if t.head.i == t.i or (t.i != node.i and t.pos_ in ("VERB", "AUX") and t.dep_ in CLAUSE_LINKS):
            return None     # not across predicates: "welcomed the deal and said Russia's war ..."
        t = t.head
        if t.i in inside:
            continue
        pol = word_polarity(t)
        if pol:
            return t, pol
    return None


def counter_phrase(text: str, patterns) -> bool:
    """True when a matched issue phrase names the fight against its issue: a prefix (anti-,
    counter-, non-) before what is itself a phrase of the issue ("counter-terrorism")."""
    m = _PREFIX.match(text)
    if not m:
        return False
    rest = text[m.end():]
    # "upholds the principle of non-interference": the bare act noun is no phrase of its own
    return any(p.fullmatch(rest) for p in patterns) or rest.lower() in PRINCIPLE_ACTS


def under_pretext(root: Token) -> bool:
    """'interference under the pretext of human rights', 'under the pretext of promoting
    democracy', 'in the name of democracy and human rights', 'using human rights as an excuse':
    the issue is only invoked."""
    t = root
    for _ in range(5):
        if t.dep_ in ("pobj", "pcomp") and t.head.lower_ == "of" and t.head.head.lemma_.lower() in PRETEXT_NOUNS:
            return True
        if t.dep_ == "dobj" and any(c.dep_ == "prep" and c.lower_ == "as" and p.lemma_.lower() in PRETEXT_NOUNS
                                    for c in t.head.children for p in c.children if p.dep_ == "pobj"):
            return True     # "using human rights as an excuse": the object is what is invoked
        if t.dep_ not in ("dobj", "pcomp", "conj") or t.head.i == t.i:
            return False
        t = t.head          # each item of "the pretext of democracy and human rights" is invoked
    return False


def resolve_polarity(raw: str, issue: str, aimed: bool, flipped: bool = False) -> str | None:
    """The stance's polarity from a raw polarity word: with no actor aimed at, on the issue itself
    (a counter word takes the issue's counter polarity; an oppose word its unaimed polarity); aimed
    at an actor, toward that actor's acts (counter words oppose them)."""
    sides = issue_sides().get(issue, IssueSides())
    if aimed:       # "supports Pakistan's counter-terrorism efforts": support for Pakistan's acts
        return SUPPORT if raw == SUPPORT else OPPOSE
    if flipped:     # "respect for non-interference": a support word on the fight against the issue
        if raw == SUPPORT:
            return sides.counter
        return OPPOSE if sides.counter == SUPPORT else SUPPORT
    if raw == COUNTER:
        return sides.counter
    if raw == OPPOSE:
        return sides.unaimed
    return raw
