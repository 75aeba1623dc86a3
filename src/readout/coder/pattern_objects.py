"""What a pattern's `obj` is matched against: a trigger's objects and complements, their heads,
modifiers and lists, wherever the parser hangs them (docs/coder.md, "Triggers")."""
from __future__ import annotations

from spacy.tokens import Token

from readout.actors import names_a_state
from readout.coder.grammar import VENUE_PREPS, participle_undergoers, raised_objects, remembered, to_infinitive
from readout.coder.patterns import DEFAULT_LIGHT, Kind, Pattern
from readout.lexicons import word_class

__all__ = ["free_complements", "light_verb_preps", "object_lemmas"]

# Run for every word: as a plain name, since looking up an Enum member costs 120 ns in Python 3.11.
VERB = Kind.VERB
MONTHS = word_class("month")
NATIONALS = "@nationals"     # a pattern's obj for people counted by nationality ("freed six Americans")
PLACE_NAME = "@place"        # a pattern's obj for a bare place name after its preposition ("welcomed X to Chequers")
PERSON_NAME = "@name"        # a pattern's obj for a person named ("Xiyue Wang was released by Iran")
MEANS_PREPS = word_class("means_prep")        # "provided X with Y and Z": what is given
INSTRUMENT_PREPS = word_class("instrument_prep")      # "by joint efforts": how an act is done
QUANTITY_NOUNS = word_class("quantity_noun")    # "a number of memoranda"
AMOUNT_PREPS = word_class("amount_prep")      # "tons of aid", "$500 million in assistance"
OBJECT_COMPLEMENT_PREPS = word_class("object_complement_prep")    # "regard X as a threat": what the verb makes of its object
TITLE_WORDS = word_class("title_word")
HELD_COPULAS = word_class("held_copula")     # be, remain, stay
BOND_NOUNS = word_class("bond_noun")          # a that-clause describing a bond is what is affirmed


def free_complements(verb: Token) -> list[Token]:
    """The complement of a verb of naming: its `oprd`, or the second object beside a free relative
    ("citing what it called the hostile measures taken by France", parsed as two objects)."""
    out = [c for c in verb.children if c.dep_ == "oprd"]
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objs) > 1 and objs[0].tag_ == "WP":
        out += objs[1:]
    return out


def light_verb_preps(tok: Token, p: Pattern) -> list[Token]:
    """The pattern's prepositions the parser hung on the light verb of a noun rather than on the noun
    ("expressed deep regret over the decision", "voiced strong concern at the move": "over", "at" read
    as the verb's), after the noun; none for a verb's pattern or a noun that is no light verb's object."""
    if p.kind == VERB or not p.prep or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in (p.light or DEFAULT_LIGHT):
        return []
    return [c for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i and c.lower_ in p.prep]


def _verb_objects(verb: Token) -> set[str]:
    """A complement verb named with what it is done to ("kill civilian", "deny right"), for it and
    the verbs joined to it: a pattern's `obj` may ask for the act and its object together."""
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    return {f"{v.lemma_.lower()} {o.lemma_.lower()}" for v in (verb, *verb.conjuncts)
            for d in v.children if d.dep_ in ("dobj", "dative") for o in (d, *d.conjuncts)}


def object_lemmas(tok: Token, p: Pattern) -> frozenset[str]:
    """The lemmas a pattern's `obj` is matched against: objects, their heads and modifiers."""
    # Remembered per doc: a word is tried against each of its lemma's patterns, and the answer
    # depends on the pattern only through its prepositions and kind.
    return remembered(tok.doc, "readout.object_lemmas", (tok.i, p.prep, p.kind == VERB),
                      lambda: frozenset(_object_lemmas(tok, p)))


