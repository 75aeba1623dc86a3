"""A stance's `toward` (docs/coder.md, "Stances"): the actor whose position or acts on the issue
the holder supports or opposes (GUIDE.md: "supports Pakistan's fight against terrorism" is toward
Pakistan; "concerns about PRC human rights abuses" toward China), and where in the parse it was
found, since what the holder says of that spot gives the polarity.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from readout.actors import country_named
from readout.coder.grammar import clause_of, shared_of, subject_token
from readout.coder.records import Placeholder, is_code
from readout.coder.sources import Analysis
from readout.coder.stance_holders import helper_of, spells_hope
from readout.coder.stance_polarity import COUNTER, SUPPORT, WRONG_ACTS, act_lemma, word_polarity
from readout.lexicons import word_class

__all__ = ["Toward", "find_toward", "coordinated", "doer_of", "scene_of", "beneficiary", "separatist_cause", "named_last"]

# Words (tokens) that make support mutual: "mutual support", "the help they gave each other".
RECIPROCAL = word_class("reciprocal_word")
AGENT_PREPS = word_class("agent_prep")
# "the aggression of the regime against Gaza": of these acts "of" names the doer (of an invasion, the victim)
AGENTIVE_OF = word_class("agentive_of_act")
# "support for Ukraine", "assistance to the people of Ukraine": the issue is the actor helped
BENEFICIARY_PREPS = word_class("backed_prep")
BENEFICIARY_NOUNS = word_class("backed_noun")
ENTITLEMENTS = word_class("entitlement_noun")     # "the Palestinian people's right to a state of their own"
# "China stands with Russia against terrorism": backing the partner named after "with"
SOLIDARITY_VERBS = word_class("solidarity_verb")
HELPING_VERBS = word_class("helping_verb")       # "will assist Afghanistan in combating terrorism"
SOLIDARITY_PREPS = word_class("solidarity_prep")    # "will stand by the Palestinian people"
BY_OBJECT_VERBS = word_class("by_object_verb")      # "abides by the one-China principle": "by" takes the object
OWNER_DEPS = ("poss", "nmod")
_DASHES = frozenset("-\u2013\u2014")   # "China-Pakistan", "Palestinian–Israeli"
# "China's import restrictions": the possessor's own measure, judged by the word above it
MEASURES = word_class("restrictive_measure")
EFFORTS = word_class("effort_word")              # "the attempts of the United States to ...": whose attempt
GENERIC_AGENTS = word_class("generic_agent")     # "the governments of Argentina and Chile"
CONDUCT = word_class("conduct_noun")             # "the interventionist policies of the United States": whose
OWNER_PRONOUNS = word_class("owner_pronoun")     # "its", "their"
BACKED_PRONOUNS = word_class("backed_pronoun")   # "supporting Moldova as it defends ...": the backed actor
GIVING_VERBS = word_class("giving_verb")         # "provided the people of Afghanistan with ..."
GROUNDS_PREPS = word_class("owned_grounds_prep")     # "thanked X for its partnership in the fight against ISIS"
NAMING_DEPS = ("amod", "appos", "cc", "compound", "conj", "det", "flat", "nmod", "poss")   # a name's own words
SEPARATIST_CAUSES = word_class("separatist_cause")  # "Taiwan independence": the separatists' cause
CONDUCTING = word_class("conducting_participle")    # "the operations led by France": whose effort
COOPERATION_WORDS = word_class("cooperation_word")   # "cooperation with X in trade": X is a partner
DOING_VERBS = word_class("doing_verb")      # "the sanctions that the United States imposed": whose act


@dataclass(frozen=True)
class Toward:
    """The toward actor, the token it hangs on, and how polarity reads there: `owner` when the
    actor only owns the issue ("Syria's sovereignty": the issue's own polarity holds), else the
    holder's word on the actor's acts; `hint` when the spot itself implies one ("stands with").
    The word the actor is the object of speaks first ("preventing Iran from ..."); the acts of a
    possessor or doer are judged by the word above them ("supports Pakistan's fight against ...")."""

    code: object
    attach: Token
    owner: bool = False
    hint: str | None = None
    is_object: bool = False     # the actor is what the word at `attach` acts on ("preventing Iran")


def find_toward(an: Analysis, root: Token, inside: set[int], word: Token, raw: str, holders,
                supportive: bool = False) -> Toward | None:
    """The actor the stance is toward, or None (GUIDE.md: toward null is a stance on the issue).
    `supportive`: the word backs the issue ("support", or fighting an epidemic), so a mutual
    phrase makes it toward the other side."""
    def actor_of(tokens):
        for tok, mention in an.actors_in([t for t in tokens if t.i not in inside]):
            if mention.code not in holders and not paired(an, tok):
                return mention.code
        return None

    wrong = act_lemma(word) in WRONG_ACTS
    if wrong:
        found = doer_of(an, word, holders, inside)
        if found:
            return Toward(found, word)
    act = root.i != word.i and _names_wrong_act(root, inside)
    if act:
        # the issue phrase is itself a wrongful act: its doer ("Chinese interference activities",
        # "interference by the United States in ..."); an actor inside it is the victim
        # ("interference in Iran's internal affairs" is no stance toward Iran)
        found = doer_of(an, root, holders)
        if found:
            return Toward(found, root)
    if raw != COUNTER and not wrong and not act and beneficiary(root, word):
        # "support for Ukraine", "assistance to the Ukrainian people", "condemned Hamas", "adheres to
        # the one-China policy"; a body named in the phrase is not its actor ("comply with the United
        # Nations Security Council resolutions": the resolutions are the issue)
        for tok, mention in an.actors_in([root.doc[i] for i in inside]):
            if mention.code not in holders and mention.kind != "igo" and not paired(an, tok):
                return Toward(mention.code, word, is_object=True)
    # the issue's own possessor: "Ukraine's sovereignty", "the sanctions of the United States"
    # (owner); of a wrong act the doer: "PRC human rights abuses"
    own = [g for c in root.children if c.dep_ in OWNER_DEPS for g in c.subtree]
    if act_lemma(root) in MEASURES:     # "the U.S. tariffs": whose measure it is
        own += [g for c in root.children if c.dep_ == "compound" for g in c.subtree]
    # of a wrongful act the "of" phrase's own words only: "the interference of certain countries
    # in the internal affairs of China" names no doer (China is the victim)
    wrong_root = act_lemma(root) in WRONG_ACTS
    own += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in (_phrase(c) if wrong_root else c.subtree)]
    shared = None if any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children) else shared_of(root)
    if shared is not None:
        # "the unity and territorial integrity of Syria": the owner closing the coordination owns each
        own += _phrase(shared) if wrong_root else list(shared.subtree)
    found = actor_of(own)
    # a measure or a conduct noun ("China's import restrictions", "Beijing's economic practices") is
    # its possessor's act, judged by the word above it, not a good the possessor owns
    acts = WRONG_ACTS | MEASURES | CONDUCT
    if found is None and act_lemma(root) not in acts:
        # "support for Pakistan in upholding its sovereignty": "its" is the actor named last before it
        # the pronoun may own the phrase's first noun or the head it is joined to ("defends its
        # sovereignty and territorial integrity", "protect its security and sovereignty")
        owners = [root] + [root.doc[i] for i in sorted(inside)] + ([root.head] if root.dep_ == "conj" else [])
        its = next((c for t in owners for c in t.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
        found = _helped_before(an, root, its) if its is not None else None
        found = found if found not in holders else None
    if found:
        return Toward(found, root, owner=act_lemma(root) not in acts)
    path = []
    t = root
    # a copula's attribute judges its subject from beside it ("dialogue is the way forward"): the
    # path ends at the copula, not at the reporting verb above ("Xi said ...")
    stop = word.head.i if word.dep_ == "attr" else word.i
    while t.i != word.i and t.i != stop and t.head.i != t.i:
        t = t.head
        path.append(t)
    # beyond the polarity word up to its clause head: "concerns about Beijing's practices, crackdown in ..."
    top = clause_of(word)
    t = word
    while t.i != top.i and t.head.i != t.i and len(path) < 20:
        t = t.head
        path.append(t)
    on_path = {p.i for p in path} | {word.i}
    # the reciprocal word must hang on the way up, or own the issue or a word of its phrase ("respecting
    # each country's sovereignty", "each other's sovereignty and territorial integrity" parsed with
    # "sovereignty" as a modifier of "integrity"), not anywhere below ("agreed to expand trade and to
    # increase the use of national currencies in mutual settlements" is no mutual support)
    if supportive and (any(x.lower_ in RECIPROCAL for p in path for x in p.subtree
                               if x.dep_ in ("amod", "det", "advmod") and x.head.i in on_path
                               or x.head.dep_ in ("dative", "dobj") and x.head.head.i in on_path
                               and x.head.i not in inside)     # not "increase mutual trade": the issue itself
                       or any(x.lower_ in RECIPROCAL for t in [root, *(root.doc[i] for i in sorted(inside))]
                              for c in t.children if c.dep_ == "poss" for x in c.children)
                           or any(x.lower_ in RECIPROCAL for x in word.children)
                           or _reciprocal_above(word, inside)):
        return Toward(Placeholder.COUNTERPART, word, hint=SUPPORT)
    # the governing verb's own object: "supports Iran in ...", "thanks China for ..."; or the
    # partner it stands with: "stands with Russia against terrorism"
    clause = clause_of(word)
    for _ in range(2):
        for c in clause.children:
            if c.dep_ in ("dobj", "dative"):
                # "supporting the people of Moldova"; not "provided the people of Afghanistan with vaccines"
                # (aid given is an act, AID, no stance toward its recipient)
                backed = _backed_of(c) if not any(g.i in inside for g in c.subtree) \
                    and clause.lemma_.lower() not in GIVING_VERBS else []
                found = actor_of([c] + [g for g in c.children if g.dep_ in ("compound", "amod")] + backed)
                if found:
                    # "will assist Afghanistan in combating terrorism", "enable Syria to fight terrorist groups":
                    # a helping verb backs its object in what it does, whether or not it is a polarity word
                    helps = SUPPORT if clause.pos_ == "VERB" and clause.lemma_.lower() in HELPING_VERBS else None
                    return Toward(found, clause, is_object=True, hint=helps)
            if c.dep_ == "prep" and c.lower_ == "with" and clause.lemma_.lower() in SOLIDARITY_VERBS:
                found = actor_of([g for p in c.children if p.dep_ == "pobj" for g in p.subtree])
                if found:
                    return Toward(found, clause, hint=SUPPORT)
        helper = helper_of(an, clause)
        if helper is not None:
            # "help Pakistan fight terrorism": the helped actor, parsed as the small clause's subject
            # (the helped actor may be the issue itself: "to help Ukraine protect against these attacks")
            found = actor_of(list(subject_token(clause).subtree)) or next(
                (c for c in an.codes_of_np([subject_token(clause)]) if is_code(c) and c not in holders), None)
            if found:
                return Toward(found, helper, is_object=True, hint=SUPPORT)
        if clause.dep_ not in ("pcomp", "xcomp", "advcl") or clause.head.i == clause.i:
            break
        own = subject_token(clause) if clause.dep_ == "advcl" else None
        if own is not None and own.lower_ not in BACKED_PRONOUNS:
            break       # "will support Ukraine as we defend democracy at home": the clause's own doer acts
        clause = clause_of(clause.head)
    # the polarity noun's own beneficiary, the issue hung beside it: "support for China on issues
    # concerning Taiwan", "its support for Pakistan in upholding its sovereignty"
    beside = next((p for p in [root, *path] if p.head.i == word.i and p.i != word.i), None)
    if beside is None and word.dep_ == "dobj":
        # "reaffirmed Pakistan's support for China on issues ...": the preposition parsed on the verb
        beside = next((p for p in [root, *path] if p.head.i == word.head.i and p.dep_ == "prep" and p.i > word.i), None)
    if word.pos_ == "NOUN" and beside is not None and beside.dep_ == "prep" and beside.lower_ not in BENEFICIARY_PREPS:
        for c in word.children:
            if c.dep_ == "prep" and c.lower_ in BENEFICIARY_PREPS and c.i < beside.i \
                    and not (c.lower_ == "with" and word.lemma_.lower() in COOPERATION_WORDS):
                # not "cooperation with Solomon Islands in trade": a partner worked with is no one backed
                found = actor_of([g for p in c.children if p.dep_ == "pobj" for g in p.subtree])
                if found:
                    return Toward(found, word, is_object=True)
    # a possessor along the way: "Beijing's ... crackdown in Hong Kong"; or whom the holder
    # makes pay for it: "impose costs on Russia for this act of aggression against Ukraine"
    for p in path:
        if p.dep_ == "prep" and p.lower_ == "for" and p.head.pos_ == "VERB":
            found = actor_of([t for c in p.head.children if c.dep_ in ("dobj", "dative")
                              or (c.dep_ == "prep" and c.lower_ == "on" and c.i > p.head.i) for t in c.subtree])
            if found:
                return Toward(found, p.head)
        shared = shared_of(p) if p.pos_ == "NOUN" and p.lemma_.lower() in CONDUCT else None
        if shared is not None and shared.head.i != p.i:
            # "the interventionist actions and declarations of the governments of ...": the "of" closing
            # the coordination names whose conduct each noun is
            found = actor_of(_named(shared))
            if found:
                return Toward(found, p)
        for c in p.children:
            if c.dep_ == "compound" and p.pos_ == "NOUN" and any(m.kind == "igo" for _, m in an.actors_in([c])):
                continue    # "a solution consistent with United Nations Security Council Resolution 2254"
            if c.dep_ in OWNER_DEPS or (c.dep_ == "compound" and p.pos_ == "NOUN") \
                    or (c.dep_ == "prep" and c.lower_ == "by" and p.pos_ == "NOUN") \
                    or (c.dep_ == "prep" and c.lower_ == "of" and p.lemma_.lower() in EFFORTS | CONDUCT):
                # "the attempts of the United States and its allies to impose their will on other states"
                # a preposition names the doer by its own words, not by what hangs on them ("side by side
                # with Israel" names no doer of the two-state solution)
                found = actor_of(_named(c) if c.dep_ == "prep" else list(c.subtree))
                if found is None and c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS and p.i not in inside \
                        and p.dep_ == "pobj" and p.head.lower_ in GROUNDS_PREPS and all(is_code(h) for h in holders):
                    # "thanked the King for Jordan's leadership ... and for its partnership in the fight against
                    # ISIS": "its" is the actor named last before it, unless that is the holder ("the US will
                    # continue its fight against ISIS")
                    found = named_last(an, c, holders)
                if found:
                    return Toward(found, p)
            if c.dep_ == "acl" and p.pos_ == "NOUN" and p.i not in inside and c.lemma_.lower() in CONDUCTING:
                # "the counter-terrorism operations led by France": the agent of a participle on the
                # way up names whose operations they are, as a possessor does; not "the challenges caused
                # by Russia's war" (a harm's cause), nor "a ceasefire brokered by Egypt" (an outcome)
                found = actor_of([t for a in c.children if a.dep_ == "agent" for t in a.subtree])
                if found:
                    return Toward(found, p)
    # the doer of a clause the word judges: "concerned that China is moving forces around Taiwan"
    for p in path:
        if p.pos_ in ("VERB", "AUX") and p.i != word.i:
            if raw == SUPPORT and spells_hope(p):
                continue    # "expressed the hope that the new Ukrainian leadership would take steps towards
                # settling the conflict": a good hoped of someone judges no act of theirs
            subject = [t for c in p.children if c.dep_ == "nsubj" for t in c.subtree]
            if any(t.i == word.i for t in subject):
                continue    # the word is inside the subject: "support for Iraq against terrorism was critical"
            if any(m.code in holders for _, m in an.actors_in(subject)):
                continue    # "Iran and China must stand together against unilateralism": the holder acts too
            found = actor_of(subject)
            if found:
                return Toward(found, p)
            # a passive clause's agent: "the aggressive behavior that has been witnessed by China in the South China Sea"
            found = actor_of([t for c in p.children if c.dep_ == "agent" for t in c.subtree])
            if found and p.dep_ in ("relcl", "acl"):
                return Toward(found, p)
    # who imposed or carried out the issue itself: "the sanctions imposed on Iran by the United States",
    # "the sanctions that the United States imposed"
    for c in root.children:
        if c.dep_ == "acl":
            for a in c.children:
                if a.dep_ == "agent":
                    found = actor_of(list(a.subtree))
                    if found:
                        return Toward(found, root)
    for subj in relcl_doers(root):
        found = actor_of(list(subj.subtree))
        if found:
            return Toward(found, root)
    # the issue itself possesses what is opposed: "concerns about the DPRK's provocative behavior"
    if root.dep_ == "poss":
        for tok, mention in an.actors_in([root.doc[i] for i in inside]):
            if mention.code not in holders and not paired(an, tok):
                return Toward(mention.code, root.head)
    return None


def _helped_before(an: Analysis, root: Token, its: Token):
    """Whom "its" stands for when a word above the issue backs an actor named before it: the
    object of the verb ("supports Iran in safeguarding its sovereignty") or what the noun is for
    ("support for Pakistan in upholding its territorial integrity", "stands with Ukraine in defence of
    its sovereignty"); else None ("Iran will not
    allow the US to violate its sovereignty" is no toward)."""
    t = root
    for _ in range(8):
        if t.head.i == t.i:
            return None
        t = t.head
        # (the backing word, the actor): "supports Iran", "support for Pakistan", and that noun as
        # the verb's object with the issue's preposition parsed on the verb ("reiterated its support
        # for Pakistan in upholding its ...")
        helped = [(t, c) for c in t.children if c.dep_ == "dobj" and t.pos_ == "VERB"]
        nouns = [t] + [c for c in t.children if c.dep_ == "dobj" and t.pos_ == "VERB"]
        helped += [(n, g) for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ in BENEFICIARY_PREPS
                   for g in c.children if g.dep_ == "pobj"]
        for backer, h in helped:
            mention = an.tok_mention.get(h.i) or next((an.tok_mention[g.i] for g in _backed_of(h)
                                                       if g.i in an.tok_mention), None)
            backs = word_polarity(backer) == SUPPORT or backer.lemma_.lower() in SOLIDARITY_VERBS   # "stands with"
            if mention is not None and h.i < its.i and not paired(an, h) and backs:
                return mention.code
        if t.dep_ == "ccomp":
            return None     # not the reporting clause above ("Xi said ...")
    return None


def named_last(an: Analysis, pronoun: Token, holders, pairs: bool = True):
    """The actor named last before a pronoun in its sentence, if it is no holder, else None ("restated
    their commitment to ...": theirs is the parties' own, as the holders are); with `pairs`, not a side
    of a hyphenated pair either ("the US-Japan alliance")."""
    for k in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        mention = an.tok_mention.get(k)
        if mention is not None and is_code(mention.code):
            return mention.code if mention.code not in holders and not (pairs and paired(an, pronoun.doc[k])) else None
    return None


def _backed_of(noun: Token) -> list[Token]:
    """The country a backed noun stands for: "supporting the people of Moldova", "the government of Iraq"
    (the words of its "of" phrase), else []."""
    if noun.lemma_.lower() not in BENEFICIARY_NOUNS:
        return []
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree]


def paired(an: Analysis, tok: Token) -> bool:
    """A side of a hyphenated pair of actors ("the China-Pakistan Economic Corridor", "a UK-India free
    trade agreement", "direct Palestinian-Israeli negotiations") names a joint thing, not one side's
    position or acts: no toward."""
    doc, mention = tok.doc, an.tok_mention.get(tok.i)
    if mention is None:
        return False
    text = doc.text
    if (mention.end < tok.idx + len(tok.text) and text[mention.end:mention.end + 1] in _DASHES) \
            or (mention.start > tok.idx and text[mention.start - 1:mention.start] in _DASHES):
        return True     # one token: "the U.S.-France Defense Trade Strategic Dialogue"
    first = last = tok
    while first.i > 0 and an.tok_mention.get(first.i - 1) is mention:
        first = doc[first.i - 1]
    while last.i + 1 < len(doc) and an.tok_mention.get(last.i + 1) is mention:
        last = doc[last.i + 1]
    for dash, other in ((last.i + 1, last.i + 2), (first.i - 1, first.i - 2)):
        if 0 <= min(dash, other) and max(dash, other) < len(doc) and doc[dash].text in _DASHES \
                and doc[dash - 1].whitespace_ == "" == doc[dash].whitespace_:    # written as one word
            partner = an.tok_mention.get(other)
            if partner is not None and partner.code != mention.code:
                return True
    return False


def doer_of(an: Analysis, act: Token, holders=(), inside=frozenset()):
    """Who did a wrongful act: "Russia's escalation", "attacks from Hamas", "aggression by X",
    "the Russian build-up" (an actor code other than the holders', or None)."""
    agentive_of = act_lemma(act) in AGENTIVE_OF
    # "the attack carried out on Monday by the Zionist regime": the agent of a participle on the act
    done_by = [g for c in act.children if c.dep_ == "acl" for g in c.children
               if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ == "by")]
    # "this violation of Pakistan's sovereignty by Iran": "by" parsed on the act's object
    done_by += [g for c in act.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if p.dep_ == "pobj" for g in p.children if g.dep_ == "prep" and g.lower_ == "by"]
    # "the strikes that Israel carried out", "the sanctions the United States imposed": the subject
    # of a relative clause whose object is the act
    done_by += relcl_doers(act)
    if act_lemma(act) != act.lemma_.lower() and act.i >= 2 and act.nbor(-1).text == "-":
        # "its non-adherence to international law", parsed with "its" on the prefix "non"
        done_by += [c for t in (act.nbor(-2), act.nbor(-1)) for c in t.children if c.dep_ == "poss"]
    for c in list(act.children) + done_by:
        if c.dep_ in ("poss", "amod", "compound", "nmod", "agent") or (c.dep_ == "prep" and c.lower_ in AGENT_PREPS) \
                or (c.dep_ == "nsubj" and c.head.dep_ == "relcl" and c.head.head.i in (act.i, act.head.head.i)) \
                or (agentive_of and c.dep_ == "prep" and c.lower_ == "of"):
            for _, mention in an.actors_in([t for t in _phrase(c) if t.i not in inside]):
                if mention.code not in holders:
                    return mention.code
    its = next((c for c in list(act.children) + done_by if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
    if its is not None:
        # "until India desists from fomenting terrorism inside Pakistan and from its non-adherence to ...",
        # "costs to Russia for its aggression": "its" is the nearest actor named before it, not a holder
        for k in range(its.i - 1, its.sent.start - 1, -1):
            mention = an.tok_mention.get(k)
            if mention is not None and is_code(mention.code) and mention.code not in holders:
                return mention.code
    return None


def relcl_doers(act: Token) -> list[Token]:
    """The subject of a relative clause on an act noun whose verb does the act to its object ("the
    sanctions that the United States imposed on Thursday", "the attack which Israel carried out"), when
    the act is that object (a relative pronoun as object, or none); not "the attack that Iran condemned"
    (a verb that judges, not does), nor "the sanctions that hurt Iran" (the act is the subject)."""
    out = []
    heads = [act]
    if act.dep_ == "pobj" and act.head.lower_ == "of" and act.head.head.pos_ == "NOUN":
        heads.append(act.head.head)     # "the new round of sanctions that the United States imposed"
    for c in (c for h in heads for c in h.children):
        if c.dep_ != "relcl" or c.pos_ != "VERB" or c.lemma_.lower() not in DOING_VERBS:
            continue
        objs = [g for g in c.children if g.dep_ == "dobj"]
        # the object is the relative word: tagged so, or a pronoun or conjunction before the verb
        if all(g.tag_ in ("WDT", "WP") or g.i < c.i and g.pos_ in ("PRON", "SCONJ") for g in objs):
            out += [g for g in c.children if g.dep_ == "nsubj" and g.tag_ not in ("WDT", "WP")]
    return out


def _phrase(tok: Token) -> list[Token]:
    """A doer's own words: its subtree without the phrases hung on it ("by outside forces in
    Venezuela's internal affairs" names no doer; Venezuela is where they interfere)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ != "of" and tok.pos_ in ("NOUN", "PROPN"):
            continue    # "the Government of Syria" names it
        out += _phrase(c)
    return out


def _named(prep: Token) -> list[Token]:
    """The words that name whose attempt or effort it is ("the attempts of the United States and its
    allies"), without the clauses and phrases hung on them ("the work of their teams following the
    summit that led to ... in the UN Security Council" names no one)."""
    out, todo = [], [c for c in prep.children if c.dep_ == "pobj"]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ in NAMING_DEPS]
        if t.lemma_.lower() in GENERIC_AGENTS:
            # "the actions of the governments of Argentina, Chile and Peru": the agents' own "of" names them
            todo += [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj"]
    return out


def _names_wrong_act(root: Token, inside: set[int]) -> bool:
    """The issue phrase names a wrongful act: "interference in internal affairs", "interference
    activities" (a wrongful act as the head, or as its compound inside the phrase)."""
    return act_lemma(root) in WRONG_ACTS or any(
        c.dep_ == "compound" and c.i in inside and act_lemma(c) in WRONG_ACTS for c in root.children)


def coordinated(an: Analysis, code: str, word: Token, root: Token, inside=frozenset()) -> list:
    """The actors coordinated with the toward actor where it is named near the stance: "the
    sovereignty of Ukraine and Georgia", "attacks by Russia and Belarus" (each is toward), in
    order; none where the toward is the issue itself ("support for Ukraine and Moldova")."""
    scope = sorted({t.i for t in word.subtree} | {t.i for t in root.subtree})
    doc = word.doc
    first = next((doc[i] for i in scope if getattr(an.tok_mention.get(i), "code", None) == code), None)
    if first is None or first.i in inside:
        return []
    out = []
    for c in first.conjuncts:
        mention = an.tok_mention.get(c.i)
        if mention is not None and mention.code != code and mention.code not in out:
            out.append(mention.code)
    return out


def scene_of(an: Analysis, act: Token, holders, skip) -> object:
    """"the crackdown on peaceful protesters in Iran": the country a wrongful act happens in, from
    "in" on the act or on its object ("violence in Sudan", "attacks on civilians in Sudan"), not
    an issue phrase itself (`skip`: tokens of issue phrases), else None."""
    spots = [c for c in act.children if c.dep_ == "prep"]
    spots += [g for c in spots for p in c.children if p.dep_ == "pobj" for g in p.children if g.dep_ == "prep"]
    for prep in spots:
        if prep.lower_ != "in":
            continue
        for _, mention in an.actors_in([c for c in prep.children if c.dep_ == "pobj" and c.i not in skip]):
            if mention.code not in holders and mention.kind == "country":
                return mention.code
    return None


def beneficiary(root: Token, word: Token) -> bool:
    """True when the issue phrase is what the polarity word is for, to or with, directly or as
    its people: "support for Ukraine", "supporting the people of Ukraine", "solidarity with Kyiv"."""
    t = root
    if t.dep_ == "nsubj" and t.head.dep_ in ("xcomp", "ccomp") and t.head.head.i == word.i:
        return True         # "to help Ukraine protect itself"
    if t.dep_ in ("amod", "compound") and t.head.lemma_.lower() in BENEFICIARY_NOUNS:
        t = t.head          # "the Ukrainian people"
    for _ in range(6):
        if t.i == word.i:
            return True
        if not _benefit_link(t, word) or t.head.i == t.i:
            return False
        t = t.head
    return False


def _benefit_link(t: Token, word: Token) -> bool:
    head = t.head
    if t.dep_ in ("prep", "dative"):
        solidarity = t.lower_ in SOLIDARITY_PREPS and word.lemma_.lower() in SOLIDARITY_VERBS \
            or t.lower_ == "by" and word.lemma_.lower() in BY_OBJECT_VERBS     # "abides by the one-China principle"
        return ((t.lower_ in BENEFICIARY_PREPS or solidarity) and head.i == word.i) \
            or ((t.lower_ in BENEFICIARY_PREPS or t.lower_ == "of") and head.lemma_.lower() in BENEFICIARY_NOUNS) \
            or (t.lower_ == "of" and head.lemma_.lower() in ENTITLEMENTS)     # "the rights of the Afghan people"
    if t.dep_ == "pobj":
        return True         # the preposition above decides
    if t.dep_ == "poss" and head.lemma_.lower() in ENTITLEMENTS:
        return True         # "supports the Palestinian people's right to ..."
    if t.dep_ == "dobj" and head.i == word.i:
        return True
    return t.dep_ in ("dobj", "conj", "appos") and t.lemma_.lower() in BENEFICIARY_NOUNS


def _reciprocal_above(word: Token, inside=frozenset()) -> bool:
    """'expressed mutual support in protecting sovereignty', 'the help they gave each other in
    countering the virus': a phrase above the polarity word says the parties back each other."""
    a, crossed = word, False
    while True:
        for x in a.children:
            if crossed and x.dep_ in ("dative", "dobj"):
                continue    # the first conjunct's own object: "agreed to continue increasing mutual trade and to
                # expand the use of national currencies" is no mutual backing of the currencies
            if x.lower_ in RECIPROCAL and (x.dep_ in ("amod", "det", "advmod", "dative", "dobj", "npadvmod")
                                           or x.head.dep_ in ("dative", "dobj")):
                return True
            if x.dep_ in ("dative", "dobj") and x.i not in inside and any(g.lower_ in RECIPROCAL for g in x.children):
                return True
        if a.head.i == a.i or (a.dep_ == "conj" and a.pos_ == "VERB" and a.head.dep_ in ("ROOT", "ccomp")):
            return False    # not across predicates: "expressed mutual interest in X and praised Y"
        crossed = a.dep_ == "conj" and a.pos_ == "VERB"
        a = a.head


def separatist_cause(an: Analysis, root: Token, inside: set[int]):
    """"'Taiwan independence' is a dead end", "the separatist acts of the 'Taiwan independence' forces": an
    issue phrase naming a place's separation (`separatist_cause` as its head, the place inside it) is the
    cause of that place's separatists, whose position the holder judges (GUIDE.md: toward is the actor whose
    position on the issue is judged); the place's own actor, or None."""
    if root.lemma_.lower() not in SEPARATIST_CAUSES:
        return None
    place = [c for c in root.children if c.dep_ in ("compound", "amod", "nmod") and c.i in inside]
    found = [m.code for _, m in an.actors_in(place) if is_code(m.code)] or \
        [code for c in place if (code := country_named(c.text))]     # "Taiwan independence" is no actor itself
    return found[0] if found else None
