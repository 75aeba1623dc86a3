"""Whose act a definite object or a demonstrative refers back to (docs/coder.md, "At whom"): what a
rejection ("opposes this move", "We reject this report"), a condemnation ("China condemns the
decision"), a threat ("respond to this illegal act") or a welcome ("Wang Yi welcomed this step") is
aimed at where its object names no actor: the doer the story named for that act before, or the story's
one wrongdoer; two judgements joined by "and" share one object. Split from doers.py; used by targets.py
and resolve.py."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.doers import referring
from readout.coder.grammar import np_tokens, sentences_back, sentences_before, shared_objects, subject_token
from readout.coder.patterns import Kind
from readout.cameo import types_on_side, types_with
from readout.coder.records import Event, Placeholder, is_code
from readout.coder.sources import Analysis
from readout.coder.stance_polarity import act_lemma
from readout.coder.stance_toward import doer_of
from readout.coder.told_before import TOLD_ACT_VERBS, earlier_doer, referred_doer, told_deed_doer
from readout.coder.triggers import Trigger, attached_after
from readout.lexicons import word_class

__all__ = ["answered_doer", "condemned_doer", "held_by", "release_holder", "deeds_referred", "joint_judgements", "rejected_doer", "referred_people",
           "served_by", "SERVING_PEOPLE", "welcomed_doers"]

ACT_PRONOUNS = word_class("act_pronoun")    # "rejects them", "will never accept it": what was named before
ANSWER_PREPS = word_class("answer_prep")    # "respond to this illegal act"
ATTACK_NOUNS = word_class("attack_noun")
DEFINITE = word_class("definite_det")
OBJECT_PREPS = word_class("object_prep")        # "condemnation of", "concern about/over", "outrage at"
OUTCOME_VERBS = word_class("outcome_verb")      # "Ethiopia and Eritrea signed a peace agreement. The UK welcomes this"
REFERRED_ACTS = word_class("referred_act_noun")     # "such moves", "this decision": an act named before
REJECTED_PREPS = word_class("rejected_prep")    # "its categorical opposition to this"
WRONG_ACTS = word_class("wrong_act")
SERVING_PEOPLE = word_class("serving_person_noun")     # "both officials", "the two diplomats"
REFERRING_PEOPLE_DETS = word_class("referring_people_det")
SERVICE_VERBS = word_class("service_verb")          # "officials working in the Pakistan High Commission"
MISSION_NOUNS = word_class("mission_noun")          # "the Pakistan High Commission", "the Estonian Embassy"
PEOPLE_REACH = 2    # sentences before where the people referred back to may have been named
DOING_VERBS = word_class("doing_verb")     # "North Korea conducted a missile test"
DECISIONS = word_class("referred_decision_noun")     # "Israel's decision to recall ... he regretted the move"
DEED_NOUNS = word_class("referred_deed_noun")   # "strongly condemns this campaign ... also condemned the campaign"
FREED_OUTCOMES = word_class("freed_outcome")    # "called for the release of ..."
HOLDING_VERBS = word_class("holding_verb")      # "prisoners of war still held in Azerbaijan"
HOLDING_PLACE_PREPS = word_class("holding_place_prep")
DETENTION_NOUNS = word_class("detention_word")  # "the arbitrary detention of ... by the PRC"
CALLED_FOR_PREPS = word_class("called_for_prep")    # "called for their release"
REFERRED_WISHES = word_class("referred_wish_noun")    # "we welcome this interest"
DEMONSTRATIVES = word_class("demonstrative_pronoun")
FIRST_PERSON = word_class("first_person")      # a quoted speaker's own "I received a letter ..."
# "condemns it", "condemns this": one act just told; "them" and "these" may stand for any plural noun before
SINGLE_REFERRING = word_class("single_referring_word")
PAIR_PREPS = word_class("pair_only_prep")      # "talks have begun between X and Y"


def rejected_doer(an: Analysis, trig: Trigger, sources) -> str | None:
    """Whose act a rejection's definite object refers back to ("opposes this move", "rejects the
    accusations", "rejects the verdict", "rejects such attempts"): the doer named for that act just before, else the last
    actor of the sentences before; None where the object names an actor itself."""
    objs = [c for c in trig.token.children if c.dep_ == "dobj"] or shared_objects(trig.token)
    if trig.pattern.kind in (Kind.NOUN, Kind.ADJ):
        # "expresses its categorical opposition to this", "is firmly opposed to this": what the noun
        # or adjective rejects is its preposition's object
        objs = [g for c in trig.token.children if c.dep_ == "prep" and c.lower_ in REJECTED_PREPS
                for g in c.children if g.dep_ == "pobj"]
    for obj in objs:    # "firmly opposes and sternly condemns this": the object both verbs share
        # "firmly opposes this": a demonstrative standing alone refers back as "this move" does
        bare = _bare(obj, DEFINITE | ACT_PRONOUNS)
        marked = referring(obj)
        own = _act_phrase(obj)
        if not bare and not (obj.lemma_.lower() in REFERRED_ACTS and marked):
            if marked and obj.lemma_.lower() in TOLD_ACT_VERBS and not an.actors_in(own):
                # "The Commission released a report on India. We reject this report": only the act's teller
                found = earlier_doer(an, obj, sources) or told_deed_doer(an, obj, sources)
                if found:
                    return found
            continue
        if an.actors_in(own):
            continue
        if bare:
            # "The arms sales by the U.S. to China's Taiwan region undermine ... China is firmly
            # opposed to this": what the sentence before told, done by whom its subject names
            found = _subject_doer(an, obj, sources)
            if found:
                return found
        return referred_doer(an, obj, sources) or _named_before(an, obj, sources)
    return None


def _subject_doer(an: Analysis, tok: Token, sources) -> str | None:
    """The doer the subject of the sentence just before names: the act's own doer ("the arms sales
    by the U.S.", "Japan's discharge") where the subject is an act, else the actor it names first."""
    if tok.sent.start == 0:
        return None
    subj = subject_token(tok.doc[tok.sent.start - 1].sent.root)
    if subj is None or subj.pos_ == "PRON":
        return None
    found = doer_of(an, subj, sources)
    if found:
        return found
    named = [m.code for _, m in an.actors_in(np_tokens(subj)) if is_code(m.code) and m.code not in sources]
    return named[0] if named else None


