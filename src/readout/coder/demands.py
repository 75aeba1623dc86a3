"""Demands, hopes and proposals told as a clause about someone else (docs/coder.md, "Demands and
proposals"): "X said that Y must hand over the suspects", "China hopes that all parties will stay
calm", "Russia must stop its attacks" in a statement, "the two sides should strengthen ties"."""
from __future__ import annotations

from itertools import product

from spacy.tokens import Span, Token

from readout.cameo import cameo
from readout.coder.doers import addressed_group, participle_agent
from readout.coder.grammar import clause_of, inverted_condition, is_negated, np_tokens, offer_condition, subject_token, to_infinitive
from readout.coder.patterns import rule_codes
from readout.coder.records import Event, Party, Placeholder, is_code, pair_events
from readout.coder.sources import Analysis
from readout.coder.sides import sides_asked
from readout.coder.status import ClauseStatus, relayed
from readout.coder.triggers import lemma_candidates
from readout.coder.word_index import forms_in, with_deps
from readout.lexicons import word_class

__all__ = ["demands", "organ_of", "DEMAND_WORDS"]

REPORTING = word_class("reporting_verb")
REPORTING_ADJ = word_class("reporting_adjective")  # "were clear that Russia must ...", "made it clear that"
GENERIC_AGENTS = word_class("generic_agent")       # "the Burmese military must ...": the country's
REFERRING = word_class("referring_subject")        # "it is clear that ...": no one's position
DEMAND_MODALS = word_class("demand_modal")
NEED_VERBS = word_class("need_verb")                # "Russia needs to withdraw": as "must"
CONCUR_VERBS = word_class("concur_verb")           # "the leaders agreed that Russia must ..."
HOPE_WORDS = word_class("hope_word")
PREDICTION = word_class("prediction_word")          # "expects Sweden to take steps"; not "expect Russia to launch"
FORESEEN = word_class("foreseen_act")
PROPOSAL_VERBS = word_class("proposal_verb")     # "proposed that Russia and Ukraine refrain from strikes"
PARTY_NOUNS = word_class("party_noun")              # "all parties", "the sides concerned"
ANY_PARTY_WORDS = word_class("any_party_word")
COPULAS = word_class("occur_verb")
CESSATION = word_class("cessation_verb")           # "Russia's attacks must stop"
OWNED_ACTS = word_class("owned_act_noun")         # "its action must not precipitate a crisis"
OWNER_PRONOUNS = word_class("owner_pronoun")
UNTIL_MARKS = word_class("until_mark")             # "held in abeyance until Pakistan abjures ..."
LONG_MARK_WORDS = word_class("long_mark_word")     # "as long as X continues ...": a condition kept
PERSIST_VERBS = word_class("persist_verb")         # what "as long as" asks to stop ("continues these practices")
KEPT_MEASURES = word_class("kept_measure_word")   # "will continue to impose costs so long as ..."
PRESENT_TAGS = ("VBZ", "VBP")
MARK = frozenset({"mark"})
ADVCL = frozenset({"advcl"})
# Words without which a story holds no demand of this module (prefilter.py).
DEMAND_WORDS = DEMAND_MODALS | NEED_VERBS | HOPE_WORDS | UNTIL_MARKS | PROPOSAL_VERBS | PERSIST_VERBS


