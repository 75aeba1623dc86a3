"""Clues to an act's target in the words around its trigger (docs/coder.md, "At whom"), for
find_targets (targets.py): whom a protest, measure or request is addressed to, victims named by their
people, the objects a judgement names, culprits and places that name no one, and conditions."""
from __future__ import annotations

from spacy.tokens import Token

from readout.cameo import plover_type, types_with
from readout.coder.strikes import strike
from readout.coder.strikes import victim as _victim
from readout.coder.grammar import condition_clauses
from readout.coder.membership import is_body
from readout.coder.partners import ANSWER_PREPS, HOME_ADDRESSEES, WRONG_ACTS
from readout.coder.patterns import Kind
from readout.coder.sources import Analysis
from readout.coder.target_region import asked_subjects, backing_participle
from readout.coder.triggers import Trigger
from readout.lexicons import word_class

__all__ = ["addressee_of", "own_people_asked_for", "np_head", "victim_people", "measure_aimed", "request_addressee", "named_objects",
           "answers_no_wrong", "condition_actors", "described_backing", "unnamed_culprit", "finite", "announced", "unnamed_place", "forum_body"]

RESPECT_NOUNS = word_class("respect_prep_noun")     # "the national emergency with respect to Iran"
THIRD_PARTY_NOUNS = word_class("third_party_noun")
THIRD_PARTY_PLURALS = word_class("third_party_plural")
PLACE_PREPS = word_class("place_prep_clause")      # "the rising tension in the Middle East": a place
OPEN_PLACES = word_class("open_place_noun")
UNNAMED_CULPRITS = word_class("unnamed_culprit")  # "hold those responsible to account"
COLLECTIVE = word_class("collective")
# "strikes on Kyiv", "a crackdown on protesters": the place or people an attack hits, not its doer
# ("in Iran" is left alone: "a crackdown in Iran" names where the doer rules).
ATTACK_NOUNS = word_class("attack_noun")
CONDITION_MARKS = word_class("condition_mark")  # "would respond if a war were imposed"
VICTIM_NOUNS = word_class("victim_noun")        # "the displacement of the Palestinian people"
FORUM_PREPS = word_class("forum_prep")          # "close coordination in the UN Security Council"
OCCASION_PREPS = word_class("body_occasion_prep")    # "for the G20 summit"
MEETING_NOUNS = word_class("meeting_noun")
TERM_NOUNS = word_class("body_term_noun")        # "Japan's G7 presidency": a member's term, not the body


def forum_body(an: Analysis, tok: Token) -> bool:
    """Whether the body `tok` names is only where or at what an act of cooperation is done, not its
    partner: "agreed to continue close coordination in the UN Security Council ... and within BRICS",
    "looked forward to welcoming him in Japan for the G20 summit", "work together at the United
    Nations", a member's term in it ("support Japan's G7 presidency"). Not a body met or worked with
    ("cooperation with ASEAN", "met the G7 leaders")."""
    m = an.tok_mention.get(tok.i)
    if m is None or not is_body(m.code):
        return False
    root = an.name_root(tok)
    if root.dep_ == "pobj" and root.head.lower_ in FORUM_PREPS:
        return True
    # "the G20 summit", "the SCO Council of Heads of State meeting": the body's meeting as an occasion
    noun = root.head if root.dep_ in ("compound", "nmod", "poss") else None
    if noun is not None and noun.lemma_.lower() in TERM_NOUNS:
        return True     # "support ... Japan's G7 presidency": the member's term (FRESH40 AZ20), not the body
    return noun is not None and noun.lemma_.lower() in MEETING_NOUNS and noun.dep_ == "pobj" \
        and noun.head.lower_ in OCCASION_PREPS | FORUM_PREPS


def addressee_of(trig: Trigger, tok: Token) -> bool:
    """ "Protested to Finland", "issued a warning to Moldova", "made démarches to the US": the one a
    protest, warning or complaint (no deed) is addressed to, by a preposition on the trigger or its
    light verb; not whom an attack is aimed at ("condemned the attack against Israel")."""
    return tok.dep_ == "pobj" and tok.head.head.i in (trig.token.i, trig.clause.i) \
        and plover_type(trig.pattern.cameo) not in types_with("deed")


def np_head(tok: Token) -> Token:
    """The noun a name modifies ("the Palestinian people", "Russian officials", "Iran's
    diplomats"), or the name itself."""
    return tok.head if tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") else tok


def victim_people(tok: Token) -> bool:
    """A nationality naming the people an act hits ("any displacement of the Palestinian people",
    "the attack on Israeli civilians"); not the doer of an act named so ("objections to the PRC's
    coercive actions toward Taiwan", "Chinese actions")."""
    return tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in VICTIM_NOUNS and _victim(tok.head)