def condemned_doer(an: Analysis, trig: Trigger, sources) -> str | None:
    """Whose act a condemnation's definite object refers back to where the story named that act's
    doer by the same noun ("Lithuania's decision to allow ... China strongly condemns this decision",
    "the visit by the Japanese minister ... China condemns the visit"): that doer; unlike a rejection,
    never merely the last actor named (a condemned "decision" aimed at whoever was named last did
    worse than none), nor the subject of a verb telling the act (tried: it added a false target on a
    held-out set and none on the tune sets)."""
    tok = trig.token
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] or shared_objects(tok)
    if trig.pattern.kind == Kind.NOUN or not objs:
        objs += [g for c in [*tok.children, *attached_after(tok)] if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS
                 for g in c.children if g.dep_ == "pobj"]
    for obj in objs:
        if _bare(obj, SINGLE_REFERRING):
            # "Russia's aggression is an outrageous act, and Japan strongly condemns it": the act just told
            found = told_act_doers(an, obj, sources)
            if len(found) == 1:
                return found[0]
            continue
        if not referring(obj) or an.actors_in(_act_phrase(obj)):
            continue
        if obj.lemma_.lower() not in REFERRED_ACTS and obj.lemma_.lower() not in TOLD_ACT_VERBS:
            continue
        found = _same_act_doer(an, obj, sources)
        if found:
            return found
    return None


def _same_act_doer(an: Analysis, act: Token, sources, reach: int = 2) -> str | None:
    """The doer named for an act of the same noun in the sentences just before ("Iran's decision to
    ... The United States condemns the decision"); not any wrongful act told there, as a rejected
    "these actions" may refer to ("the war on Gaza ... regret at the decision" is not the war's)."""
    lemma = act_lemma(act)
    # "the Israeli Government's decision to recall its Ambassador ... he regretted the move": the
    # nouns of deciding refer to one another, also earlier in the act's own sentence
    family = DECISIONS if lemma in DECISIONS else {lemma}
    for prev in sentences_back(act, reach, own=lemma in DECISIONS):
        for tok in reversed(prev):
            if tok.pos_ == "NOUN" and act_lemma(tok) in family:
                found = doer_of(an, tok, sources) or _subject_doing(an, tok, sources)
                if found:
                    return found
    return None


