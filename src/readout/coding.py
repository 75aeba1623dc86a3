"""The event coder: finds PLOVER/CAMEO events (source, type, target, mode) in a parsed story.

Triggers come from the pattern lexicons (patterns.py). For each trigger the coder finds who acts
(the clause's subject, carried across conjunctions and into complement clauses), whom it is aimed
at (an actor among its arguments, or the other side of the story's main interaction), whether it
is only intended or announced (then AGREE or THREATEN), negated, normative or background history.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from readout.cameo import cameo
from readout.lexicons import word_class
from readout.patterns import Pattern, PatternSet
from readout.syntax import (COUNTERPART, OTHER, NOT_PREFIX, REPORTING, FUTURE_AUX, HISTORY_MARKERS, INTENT_WORDS, NORMATIVE_MODALS,
                            PARTICIPANTS, Analysis, clause_of, head_of, is_negated)

__all__ = ["Event", "EventCoder", "finalize_events", "choose_headline", "main_consult", "participants_of"]

SYMMETRIC = {"CONSULT", "COOPERATE"}
MUTUAL = {"CONSULT", "COOPERATE", "AGREE"}          # joint acts that code once per side
MUTUAL_CODES = {"057", "054", "127"}  # signing an agreement, establishing ties, failing to reach one
SUBJ_OBJ_DEPS = {"nsubj", "nsubjpass", "csubj", "dobj", "pobj", "punct", "det", "aux", "auxpass", "neg"}
MEETING_NOUNS = word_class("meeting_noun")
WITH_PREPS = {"with", "between", "to", "among", "and"}
THREAT_TYPES = {"THREATEN"}
# Verbs whose "of"/"for" clause gives the grounds for judging someone else ("accused X of ...",
# "thanked X for ..."): that clause is not the subject's own act.
GROUNDS_VERBS = word_class("grounds_verb")
PLANNED = word_class("planned_word")
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}
REQUEST_LEMMAS = word_class("request_verb")
RECIPROCAL = {"each other", "one another", "mutual", "bilateral"}
PHONE_WORDS = {"phone", "telephone", "call", "telephonic", "phoned"}
VIDEO_WORDS = {"video", "virtually", "virtual", "videoconference", "video-conference", "videolink"}
YEAR = re.compile(r"^(19|20)\d\d$")


@dataclass
class Event:
    """One coded event; sources and targets may still hold placeholders until finalized."""

    source: str | None
    type: str
    target: str | None
    mode: str | None
    cameo: str
    goldstein: float
    sentence: int
    start: int          # character offsets into the coded (normalized) text
    end: int
    trigger: int        # token index of the trigger

    def key(self):
        if self.type in SYMMETRIC and self.source and self.target:
            return (self.type,) + tuple(sorted((self.source, self.target)))
        return (self.source, self.type, self.target)

    def as_dict(self) -> dict:
        return {"source": self.source, "type": self.type, "target": self.target, "mode": self.mode,
                "cameo": self.cameo, "goldstein": self.goldstein, "sentence": self.sentence,
                "start": self.start, "end": self.end}


@dataclass
class Trigger:
    """A pattern matched at a token, with the clause it belongs to."""

    token: Token
    pattern: Pattern
    clause: Token


class EventCoder:
    """Codes events sentence by sentence over an Analysis of one story."""

    def __init__(self, patterns: PatternSet):
        self.patterns = patterns

    # -- finding triggers -------------------------------------------------------------------
    def triggers(self, sent: Span) -> list[Trigger]:
        """Every pattern that matches in a sentence, the most specific per token."""
        found = []
        for tok in sent:
            if tok.dep_ in ("amod", "compound") and tok.pos_ != "NOUN":
                continue            # "occupied Crimea", "the attacking forces": a participle, no act
            lemmas = lemma_candidates(tok)
            kinds = []
            if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
                kinds.append("verb")
            if tok.pos_ in ("NOUN", "PROPN") or tok.tag_ in ("NN", "NNS"):
                kinds.append("noun")
            if tok.pos_ == "ADJ":
                kinds.append("adj")
            hit = None
            for kind in kinds:
                for lemma in lemmas:
                    hit = next((p for p in self.patterns.candidates(kind, lemma) if self._fits(tok, p)), None)
                    if hit is not None:
                        break
                if hit is not None:
                    found.append(Trigger(tok, hit, self._clause(tok, hit)))
                    break
        return found

    def _clause(self, tok: Token, p: Pattern) -> Token:
        if p.kind == "verb":
            return tok if tok.dep_ in ("ROOT",) or tok.pos_ in ("VERB", "AUX") else clause_of(tok)
        if p.kind == "noun" and "*" not in p.light:
            gov = self._governor(tok)
            if gov is not None:
                return clause_of(gov) if gov.pos_ not in ("VERB", "AUX") else gov
        return clause_of(tok)

    def _fits(self, tok: Token, p: Pattern) -> bool:
        if p.needs_neg and not self._negated(tok, clause_of(tok)):
            return False
        if p.no_obj and any(c.dep_ in ("dobj", "ccomp", "attr") for c in tok.children):
            return False            # "demonstrated that ...", "demonstrated a capacity": not a protest
        if p.prep:
            words = {c.lower_ for c in tok.children if c.dep_ not in SUBJ_OBJ_DEPS}
            if p.kind == "noun" and tok.dep_ == "pobj":
                words.add(tok.head.lower_)
            if not words & set(p.prep):
                return False
        if p.obj:
            objs = set()
            for c in tok.children:
                if c.dep_ in ("dobj", "attr", "oprd", "nsubjpass", "npadvmod", "acomp", "ccomp", "xcomp"):
                    objs.add(c.lemma_.lower())
                    objs.update(g.lemma_.lower() for g in c.conjuncts)
                    # "25,000 tons of food aid", "part of a military aid program", "martial law"
                    objs.update(g.lemma_.lower() for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                for g in p.children if g.dep_ == "pobj")
                    objs.update(f"{g.lemma_.lower()} {c.lemma_.lower()}" for g in c.children
                                if g.dep_ in ("amod", "compound"))
                if c.dep_ in ("prep", "prt"):
                    objs.update(g.lemma_.lower() for g in c.children if g.dep_ == "pobj")
            if p.kind != "verb":
                objs.update(c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod"))
            if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBN"):
                objs.add(tok.head.lemma_.lower())    # "the costs [that] we will impose", "sanctions imposed"
            objs -= MONTHS      # "the summit held on March 5" is no march
            if not objs & set(p.obj):
                return False
        if p.kind == "noun" and "*" not in p.light:
            gov = self._governor(tok)
            if gov is None:
                return False
            if gov.lemma_.lower() not in p.light and gov.lower_ not in p.light:
                return False
        return True

    def _governor(self, tok: Token) -> Token | None:
        """The verb that governs an event noun ("had a conversation", "expressed concern about")."""
        t = tok
        for _ in range(4):
            if t.dep_ in ("dobj", "nsubjpass", "attr", "pobj", "conj", "appos", "npadvmod", "nsubj", "compound", "oprd"):
                if t.dep_ == "nsubj":
                    if t.head.lemma_.lower() in ("take", "be", "hold", "happen", "occur"):
                        return t.head
                    # "confirmed the agreement ... to cut output": the parser makes it a subject
                    return t.head.head if t.head.dep_ in ("ccomp", "xcomp") else None
                t = t.head
                if t.pos_ in ("VERB", "AUX"):
                    return t
                if t.dep_ == "prep":
                    t = t.head
                    if t.pos_ in ("VERB", "AUX"):
                        return t
            else:
                return None
        return None

    # -- context of a trigger -----------------------------------------------------------------
    def _negated(self, tok: Token, clause: Token) -> bool:
        chain = [tok, clause]
        if clause.dep_ == "xcomp" and clause.head.lemma_.lower() in ("fail", "refuse", "decline", "avoid"):
            return True         # "failed to reach agreement": no agreement
        t = clause
        while t.dep_ == "xcomp" and t.head.i != t.i:
            t = t.head          # "did not agree to meet"; a negation does not cross "and"
            chain.append(t)
        return any(is_negated(x) for x in chain)

    def _modality(self, clause: Token) -> str | None:
        """'normative' for should/must, 'future' for announced or intended acts, 'conditional'
        for would, else None; a normative modal anywhere up the chain wins."""
        found = None
        t = clause
        for _ in range(6):
            for c in t.children:
                low = c.lower_
                if c.dep_ not in ("aux", "auxpass"):
                    continue
                if low in NORMATIVE_MODALS:
                    return "normative"
                if low in FUTURE_AUX or c.lemma_ == "will":
                    found = found or "future"
                elif low == "would" and t.lemma_.lower() not in ("like", "love", "want", "wish"):
                    found = found or "conditional"      # "would like to thank" is a polite present
                elif low == "to" and t.head.lemma_.lower() == "go":
                    found = found or "future"
            head = head_of(t)
            if head.i == t.i:
                break
            if t.dep_ == "xcomp" and head.lemma_.lower() in ("continue", "keep"):
                return None if found != "normative" else found     # "will continue to hold ... accountable": ongoing
            if t.dep_ in ("xcomp", "acl", "advcl", "ccomp"):
                if t.dep_ != "ccomp" and (head.lemma_.lower() in INTENT_WORDS or head.lower_ in INTENT_WORDS or (
                        head.lemma_.lower() == "be" and any(c.lower_ in INTENT_WORDS for c in head.children))):
                    found = found or "future"
                if t.dep_ == "ccomp":
                    break
                t = clause_of(head) if head.dep_ in ("acomp", "amod", "attr", "dobj") else head
                if t.lemma_.lower() in INTENT_WORDS:
                    found = found or "future"
                continue
            if t.dep_ == "conj":
                t = head
                continue
            break
        return found

    def _content(self, clause: Token, an: Analysis) -> bool:
        """True for what a noun describes, not an act: "a proposal for signing", "a plan to attack",
        "their commitment to continue providing aid"."""
        while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head
        if clause.dep_ == "pcomp" and clause.head.dep_ == "prep" and clause.head.head.pos_ in ("NOUN", "PROPN"):
            return True
        if clause.dep_ == "pcomp" and clause.head.lower_ in ("of", "for") \
                and clause.head.head.lemma_.lower() in GROUNDS_VERBS:
            return True     # "accused Myanmar of torturing detainees": the accused's act, as alleged
        if clause.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            return an.tok_mention.get(clause.head.i) is None     # not "spoke with Modi to express ..."
        return False

    def _ultimatum(self, clause: Token, conditions=("unless",)) -> bool:
        """True when the act hangs on a condition the other side must meet ("unless ...")."""
        return any(c.dep_ == "advcl" and any(g.lower_ in conditions for g in c.children) for c in clause.children)

    def _requested(self, clause: Token) -> bool:
        """True inside what someone is asked to do: "called on Russia to withdraw its forces"."""
        t = clause
        for _ in range(6):
            if t.dep_ not in ("xcomp", "ccomp", "advcl", "conj") or t.head.i == t.i:
                return False
            link, t = t.dep_, clause_of(t.head) if t.head.pos_ not in ("VERB", "AUX") else t.head
            if link != "conj" and t.lemma_.lower() in REQUEST_LEMMAS:
                return True
        return False

    def _history(self, clause: Token, date_year: int | None) -> bool:
        """Background history: past perfect, 'since ...', 'over the past decade', or a year before the story's."""
        for c in clause.children:
            span = [c] + [g for g in c.subtree] if c.dep_ in ("npadvmod", "prep") else []
            words = {t.lower_ for t in span}
            if words & {"decade", "decades", "years"} and words & {"past", "last", "recent"}:
                return True
        if clause.dep_ == "relcl" and clause.tag_ in ("VBD", "VBN"):
            return True         # "the United States, which withdrew from the deal, ..."
        aux = [c for c in clause.children if c.dep_ == "aux"]
        reported = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING
        if any(a.lower_ == "had" for a in aux) and clause.tag_ == "VBN" and not reported:
            return True         # past perfect, except in reported speech ("said it had halted aid")
        for t in clause.subtree:
            if clause_of(t).i != clause.i:
                continue
            if t.lower_ in HISTORY_MARKERS and t.dep_ in ("prep", "mark", "advmod") and t.head.i == clause.i:
                return True     # "since 2014" on the verb; not "a previously unannounced visit"
            if date_year and YEAR.match(t.text) and int(t.text) < date_year - 1:
                return True
        return False

    # -- targets --------------------------------------------------------------------------------
    def _region(self, an: Analysis, trig: Trigger) -> list[Token]:
        """Tokens where the trigger's target may be named."""
        clause = trig.clause
        subj = an.subject_token(clause)
        excluded = set(t.i for t in subj.subtree) if subj is not None and subj.dep_ != "nsubjpass" else set()
        if trig.token.i in excluded:
            excluded = set()        # the event noun is itself the subject: "talks were held between ..."
        allowed = {clause.i}
        if trig.pattern.intent or trig.pattern.kind == "adj":
            stack = [c for c in trig.token.children if c.dep_ in ("xcomp", "acl", "ccomp", "prep", "advcl")]
            stack += [c for c in clause.children if c.dep_ in ("xcomp",)]
            while stack:
                c = stack.pop()
                if c.pos_ in ("VERB", "AUX"):
                    allowed.add(c.i)
                    stack += [g for g in c.children if g.dep_ in ("conj", "xcomp", "advcl")]
                else:
                    stack += [g for g in c.children if g.dep_ in ("pcomp", "pobj", "xcomp")]
        region = []
        base = trig.token if trig.pattern.kind == "noun" and trig.pattern.reach == "close" else clause
        partners = self._partners([base.doc[i] for i in sorted(allowed)
                                   if i != clause.i and base.left_edge.i <= i <= base.right_edge.i], an)
        for t in base.subtree:
            if t.i in excluded or t.i == trig.token.i:
                continue
            c = clause_of(t).i
            below = trig.pattern.kind != "verb" and trig.token in t.ancestors
            if c == clause.i or (below and not trig.pattern.intent):
                region.append(t)
            elif c in allowed and t.i in partners:
                region.append(t)
        if trig.pattern.only_future and trig.pattern.kind == "verb":
            # "agreed to work together on priorities including China": partners, not topics
            keep = self._partners([trig.token], an)
            region = [t for t in region if t.i in keep]
        if cameo_type(trig.pattern.cameo) == "CONSULT":
            # who was met or called, not what was discussed: "with X", "between X and Y", "met X"
            heads = []
            for head in (trig.token, clause):
                for c in head.children:
                    if c.dep_ == "prep" and c.lower_ in WITH_PREPS:
                        heads += [g for g in c.children if g.dep_ == "pobj"]
                    elif c.dep_ in ("dobj", "dative") and trig.pattern.kind == "verb" and trig.pattern.mode:
                        heads.append(c)      # "met X", "visited X"; not "discussed the crisis"
                    if c.dep_ == "dobj" and c.i != trig.token.i:
                        # "held talks with X", "hosted talks between X and Y"; not "discussed the
                        # conflict between X and Y"
                        preps = WITH_PREPS if c.lemma_.lower() in MEETING_NOUNS else ("with",)
                        heads += [g for p in c.children if p.dep_ == "prep" and p.lower_ in preps
                                  for g in p.children if g.dep_ == "pobj"]
            keep = set()
            for h in heads:
                for x in [h, *h.conjuncts]:
                    keep.update(t.i for t in an.np_tokens(x))
            region = [t for t in region if t.i in keep]
        if trig.pattern.reach == "close":
            close = set()
            heads = [c for c in trig.token.children if c.dep_ in ("dobj", "dative", "attr", "pobj")]
            heads += [g for c in trig.token.children if c.dep_ in ("prep",) for g in c.children if g.dep_ == "pobj"]
            for h in heads:
                for x in [h] + list(h.conjuncts):
                    close.add(x.i)
                    close.update(c.i for c in x.children if c.dep_ in ("poss", "compound", "amod", "nmod"))
                    for c in x.children:
                        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by", "of")):
                            close.update(g.i for g in c.subtree)     # "X's proposal", "a proposal from X"
            region = [t for t in region if t.i in close]
        return region

    def _partners(self, verbs: list[Token], an: Analysis) -> set[int]:
        """In what someone intends to do, the actors it is done with or to: "work with Iran",
        "support Ukraine's defense"; not the topic ("a response to Iran's attack")."""
        keep: set[int] = set()
        for v in verbs:
            for c in v.children:
                if c.dep_ in ("dobj", "dative"):
                    keep.update(t.i for t in an.np_tokens(c))
                elif c.dep_ == "prep" and c.lower_ in ("with", "between", "alongside", "among"):
                    for g in c.children:
                        if g.dep_ == "pobj":
                            keep.update(t.i for x in [g, *g.conjuncts] for t in an.np_tokens(x))
                elif c.dep_ == "prep" and c.lower_ in ("to", "for"):
                    for g in c.children:
                        if g.dep_ == "pobj":
                            keep.update(t.i for t in g.subtree if t.dep_ in ("compound", "amod") or t.i == g.i)
                if c.dep_ == "dobj":
                    for p in c.children:
                        if p.dep_ == "prep" and p.lower_ in ("with", "between"):
                            keep.update(t.i for t in p.subtree)
        return keep

    def _targets(self, an: Analysis, trig: Trigger, sources: tuple[str, ...]) -> list[str]:
        region = self._region(an, trig)
        low = " ".join(t.lower_ for t in region)
        actors = an.actors_in(region)
        found = [(t, m.code) for t, m in actors if m.code not in sources]
        if an.speaker:
            # "your military personnel", "thank you": the party that is not speaking
            found += [(t, f"{NOT_PREFIX}{an.speaker}") for t in region
                      if t.lower_ in ("you", "your") and an.tok_mention.get(t.i) is None]
            found.sort(key=lambda x: x[0].i)
        typ = cameo_type(trig.pattern.cameo)
        if typ in ("ACCUSE", "THREATEN", "REJECT", "SANCTION") and found:
            # "condemns this assault against Israel by Hamas": the doer is the target, not the victim
            def root(t):
                m = an.tok_mention.get(t.i)
                return t.doc[an.mention_root.get(id(m), t.i)] if m is not None else t
            doers = [(t, c) for t, c in found if any(a.lower_ in ("by", "from") and a.i > trig.token.i
                                                     for a in root(t).ancestors if a.dep_ in ("prep", "agent"))]
            if doers:
                found = doers
            else:
                found = [(t, c) for t, c in found if not _victim(root(t))]
        if not found and trig.pattern.mode == "visit" and trig.pattern.kind == "verb":
            # "arrived in Amman on a visit": for a visit, the place is the host
            venues = [an.venues[t.i].code for t in trig.clause.subtree if t.i in an.venues]
            venues = [c for c in venues if c not in sources]
            if venues:
                return venues[:1]
        if not found:
            if actors and len(sources) == 1 and cameo_type(trig.pattern.cameo) != "AGREE" and not trig.pattern.intent:
                # "spoke to the American people", "arrested Serbian protesters": aimed at itself
                return [sources[0]]
            if trig.pattern.target == "require":
                return []
            if trig.pattern.target == "other":
                return [OTHER]
            if any(r in low for r in RECIPROCAL) or trig.pattern.target == "counterpart" \
                    or cameo_type(trig.pattern.cameo) == "CONSULT":
                return [COUNTERPART]
            return [None]
        after = [(t, c) for t, c in found if t.i > trig.token.i]
        first_tok, first = (after or found)[0]
        group = [first]
        m0 = an.tok_mention.get(first_tok.i)
        root = first_tok.doc[an.mention_root.get(id(m0), first_tok.i)] if m0 is not None else first_tok
        chain = {root.i} | {c.i for c in root.conjuncts}
        for t, c in found:
            m = an.tok_mention.get(t.i)
            r = t.doc[an.mention_root.get(id(m), t.i)] if m is not None else t
            if c not in group and (r.i in chain or any(x.i in chain for x in r.ancestors if x.dep_ in ("conj", "appos"))):
                group.append(c)
        return group

    # -- mode -------------------------------------------------------------------------------------
    def _mode(self, trig: Trigger, sent: Span, n_parties: int, code: str) -> str | None:
        if cameo_type(code) != "CONSULT":
            return None
        words = {t.lower_ for t in sent}
        if words & VIDEO_WORDS:
            return "video"
        if trig.pattern.mode:
            if trig.pattern.mode == "visit" and n_parties >= 3:
                return "multilateral"
            return trig.pattern.mode
        near = {t.lower_ for t in trig.clause.subtree}
        if near & PHONE_WORDS:
            return "phone"
        if n_parties >= 3:
            return "multilateral"
        return None

    # -- the coder --------------------------------------------------------------------------------
    def _demands(self, an: Analysis, sent: Span, index: int) -> list[Event]:
        """'X said that Y must hand over the suspects': X makes a demand of Y (CAMEO 020)."""
        out = []
        for tok in sent:
            if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in REPORTING:
                continue
            if not any(c.dep_ == "aux" and c.lower_ in ("must", "should", "ought") for c in tok.children):
                continue
            subj = an.subject_token(tok)
            if subj is None or subj.dep_ != "nsubj" or self._negated(tok, tok):
                continue
            sources = [c for c in an.sources(clause_of(tok.head)) if not c.startswith("@")]
            named = [m.code for _, m in an.actors_in(an.np_tokens(subj))]
            targets = [c for c in named if c not in sources]
            if not sources or not targets or len(targets) < len(named):
                continue        # "the United States and China must work together": not a demand
                continue
            info = cameo("020")
            doc = tok.doc
            start, end = doc[tok.head.i].idx, doc[tok.i].idx + len(doc[tok.i].text)
            if start > end:
                start, end = doc[tok.i].idx, doc[tok.head.i].idx + len(doc[tok.head.i].text)
            out += [Event(s, info.plover, t, None, info.code, info.goldstein, index, start, end, tok.i)
                    for s in sources for t in targets[:1]]
        return out

    def code_sentence(self, an: Analysis, sent: Span, index: int, date_year: int | None) -> list[Event]:
        """Events in one sentence (placeholders unresolved)."""
        events = self._demands(an, sent, index)
        for trig in self.triggers(sent):
            p = trig.pattern
            if not p.needs_neg and self._negated(trig.token, trig.clause):
                continue
            modality = self._modality(trig.clause)
            if p.kind == "noun" and any(c.lower_ in PLANNED for c in trig.token.children):
                modality = "future"     # "the summit scheduled for December 9", "an upcoming visit"
            code = p.cameo
            if modality == "normative" and self._ultimatum(trig.clause, conditions=("if", "unless")) \
                    and cameo_type(code) not in ("AGREE", "CONSULT", "SUPPORT"):
                modality = "conditional"    # "may halt mediation if cooperation founders": a threat
            if modality == "normative":
                continue
            if modality in ("future", "conditional") and self._ultimatum(trig.clause) \
                    and cameo_type(code) not in ("AGREE", "CONSULT", "SUPPORT"):
                code = "130"        # "will withdraw its force unless ...": a threat
            elif modality in ("future", "conditional"):
                if p.future:
                    code = p.future
                elif modality == "conditional" and cameo_type(code) not in THREAT_TYPES \
                        and not (p.intent and cameo_type(code) == "AGREE") and not p.needs_neg:
                    continue            # "would be ready to host" is still an intent
            elif p.only_future:
                continue
            if self._history(trig.clause, date_year) or self._requested(trig.clause) or self._content(trig.clause, an):
                continue
            if p.voice == "author":
                # "Russia alone is responsible for ...": the statement's author accuses the subject.
                targets = [c for c in an.sources(trig.clause) if not c.startswith("@")]
                sources = (an.speaker,) if an.speaker and targets else ()
            else:
                sources = self._sources_for(an, trig)
                targets = self._targets(an, trig, sources) if sources else []
            if not sources:
                continue
            info = cameo(code)
            if info.plover is None or not targets:
                continue
            concrete = [x for x in sources if not x.startswith("@")]
            joint = len(concrete) >= 2 or PARTICIPANTS in sources
            if joint and info.plover not in MUTUAL and set(targets) <= {OTHER, PARTICIPANTS}:
                targets = [None]    # "the two leaders condemned the strikes": not each other
            if len(concrete) >= 2 and targets == [COUNTERPART]:
                if info.plover not in MUTUAL and info.code not in MUTUAL_CODES:
                    continue        # "Putin and Trump expressed concern": aimed at no one named
                targets = list(concrete)
            n_parties = len(set(sources) | {t for t in targets if t})
            mode = self._mode(trig, sent, n_parties, code)
            start, end = self._evidence(an, trig, sent)
            for s in sources:
                for t in targets:
                    if s == t and len(concrete) >= 2:
                        continue
                    events.append(Event(s, info.plover, t, mode, info.code, info.goldstein, index,
                                        start, end, trig.token.i))
            if info.plover in SYMMETRIC and len(targets) > 1:
                for a in range(len(targets)):
                    for b in range(a + 1, len(targets)):
                        events.append(Event(targets[a], info.plover, targets[b], mode, info.code,
                                            info.goldstein, index, start, end, trig.token.i))
        return events

    def _sources_for(self, an: Analysis, trig: Trigger) -> tuple[str, ...]:
        tok, clause = trig.token, trig.clause
        if trig.pattern.kind == "noun" and "*" in trig.pattern.light:
            # "an attack by Russian forces": only the noun's own phrase names who acted.
            own = [t for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod") for t in c.subtree]
            own += [t for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                    for t in c.subtree]
            return tuple(dict.fromkeys(m.code for _, m in an.actors_in(own)))
        if trig.pattern.kind == "noun" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == clause.i \
                and clause.lemma_.lower() in ("take", "be", "hold", "happen", "occur", "begin", "start"):
            # "A telephone conversation took place between X and Y": the named parties act jointly.
            codes = tuple(dict.fromkeys(m.code for _, m in an.actors_in(list(clause.subtree))))
            return (PARTICIPANTS,) if len(codes) < 2 else codes
        if trig.pattern.kind == "noun":
            poss = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            if poss:
                codes = an.codes_of_np(poss)
                if codes:
                    return codes
        return an.sources(clause)

    def _evidence(self, an: Analysis, trig: Trigger, sent: Span) -> tuple[int, int]:
        tok = trig.token
        subj = an.subject_token(trig.clause)
        start = tok.i
        if subj is not None and 0 < tok.i - subj.left_edge.i <= 12:
            start = subj.left_edge.i
        end = min(sent.end - 1, tok.i + 10)
        # stop at a clause boundary punctuation after the trigger
        for i in range(tok.i + 1, end + 1):
            if tok.doc[i].text in (";", ".") or (tok.doc[i].text == "," and i - tok.i > 5):
                end = i - 1
                break
        doc = tok.doc
        return doc[start].idx, doc[end].idx + len(doc[end].text)


# "strikes on Kyiv", "a crackdown on protesters": the place or people an attack hits, not its doer
# ("in Iran" is left alone: "a crackdown in Iran" names where the doer rules).
ATTACK_NOUNS = word_class("attack_noun")


def _victim(tok: Token) -> bool:
    """True for who or what an attack is aimed at ("against Israel", "strikes on Kyiv")."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in ("against", "to") or (
        prep.lower_ in ("on", "upon") and prep.head.lemma_.lower() in ATTACK_NOUNS)


def lemma_candidates(tok: Token) -> list[str]:
    """The lemma, plus guesses where the lemmatizer stumbles ("staged" -> "stag")."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    out = [lemma]
    for guess in (low, low[:-1] if low.endswith(("ed", "es")) else None,
                  low[:-2] if low.endswith("ed") else None, low[:-3] + "e" if low.endswith("ing") else None):
        if guess and guess not in out:
            out.append(guess)
    return out


def cameo_type(code: str) -> str | None:
    """The PLOVER type of a CAMEO code."""
    return cameo(code).plover


STATEMENT = re.compile(r"^\s*(joint\s+)?statement\b|\bstatement (by|from|of|on)\b", re.I)


def main_consult(events: list[Event], title: str | None = None) -> Event | None:
    """The story's first meeting or call between named parties (not one only announced).

    In a statement (by its title) a call mentioned later ("I spoke with ...") is not what the
    story is about; only a meeting or call in its first sentence is.
    """
    statement = bool(title and STATEMENT.search(title))
    for e in events:
        if e.type == "CONSULT" and e.source and e.target and not e.source.startswith("@") \
                and not e.target.startswith("@"):
            if statement and e.sentence > 0:
                return None
            return e
    return None


def participants_of(events: list[Event], consult: Event | None, publisher_country: str | None,
                    mention_counts: dict[str, int], title_codes: list[str] = ()) -> list[str]:
    """Who 'the two leaders', 'both sides' and 'they' are: the parties to the main interaction,
    else the publisher and the actor the story names most."""
    parties: list[str] = []
    if consult is not None:
        for e in events:
            if e.type == "CONSULT" and e.trigger == consult.trigger:
                for c in (e.source, e.target):
                    if c and not c.startswith("@") and c not in parties:
                        parties.append(c)
        return parties
    if publisher_country:
        parties.append(publisher_country)
    for code in title_codes:    # "Statement ... on Iran's Attacks against Israel" is about Iran
        if code not in parties:
            parties.append(code)
            break
    for code, _ in sorted(mention_counts.items(), key=lambda kv: -kv[1]):
        if len(parties) >= 2:
            break
        if code not in parties:
            parties.append(code)
    return parties


def choose_headline(events: list[Event], consult: Event | None, parties: list[str],
                    publisher_country: str | None) -> Event | None:
    """The story's main interaction: its meeting or call, else the publisher's first act toward
    the actor the story is about."""
    if consult is not None:
        for e in events:
            if e.type == "CONSULT" and e.trigger == consult.trigger:
                return e
    other = parties[1] if len(parties) > 1 else None
    for test in (lambda e: e.source == publisher_country and e.target == other,
                 lambda e: e.source == publisher_country and e.target,
                 lambda e: e.target):
        for e in events:
            if test(e):
                return e
    return events[0] if events else None


UNDIRECTED_NEEDS_FOREIGN = {"SUPPORT", "AGREE", "REQUEST", "ACCUSE", "COOPERATE", "AID"}


def finalize_events(events: list[Event], parties: list[str], domestic: bool = False,
                    foreign: bool = True, statement: bool = False) -> list[Event]:
    """Resolve placeholders, drop self-events (unless domestic) and repeats (first evidence kept).

    foreign=False says the story names no actor beside its publisher's own country: then praise,
    requests or promises aimed at no one ("urged Congress to act") are domestic politics, not events.
    """
    out, seen = [], set()

    def emit(e: Event, s, t):
        if t is None and not foreign and not domestic and e.type in UNDIRECTED_NEEDS_FOREIGN:
            return
        if not s or s.startswith("@") or (t and t.startswith("@")) or (s == t and not domestic):
            return
        ev = Event(s, e.type, t, e.mode, e.cameo, e.goldstein, e.sentence, e.start, e.end, e.trigger)
        k = ev.key()
        if k not in seen:
            seen.add(k)
            out.append(ev)

    for e in events:
        if e.target == OTHER:
            # "I condemn these attacks": a statement's condemnation is aimed at what it is about
            e = Event(e.source, e.type, COUNTERPART if statement else None, e.mode, e.cameo, e.goldstein,
                      e.sentence, e.start, e.end, e.trigger)
        if e.source == PARTICIPANTS and e.type not in MUTUAL and e.target in parties:
            continue    # "they welcomed the revitalization of U.S.-EU ties": not aimed at one of themselves
        if e.source == PARTICIPANTS:
            sources = parties
        elif e.source and e.source.startswith(NOT_PREFIX):
            sources = [p for p in parties if p != e.source[len(NOT_PREFIX):]][:1]
        else:
            sources = [e.source]
        for s in sources:
            if e.source == PARTICIPANTS and e.target in (COUNTERPART, None) and e.type not in MUTUAL:
                if e.target == COUNTERPART:
                    continue        # "the leaders encouraged progress": not aimed at each other
                emit(e, s, None)
                continue
            if e.target and e.target.startswith(NOT_PREFIX):
                for t in [p for p in parties if p != e.target[len(NOT_PREFIX):]][:1]:
                    emit(e, s, t)
                continue
            if e.target == COUNTERPART or (e.source == PARTICIPANTS and e.type in MUTUAL and (
                    e.target is None or e.target in parties)):
                others = [p for p in parties if p != s]
                if s not in parties:
                    others = others[:1]
                if not others:
                    if e.target == COUNTERPART and e.type != "CONSULT" and e.source != PARTICIPANTS:
                        emit(e, s, None)        # aimed at no one the story names
                    continue
                for t in others:
                    emit(e, s, t)
            elif e.target == PARTICIPANTS:
                for t in parties:
                    emit(e, s, t)
            else:
                emit(e, s, e.target)
    return out