def demands(an: Analysis, sent: Span, index: int) -> list[Event]:
    """REQUEST events for demands and hopes about another actor's acts, AGREE events for what the
    speaker proposes both sides should do (GUIDE.md: "a proposal for both sides")."""
    out = _conditions(an, sent, index)
    # Without a modal in the sentence only a clause's verb ("hopes that X will", "proposed that X
    # refrain"), a verb of need's complement or their conjuncts can be a demand (_kind): the other
    # words are passed over unread.
    modal_here = bool(forms_in(sent, DEMAND_MODALS))
    for tok in sent if modal_here else with_deps(sent, _KIND_DEPS):
        kind, head = _kind(tok)
        if kind is None or relayed(tok):
            continue    # "I want the people of Libya to know that ...": a message, nothing asked
        subj = _demand_subject(tok)
        if subj is None:
            continue
        sources = _sources(an, head, kind)
        said = kind != "hoped"     # a demand told, not a hope ("hopes that ... will end")
        if not sources:
            continue
        negated = said and _negated(tok)
        doers = _doers_of_act(an, subj, tok) if said and not negated else []
        if doers:
            # "Russia's reckless activity must stop", "the hostages held by Hamas must be released"
            info = cameo(rule_codes("reported_demand")[0])
            start, end = _span(tok, head)
            out += pair_events(info, product(sources, doers), index, start, end, tok.i)
            continue
        if subj.dep_ != "nsubj" or kind == "reported" and negated:
            continue    # a reported "must not" is no demand; the side's own "X must not V" is one
        # a statement's own "Countries should deepen ties" is a maxim; "all countries should ..." and
        # "expects Islamic countries to ..." ask
        group = None if _any_party(subj) else addressed_group(an, subj, bare=kind != "own")
        if _any_party(subj):
            targets, rule = [None], "reported_demand"      # "all parties should stay calm"
        elif sides_asked(an, subj, tuple(sources)) is not None:
            # "the warring parties must put in place a ceasefire": the sides of a fight, asked by the
            # speaker, not the speaker's partners in a proposal for both sides (sides.py)
            targets, rule = sides_asked(an, subj, tuple(sources)), "reported_demand"
            if not targets:
                continue
        elif group is not None:
            # "expects all countries, including China, to operate safely": the examples named, else
            # no one ("expects Islamic countries to adopt a firm position")
            targets, rule = group, "reported_demand"
        else:
            named = _named(an, subj, strict=kind == "own")
            others = [c for c in named if c not in sources]
            proposal = bool(others) and len(others) < len(named) or (
                not named and _determined(subj) and Placeholder.PARTICIPANTS in an.codes_of_np([subj]))
            if proposal:
                if kind == "hoped":
                    continue        # "hopes the two sides will ...": the hoped act itself is coded
                targets, rule = (others or [Placeholder.COUNTERPART]), "joint_proposal"
            elif others and len(others) == len(named):
                # "hopes that the United States, NATO and the EU will ...": each one the subject
                # lists; else the first actor its phrase names ("Russia's attacks on Ukraine must stop")
                listed = [c for c in _named(an, subj, strict=True) if c not in sources]
                targets, rule = (listed or others[:1]), "reported_demand"
            else:
                continue
        info = cameo(rule_codes(rule)[0])
        start, end = _span(tok, head)
        out += pair_events(info, product(sources, targets), index, start, end, tok.i)
    return out


_KIND_DEPS = frozenset({"ccomp", "acl", "conj", "xcomp"})     # what _kind reads without a modal


