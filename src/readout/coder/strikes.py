"""Strikes (docs/coder.md, "At whom"): what is a strike ("the attack", "an act of terror"), its
scene and victims (never its doers), the doer named by "by" or "of", and whose strike a condemnation
refers back to when it names no doer. Split from doers.py; used by doers.py, targets.py and
target_clues.py."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.grammar import sentences_before, shared_objects
from readout.coder.records import is_code
from readout.coder.sources import Analysis
from readout.coder.stance_toward import doer_of
from readout.coder.told_before import earlier_doer
from readout.coder.triggers import Trigger
from readout.lexicons import word_class

__all__ = ["by_agent", "names_place", "scene", "strike", "strike_named_before", "unattributed_strike", "victim"]

DEFINITE = word_class("definite_det")
AGENT_PREPS = word_class("agent_prep")         # "the assault against Israel by Hamas"
AGENT_NOUNS = word_class("generic_agent")      # "forces", "the government": agents known by whose they are
ATTACK_NOUNS = word_class("attack_noun")
ATTACK_ON_PREPS = word_class("attack_on_prep")
OBJECT_PREPS = word_class("object_prep")        # "condemnation of", "concern about/over", "outrage at"
SCENE_PREPS = word_class("scene_prep")          # "the attack on a mosque", "the shooting in Moscow"
# Strikes whose place and victims are no doers: "condemns the attack on a mosque in Peshawar" names
# no perpetrator (GUIDE.md); unlike "the violence in Sudan", where the country is held to account.
STRIKE_NOUNS = word_class("strike_noun")
OCCURRENCE_NOUNS = word_class("occurrence_noun")     # "this terrorist act", "the terrorist incidents"
VIOLENT_ACTS = word_class("violent_act")       # "the act of violence that took place today in Istanbul"
TERROR_WORDS = word_class("terror_word")
VICTIM_OF_NOUNS = word_class("victim_of_noun")     # "the invasion of Ukraine": Ukraine is its victim
DOER_OF_NOUNS = word_class("doer_of_noun")     # "the attacks of the Zionist regime": its doer
VICTIM_PREPS = word_class("victim_prep")
POSTED_NOUNS = word_class("posted_noun")    # "its Ambassador to Lithuania": where the envoy serves


def by_agent(tok: Token, trigger: Token) -> bool:
    """True for the doer named by "by"/"from" after the trigger ("this assault against Israel by
    Hamas"); the nearest preposition above it must be that one ("concerns about the fallout from
    the invasion of Ukraine" names no doer)."""
    prep = next((a for a in tok.ancestors if a.dep_ in ("prep", "agent")), None)
    while prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in AGENT_NOUNS:
        # "the targeting of civilians in Gaza by the forces of the Zionist entity": the agents'
        # own "of" names whose agents they are, so the preposition above them tells the doer
        prep = next((a for a in prep.head.ancestors if a.dep_ in ("prep", "agent")), None)
    return prep is not None and (prep.lower_ in AGENT_PREPS or _doer_of(prep)) and prep.i > trigger.i


def _doer_of(prep: Token) -> bool:
    """'of' naming the doer of an act ("the repeated attacks of the Zionist regime on Syrian
    territory"), not its victim ("the bombing of Kyiv", "the killing of civilians")."""
    return prep.lower_ == "of" and prep.head.lemma_.lower() in DOER_OF_NOUNS


def unattributed_strike(an: Analysis, trig: Trigger) -> bool:
    """The act answers a strike that names no doer but names where or on whom it fell, or calls it
    terrorist: "the terrorist attack that took place at the Crocus City Hall in Moscow" (not "this
    reckless attack in the strongest terms", whose doer the story has named)."""
    tok = trig.token
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS
             for g in c.children if g.dep_ == "pobj"]
    for o in objs:
        if not strike(o):
            continue
        if any(c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ in AGENT_PREPS) for c in o.children):
            return False
        if any((c.dep_ == "relcl" or (c.dep_ == "prep" and c.lower_ in SCENE_PREPS)) and names_place(an, c)
               or (c.dep_ == "amod" and c.lemma_.lower() in TERROR_WORDS) for c in o.children):
            return True
    return False


def strike_named_before(an: Analysis, trig: Trigger, sources) -> str | None:
    """Whoever the sentences just before named as the doer of the strike a condemnation refers back
    to by a definite noun ("the Israeli attack on the Iranian embassy ... China condemns the attack on
    the Iranian embassy in Syria": ISR; F1 of eval/styles/FRESH2.md), or None ("condemns the attack
    on a mosque in Peshawar" with no doer named anywhere before stays aimed at no one)."""
    tok = trig.token
    # "the attack was also condemned by Saudi Arabia": a passive's subject is what is condemned
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS
             for g in c.children if g.dep_ == "pobj"]
    objs = objs or shared_objects(tok)      # "strongly condemns and firmly opposes the attack on ..."
    for o in objs:
        if not strike(o) or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in o.children):
            continue
        if any(c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ in AGENT_PREPS) for c in o.children):
            return None     # "the attack by X": its own doer, named or not
        return earlier_doer(an, o, sources) or _subject_of_strike_before(an, o, sources) \
            or _same_strike_before(an, o, sources)
    return None