def _object_lemmas(tok: Token, p: Pattern) -> set[str]:
    objs = set()
    for c in [*tok.children, *raised_objects(tok), *participle_undergoers(tok)]:
        # ("pobj": a copular preposition's own object, "our thoughts are with the people of X")
        if c.dep_ in ("dobj", "attr", "oprd", "nsubjpass", "npadvmod", "acomp", "ccomp", "xcomp", "pobj") or c.head.i != tok.i:
            objs.add(c.lemma_.lower())
            if c.tag_ == "NNP" and c.dep_ in ("dobj", "nsubjpass") and not any(g.dep_ in ("det", "amod", "poss") for g in c.children):
                objs.add(PERSON_NAME)   # "Xiyue Wang was released by Iran", "freed Marc Fogel"
            if c.tag_ in ("NNPS", "NNP") and c.lower_.endswith("s") and any(g.tag_ == "CD" for g in c.children):
                # "freed six Americans", "released two Estonians": people counted by nationality
                # (or by name, "the two Michaels", which the parser may tag NNP)
                objs.add(NATIONALS)
            objs.update(g.lemma_.lower() for g in c.conjuncts)
            if c.dep_ == "xcomp":
                objs.update(_verb_objects(c))   # "continues to kill civilians": the act with what it is done to
            elif c.dep_ == "ccomp" and to_infinitive(c):
                # "will not allow colour revolutions to be carried out": the passive subject of a
                # to-clause the parser hangs on the verb is the verb's object; "allow Iran to have
                # nuclear weapons": the act with what it is done to
                objs.update(s.lemma_.lower() for s in c.children if s.dep_ == "nsubjpass")
                objs.update(_verb_objects(c))
            elif c.dep_ == "ccomp" and c.lemma_.lower() in HELD_COPULAS:     # "affirmed that the alliance is strong"
                objs.update(s.lemma_.lower() for s in c.children if s.dep_ == "nsubj" and s.lemma_.lower() in BOND_NOUNS)
            # "wished President Marcos and the people of the Philippines a happy Independence Day",
            # its second object parsed as an apposition
            objs.update(a.lemma_.lower() for g in [c, *c.conjuncts] for a in g.children if a.dep_ == "appos")
            # "25,000 tons of food aid", "part of a military aid program", "martial law", "$500
            # million in new military assistance"
            objs.update(g.lemma_.lower() for p in c.children if p.dep_ == "prep" and p.lower_ in AMOUNT_PREPS
                        for g in p.children if g.dep_ == "pobj")
            # "the strength of the Indian High Commission": what the amount is of, with its compound
            objs.update(f"{m.lemma_.lower()} {g.lemma_.lower()}" for p in c.children
                        if p.dep_ == "prep" and p.lower_ in AMOUNT_PREPS
                        for g in p.children if g.dep_ == "pobj" for n in g.children if n.dep_ in ("compound", "nmod")
                        for m in (n, *n.conjuncts))
            # ("a team of search and rescue specialists": each modifier of a coordinated compound)
            objs.update(f"{m.lemma_.lower()} {c.lemma_.lower()}" for g in c.children
                        if g.dep_ in ("amod", "compound", "nmod") for m in (g, *g.conjuncts))
            if c.dep_ == "dobj":
                # "will take all the measures it deems necessary": the judging relative clause's
                # complement modifies the object as an adjective before it would
                objs.update(f"{o.lemma_.lower()} {c.lemma_.lower()}" for r in c.children if r.dep_ == "relcl"
                            for o in r.children if o.dep_ in ("oprd", "acomp") and o.pos_ == "ADJ")
                # "held the United States responsible": an adjective after the object is its
                # complement (the parser's amod), what the verb makes of it
                # ("termed the Indian measures unilateral, unjust and ...": each of the list)
                objs.update(a.lemma_.lower() for g in c.children if g.dep_ == "amod" and g.i > c.i
                            for a in (g, *g.conjuncts))
                # "considers the remarks of the Maldivian minister unacceptable": the parser hangs the
                # complement on the last noun of the object
                edge = c.right_edge
                while edge.dep_ == "conj" and edge.head.i < edge.i:
                    edge = edge.head        # "... unfortunate and biased"
                if edge.dep_ == "amod" and edge.i > edge.head.i and edge.pos_ == "ADJ":
                    objs.update(g.lemma_.lower() for g in (edge, *edge.conjuncts))
                # "we regard such remarks as interference": the parser hangs the complement on the object
                objs.update(g.lemma_.lower() for a in c.children if a.dep_ == "prep" and a.lower_ in OBJECT_COMPLEMENT_PREPS
                            for g in a.children if g.dep_ == "pobj")
            if c in free_complements(tok):
                # "what it called the hostile measures taken by France": the complement's own judging word
                objs.update(g.lemma_.lower() for g in c.children if g.dep_ == "amod")
            if c.pos_ == "PROPN":
                # "hosted Prime Minister Kishida": a name's title is what the object is (but not
                # "launched Operation Fly Formula": only titles count)
                objs.update(g.lemma_.lower() for g in c.subtree
                            if g.dep_ == "compound" and g.i < c.i and g.lower_ in TITLE_WORDS)
                # "pardoned Israeli citizen Naama Issachar": a common noun before the name says
                # what the person is, as a title does (lower-case, so no "Operation X")
                objs.update(g.lemma_.lower() for g in c.children
                            if g.dep_ == "compound" and g.i < c.i and g.tag_ in ("NN", "NNS") and g.text.islower())
        if c.dep_ in ("prep", "prt"):
            if c.lower_ in INSTRUMENT_PREPS and c.lower_ not in p.prep and not any(
                    g.dep_ == "auxpass" for g in tok.children):
                continue    # "by joint efforts we will continue building up ...": the means, not what is continued
            # "open to working with India": a gerund after the preposition is its object too
            objs.update(g.lemma_.lower() for g in c.children if g.dep_ in ("pobj", "pcomp"))
            if c.lower_ in p.prep and any(g.dep_ == "pobj" and g.text[:1].isupper() and not g.text.isupper() and not any(
                    d.dep_ == "det" for d in g.children) and not names_a_state(g.text) for g in c.children):
                # "welcomed X to Chequers / to London", not "to NATO", "to the Alliance", nor "to
                # Russia" (a guest greeted to the country, eval/styles fresh20)
                objs.add(PLACE_NAME)
            # "the exchange of a number of memoranda": what the count is of
            objs.update(w.lemma_.lower() for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in QUANTITY_NOUNS
                        for a in g.children if a.dep_ == "prep" and a.lower_ == "of" for w in a.children if w.dep_ == "pobj")
            objs.update(w for g in c.children if g.dep_ == "pcomp" for w in _verb_objects(g))
            # "provided Ukraine with Patriot batteries and other air defense systems": each of a list
            # of what is given, with its compound, as for the direct object (not "courses on
            # reactors, financing and ...": only the preposition of the means given)
            objs.update(w for g in c.children if g.dep_ == "pobj" and c.lower_ in MEANS_PREPS for x in g.conjuncts
                        for w in (x.lemma_.lower(), *(f"{m.lemma_.lower()} {x.lemma_.lower()}" for m in x.children
                                                     if m.dep_ == "compound")))
            if c.lower_ in VENUE_PREPS:
                # "received in Baku the Foreign Minister of Spain": the parser hangs the one
                # received on the place, in apposition
                objs.update(a.lemma_.lower() for g in c.children if g.dep_ == "pobj"
                            for a in g.children if a.dep_ == "appos")
            if c.lower_ in p.prep:
                # "pulled out of the deal": the pattern's particle read as a preposition over "of"
                objs.update(g.lemma_.lower() for q in c.children if q.dep_ == "prep"
                            for g in q.children if g.dep_ == "pobj")
            # "described India's expulsion order as unfounded": the parser hangs the complement
            # adjective on "as"
            objs.update(a.lemma_.lower() for g in c.children if c.lower_ in OBJECT_COMPLEMENT_PREPS
                        and g.pos_ == "ADJ" for a in (g, *g.conjuncts))
            # "described the barrier as a hazard to navigation and a violation of international law"
            objs.update(a.lemma_.lower() for g in c.children if c.lower_ in OBJECT_COMPLEMENT_PREPS
                        and g.dep_ == "pobj" for a in g.conjuncts)
            # "called on President Xi": a name's title is what the object is
            objs.update(t.lemma_.lower() for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                        for t in g.subtree if t.dep_ == "compound" and t.i < g.i and t.lower_ in TITLE_WORDS)
            # "providing Ukraine with air defence"
            objs.update(f"{m.lemma_.lower()} {g.lemma_.lower()}" for g in c.children if g.dep_ == "pobj"
                        for m in g.children if m.dep_ in ("amod", "compound"))
    for c in light_verb_preps(tok, p):
        # "expressed deep regret over the unilateral decision": the object of the phrase hung on the light verb
        objs.update(a.lemma_.lower() for g in c.children if g.dep_ == "pobj" for a in (g, *g.conjuncts))
    if p.kind != VERB:
        # "Pakistan reserves the right to respond": a verb misread as a plural noun, its object an apposition
        objs.update(c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "appos"))
    if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBN"):
        objs.add(tok.head.lemma_.lower())    # "the costs [that] we will impose", "sanctions imposed"
    objs -= MONTHS      # "the summit held on March 5" is no march
    return objs