def _kind(tok: Token) -> tuple[str | None, Token | None]:
    """reported ("said that Y must"), hoped ("hopes that Y will"), own (a statement's "Y must"),
    or None; with the word that reports or hopes it. A clause joined to another by "and" with a
    subject of its own is governed as the first is ("noting that there is no winner and all parties
    should stay calm")."""
    needed = _needed(tok)
    if needed and is_negated(tok.head):
        return None, None           # "Russia does not need to ...": no demand
    modal = needed or any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in tok.children)
    if modal and inverted_condition(tok):
        return None, None           # "should Russia further invade Ukraine": a condition, no demand
    first = tok.head if needed else tok     # "Russia needs to withdraw": as "Russia must withdraw"
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    head = first.head
    if first.dep_ in ("ccomp", "acl") and head.i != first.i and set(lemma_candidates(head)) & HOPE_WORDS:
        if set(lemma_candidates(head)) & PREDICTION and not _asked_to(first):
            return None, None       # "we expect Russia to launch an offensive": foreseen, not asked
        return "hoped", head
    if first.dep_ == "ccomp" and modal and head.lemma_.lower() in REPORTING | CONCUR_VERBS:
        return "reported", head
    if first.dep_ in ("ccomp", "advcl") and modal and _told_as_clear(head):
        return "reported", head     # "they were clear that Putin must agree", "made it clear that"
    if first.dep_ == "ccomp" and head.lemma_.lower() in PROPOSAL_VERBS:
        return "reported", head     # "proposed that Russia and Ukraine refrain": a subjunctive, no modal
    if first.dep_ == "ROOT" and modal and (tok.lemma_.lower() not in COPULAS or any(c.dep_ == "dobj" for c in tok.children)) and (
            tok.lemma_.lower() in CESSATION or not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)):
        # "Hamas must release all hostages", "Pakistan must take credible action" (an occurring verb
        # with an object is an act); not "Israel must be able to ..."
        return "own", None
    return None, None


def _needed(tok: Token) -> bool:
    """The complement of a main verb of need, said as "must" is ("Russia needs to stop its attacks")."""
    return tok.dep_ == "xcomp" and to_infinitive(tok) and tok.head.pos_ == "VERB" \
        and tok.head.lemma_.lower() in NEED_VERBS


def _demand_subject(tok: Token) -> Token | None:
    """Who is asked: the subject of the demanded verb, or of its verb of need ("Russia needs to withdraw")."""
    return subject_token(tok) or (subject_token(tok.head) if _needed(tok) else None)


def _told_as_clear(head: Token) -> bool:
    """A position told with an adjective of firmness ("were clear that", "made clear that", "made it
    clear that"), said by a subject that is not the expletive "it" ("it is clear that Iran must" is
    no one's)."""
    if head.lower_ in REPORTING_ADJ and head.dep_ in ("acomp", "ccomp", "oprd"):
        head = head.head
    elif not any(c.lower_ in REPORTING_ADJ and c.dep_ in ("acomp", "ccomp", "oprd") for c in head.children):
        return False
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subj is not None and subj.dep_ != "expl" and subj.lower_ not in REFERRING


def _doers_of_act(an: Analysis, subj: Token, verb: Token) -> list[str]:
    """Who must stop an act told as the subject of a verb of ceasing ("Russia's reckless activity
    must stop", "the crimes committed by the Zionist regime must be stopped", "all hostages held by
    Hamas must be released"): the act's possessor or its participle's agent; not an actor named as
    the subject itself ("Russia must stop", coded as a demand of Russia) nor a place ("the fighting
    in Gaza must end": no one)."""
    if verb.lemma_.lower() not in CESSATION or an.tok_mention.get(subj.i) is not None:
        return []
    passive = subj.dep_ == "nsubjpass"
    if not passive and (subj.dep_ != "nsubj" or any(c.dep_ == "dobj" for c in verb.children)):
        return []           # "Hamas must release all hostages": Hamas is asked, by the usual path
    owners = [t for c in subj.children if c.dep_ == "poss" for t in c.subtree]
    owners += [subj.doc[i] for i in sorted(participle_agent(subj))]
    return list(dict.fromkeys(m.code for _, m in an.actors_in(owners)))


def _asked_to(verb: Token) -> bool:
    """An expected act told as a to-clause of an act one can be asked to do ("expects Sweden to
    take concrete steps"); not a finite clause ("expect that X will be making") nor a hostile act
    ("expect Russia to launch a major offensive"), which are foreseen, nor one whose subject is such
    an act itself ("expect more Russian attacks to come": no one is asked)."""
    return to_infinitive(verb) and verb.lemma_.lower() not in FORESEEN and not any(
        c.dep_ == "nsubj" and c.lemma_.lower() in FORESEEN for c in verb.children)