def _subject_doing(an: Analysis, act: Token, sources) -> str | None:
    """The actor the subject names of a verb of doing whose object the act noun is ("North Korea
    conducted a missile test ... condemned the test"), other than the condemners; else None (not
    "the EU condemned the decision ... Sweden called the decision unfounded": a judge, no doer)."""
    if act.dep_ != "dobj" or act.head.pos_ != "VERB" or act.head.lemma_.lower() not in DOING_VERBS:
        return None
    named = [m.code for c in act.head.children if c.dep_ == "nsubj" for _, m in an.actors_in(list(c.subtree))]
    return next((c for c in named if is_code(c) and c not in sources), None)


def _named_before(an: Analysis, tok: Token, sources, reach: int = 2) -> str | None:
    """The actor other than the rejecter named last in the sentences just before ("We lodged a
    protest with the Chinese side on the so-called standard map of China, which lays claim to
    India's territory. We reject these claims": China, not India, whose territory is claimed)."""
    for prev in sentences_before(tok, reach):
        for t in reversed(prev):
            m = an.tok_mention.get(t.i)
            if m is not None and is_code(m.code) and m.code not in sources:
                return m.code
    return None


def answered_doer(an: Analysis, trig: Trigger, sources) -> str | None:
    """Whose act a threat answers when it names that act by a definite noun ("reserves the right to
    respond to this illegal act", "a decisive response to this crime"): its doer named just before,
    else the last actor of the sentences before (as for a rejection); None without such a noun."""
    for t in trig.clause.subtree:
        if (t.dep_ == "pobj" and t.head.lower_ in ANSWER_PREPS and t.pos_ == "NOUN"
                and t.lemma_.lower() in WRONG_ACTS | ATTACK_NOUNS | REFERRED_ACTS
                and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in t.children)
                and not an.actors_in(list(t.subtree))):
            return referred_doer(an, t, sources)
    return None


def welcomed_doers(an: Analysis, trig: Trigger, sources) -> list[str]:
    """Whose act a welcome's bare demonstrative or definite act noun refers back to ("Pakistan and
    Afghanistan expressed their readiness to upgrade relations. Wang Yi welcomed this step", "the new
    government has expressed its readiness to improve relations, and China welcomes this"): the
    actors the subject of the clause just before names (a welcomed act is aimed at its actor), or,
    where that clause is the speakers' own, the doer of the act it frames (told_act_doers); none
    where the object names an actor itself or that subject names none."""
    for obj in (c for c in trig.token.children if c.dep_ == "dobj"):
        bare = _bare(obj, DEFINITE)
        named = obj.lemma_.lower() in REFERRED_ACTS and any(
            c.dep_ == "det" and c.lower_ in DEFINITE for c in obj.children)
        # "Malaysia is interested in joining ..., and we welcome this interest": a demonstrative wish
        # or offer is the one just told, whoever holds it
        named = named or obj.lemma_.lower() in REFERRED_WISHES and any(
            c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in obj.children)
        if not (bare or named) or an.actors_in(_act_phrase(obj)):
            continue    # "welcomed this step, which he described as ...": what is said of it names no doer
        clause = trig.clause
        if clause.dep_ == "conj" and clause.head.i < clause.i:
            before = clause.head        # "... has expressed its readiness ..., and China welcomes this"
        elif clause.sent.start > 0:
            before = clause.doc[clause.sent.start - 1].sent.root
        else:
            return []
        subj = subject_token(before)
        if subj is None or subj.dep_ == "nsubjpass" or before.lemma_.lower() in OUTCOME_VERBS:
            return []       # "signed a peace agreement ... welcomes this historic step": an outcome
        named = list(dict.fromkeys(m.code for _, m in an.actors_in(list(subj.subtree))))
        speakers = set(an.sources(before)) | set(named)
        named = [c for c in named if c not in sources]
        framing = speakers <= set(sources) and (speakers or subj.lower_ in FIRST_PERSON
                                                 or any(c.dep_ == "ccomp" for c in before.children))
        if not named and framing:
            # "We know that a dialogue has begun between ..., and we welcome this", '"I received a letter in
            # which he recognises ...," the Head of State told journalists': the speakers' own clause only
            # frames the act it tells
            return told_act_doers(an, obj, sources)
        return named
    return []


