"""The word-level tests the stance finder (stances.py) asks of an issue phrase: does a country own
the issue, is an actor only thanked or judged, must the act be done, is a wrongful act backed,
judged or only carried out (docs/coder.md, "Stances")."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.grammar import clause_of, first_of_list, is_negated, shared_of, subject_token
from readout.coder.stance_polarity import OPPOSE, SUPPORT, WRONG_ACTS, act_lemma, condemning, word_polarity
from readout.lexicons import word_class

__all__ = ["relative_acts", "relative_deed_verb", "impersonal_need", "judged_agent", "owned_by_other_issue", "judged_actor", "thanks_for_no_stand", "obliged", "actor_as_issue", "backed_act", "judged_wrong",
           "judged_in_clause", "definite_act_subject", "copular_judgement", "needed_of", "in_breach",
           "judged_clause", "first_conjunct", "repressed_by", "REPORTING", "REPRESS_VERBS", "WRONG_VERBS"]

REPORTING = word_class("reporting_verb")
GROUNDS_VERBS = word_class("grounds_verb")     # thank, praise, condemn ... someone for something
REPRESS_VERBS = word_class("repress_verb")    # "jailing independent journalists"
# a verb of repression judges its subject as a wrongdoing verb does, once it governs a good (repressed_by)
WRONG_VERBS = word_class("wrong_verb") | REPRESS_VERBS
OBLIGATION = word_class("obligation_modal")
PRIORITY_NOUNS = word_class("priority_noun")   # "the top priority is to achieve a ceasefire"
OPERATIVE_VERBS = word_class("operative_verb")   # "I have determined that it is necessary to ..."
NECESSITY = word_class("necessity_word")     # "it is important for X to ...": what X needs to do
DEFINITE = word_class("definite_det")
REFERRING = word_class("referring_modifier")      # "Such acts constitute a violation of ...": acts told before
BACKED_PREPS = word_class("backed_prep")     # "Iran's support for / to Russia's war"
COPULAS = word_class("copula_verb")          # "the strikes constitute a breach of ..."
BREACH_NOUNS = word_class("breach_noun")     # "struck ..., in violation of Pakistan's sovereignty"
RELATIVE = word_class("relative_pronoun")
DESCRIBING = word_class("describing_verb")   # "described the strikes as a violation of ..."
CLAUSE_DEPS = ("advcl", "conj", "pcomp", "relcl", "xcomp")   # not "concerned that China moves around Taiwan"
THANKS_WORDS = word_class("thanks_word")     # thank, grateful, gratitude ...
# "expressed appreciation for Israel's condolences": thanks told as a noun of valuing, judged by its grounds too
VALUING_NOUNS = word_class("valuing_noun")
THANKED_STANDS = word_class("thanked_stand")     # "thanked X for its support / position / efforts"


def owned_by_other_issue(root: Token, others: set[int]) -> bool:
    """"Syria's sovereignty", "the sovereignty of Ukraine", "the unity and territorial integrity of Syria":
    the country owns the issue, it is not one itself."""
    while root.dep_ in ("compound", "amod") and root.head.pos_ == "PROPN":
        root = root.head    # "the Syrian Arab Republic": the name's head
    if root.dep_ == "poss":
        return root.head.i in others
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    owner = root.head.head
    if owner.i in others:
        return True
    # "the unity and territorial integrity of Syria": the "of" closing a coordination owns each noun
    group = [owner] + list(owner.conjuncts)
    return any(t.i in others and shared_of(t) is not None and shared_of(t).i == root.head.i for t in group)


def judged_actor(root: Token, word: Token) -> bool:
    """"thanked Russia and Ukraine for their approach": the actor thanked or praised is no issue."""
    t = first_of_list(root)
    return t.dep_ == "dobj" and t.head.i == word.i and word.lemma_.lower() in GROUNDS_VERBS \
        and word_polarity(word) == SUPPORT


def thanks_for_no_stand(word: Token) -> bool:
    """"thanked China for the vaccines", "thanked Turkey for hosting refugees": thanks whose grounds are a thing
    given or a deed, not a position or backing the thanked one holds, state no stance of the thanker."""
    if word.lemma_.lower() not in THANKS_WORDS | VALUING_NOUNS:
        return False
    # "thanked his counterpart for the support ...": the parser hangs the grounds on the verb or on whom it thanks
    owners = [word] + [c for c in word.children if c.dep_ in ("dobj", "dative")]
    preps = [c for o in owners for c in o.children if c.dep_ == "prep" and c.lower_ == "for"]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.lower_ == "for"]
    grounds = [c for p in preps for c in p.children if c.dep_ in ("pobj", "pcomp")]
    grounds += [c for g in grounds for c in g.children if c.dep_ == "conj"]
    # "I want to thank the postal workers who kept the mail moving through a pandemic": with no grounds given,
    # the issue only tells who is thanked
    return not any(g.lemma_.lower() in THANKED_STANDS for g in grounds)


def obliged(clause: Token) -> bool:
    """'must respect ... and take every precaution to protect civilians': the clause, or one it
    is joined to or serves, says what must be done."""
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in clause.children):
            return True
        if clause.dep_ not in ("conj", "xcomp", "advcl") or clause.head.i == clause.i:
            return False
        clause = clause_of(clause.head)
    return False


def needed_of(clause: Token) -> Token | None:
    """'it is important for Iran to continue complying with the agreement': the copula that says
    a named party needs to do what the clause says (whose saying it is, is judged there), or None."""
    for _ in range(4):
        head = clause.head
        if any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and head.lemma_.lower() == "be" \
                and any(c.dep_ == "acomp" and c.lemma_.lower() in NECESSITY for c in head.children):
            return head
        if clause.dep_ not in ("conj", "xcomp") or head.i == clause.i:
            return None
        clause = clause_of(head)
    return None


def actor_as_issue(root: Token, word: Token) -> bool:
    """An issue phrase that names an actor ("Ukraine", "Kyiv") is the issue only in its polarity
    word's own clause ("peace talks between Russia and Ukraine", "Russia's invasion of Ukraine");
    a party named in another clause is no issue of that word ("Expressing his gratitude to Russia
    and Ukraine ..., Erdogan thanked", "reaffirmed its readiness to continue talks with the Ukrainian side")."""
    t = root
    for _ in range(12):
        if t.i == word.i or t.head.i == word.i or word.head.i == t.i or t.head.i == t.i:
            return True     # reached the word, or the token it modifies ("a stable Afghanistan")
        if t.dep_ == "nsubj" and t.head.i in (word.head.i, word.head.head.i):
            return True     # the subject the word's copula judges ("Taiwan is an inalienable part of China")
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.dep_ in CLAUSE_DEPS:
            return False
    return True


def backer_of(act: Token) -> Token | None:
    """"condemned Iran's support for Russia's war": the possessor of the support word that backs the act
    (whose backing it is), or None."""
    head = act.head.head if act.dep_ == "pobj" and act.head.lower_ in BACKED_PREPS else None
    if head is None or head.pos_ != "NOUN" or word_polarity(head) != SUPPORT:
        return None
    return next((c for c in head.children if c.dep_ == "poss"), None)


def backed_act(act: Token) -> bool:
    """'supports Russia's special military operation', 'support for the operation': a support
    word takes the wrongful act as its own object."""
    head = act.head
    if act.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif act.dep_ != "dobj":
        return False
    return word_polarity(head) == SUPPORT and not is_negated(head)


def described_as(word: Token) -> Token | None:
    """'described the US strikes as a flagrant violation of international law', 'condemned the attack
    as a breach of ...': the object the describing verb judges with a wrongful act, or None."""
    if act_lemma(word) not in WRONG_ACTS and word_polarity(word) != OPPOSE:
        return None
    if word.dep_ == "ccomp" and word.head.pos_ == "VERB" and word.head.lemma_.lower() in DESCRIBING:
        # "Russia considers the attack a gross violation of ...": the small clause's subject is the act
        return next((c for c in word.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if word.dep_ == "conj" and word.head.dep_ == "dobj" and word.head.head.pos_ == "VERB" \
            and word.head.head.lemma_.lower() in DESCRIBING \
            and any(t.lower_ == "as" for t in word.doc[word.head.i + 1:word.i]):
        # "describing the move as unlawful and a breach of ...": the second complement parsed as a
        # conjunct of the object
        return word.head
    while word.dep_ == "conj" and word.head.i != word.i and word.head.pos_ == "NOUN":
        word = word.head    # "described the barrier as a hazard to navigation and a violation of ..."
    if word.dep_ == "conj" and word.head.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "as" for c in word.head.children):
        verb = word.head    # the same, with the second complement parsed as a conjunct of the verb
    elif word.dep_ != "pobj" or word.head.lower_ != "as":
        return None
    else:
        verb = word.head.head
    if verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN"):
        obj, verb = verb, verb.head     # "as" parsed on the object: "described [the attacks as a violation]"
    else:
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if obj is not None and obj.pos_ == "PRON":
        # "condemned the attacks on Syria, describing them as a violation of ...": what the verb it
        # hangs on took as its object
        above = verb.head if verb.dep_ in ("advcl", "xcomp", "conj") else verb
        obj = next((c for c in above.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    return obj if verb.pos_ == "VERB" and verb.lemma_.lower() in DESCRIBING else None


def judged_wrong(word: Token) -> bool:
    """'the strikes violate international law', 'the launch is a clear violation of ...', 'struck
    targets in violation of its sovereignty': a wrongdoing verb, or a wrongful act said of a subject."""
    if word.pos_ == "VERB":
        return word.lemma_.lower() in WRONG_VERBS
    return copular_judgement(word) or in_breach(word) or described_as(word) is not None or condemning(word)


def repressed_by(root: Token) -> Token | None:
    """The verb of repression whose object (or passive subject) a governed good's phrase is, through a
    coordination ("jailing independent journalists", "unjustly arrested and detained government leaders,
    ..., journalists", "shut down independent media outlets"), or None; not negated."""
    t = root
    for _ in range(12):
        if t.dep_ not in ("conj", "appos", "compound", "amod") or t.head.i == t.i:
            break
        t = t.head      # "detained government leaders, politicians, human rights defenders, journalists",
        # "independent media outlets"
    if t.dep_ not in ("dobj", "nsubjpass") or t.head.pos_ != "VERB":
        return None
    verb = t.head
    if verb.lemma_.lower() not in REPRESS_VERBS or is_negated(verb):
        return None
    return verb


def judged_clause(word: Token) -> Token:
    """The verb whose subject a judging word judges: the wrongdoing verb itself, the copula of
    'is a violation of', or the verb 'in violation of' hangs on."""
    if word.pos_ == "VERB":
        # "the meeting, which violates the one-China principle, seriously harms China's sovereignty", "these moves
        # violate ..., interfere in ... and undermine ...": a later conjunct with no subject of its own judges the
        # first conjunct's subject, as the parse hangs it there
        while word.dep_ in ("conj", "dep") and word.head.pos_ in ("VERB", "AUX") and subject_token(word) is None:
            word = word.head
        return word
    if in_breach(word):
        return word.head.head
    described = described_as(word)
    if described is not None:
        return described.head
    return first_conjunct(word).head


def first_conjunct(word: Token) -> Token:
    """The first of coordinated nouns ("is a violation of Iraq's sovereignty and a breach of
    international law": "violation"), where the parse hangs the clause's role; the word itself if
    it is no later conjunct."""
    while word.dep_ == "conj" and word.head.i != word.i and word.head.pos_ in ("NOUN", "PROPN") \
            and word.pos_ in ("NOUN", "PROPN"):
        word = word.head
    return word


def copular_judgement(word: Token) -> bool:
    """'the launch is a clear violation of ...', 'X is the enemy of ...', 'the strikes constitute
    a breach of ...', also a later conjunct ('... and a breach of international law'): a wrongful act
    or an oppose word said of the copula's subject (whoever says so judges the subject)."""
    first = first_conjunct(word)
    return first.dep_ in ("attr", "dobj") and first.head.lemma_.lower() in COPULAS \
        and (first.dep_ == "attr" or first.head.lemma_.lower() != "be") \
        and (act_lemma(word) in WRONG_ACTS or word_polarity(word) == OPPOSE)


def in_breach(word: Token) -> bool:
    """'Indian aircraft struck targets inside Pakistan, in blatant violation of its sovereignty':
    an act told in breach of an issue (the verb's subject is the doer, whoever says it judges)."""
    verb = word.head.head
    return word.dep_ == "pobj" and word.head.lower_ == "in" and act_lemma(word) in BREACH_NOUNS \
        and verb.pos_ in ("VERB", "AUX") and word_polarity(verb) is None
    # not "condemned the DPRK's launches, in violation of ...": the condemner is no violator


def breaching_act(word: Token) -> Token | None:
    """'describing it as a dangerous escalation in flagrant violation of international law': the act
    noun an "in violation of" phrase is hung on (the act in breach), or None."""
    head = word.head.head
    if word.dep_ == "pobj" and word.head.lower_ == "in" and act_lemma(word) in BREACH_NOUNS and head.pos_ == "NOUN":
        return head
    return None


def judged_in_clause(word: Token) -> bool:
    """A wrongful act is no stance of whoever carries it out: "Russia launched one of its largest
    assaults against Ukraine" (the act as the object of a verb that neither judges nor reports it)."""
    if act_lemma(word) not in WRONG_ACTS or word.pos_ != "NOUN" or copular_judgement(word):
        return True     # "the action constitutes a flagrant violation of ...": a judgement
    t = word
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "dobj" and t.head.head.pos_ == "NUM":
        t = t.head.head         # "one of its largest assaults"
    if t.dep_ != "dobj":
        return True
    verb = t.head
    return verb.lemma_.lower() in REPORTING or word_polarity(verb) is not None


def judged_agent(word: Token) -> list[Token]:
    """'the act was committed by the regime and constitutes a gross violation of ...': the agent of
    the passive the judging verb is joined to (or is), whose deed is judged (tokens; [] if none)."""
    verb = judged_clause(word)
    for _ in range(3):
        agent = [t for c in verb.children if c.dep_ == "agent" for t in c.subtree]
        if agent or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return agent
        verb = verb.head
    return []


def definite_act_subject(word: Token) -> Token | None:
    """'These actions violate ...', 'The launch is a violation ...': the subject, when it is an act
    named before (a definite noun) whose doer was spoken of earlier, else None."""
    verb = judged_clause(word)
    described = described_as(word)
    if described is not None:
        return described       # "described the attacks as a violation of ...": the act named
    # "the Greek naval deployment was carried out in violation of ...": a passive's subject is the act too
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while subj is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head        # "which violate Iran's sovereignty and constitute a breach of ..."
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in RELATIVE and verb.dep_ == "relcl":
        subj = verb.head        # "these attacks, which violate Iran's sovereignty"
    if subj is not None and subj.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE
                                                        or c.dep_ in ("amod", "predet") and c.lower_ in REFERRING
                                                        for c in subj.children):
        return subj
    return None


def relative_acts(word: Token) -> list[Token]:
    """The nouns a relative clause that judges says its wrong of: "North Korea's launch, which violated ...",
    "Russia's strikes on Kyiv, which violate ..." (the act the place hangs on too), "the administration of the
    islands by the United Kingdom is an unlawful act that violates ..." (the subject the act is said of); none
    where the judging verb's subject is no relative pronoun."""
    verb = judged_clause(word)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ != "relcl" or subj is None or not (subj.lower_ in RELATIVE or subj.tag_ in ("WDT", "WP")):
        return []
    ante = verb.head
    out = [ante]
    t = ante
    # "those who violate existing sanctions" is said of no deed in particular: one step only, as the place of an act
    for _ in range(3 if ante.pos_ != "PRON" else 1):
        if t.dep_ != "pobj" or t.head.head.pos_ != "NOUN":
            break
        t = t.head.head
        out.append(t)      # "strikes on Kyiv, which ...", "interference in the internal affairs of Somalia, which ..."
    if ante.dep_ == "attr":
        out += [c for c in ante.head.children if c.dep_ == "nsubj"]     # "X is an unlawful act that ..."
    return out


def relative_deed_verb(word: Token) -> Token | None:
    """"the US side made a grave mistake, which undermines strategic stability", "Israel launched strikes, which
    violate ...": the verb whose object a judging relative clause is said of (its subject did the deed), unless
    that verb judges or reports the object ("condemned the strikes, which ..."); else None."""
    verb = judged_clause(word)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ != "relcl" or subj is None or not (subj.lower_ in RELATIVE or subj.tag_ in ("WDT", "WP")):
        return None
    ante = verb.head
    if ante.dep_ != "dobj" or ante.head.pos_ != "VERB":
        return None
    deed = ante.head
    if word_polarity(deed) is not None or deed.lemma_.lower() in REPORTING or deed.lemma_.lower() in DESCRIBING:
        return None
    return deed


def impersonal_need(clause: Token) -> Token | None:
    """"It is important to continue our joint efforts against terrorism", "The top priority is to achieve a
    ceasefire in Gaza": the copula that says what must be done with no one named to do it, or None."""
    for _ in range(4):
        head = clause.head
        if head.i == clause.i:
            return None
        if clause.dep_ == "xcomp" and head.lemma_.lower() == "be":
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if head.dep_ == "ccomp" and head.head.lemma_.lower() in OPERATIVE_VERBS:
                return None     # "I have determined that it is necessary to continue the national emergency":
                # a document's operative finding, no stated position (the tune gold codes none)
            if subj is not None and (subj.lower_ == "it" and any(
                    c.dep_ == "acomp" and c.lemma_.lower() in NECESSITY for c in head.children)
                    or subj.lemma_.lower() in PRIORITY_NOUNS):
                return head
            return None
        if clause.dep_ not in ("conj", "xcomp", "advcl"):
            return None
        clause = head
    return None