def own_people_asked_for(trig: Trigger, actors, source) -> bool:
    """A request whose source is named only as its own people inside what is asked ("requested the
    early release of the detained Japanese nationals"): aimed at the other side, not at itself."""
    own = [t for t, m in actors if m.code == source]
    return plover_type(trig.pattern.cameo) == "REQUEST" and bool(own) and all(
        _people_asked_for(trig.token, t) for t in own)


def _people_asked_for(trigger: Token, tok: Token) -> bool:
    """A nationality naming people inside what is asked for, not whom it is asked of (not "urged
    Japanese nationals to leave")."""
    people = tok.head
    return tok.dep_ in ("amod", "compound") and people.lemma_.lower() in VICTIM_NOUNS \
        and people.dep_ == "pobj" and people.head.head.i != trigger.i


def measure_aimed(trig: Trigger, tok: Token) -> bool:
    """ "Imposed sanctions against Iran", "the ban on flights to Minsk", "sanctions against X": the
    one a measure (a deed aimed at a doer) is aimed at, by a preposition on the trigger itself or
    on the measure its verb takes; not whom an act it answers hit ("sanctions over the attack
    against Israel", "condemned the attack against Israel", a judgement, is no deed)."""
    if tok.dep_ != "pobj" or plover_type(trig.pattern.cameo) not in types_with("deed"):
        return False
    on = tok.head.head
    if on.lemma_.lower() in RESPECT_NOUNS and on.dep_ == "pobj" and tok.head.lower_ == "to":
        on = on.head.head   # "with respect to Iran", "in relation to X": one preposition of three words
        if on.dep_ == "acl" and on.tag_ == "VBN":
            on = on.head    # "the national emergency declared in Executive Order 13611 with respect to Yemen"
    return on.i == trig.token.i or (trig.pattern.kind == Kind.VERB and on.dep_ in ("dobj", "nsubjpass")
                                    and on.head.i == trig.token.i)


def request_addressee(an: Analysis, trig: Trigger) -> str | None:
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


def named_objects(trig: Trigger, found, root) -> list:
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


def answers_no_wrong(an: Analysis, trig: Trigger) -> bool:
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


def condition_actors(an: Analysis, trig: Trigger, sources) -> list[str] | None:
    """For a warning that hangs on a condition ("would respond firmly if ..."), the actors the
    condition names beside the warner (none: the warning is aimed at no one); None without one."""
    conds = condition_clauses(trig.clause, CONDITION_MARKS)
    if not conds:
        return None
    return list(dict.fromkeys(m.code for c in conds for _, m in an.actors_in(list(c.subtree)) if m.code not in sources))


def unnamed_culprit(verb: Token) -> bool:
    """The act's object is people it does not name ("those responsible", "the perpetrators"), also
    as the subject of its small clause ("hold those responsible accountable") or of its passive
    ("those responsible will be held accountable"), with no possessor."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]      # "those responsible will be held accountable"
    objects += [g for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd", "advcl") for g in c.children if g.dep_ in ("nsubj", "dobj")]
    return any(o.lemma_.lower() in UNNAMED_CULPRITS or o.lower_ in UNNAMED_CULPRITS for o in objects
               if not any(c.dep_ == "poss" for c in o.children))


def finite(verb: Token) -> bool:
    """True for a verb that states a position ("supports", "supported", "will support"); not an
    infinitive or participle ("to support", "supporting"), nor a relative clause describing its
    head ("a partnership, which supports energy security")."""
    if verb.dep_ == "relcl":
        return False
    if verb.tag_ in ("VBZ", "VBP", "VBD"):
        return True
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def announced(verb: Token) -> bool:
    """True for a finite verb with a modal ("will support", "would support"): an announced act, not
    only a stated position ("supports")."""
    return finite(verb) and verb.tag_ == "VB"


def unnamed_place(an: Analysis, region: list[Token]) -> bool:
    """A proper-noun place among the arguments that names no actor ("the rising tension in the
    Middle East", "the situation in the East and South China Seas"): a concern about what happens
    there is aimed at no one, not at the story's other side."""
    return any(t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS and t.pos_ == "PROPN"
               and t.lower_ in OPEN_PLACES and not any(x.i in an.tok_mention for x in t.subtree) for t in region)


def described_backing(trig: Trigger) -> bool:
    """A backing word told as a participle on a noun with its own "by" doer ("the roadmap endorsed
    by the UN Security Council", "a peace backed by strong security guarantees"): a description of
    that noun, the agent's act if any, no act of the clause's doers toward the agent."""
    return plover_type(trig.pattern.cameo) == "SUPPORT" and trig.pattern.kind == Kind.VERB and backing_participle(trig.token)