def told_act_doers(an: Analysis, tok: Token, sources, reach: int = 1) -> list[str]:
    """Who did the act a word referring back to it points at ("We know that Malaysia is interested in
    ..., and we welcome this interest", "Russia's aggression is an outrageous act, and Japan condemns
    it"): the actors the subject names of the nearest clause before it (its own sentence, then the one
    before) whose subject names anyone besides the speakers, an act subject by its doer; a clause of
    the speakers' own ("We know that ...") is passed over unless its object is someone's act; none where
    the nearest clause with a noun subject names nobody ("the ceasefire took effect")."""
    for span in sentences_back(tok, reach):
        for verb in reversed(span):
            subj = subject_token(verb) if verb.pos_ in ("VERB", "AUX") and verb.i != tok.head.i else None
            if subj is None or subj.i >= tok.i:
                continue
            doers = an.sources(verb)
            found = [c for c in doers if is_code(c) and c not in sources]
            if not found and doers and set(doers) <= set(sources):
                # "condemned the Israeli strikes on ..., describing it as a violation of ...": the act the
                # speakers' own clause names is the one referred to
                found = [c for o in verb.children if o.dep_ == "dobj" for c in [doer_of(an, o, sources)] if c]
                if found:
                    return found
                continue
            if not found and subj.pos_ == "NOUN":
                found = [c for c in [doer_of(an, subj, sources)] if c]
            if not found and subj.pos_ == "NOUN" and not an.actors_in(list(subj.subtree)):
                # "a dialogue has begun between the Venezuelan authorities and ...": whom an act that
                # names no doer is told between or by
                found = [m.code for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in PAIR_PREPS | {"by"}
                         for _, m in an.actors_in(list(c.subtree)) if is_code(m.code) and m.code not in sources]
                if not found:
                    return []   # "Terrorism is a threat to all nations, and Japan condemns it": no one's act
            if found:
                return list(dict.fromkeys(found))
    return []


def referred_people(an: Analysis, region, sources) -> str | None:
    """Whose people a definite plural in the region refers back to ("Two officials working in the
    Pakistan High Commission ... The Government of India has declared both officials persona non
    grata"): the state or body the same noun was named with just before (by a modifier, "of" or a
    participle of service, "working for the United Nations"), where it names none itself."""
    for noun in region:
        if noun.lemma_.lower() not in SERVING_PEOPLE or noun.tag_ not in ("NNS", "NNPS") or not any(
                c.dep_ in ("det", "predet") and c.lower_ in REFERRING_PEOPLE_DETS for c in noun.children):
            continue
        if an.actors_in(np_tokens(noun)):
            continue
        for span in sentences_back(noun, PEOPLE_REACH):
            for earlier in reversed(list(span)):
                if earlier.lemma_.lower() != noun.lemma_.lower():
                    continue
                codes = [m.code for _, m in an.actors_in(served_by(an, earlier)) if m.code not in sources]
                if codes:
                    return codes[0]
    return None


def served_by(an: Analysis, people: Token) -> list[Token]:
    """The tokens that say whose people these are: their phrase ("two Pakistani officials", "officials
    of the High Commission") and a participle of service on them naming a state, a body or a state's
    mission ("individuals working for the United Nations", "officials working in the Pakistan High
    Commission", "individuals who have been working for UN agencies"; not "working for a US company")."""
    return np_tokens(people) + [t for c in people.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in SERVICE_VERBS
                                for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
                                and (an.tok_mention.get(g.i) is not None or g.lemma_.lower() in MISSION_NOUNS)
                                for t in np_tokens(g)]


