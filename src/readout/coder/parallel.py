"""Acts of several parties at once that name no partner (docs/coder.md, "Several parties: mutual or
parallel"): MUTUAL acts are done toward one another ("the two sides agreed to deepen cooperation",
"Jordan and the United States reiterated their commitment to defeating ISIS": each toward the other,
GUIDE.md joint acts, FRESH.md decision 33); PARALLEL acts are each party's own toward a third party
or a thing ("Australia, Canada and Japan have all pledged their support", "Norway and Denmark each
committed $50 million", "have agreed to accompany the two delegations"): each party's act is coded on
its own, toward the sides it is aimed at or no one named, never toward the other doers."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.grammar import subject_token
from readout.lexicons import word_class
from readout.mentions import COUNTRY_KINDS

__all__ = ["parallel_act", "sides_addressed"]

DISTRIBUTIVE = word_class("distributive_word")      # "have all pledged", "each committed", "respectively"
MUTUAL = word_class("mutual_content_word")          # "deepen cooperation", "a joint commission"
RECIPROCAL = word_class("reciprocal_phrase")        # "each other", "one another", "bilateral"
PAIR_COUNT = word_class("pair_determiner")          # "in both countries", "the two countries"
POLITIES = word_class("polity_noun")
SIDE_NOUNS = word_class("side_noun")              # "all sides", "both parties"
OTHER_SIDES = word_class("addressed_side_noun")     # "the two delegations"
OWN_DETERMINERS = word_class("doers_possessive")    # "their delegations", "our sides": the doers' own
NOT_FLOATING = word_class("distributive_follower")   # "each other", "one another", "each of"
FLOATING_DEPS = ("advmod", "appos", "dep", "npadvmod")  # where the parser hangs a floating quantifier


def _verb_chain(tok: Token) -> list[Token]:
    """The act's word and the verbs it is the complement of ("have agreed to accompany": accompany,
    agreed), up to the clause that has the subject."""
    chain = [tok]
    while chain[-1].dep_ in ("xcomp", "dobj", "pobj", "prep", "pcomp", "acl") and len(chain) < 6 \
            and subject_token(chain[-1]) is None:
        chain.append(chain[-1].head)
    return chain


def _distributed(chain: list[Token]) -> bool:
    """A floating quantifier or adverb that hands the act out to each doer in turn ("have all
    pledged", "A and B each committed", "pledged $1 million and $2 million respectively"); not
    "each other", and not "all" as a determiner ("all parties agreed")."""
    verb = chain[-1]
    subject = subject_token(verb)
    holders = [*chain] + ([subject] if subject is not None else [])
    for h in holders:
        for c in h.children:
            if c.lower_ not in DISTRIBUTIVE or c.dep_ not in FLOATING_DEPS:
                continue
            nxt = c.nbor(1) if c.i + 1 < len(c.doc) else None
            if nxt is not None and nxt.lower_ in NOT_FLOATING:
                continue
            return True
    return False


def _done(verb: Token) -> list[Token]:
    """What the act does, its words outside the subject and auxiliaries ("pledged their support to
    the initiative": their support to the initiative)."""
    return [t for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass", "aux", "auxpass") for t in c.subtree]


def _with_one_another(chain: list[Token]) -> bool:
    """Whether what is done is done with or for one another: a word of cooperation or of a joint body
    ("deepen cooperation", "work together"), "each other", or the two countries themselves ("invest
    in projects in both countries")."""
    verb = chain[-1]
    content = [*_done(verb), verb]
    text = " " + " ".join(t.lower_ for t in content) + " "
    if any(f" {w} " in text for w in RECIPROCAL):
        return True
    if any(t.lemma_.lower() in MUTUAL or t.lower_ in MUTUAL for t in content):
        return True
    return any(t.lemma_.lower() in POLITIES and any(c.lower_ in PAIR_COUNT or c.dep_ == "poss" for c in t.children)
               for t in content)


def parallel_act(trigger: Token) -> bool:
    """Whether an act several named parties do together and that names no partner is each one's own
    (parallel: toward no one named) rather than done toward one another (mutual)."""
    chain = _verb_chain(trigger)
    return _distributed(chain) and not _with_one_another(chain)


def _sides_noun(chain: list[Token]) -> bool:
    """Whether what is done is aimed at sides the text names only by a noun ("agreed to accompany the
    two delegations", "a bridging proposal that meets the expectations of all sides"): not the
    doers' own ("their delegations") nor the doers themselves (the subject)."""
    for t in _done(chain[-1]):
        if t.pos_ != "NOUN" or t.dep_ in ("nsubj", "nsubjpass", "poss", "compound"):
            continue
        if t.lemma_.lower() not in SIDE_NOUNS and t.lemma_.lower() not in OTHER_SIDES:
            continue
        # counted ("the two delegations", "all sides", "both parties"): plain "the parties" is as often
        # the doers themselves ("statements that affirm the intention of the parties")
        if not any(c.lower_ in PAIR_COUNT or c.lower_ in DISTRIBUTIVE for c in t.children):
            continue
        if any(c.dep_ == "poss" and c.lower_ in OWN_DETERMINERS for c in t.children):
            continue
        return True
    return False


def sides_addressed(an, trigger: Token, doers) -> list | None:
    """The targets of an act several parties do toward sides named only by a noun: the one or two
    other states or groups the story names besides the doers and its authors (GUIDE.md: "both sides",
    "the parties" resolve to the actors they refer to) before the act; None where the act is not
    aimed at such sides or they are not known."""
    chain = _verb_chain(trigger)
    if not _sides_noun(chain) or _with_one_another(chain):
        return None
    # a noun refers back: only sides told before the act
    mine = set(doers) | set(an.authors) | {an.speaker_default}
    others = list(dict.fromkeys(m.code for m in an.mentions if m.kind in COUNTRY_KINDS and m.code not in mine
                                and m.start < trigger.idx))
    return others if 0 < len(others) <= 2 else None
