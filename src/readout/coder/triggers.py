"""Triggers: the words of a sentence that match a verb, noun or adjective pattern (patterns.py),
each with the clause it belongs to (docs/coder.md, "Triggers")."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from readout.cameo import plover_type
# governor, held_firm, own_phrase, attached_after, shared_occasion and free_complements moved out of this
# module; they are still imported from here by the modules that read a trigger
from readout.coder.event_nouns import governor, held_firm, own_phrase
from readout.coder.grammar import clause_of, finite_passive, first_of_list
from readout.coder.pattern_fit import attached_after, fits, shared_occasion
from readout.coder.pattern_objects import free_complements
from readout.coder.patterns import Kind, Pattern, PatternSet, Voice, lemma_guesses
from readout.lexicons import word_class

__all__ = ["Trigger", "attached_after", "find_triggers", "governor", "lemma_candidates", "own_phrase", "shared_occasion"]

# Run for every word: as plain names, since looking up an Enum member costs 120 ns in Python 3.11.
VERB, NOUN, ADJ = Kind.VERB, Kind.NOUN, Kind.ADJ
OBJECT_COMPLEMENT_PREPS = word_class("object_complement_prep")    # "regard X as a threat": what the verb makes of its object
JUDGING_COPULAS = word_class("judging_copula")      # "proved to be an unreliable partner"
SPLIT_PREFIXES = word_class("split_prefix")     # "non-interference" read as "non", "-", "interference"


@dataclass
class Trigger:
    """A pattern matched at a token, with the clause it belongs to."""

    token: Token
    pattern: Pattern
    clause: Token


def find_triggers(sent: Span, patterns: PatternSet) -> list[Trigger]:
    """Every pattern that matches in a sentence, the most specific per token."""
    found = []
    doc = sent.doc
    for i in _trigger_words(doc, patterns)[sent.start:sent.end].nonzero()[0].tolist():
        tok = doc[sent.start + i]
        if tok.dep_ in ("amod", "compound") and tok.pos_ != "NOUN" and not (
                tok.pos_ == "ADJ" and predicate_noun_adjective(tok)) and not finite_passive(tok):
            continue            # "occupied Crimea", "the attacking forces": a participle, no act
        if _label_participle(tok):
            continue            # "developments in occupied Palestine", misparsed as a clause
        lemmas = lemma_candidates(tok)
        kinds = []
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT" or copular_prep(tok):
            kinds.append(VERB)
        if tok.pos_ in ("NOUN", "PROPN") or tok.tag_ in ("NN", "NNS"):
            # a noun heading its sentence ("Pakistan reserves the right ...", a verb read as a
            # plural noun) is tried as a noun first: its own phrase names the doer, no subject does
            kinds.insert(0 if tok.pos_ == "NOUN" else len(kinds), NOUN)
        # "the EU proved to be an unreliable partner": the adjective of a predicate noun judges only
        judging_only = tok.pos_ == "ADJ" and attributive(tok) and predicate_noun_adjective(tok)
        if tok.pos_ == "ADJ" and (not attributive(tok) or judging_only):
            kinds.append(ADJ)
        hit = None
        for kind in kinds:
            for lemma in lemmas:
                hit = next((p for p in patterns.candidates(kind, lemma) if fits(tok, p)
                            and not (judging_only and p.voice != Voice.AUTHOR)), None)
                if hit is not None:
                    break
            if hit is not None:
                found.append(Trigger(tok, hit, trigger_clause(tok, hit)))
                break
    at = {t.token.i for t in found}
    # "held the United States responsible": an adjective its head's pattern asks for is part of that act
    # ("described the treatment as appalling and inhumane": the list of complements, through "as", too)
    taken = {x.i for t in found if t.pattern.obj
             for g in [*t.token.children, *(a for c in t.token.children if c.dep_ == "prep" and c.lower_ in OBJECT_COMPLEMENT_PREPS
                                             for a in c.children)]
             if g.lemma_.lower() in t.pattern.obj for x in (g, *g.conjuncts)}
    # "conducted joint exercises around Taiwan": the verb's pattern, which names the noun as its
    # object and places it, says what the act is (a show of force); the noun's own pattern (joint
    # exercises, cooperation) does not get a second, other type. So does a verb of giving ("provide
    # support to the mission" is aid, no verbal backing); "announced our support for" keeps both
    framed = {g.i: plover_type(t.pattern.cameo) for t in found if t.pattern.kind == VERB and t.pattern.obj
              and (t.pattern.prep or plover_type(t.pattern.cameo) == "AID")
              for g in t.token.children if g.dep_ == "dobj" and g.lemma_.lower() in t.pattern.obj}
    # "announced the lifting of sanctions on X": the measure a noun's pattern names as what it ends is
    # that act's object, no measure of its own of another type (but "a message of condolences" keeps both)
    ended = {g.i: plover_type(t.pattern.cameo) for t in found if t.pattern.kind == NOUN and t.pattern.obj
             for c in t.token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ == "pobj" and g.lemma_.lower() in t.pattern.obj}
    return [t for t in found if not _nested(t, at) and not (t.pattern.kind == ADJ and t.token.i in taken)
            and not (t.pattern.kind == NOUN and ended.get(t.token.i, plover_type(t.pattern.cameo))
                     != plover_type(t.pattern.cameo))
            and not (t.pattern.kind == NOUN and framed.get(t.token.i, plover_type(t.pattern.cameo))
                     != plover_type(t.pattern.cameo))]


def _trigger_words(doc: Doc, patterns: PatternSet) -> numpy.ndarray:
    """Which words of the doc could match a pattern: one of lemma_candidates has one. Worked out
    once per doc from its lemma and word arrays (find_triggers asked every word of every sentence)."""
    known = doc.user_data.get("readout.trigger_words")
    if known is not None and known[0] is patterns:
        return known[1]
    strings, memo, lemmas = doc.vocab.strings, patterns.word_memo, patterns.lemmas
    # one array per attribute: a 2-D array's tolist() costs ten times as much
    lemma_ids, low_ids, orths = (doc.to_array(a).tolist() for a in (LEMMA, LOWER, ORTH))
    hyphen = strings["-"] if "-" in strings else None
    flags = []
    for i, (lemma, low) in enumerate(zip(lemma_ids, low_ids)):
        hit = memo.get((lemma, low))
        if hit is None:
            word = strings[low]
            hit = memo[(lemma, low)] = (strings[lemma].lower() in lemmas or word in lemmas
                                        or any(g in lemmas for g in _guesses(word)))
        # "build-up", "non-interference": lemma_candidates joins a word to the one before a hyphen
        flags.append(hit or (i >= 2 and orths[i - 1] == hyphen))
    out = numpy.array(flags, dtype=bool)
    doc.user_data["readout.trigger_words"] = (patterns, out)
    return out


def _label_participle(tok: Token) -> bool:
    """A past participle between a preposition or determiner and a name, with no subject or
    auxiliary of its own ("in occupied Palestine", "the annexed Crimea"): the parser made it a
    clause, but it is an adjective naming a place (GUIDE.md: a label is not an act); so is one
    inside a capitalised name ("Indian Illegally Occupied Jammu and Kashmir")."""
    if tok.tag_ not in ("VBN", "VBD") or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    before, after = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    # inside a capitalised name ("the status of Indian Illegally Occupied Jammu and Kashmir")
    named = tok.text[:1].isupper() and not tok.is_sent_start and before.pos_ == "PROPN"
    return (before.pos_ in ("ADP", "DET") or named) and after.pos_ == "PROPN" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in tok.children)


def _owned(noun: Token) -> bool:
    """The noun names whose act it is: a possessor or a name before it ("Sandu's commitment",
    "U.S. support", "Israeli assistance"); not "coordination in support of Ukraine"."""
    return any(c.dep_ == "poss" or (c.dep_ in ("compound", "nmod", "amod") and c.text[:1].isupper())
               for c in noun.children)


def _nested(trig: Trigger, at: set[int]) -> bool:
    """Another actor's act named inside an event noun's phrase, below their light verb ("underscored
    support for Sandu's commitment to ...", "conveyed gratitude for China's assistance"): what that
    act is about, not an act of its own."""
    p = trig.pattern
    if p.kind != NOUN or "*" in p.light or not _owned(trig.token):
        return False
    gov = governor(trig.token)
    if gov is None:
        return False
    prev = trig.token
    for a in trig.token.ancestors:
        if a.i == gov.i:
            return False
        if a.i in at and a.pos_ in ("NOUN", "PROPN") and prev.dep_ == "prep":
            return True     # not "reiterated their condemnation of X, as well as their commitment to"
        prev = a
    return False


def copular_prep(tok: Token) -> bool:
    """A preposition a copula predicates of its subject ("Russia and India are against any outside
    interference"): it tells what the subject does as a verb would, so it is tried as a verb pattern."""
    return tok.dep_ == "prep" and tok.pos_ == "ADP" and tok.head.lemma_ == "be" \
        and any(c.dep_ == "nsubj" for c in tok.head.children)


def attributive(tok: Token) -> bool:
    """'coercive, provocative or unilateral actions': an adjective joined to one that modifies a
    noun describes it, as that one does; only a predicate ('the launch is provocative') judges."""
    tok = first_of_list(tok)
    return tok.dep_ == "amod"


def predicate_noun_adjective(tok: Token) -> bool:
    """An adjective of the noun a copula predicates of its subject ("the European Union proved to be
    an unreliable partner", "Russia has become a destabilizing force"): it says what the subject is,
    as a predicate adjective does, where one on any other noun is a label."""
    tok = first_of_list(tok)
    noun = tok.head
    return tok.dep_ == "amod" and noun.dep_ == "attr" and noun.head.lemma_.lower() in JUDGING_COPULAS


def trigger_clause(tok: Token, p: Pattern) -> Token:
    """The clause whose subject acts: the verb's own, or the light verb's of an event noun."""
    if p.kind == VERB:
        return tok if tok.dep_ in ("ROOT",) or tok.pos_ in ("VERB", "AUX") else clause_of(tok)
    if p.kind == NOUN and "*" not in p.light:
        gov = governor(tok)
        if gov is not None:
            return clause_of(gov) if gov.pos_ not in ("VERB", "AUX") else gov
    return clause_of(tok)


def lemma_candidates(tok: Token) -> list[str]:
    """The lemma, the word, and the guesses of lemma_guesses.tsv where the lemmatizer stumbles
    ("staged" -> "stag")."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    out = [lemma]
    if low not in out:
        out.append(low)
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and (tok.doc[tok.i - 2].head.i == tok.i or (
            tok.doc[tok.i - 2].lower_ in SPLIT_PREFIXES and not (tok.doc[tok.i - 2].whitespace_ or tok.doc[tok.i - 1].whitespace_))):
        # "build-up" parsed as "build - up"; "non-interference" split into three words the parser
        # hangs apart ("commitment to non - interference", "non" its own object) is still one word
        out.append(f"{tok.doc[tok.i - 2].lower_}-{low}")
    for guess in _guesses(low):
        if guess not in out:
            out.append(guess)
    return out


@lru_cache(maxsize=65536)
def _guesses(low: str) -> tuple[str, ...]:
    # Per word form, once (lemma_candidates runs for every word of every sentence).
    return tuple(guess for suffix, replace in lemma_guesses() if low.endswith(suffix)
                 for guess in [low[:-len(suffix)] + replace] if guess)