def deeds_referred(events: list[Event], an: Analysis, reach: int = 2) -> list[Event]:
    """A condemnation or rejection left aimed at no one whose object only refers back ("The United
    States unequivocally condemns this appalling assault", "China firmly opposes it", "condemned the
    campaign") is aimed where the same act noun was condemned before ("strongly condemns this
    campaign" aimed at Russia), else at whoever did the hostile deed the story coded last before it,
    in its own sentence or the `reach` before (an attack, a sanction, an expulsion, a show of force;
    only an attack for an attack noun), where that deed is no one's among its own doers."""
    doc = an.doc
    deeds = [e for e in events if e.type in HOSTILE_DEEDS and is_code(e.source) and 0 <= e.trigger < len(doc)]
    condemned = [e for e in events if e.type in ("ACCUSE", "REJECT") and is_code(e.target) and 0 <= e.trigger < len(doc)]
    acting: dict[int, set] = {}
    for e in events:
        acting.setdefault(e.trigger, set()).add(e.source)
    out = []
    for e in events:
        obj = None
        if e.type in ("ACCUSE", "REJECT") and e.target in (None, Placeholder.OTHER, Placeholder.NO_ONE) and is_code(e.source) \
                and 0 <= e.trigger < len(doc):
            obj = _referring_object(an, doc[e.trigger])
        if obj is None:
            out.append(e)
            continue
        lemma = obj.lemma_.lower()
        # "These activities are a violation of Viet Nam's rights ... opposed these violations": the
        # noun that told the earlier condemnation, or its object, is the act referred to
        same = [c for c in condemned if obj.pos_ == "NOUN" and c.trigger < e.trigger and c.target not in acting[e.trigger]
                and lemma in _told_nouns(doc, c)]
        if same:
            doers = [same[-1].target]
        elif e.target == Placeholder.NO_ONE:
            doers = []      # "rejects any displacement of the Palestinian people": no doer, as the rules found
        else:
            kinds = {"ASSAULT"} if lemma in ATTACK_NOUNS else HOSTILE_DEEDS
            before = [d for d in deeds if e.sentence - reach <= d.sentence <= e.sentence and d.trigger < e.trigger
                      and d.type in kinds and d.source not in acting[e.trigger]]
            last = max((d.trigger for d in before), default=None)
            doers = list(dict.fromkeys(d.source for d in before if d.trigger == last))
            if not doers:
                doers = _one_wrongdoer(deeds, e, kinds, acting[e.trigger])
        out += _aimed_at(e, doers)
    return out


def _aimed_at(e: Event, targets: list) -> list[Event]:
    """The event once toward each of `targets`; as it was where there are none."""
    if not targets:
        return [e]
    return [Event(e.source, e.type, t, e.mode, e.cameo, e.goldstein, e.sentence, e.start, e.end, e.trigger)
            for t in targets]


JUDGEMENTS = ("ACCUSE", "REJECT")


def joint_judgements(events: list[Event], an: Analysis) -> list[Event]:
    """A condemnation or rejection left aimed at no one whose trigger is joined by "and" to another
    of the same source that names its object ("We express strong displeasure and firm opposition to
    the decision of the Australian Government", "firmly opposes and strongly condemns the meeting"):
    the two share the object the parser hung on one of them, so it is aimed where that one is."""
    doc = an.doc
    aimed: dict[tuple, list[str]] = {}
    for e in events:
        if e.type in JUDGEMENTS and is_code(e.target) and 0 <= e.trigger < len(doc):
            aimed.setdefault((e.trigger, e.source), []).append(e.target)
    out = []
    for e in events:
        if e.type not in JUDGEMENTS or e.target not in (None, Placeholder.OTHER, Placeholder.NO_ONE) \
                or not 0 <= e.trigger < len(doc):
            out.append(e)
            continue
        tok = doc[e.trigger]
        own = _objects(tok)
        # not "condemns the bombing and rejects Israel's claims": each has an object of its own; a
        # bare "it" or "this" refers back to the other's ("is firmly opposed to this and condemns it")
        joined = [t.i for t in _joined(tok) if not (own and _objects(t) and any(o.pos_ not in ("PRON", "DET") for o in own))]
        targets = list(dict.fromkeys(c for i in joined for c in aimed.get((i, e.source), ())))
        out += _aimed_at(e, targets)
    return out


