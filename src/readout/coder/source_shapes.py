"""Token shapes the source rules read (sources.py): what "it" or a relative clause stands for, a
document signed with no signer, a capitalised plural of the participants, a phrase's named part,
a misjoined second act, an envoy with the capital of his post."""
from __future__ import annotations

from spacy.tokens import Token

from readout.lexicons import word_class

__all__ = ["thing_before", "antecedents", "signed_document", "capital_plural", "named_in",
           "misjoined_to_that_clause", "posted_in"]

COLLECTIVE = word_class("collective")
JOINT_DETERMINERS = word_class("joint_determiner")     # "the two leaders", "both sides"
SIGNING_VERBS = word_class("signing_verb")
SIGNED_DOCUMENTS = word_class("signed_document")
ENVOY_NOUNS = word_class("envoy_noun")          # "its Chargé d'Affaires in Ankara": the host of the post
POSTED_MISSIONS = word_class("posted_mission_noun")   # "closed its embassy in Caracas": the host of the mission
MISSION_VERBS = word_class("mission_verb")      # what is done to a mission: open, close, suspend
PERFORMATIVE = word_class("performative_verb")    # "urges", "calls on", "thanks": said by the speaker, never inside a that-clause


def thing_before(it: Token, codes_of_np) -> bool:
    """True when "it" hangs inside a clause whose subject before it is a singular noun that names no
    actor ("IBM announced it signed ...", "The company said it will ..."): that noun is what "it"
    stands for, not the last actor of the sentences before."""
    clause = it.head
    while clause.head.i != clause.i:
        clause = clause.head
        # the nearest subject before it: a fact sheet's bold markers ("**Visa announced ...**") parse as subjects too
        subj = next((c for c in reversed(list(clause.children)) if c.dep_ == "nsubj" and c.i < it.i
                     and not c.is_punct), None)
        if subj is None or subj.pos_ == "PRON":
            continue
        return subj.tag_ in ("NN", "NNP") and not codes_of_np([subj])
    return False


def antecedents(relcl: Token) -> list[Token]:
    """What a relative clause's "which"/"who" stands for: its head, or every member of a list it
    follows after a comma ("the United States and the United Kingdom, which bear direct
    responsibility", though the parser hangs the clause on the last member); without the comma
    it restricts the last member only ("Japan and the countries that joined the sanctions")."""
    head = relcl.head
    if head.dep_ == "conj" and relcl.left_edge.i > 0 and relcl.doc[relcl.left_edge.i - 1].text == ",":
        return [*head.conjuncts, head]
    return [head]


def signed_document(verb: Token, subj: Token) -> bool:
    """ "A package of documents was signed in their presence": a document signed, no signer named."""
    if verb.lemma_.lower() not in SIGNING_VERBS:
        return False
    words = {subj.lemma_.lower()} | {g.lemma_.lower() for p in subj.children if p.dep_ == "prep"
                                     and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"}
    return bool(words & SIGNED_DOCUMENTS)


def capital_plural(head: Token) -> bool:
    """"The Prime Ministers expressed ...": a capitalised plural the tagger takes for a singular
    name ("Ministers", lemma "Ministers", NNP) is the participants, as "the leaders" is."""
    low = head.lower_
    return head.tag_ in ("NNP", "NNPS") and low.endswith("s") and (low[:-1] in COLLECTIVE or low in COLLECTIVE) \
        and any(c.dep_ == "det" and c.lower_ == "the" or c.lower_ in JOINT_DETERMINERS for c in head.children)
    # also "The two Ministers", and "Both Ministers" with no article


def named_in(head: Token) -> list[Token]:
    """A phrase's tokens, with its appositions ("Prime Minister Kishida of Japan") but without
    prepositions other than "of" ("alongside Ukraine")."""
    out = [head]
    for c in head.children:
        if c.dep_ in ("punct", "relcl", "acl") or (c.dep_ == "prep" and c.lower_ != "of"):
            continue
        out += named_in(c)
    return out


def misjoined_to_that_clause(verb: Token, outer: Token) -> bool:
    """A verb of asking or thanking after ", and" joined to a that-clause, whose subject names no
    actor: the parser's misreading of the speaker's second act."""
    doc = verb.doc
    return verb.lemma_.lower() in PERFORMATIVE and outer.dep_ == "ccomp" and outer.head.i != outer.i \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in outer.children) \
        and verb.i >= 2 and doc[verb.i - 1].dep_ in ("cc", "advmod") and any(
            doc[k].text == "," for k in range(max(outer.i, verb.i - 3), verb.i))


def posted_in(noun: Token) -> bool:
    """An envoy told with the capital of his post ("the Iraqi Chargé d'Affaires in Ankara has been
    recalled", "recalled its ambassador in Ankara"): the capital is the host state, not a venue; not
    for a subject ("the ambassador in Ankara said"), whose words name who speaks."""
    if noun.lemma_.lower() in ENVOY_NOUNS and noun.dep_ in ("dobj", "nsubjpass"):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in POSTED_MISSIONS:
        noun = noun.head.head    # "the Embassy of Iceland in Moscow", the capital hung on the state's name
    if noun.lemma_.lower() not in POSTED_MISSIONS and not any(
            p.dep_ == "prep" and p.lower_ == "of" and g.dep_ == "pobj" and g.lemma_.lower() in POSTED_MISSIONS
            for p in noun.children for g in p.children):
        return False    # ("the operations of the Embassy ... in Moscow": the capital hung on what the mission does)
    # a mission closed, opened or suspended ("closed its embassy in Caracas", "suspend the operations
    # of the Embassy of Iceland in Moscow", "the Embassy of Iran in Riyadh reopened"): the capital is
    # the host state, not a venue; not a place met at ("met at the embassy in Moscow": a pobj of "at")
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun.dep_ in ("dobj", "nsubjpass", "nsubj") and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in MISSION_VERBS