def _sources(an: Analysis, head: Token | None, kind: str) -> tuple[Party, ...]:
    """Who demands, hopes or proposes: the reporting or hoping clause's actors, or the speaker."""
    if kind == "own":
        return an.voice()           # a joint statement's own "Hamas must ...": each signer's
    if head.pos_ not in ("VERB", "AUX") or head.dep_ in ("dobj", "pobj"):
        head = clause_of(head)      # "conveyed hope that ...": whoever conveyed it
    # "They were clear that ...", "The leaders said that ...": for every kind of demand, the
    # meeting's participants stay a placeholder, resolved with the story's events
    return tuple(c for c in an.sources(head) if is_code(c) or c == Placeholder.PARTICIPANTS)


def _negated(tok: Token) -> bool:
    return ClauseStatus(tok, tok).negated


def _named(an: Analysis, subj: Token, strict: bool) -> list[str]:
    """Actors the subject names; strict: only as its head or a conjunct of it ("Russia must ...",
    not "Russia's aggression must not go unanswered")."""
    if strict:
        codes = []
        for h in [subj, *subj.conjuncts]:
            m = an.tok_mention.get(h.i)
            found = [m.code] if m is not None else organ_of(an, h) or _act_owner(an, h)
            if not found:
                return []
            codes += found
        return list(dict.fromkeys(codes))
    return list(dict.fromkeys(m.code for _, m in an.actors_in(np_tokens(subj))))


def organ_of(an: Analysis, head: Token) -> list[str]:
    """A state's organ named by its adjective or name: "the Burmese military", "the Iranian regime",
    "the Russian authorities" stand for the country; not "Russia's aggression" (a possessive, and
    no agent noun)."""
    if head.lemma_.lower() not in GENERIC_AGENTS:
        return []
    mods = [c for c in head.children if c.dep_ in ("amod", "compound")]
    return list(dict.fromkeys(m.code for _, m in an.actors_in(mods)))


def _act_owner(an: Analysis, head: Token) -> list[str]:
    """Whose act a subject names by its possessor ("Israel's operation in Rafah must comply with
    ...", "I have been clear with Turkey: its action must not precipitate a crisis", the pronoun
    being the actor named just before it in the sentence): a demand of that actor; not an act that
    is no conduct of its own ("Russia's aggression", a wrong, is judged elsewhere)."""
    if head.lemma_.lower() not in OWNED_ACTS or any(c.dep_ in ("acomp", "oprd") for c in head.head.children):
        return []       # "Russia's actions must not go unpunished": a warning, no demand
    for p in head.children:
        if p.dep_ != "poss":
            continue
        named = [m.code for _, m in an.actors_in(list(p.subtree))]
        if not named and p.lower_ in OWNER_PRONOUNS:
            before = an.actors_in([t for t in p.sent if t.i < p.i])
            named = [before[-1][1].code] if before else []
        return [c for c in named if is_code(c)]
    return []


def _determined(subj: Token) -> bool:
    """'the two sides', 'both countries'; not a bare 'Countries should be working to ...'."""
    return subj.lower_ == "both" or any(c.dep_ in ("det", "nummod", "predet") for c in subj.children)


def _any_party(subj: Token) -> bool:
    """'all parties', 'the parties concerned', 'all relevant sides': no one in particular."""
    if subj.lemma_.lower() not in PARTY_NOUNS or subj.tag_ != "NNS":
        return False
    return any(c.lower_ in ANY_PARTY_WORDS for c in subj.children)


def _kept_while(mark: Token) -> bool:
    """ "as long as South Africa continues ...", "so long as Putin continues to escalate": the
    second "as" sets a condition on a measure kept, as "until" does."""
    return mark.lower_ == "as" and mark.i > 0 and mark.doc[mark.i - 1].lower_ in LONG_MARK_WORDS