def _joined(tok: Token) -> list[Token]:
    """The words "and" joins the trigger to, also through a copula ("China is firmly opposed to this
    and condemns it": the adjective and the verb joined to its "is")."""
    out = [t for t in tok.children if t.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    if tok.dep_ == "acomp":
        out += [t for t in tok.head.children if t.dep_ == "conj"]
    if tok.dep_ == "conj" and tok.head.pos_ == "AUX":
        out += [t for t in tok.head.children if t.dep_ == "acomp"]
    return out


def _objects(trigger: Token) -> list[Token]:
    """The trigger's own object: a direct object or a preposition's ("opposition to the decision")."""
    return [c for c in trigger.children if c.dep_ == "dobj"] + [
        g for c in trigger.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS | REJECTED_PREPS
        for g in c.children if g.dep_ == "pobj"]


HOSTILE_DEEDS = types_with("deed") & types_on_side("conflict")


def _one_wrongdoer(deeds: list[Event], e: Event, kinds, condemners) -> list[str]:
    """The one doer of every hostile deed the story coded before a condemnation out of reach of the
    sentences just before ("Russia has declared persona non grata diplomats of ... [four sentences]
    Borrell strongly condemned the decision"): the act referred to, as the story has no other; none
    where the deeds before have two doers or more."""
    doers = {d.source for d in deeds if d.trigger < e.trigger and d.type in kinds and d.source not in condemners}
    return list(doers) if len(doers) == 1 else []


def _told_nouns(doc, e: Event) -> set[str]:
    """The nouns of an event's evidence and its trigger ("accused Moscow of a cyber campaign",
    "These incursions are a violation of ..."): the acts it condemned, by lemma."""
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    toks = [*(span or ()), doc[e.trigger]]
    return {t.lemma_.lower() for t in toks if t.pos_ == "NOUN"}


def _referring_object(an: Analysis, trigger: Token) -> Token | None:
    """The trigger's object where it only refers back: a bare "it" or "this", or a definite act
    noun naming no actor ("this attempt", "the decision", "these violations", "the campaign")."""
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")] or shared_objects(trigger)
    objs += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS | REJECTED_PREPS
             for g in c.children if g.dep_ == "pobj"]
    for obj in objs:
        if an.actors_in(_act_phrase(obj)):
            return None
        if _bare(obj, DEFINITE | ACT_PRONOUNS):
            return obj
        if obj.pos_ == "NOUN" and (obj.lemma_.lower() in REFERRED_ACTS | WRONG_ACTS | ATTACK_NOUNS | DEED_NOUNS) and any(
                c.dep_ == "det" and c.lower_ in DEFINITE for c in obj.children):
            return obj
    return None


def _act_phrase(obj: Token) -> list[Token]:
    """The object's phrase without its relative clauses: "condemned the test, which is a flagrant
    violation of multiple UN Security Council resolutions", "opposes the meeting, which seriously
    violates the three China-U.S. joint communiques": what a relative clause says of the act names
    no actor of the act."""
    described = {t.i for c in obj.children if c.dep_ == "relcl" for t in c.subtree}
    return [t for t in obj.subtree if t.i not in described]


def held_by(an: Analysis, phrase: list[Token], sources) -> list[str]:
    """Who holds the people a phrase names, by a verb of holding on them with its agent or place
    ("prisoners of war still held in Azerbaijan", "nationals who had been detained in Qatar",
    "hostages held by Hamas"), not among `sources`."""
    held = [p for t in phrase if t.pos_ == "VERB" and t.lemma_.lower() in HOLDING_VERBS
            for p in t.children if p.dep_ == "agent" or p.dep_ == "prep" and p.lower_ in HOLDING_PLACE_PREPS]
    return [m.code for _, m in an.actors_in([t for p in held for t in p.subtree]) if is_code(m.code) and m.code not in sources]


def release_holder(an: Analysis, trig: Trigger, sources) -> list:
    """Whom a request for the release of people is aimed at where no actor is among its arguments: who
    holds them, by a participle on them ("the return of the Armenian prisoners of war still held in
    Azerbaijan") or a detention with its doer told in the same sentence ("the arbitrary detention of
    two citizens by the PRC, and called for their immediate release"); for a person named by name
    (a proper name: "called for the release of Alexei Navalny") the other side of the talks it was asked in; [] for
    unnamed people ("called for the release of all hostages": GUIDE.md, a call on no named actor)."""
    tok = trig.token
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in CALLED_FOR_PREPS
             for g in c.children if g.dep_ == "pobj"]
    for obj in objs:
        if obj.pos_ != "NOUN" or obj.lemma_.lower() not in FREED_OUTCOMES:
            continue
        phrase = list(obj.subtree)
        codes = held_by(an, phrase, sources)
        if codes:
            return codes[:1]
        if an.actors_in(phrase):
            return []
        for t in tok.sent:
            if t.pos_ == "NOUN" and t.lemma_.lower() in DETENTION_NOUNS and t.i < tok.i:
                found = doer_of(an, t, sources)
                if found:
                    return [found]
        people = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        people += [c for c in obj.children if c.dep_ == "poss"]
        if any(p.pos_ == "PROPN" for p in people):
            return [Placeholder.HEARER]
    return []


def _bare(obj: Token, words) -> bool:
    """A pronoun or determiner among `words` standing alone as an object ("condemns this", "welcomes
    it"), with nothing of its own that would say what it refers to."""
    return obj.lower_ in words and obj.pos_ in ("PRON", "DET") and not any(True for _ in obj.children)