def _same_strike_before(an: Analysis, act: Token, sources, reach: int = 12) -> str | None:
    """A strike told again with the same victim is the same strike, further back than the sentences
    just before: "the Israeli attack on the Iranian embassy premises in Damascus ... (four sentences
    on) China condemns the attack on the Iranian embassy in Syria" is Israel's."""
    victims = _victim_heads(act)
    if not victims:
        return None
    for prev in sentences_before(act, reach):
        for tok in reversed(prev):
            if tok.pos_ == "NOUN" and tok.lemma_ == act.lemma_ and strike(tok) and _victim_heads(tok) & victims:
                found = doer_of(an, tok, sources)
                if found:
                    return found
    return None


def _victim_heads(act: Token) -> set[str]:
    """What a strike hit, by its phrase's nouns: "the attack on the Iranian embassy premises":
    embassy, premises."""
    return {x.lemma_.lower() for p in act.children if p.dep_ == "prep" and p.lower_ in ATTACK_ON_PREPS
            for g in p.children if g.dep_ == "pobj" for x in [g, *g.children]
            if x.i == g.i or x.dep_ == "compound" and x.pos_ == "NOUN"}


def _subject_of_strike_before(an: Analysis, act: Token, sources, reach: int = 3) -> str | None:
    """"The Armed Forces of Ukraine carried out an indiscriminate strike on Belgorod. We condemn this
    attack": the subject of the verb whose object was a strike in the sentences just before, or of a
    verb of striking itself ("Russian missiles struck a hospital ... this deplorable attack")."""
    for prev in sentences_before(act, reach):
        for tok in reversed(prev):
            if tok.dep_ == "dobj" and strike(tok) and tok.head.pos_ == "VERB":
                verb = tok.head
            elif tok.pos_ == "VERB" and tok.lemma_.lower() in STRIKE_NOUNS and tok.tag_ != "VBN":
                # "Russian missiles struck a hospital in Ukraine. I condemn this deplorable attack":
                # the striker its subject names ("A gunman attacked a synagogue" names no one)
                named = {m.code for c in tok.children if c.dep_ == "nsubj" for _, m in an.actors_in(list(c.subtree))}
                found = [c for c in an.sources(tok) if is_code(c) and c not in sources and c in named]
                if found:
                    return found[0]
                continue
            else:
                continue
            found = [c for c in an.sources(verb) if is_code(c) and c not in sources]
            if found:
                return found[0]
    return None


def names_place(an: Analysis, phrase: Token) -> bool:
    """The phrase names an actor or a place ("in Moscow", "on Kyiv")."""
    return any(t.i in an.tok_mention or t.i in an.venues for t in phrase.subtree)


def strike(noun: Token) -> bool:
    """A strike noun ("the attack", "the bombing"), or an act of violence or terror ("the act of
    violence that took place today in Istanbul"): a single attack, not violence under way."""
    if noun.lemma_.lower() in STRIKE_NOUNS:
        return True
    if noun.lemma_.lower() in OCCURRENCE_NOUNS and any(c.dep_ == "amod" and c.lemma_.lower() in TERROR_WORDS
                                                     for c in noun.children):
        return True     # "this terrorist act", "the terrorist incidents"
    return noun.lemma_.lower() == "act" and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in VIOLENT_ACTS
                                                       for g in p.children) for p in noun.children)


def scene(tok: Token) -> bool:
    """True for a place or victim inside a strike's phrase ("the attack on a mosque in Peshawar,
    Pakistan", "the strikes on Kyiv"), not its doer ("Russia's strikes", "Russian strikes")."""
    t = tok
    while t.head.i != t.i and t.dep_ not in ("ROOT",):
        if t.dep_ == "nsubj" and t.head.dep_ == "relcl" and strike(t.head.head):
            return False    # "the attacks Russia launched on Kyiv": the relative clause's subject did it
        if strike(t.head):
            return t.dep_ not in ("poss", "amod", "compound", "nmod") and not (
                t.dep_ in ("prep", "agent") and (t.lower_ in AGENT_PREPS or _doer_of(t)))
        if t.head.pos_ in ("VERB", "AUX") and t.head.dep_ != "relcl":
            return False
        t = t.head
    return False


def victim(tok: Token) -> bool:
    """True for who or what an attack is aimed at ("against Israel", "strikes on Kyiv")."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.head.lemma_.lower() in POSTED_NOUNS or prep.lower_ == "to" and any(
            g.lemma_.lower() in POSTED_NOUNS for g in _objects_of(prep.head)):
        # "recalled its Ambassador to Lithuania", "the recall of its High Commissioner to Canada"
        # (the "to" on the envoy, or on the verb or noun as the parser may hang it): the host of
        # the post, not a victim
        return False
    return prep.lower_ in VICTIM_PREPS or (
        prep.lower_ in ATTACK_ON_PREPS and prep.head.lemma_.lower() in ATTACK_NOUNS) or (
        prep.lower_ == "of" and prep.head.lemma_.lower() in VICTIM_OF_NOUNS)


def _objects_of(word: Token) -> list[Token]:
    """A verb's direct objects, or what a noun's "of" phrase names ("the recall of its envoy")."""
    return [c for c in word.children if c.dep_ == "dobj"] + [
        g for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