def _measure_kept(cond: Token) -> bool:
    """The clause a condition is set on keeps a measure: it withholds ("shall not provide aid") or
    names one ("will continue to impose costs"), not "we have to continue to support Ukraine"."""
    main = cond.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head        # "as long as" hangs the condition on "long", an adverb of the verb
    inside = {t.i for t in cond.subtree}
    clause = [t for t in main.subtree if t.i not in inside]
    return is_negated(main) or any(t.lemma_.lower() in KEPT_MEASURES for t in clause)


def _present_passive(verb: Token) -> bool:
    """ "until the trade action is withdrawn", "until the deportees have been returned": a
    participle whose auxiliary is in the present."""
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ in PRESENT_TAGS for c in verb.children)


def _span(tok: Token, head: Token | None) -> tuple[int, int]:
    doc = tok.doc
    a = head if head is not None else (_demand_subject(tok) or tok)
    first, last = sorted((a, tok), key=lambda t: t.i)
    return doc[first.i].idx, doc[last.i].idx + len(doc[last.i].text)


def _conditions(an: Analysis, sent: Span, index: int) -> list[Event]:
    """ "The treaty will be held in abeyance until Pakistan abjures its support for terrorism": a
    measure kept until a named actor acts asks that actor to act (decision 2 of
    eval/styles/README.md); its source is the measure's, else the story's voice."""
    out = []
    for mark in with_deps(sent, MARK):
        kept = _kept_while(mark)
        if not (mark.lower_ in UNTIL_MARKS or kept):
            continue
        verb = mark.head
        # "until India desists from ...": the parser may read the verb as a plural noun with a subject
        misread = verb.tag_ == "NNS" and verb.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in verb.children)
        if verb.pos_ not in ("VERB", "AUX") and not misread:
            # "until Pakistan credibly and irrevocably abjures": the parser may hang the mark on
            # the adverb; the condition's verb is the next present-tense verb
            verb = next((t for t in sent[mark.i - sent.start + 1:] if t.pos_ == "VERB"), None)
            if verb is None:
                continue
        if not (verb.tag_ in PRESENT_TAGS or misread or _present_passive(verb)) or _negated(verb):
            continue        # "until 2014 it was ...", "until China joined the WTO": no demand
        if kept and (verb.lemma_.lower() not in PERSIST_VERBS or not _measure_kept(mark.head)):
            continue        # "as long as Ukraine needs us", "... we have to continue to support Ukraine": no request
        subj = next((c for h in (verb, mark.head) for c in h.children if c.dep_ == "nsubj"), None)
        undone = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subj is None and undone is None:
            continue
        main = mark.head.head if mark.head.head.i != mark.head.i else mark.head
        sources = tuple(c for c in an.sources(clause_of(main)) if is_code(c)) or an.voice()
        # "until the U.S. trade action is withdrawn", "until the deportees of X have been returned":
        # what is to be undone or done names, in its own phrase, whom the condition asks
        named = _named(an, subj, strict=True) if subj is not None else _named(an, undone, strict=False)
        targets = [c for c in named if c not in sources]
        if not targets:
            continue
        info = cameo(rule_codes("reported_demand")[0])
        start, end = mark.idx, verb.idx + len(verb.text)
        out += pair_events(info, product(sources, targets[:1]), index, start, end, verb.i)
    for verb in with_deps(sent, ADVCL):     # offer_condition reads no other word
        # "Russia is ready for negotiations as soon as Kiev withdraws its troops": a condition set
        # for one's readiness asks the other side to meet it
        ready = offer_condition(verb)
        if ready is None or _negated(verb):
            continue
        subj = next(c for c in verb.children if c.dep_ == "nsubj")
        sources = tuple(c for c in an.sources(ready) if is_code(c))
        targets = [c for c in _named(an, subj, strict=True) if c not in sources]
        info = cameo(rule_codes("reported_demand")[0])
        start, end = subj.idx, verb.idx + len(verb.text)
        out += pair_events(info, product(sources, targets[:1]), index, start, end, verb.i)
    return out
