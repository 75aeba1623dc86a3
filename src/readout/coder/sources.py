"""Who acts in a clause: the subject, carried across conjunctions and into complement clauses,
with pronouns, collective nouns and generic agents resolved (docs/coder.md, "Who acts").

An Analysis works on one parsed story plus the actor mentions found in its text, and keeps the
running state a reader keeps: who "he" and "it" are, who is speaking in a transcript, whose words
a paragraph reports. Shared by events.py and stances.py.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from readout.actors import COUNTRY_KINDS, PERSON_KINDS, PLACE_KINDS, Mention
from readout.coder.lists import listed_countries, listed_people
from readout.coder.grammar import (VENUE_PREPS, clause_of, doc_text, extraposed, head_of, joined_passive, np_tokens,
                                   shares_passive, stands_for_main_verb, subject_token, unplaced)
from readout.coder.records import NotParty, Party, Placeholder, is_code
from readout.coder.signers import authors_of
from readout.coder.source_shapes import (antecedents, capital_plural, misjoined_to_that_clause, posted_in,
                                         signed_document, thing_before)
from readout.lexicons import word_class

__all__ = ["Analysis"]

COLLECTIVE = word_class("collective")
OWN_STATE = word_class("own_state_noun")    # "my Administration", "our Government": the speaker's state
OWN_MISSIONS = word_class("own_mission_noun")     # "our diplomats", "our embassies": in the plural too
STATIVE_PASSIVES = word_class("stative_passive")
FEELING_PASSIVES = word_class("feeling_passive")
FEELING_NOUNS = word_class("feeling_noun")
CUSTODY_NOUNS = word_class("custody_noun")      # "released from Iranian custody": the holder frees
GENERIC_AGENTS = word_class("generic_agent")
# Non-state agents (GUIDE.md: "code as the country they are in or act from"): with no place of
# their own in the clause, the one country their sentence names is where they are.
NONSTATE_AGENTS = word_class("nonstate_agent")
# A named person with one of these titles but no known country ("President Abdelaziz Bouteflika"
# after a misspelling, a judge) acts for the one country the sentence names.
STATE_TITLES = word_class("state_title")
SPEECH_NOUNS = word_class("speech_noun")
PLACED_VERBS = word_class("placed_verb")
REPORTING = word_class("reporting_verb")
# Prepositions that name whom an act is aimed at: "threatened sanctions against Chad".
TARGET_PREPS = word_class("target_prep")
FIRST_PERSON = word_class("first_person")
FIRST_PLURAL = word_class("first_person_plural")
SECOND_PERSON = word_class("second_person")
THIRD_PERSON = word_class("third_person")
IMPERSONAL = word_class("impersonal_subject")          # "it was agreed": the participants
REFERRING = word_class("referring_subject")
RELATIVE = word_class("relative_pronoun")
REPORTER_PRONOUNS = word_class("reporter_pronoun")     # "Hungary said it will ..."
REPORTER_POSSESSIVES = word_class("reporter_possessive")
JOINT_DETERMINERS = word_class("joint_determiner")     # "the two leaders", "both sides"
# "the three partners", "the two allies": the participants only when counted ("partners" alone are
# anyone's: "consulted allies and partners")
COUNTED_COLLECTIVE = word_class("counted_collective")
UNBOUND_GROUP = word_class("unbound_group_modifier")     # "global leaders", "world leaders": people at large
PLACE_PREPS_NOUN = word_class("place_prep_noun")
PLACE_PREPS_CLAUSE = word_class("place_prep_clause")
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")     # a finite verb: a clause, not a speaker label
MEETING_NOUNS = word_class("meeting_noun")     # "the Cairo Summit": a capital naming a meeting's place
SEATED_RULERS = word_class("seated_ruler")      # "the regime in Tehran": the capital names who rules there


@dataclass
class Analysis:
    """Actors, subjects and running reference state over one parsed story."""

    doc: Doc
    mentions: list[Mention]
    speaker_default: str | None = None        # the publisher's country: "I", "we" in statements
    tok_mention: dict[int, Mention] = field(default_factory=dict)
    venues: dict[int, Mention] = field(default_factory=dict)     # capitals named as places
    mention_root: dict[int, int] = field(default_factory=dict)  # id(mention) -> root token index
    shared: dict[int, list[Mention]] = field(default_factory=dict)  # a token's further mentions
    authors: tuple[str, ...] = ()             # whom a joint statement's "we" names (authors_of)
    single_voice: bool = False                # a fact sheet, remarks, a transcript: its own side's text
    title_voice: tuple[str, ...] = ()         # the signers a joint text's title names (signers.title_signers)
    title_states: tuple[str, ...] = ()        # the actors other than its own side that the title names
    _sources: dict[int, tuple[Party, ...]] = field(default_factory=dict)
    speaker: str | None = None
    reporter: str | None = None               # "Xi pointed out that ..." opens a paragraph of Xi's words
    last_person: str | None = None
    last_actor: str | None = None
    turns: dict[int, str | None] = field(default_factory=dict)     # a transcript's labels: offset -> its speaker

    def __post_init__(self):
        self._text = doc_text(self.doc)
        for n, m in enumerate(self.mentions):
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            root = span.root
            if m.form == "metonym" and root.dep_ == "pobj" and root.head.lower_ in VENUE_PREPS \
                    and root.head.head.lemma_.lower() not in SEATED_RULERS and not posted_in(root.head.head):
                # "talks held in Reykjavik", "met in the Kremlin": a place, not an actor
                for t in span:
                    self.venues.setdefault(t.i, m)
                continue
            if m.form == "metonym" and root.dep_ == "compound" and root.head.lemma_.lower() in MEETING_NOUNS \
                    and root.head.dep_ == "pobj" and root.head.head.lower_ in VENUE_PREPS:
                # "at the Cairo Summit", "in the Geneva talks": the city names where they are, not a
                # party; not "will host the Seoul Summit", "initiatives such as the Baghdad Summit"
                for t in span:
                    self.venues.setdefault(t.i, m)
                continue
            for t in span:
                if self.tok_mention.setdefault(t.i, m) is not m and len(span) == 1:
                    # "U.S.-Colombia", "Russia-Ukraine": one token naming two actors
                    self.shared.setdefault(t.i, []).append(m)
            self.mention_root[id(m)] = span.root.i
        self.speaker = self.speaker_default
        self.authors = authors_of(self)

    def doer_codes(self, verb: Token) -> tuple[str, ...]:
        """The actor codes a clause names as its subject or agent, read as any clause's subject is;
        for a lead or a signing read before the story is, so nothing read here is kept."""
        kept = dict(self._sources)
        codes = tuple(dict.fromkeys(c for c in self._resolve_sources(verb) if is_code(c)))
        self._sources = kept
        return codes

    def voice(self) -> tuple[str, ...]:
        """Who says what the story says in its own voice ("Hamas must release the hostages"): the
        paragraph's reporter, else a joint statement's signers (authors_of), else the speaker."""
        if self.reporter:
            return (self.reporter,)
        if self.authors:
            return tuple(self.authors)
        return (self.speaker,) if self.speaker else ()

    def voice_codes(self) -> tuple[str, ...]:
        """The story's own voice (voice) as actor codes only."""
        return tuple(c for c in self.voice() if is_code(c))

    # -- actors in token sets -------------------------------------------------------------
    def name_root(self, tok: Token) -> Token:
        """The head token of the actor name `tok` stands in ("States" in "the United States"), else `tok`."""
        m = self.tok_mention.get(tok.i)
        return tok.doc[self.mention_root.get(id(m), tok.i)] if m is not None else tok

    def actors_in(self, tokens) -> list[tuple[Token, Mention]]:
        """Mentions touched by the given tokens, in text order, one entry per mention."""
        seen, out = set(), []
        for t in sorted(tokens, key=lambda t: t.i):
            for m in [self.tok_mention.get(t.i), *self.shared.get(t.i, ())]:
                if m is not None and id(m) not in seen:
                    seen.add(id(m))
                    out.append((t, m))
        return out

    # -- subjects -----------------------------------------------------------------------
    def sources(self, verb: Token) -> tuple[Party, ...]:
        """Actor codes (or placeholders) of who does what a clause says."""
        if verb.i in self._sources:
            return self._sources[verb.i]
        self._sources[verb.i] = ()          # guards against cycles in odd parses
        result = self._resolve_sources(verb)
        self._sources[verb.i] = result
        return result

    def _resolve_sources(self, verb: Token) -> tuple[Party, ...]:
        subj = subject_token(verb)
        later = [c for c in verb.children if c.dep_ == "nsubj" and subj is not None and c.i > subj.i]
        if later and subj.left_edge.i > 0 and subj.doc[subj.left_edge.i - 1].text == "," \
                and self.codes_of_np([later[-1]]):
            # "At the invitation of the Custodian ..., King Salman, President Biden visited ...":
            # the parser makes both names subjects; the one set off by commas is the host, the one
            # next to the verb acts (not "President Biden, Jr. spoke")
            subj = later[-1]
        elif later and any(t.text == ":" for t in subj.doc[subj.i + 1:later[-1].left_edge.i]):
            # "Bloomberg: A delegation of former senior US officials met Lai Ching-te": a speaker's
            # label opening a transcript's line is no subject
            subj = later[-1]
        if subj is not None and subj.i < verb.i and subj.sent.start_char in self.turns \
                and any(t.text == ":" for t in subj.doc[subj.i + 1:verb.i]):
            # "PRIME MINISTER KHAN: Thank you, Mr. President, ...": the turn's label, parsed as the
            # subject of the line's first verb, is the speaker
            return (self.speaker,) if self.speaker else ()
        if subj is not None and self.speaker and _addressed(verb, subj):
            # "Tokayev (retranslated): Mr President, thank you for the invitation": the parser takes the
            # form of address for the subject; thanks said to "you" are the speaker's
            return (self.speaker,)
        if subj is not None and subj.lemma_.lower() in FEELING_NOUNS and subj.dep_ == "nsubj":
            # "our hearts go out to ...", "his thoughts are with ...": the feeling is its owner's
            owner = next((c for c in subj.children if c.dep_ == "poss"), None)
            if owner is not None:
                subj = owner
        if (verb.tag_ == "VBN" and verb.dep_ == "pcomp" and (subj is None or subj.head.i != verb.i)
                and any(c.dep_ == "auxpass" for c in verb.children)) or joined_passive(verb):
            # (also a passive joined to an active verb whose subject it shares: "arrived in Banjul
            # and was received by President X")
            # "are coming home after being released by the Venezuelan authorities": a bare passive
            # participle's "by" does it, not the subject of the clause it hangs on (on a noun, "the
            # summit being hosted by Switzerland", it describes and is left to the acl rule below)
            found = self.codes_of_np([g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"])
            if found:
                return found
        if subj is not None and subj.dep_ == "nsubjpass":
            # "saddened by Russia's attack on Ukraine": a feeling's "by" names its cause, not who feels it
            for c in ([] if verb.lemma_.lower() in FEELING_PASSIVES else verb.children):
                if c.dep_ == "agent":
                    found = self.codes_of_np([g for g in c.children if g.dep_ == "pobj"])
                    if found:
                        return found
            held = self._holder(verb)
            if held:
                return held
            if subj.lower_ in IMPERSONAL or signed_document(verb, subj):
                return (Placeholder.PARTICIPANTS,)      # "it was agreed", "documents were signed"
            if verb.lemma_.lower() in STATIVE_PASSIVES:
                return self.codes_of_np([subj])     # "Israel is opposed to ...", "is committed to ..."
            return ()
        if subj is not None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "spoke with Prime Minister Modi to express ...", misparsed as "Modi to express"
            return self.sources(clause_of(verb.head.head))
        if subj is not None and verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                and any(c.dep_ == "prep" and c.i == subj.left_edge.i - 1 and not any(True for _ in c.children)
                        for c in verb.head.children):
            # "met today with Chief Adviser Yunus of Bangladesh to congratulate him": the parser
            # takes the partner of a preposition it leaves empty for the subject of the purpose
            return self.sources(clause_of(verb.head))
        if subj is not None and subj.lower_ == "it" and extraposed(verb):
            return ()   # "it was counterproductive to accuse China": no one does it
        if subj is not None:
            owned = any(c.dep_ == "poss" and c.lower_ in REPORTER_POSSESSIVES for c in subj.children)
            # "Tokayev said that Kazakhstan abides by ..., and that his country is ready ...": a
            # second reported clause joined to the first is reported by the same one
            # (the parser may take the first clause for the verb's object: "said that X abides")
            reported = verb.head if verb.dep_ == "conj" and any(c.dep_ == "mark" for c in verb.children) \
                and any(c.dep_ == "mark" for c in verb.head.children) else verb
            if (subj.lower_ in REPORTER_PRONOUNS or owned) and (reported.dep_ == "ccomp" or reported is not verb) \
                    and reported.head.lemma_.lower() in REPORTING and reported.head.i != reported.i:
                # "Hungary said it will ...", "Bosnian Serbs said their forces had completed ..."
                # "Hungary has said it will support ...": the pronoun is the one who said it
                outer = [c for c in self.sources(clause_of(reported.head)) if is_code(c)]
                if len(outer) == 1 and self.tok_mention.get(subj.i) is None:
                    return tuple(outer)
            if subj.lower_ in REFERRING and subj.dep_ != "expl":
                if subj.lower_ in RELATIVE and verb.dep_ == "relcl":
                    return self.codes_of_np(antecedents(verb), collective=False) or ()
                if subj.lower_ == "it":
                    if thing_before(subj, self.codes_of_np):
                        return ()   # "IBM announced it signed ...": the company, no actor
                    return (self.last_actor,) if self.last_actor else ()
                return ()
            found = self.codes_of_np([subj])
            if found:
                # "President Biden, Prime Minister Albanese of Australia, and Prime Minister Sunak
                # of the United Kingdom met", however the parser hangs the list
                found = tuple(dict.fromkeys([*found, *(m.code for _, m in self.actors_in(
                    [self.doc[i] for i in listed_people(self, subj)]))]))
            words = {t.lemma_.lower() for t in np_tokens(subj)}
            if not found and words & GENERIC_AGENTS:
                # "The military government declared a state of siege in Haiti": located by the clause
                found = tuple(self._located(verb))
            if not found and words & NONSTATE_AGENTS:
                # "Islamic fundamentalists continued their hunger strike against the Algerian president"
                found = self._sentence_country(verb.sent)
            elif not found and self.speaker is None and self._titled_person(subj):
                # "President Bouteflicka threatened a curfew in Algiers", but not "... threatened Chad";
                # only in wire news: in a government's readout an unknown titled person is as likely
                # its own official ("Vice President Harris") as a foreign one
                aimed = {t.i for v in [verb, *(c for c in verb.subtree if c.dep_ == "xcomp")]
                         for c in v.children if c.dep_ in ("dobj", "dative")
                         or (c.dep_ == "prep" and c.lower_ in TARGET_PREPS) for t in unplaced(c)}
                found = self._sentence_country(verb.sent, skip=aimed)
            return found
        # No subject of its own: "Thank you very much for ..." opening a speaker's line is the speaker's.
        if self.speaker and _opens_line(verb) \
                and any(c.lower_ in SECOND_PERSON for c in verb.children):
            return (self.speaker,)
        # Otherwise it is carried over from the clause it hangs on.
        if verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "spoke with Prime Minister Modi to express ...": a purpose clause, the speaker's
            return self.sources(clause_of(verb.head))
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and (
                not stands_for_main_verb(verb) or any(c.dep_ == "agent" for c in verb.children)):
            # "three Americans detained by Russia", "the sailor killed in the Iranian attack": a
            # passive participle's noun is whom the act befalls, not its doer; the act told so is a
            # description, not coded ("opposes the sanctions imposed by the United States on Chinese
            # companies"); not "Russian military aircraft intruded into ..." or "Doctors from two aid
            # groups donated ...", a past tense the parser hangs on a noun
            return ()
        if verb.dep_ in ("relcl", "acl"):
            # "leaders opposing such acts": only a named actor, not "the leaders" of the story
            found = self.codes_of_np([verb.head], collective=False)
            if not found and verb.head.lemma_.lower() in NONSTATE_AGENTS:
                # "police dispersed demonstrators protesting the election results in Monrovia"
                found = tuple(self._located(verb)) or self._sentence_country(verb.sent)
            if not found and verb.head.lemma_.lower() in SPEECH_NOUNS and verb.head.head.i != verb.head.i:
                # "the party issued a declaration demanding ...": whoever issued it
                found = self.sources(clause_of(verb.head.head))
            return found
        if verb.dep_ not in ("ROOT",) and verb.head.i != verb.i:
            outer = clause_of(head_of(verb))
            patient = next((c for c in outer.children if c.dep_ == "nsubjpass"), None)
            if verb.dep_ == "conj" and patient is not None and not any(c.dep_ == "auxpass" for c in verb.children):
                if shares_passive(verb):
                    # "the Ambassador was summoned ... and handed a note of protest": handed too,
                    # by whoever summoned him
                    return self.sources(outer)
                # "the prime minister has been indicted by the court and will resign": the one
                # indicted resigns, not the court
                return self.codes_of_np([patient])
            found = self.sources(outer)
            if not found and verb.dep_ == "conj" and misjoined_to_that_clause(verb, outer):
                # "is deeply concerned that this attack escalates ..., and strongly urges all parties
                # to ...": the parser joins the speaker's second verb to the that-clause
                return self.sources(clause_of(head_of(outer)))
            return found
        return ()

    def codes_of_np(self, heads: list[Token], collective: bool = True) -> tuple[Party, ...]:
        """Actor codes named by noun phrases, with pronouns and collective nouns resolved."""
        codes: list[str] = []
        for head in heads:
            toks = np_tokens(head)
            found = [m.code for _, m in self.actors_in(toks)] + listed_countries(self, head)
            if not found and head.lower_ in FIRST_PLURAL and self.authors:
                found = list(self.authors)      # "We, the Leaders of the G7, ...": not each one named
            head_m = self.tok_mention.get(head.i)
            if head_m is not None and head_m.form == "adjective" and len(set(found)) > 1:
                # "the Albanians of southern Serbia": a people coded where it lives (GUIDE.md)
                found = [c for c in found if c != head_m.code][:1]
            if not found:
                # "Kenzo Oshima, the United Nations relief coordinator": the apposition names the actor
                appos = [c for c in head.children if c.dep_ == "appos"]
                found = list(dict.fromkeys(m.code for a in appos
                                           for x in [a, *a.conjuncts] for _, m in self.actors_in(np_tokens(x))))
            if not found:
                # "students throughout Indonesia", "tens of thousands of demonstrators in Baghdad"
                for x in toks:
                    if x.lemma_.lower() in GENERIC_AGENTS:
                        found = self._located(x)
                        if found:
                            break
            for h in [head, *head.conjuncts]:
                if found and h.i == head.i:
                    continue
                if self.tok_mention.get(h.i) is not None:
                    continue
                found += self.pronoun(h, collective)
            for c in found:
                if c not in codes:
                    codes.append(c)
        return tuple(codes)

    def _holder(self, verb: Token) -> tuple[Party, ...]:
        """'Has been released from Iranian custody', 'freed from detention in Myanmar': an agentless
        passive out of someone's custody is done by whoever held it (the adjective or the place)."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                for g in c.children:
                    if g.dep_ == "pobj" and g.lemma_.lower() in CUSTODY_NOUNS:
                        found = self.codes_of_np([g]) or tuple(self._located(g))
                        if found:
                            return found
                        # "released from prison in Burma": the parser hangs the noun's place on
                        # the verb, right after the noun
                        place = [p for p in verb.children if p.dep_ == "prep" and p.i == g.right_edge.i + 1]
                        found = tuple(self._located_in(place))
                        if found:
                            return found
        return ()

    def _located(self, head: Token) -> list[str]:
        """'Security forces in Guinea', 'police in Cairo': an agent known by where it acts."""
        # "a newspaper based in Beirut", "a group operating in Mali": the place of the noun's own clause
        based = [g for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in PLACED_VERBS
                 for g in c.children] if head.pos_ != "VERB" else []
        return self._located_in([*head.children, *based], PLACE_PREPS_NOUN if head.pos_ != "VERB" else PLACE_PREPS_CLAUSE)

    def _located_in(self, preps_found: list[Token], preps=None) -> list[str]:
        """The place a phrase among these names ("in Guinea"): its code, or none."""
        preps = PLACE_PREPS_NOUN if preps is None else preps
        for c in preps_found:
            if c.dep_ == "prep" and c.lower_ in preps:
                for t in c.subtree:
                    m = self.tok_mention.get(t.i) or self.venues.get(t.i)
                    if m is not None and m.kind in PLACE_KINDS:
                        return [m.code]
        return []

    def _main_person(self, pronoun: Token) -> str | None:
        """The person the sentence's main clause names as its subject, for "he" or "she" subject of a
        clause hung on it ("Araghchi travelled to Muscat on Tuesday, where he met ...", "Lavrov
        arrived in Ankara, after he held talks ..."): the sentence's own person before any earlier
        one; None where the main subject is no single named person."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ not in ("relcl", "advcl"):
            return None
        root = pronoun.sent.root
        subj = subject_token(root)
        if subj is None or subj.i > pronoun.i or root.i == clause.i:
            return None
        found = self.actors_in(np_tokens(subj))
        codes = {m.code for _, m in found}
        if len(codes) == 1 and all(m.kind in PERSON_KINDS for _, m in found):
            return codes.pop()
        return None

    def _titled_person(self, subj: Token) -> bool:
        """'President Abdelaziz Bouteflicka', 'Judge Alejandro Rivera': a name under a state title."""
        return subj.pos_ == "PROPN" and self.tok_mention.get(subj.i) is None and any(
            c.dep_ == "compound" and c.lower_ in STATE_TITLES for c in subj.children)

    def _sentence_country(self, sent: Span, skip=frozenset()) -> tuple[str, ...]:
        """The one country a sentence names (as actor, place or people) outside the tokens to
        skip, or nothing if it names none or several."""
        codes = {m.code for t in sent if t.i not in skip for m in (self.tok_mention.get(t.i), self.venues.get(t.i))
                 if m is not None and m.kind in COUNTRY_KINDS and m.code != "NGO"}
        return tuple(codes) if len(codes) == 1 else ()

    def pronoun(self, head: Token, collective: bool) -> list[Party]:
        """The parties a pronoun or (with `collective`) a collective noun stands for: "we", "he",
        "our countries", "the two leaders"; [] for none."""
        low = head.lower_
        lemma = head.lemma_.lower()
        if low in FIRST_PLURAL and self.authors:
            return list(self.authors)       # a joint statement's "we"
        if low in FIRST_PERSON and self.speaker:
            return [self.speaker]
        if low in SECOND_PERSON and self.speaker:
            return [NotParty(self.speaker)]
        if low in THIRD_PERSON:
            main = self._main_person(head)
            if main is not None:
                return [main]
        if low in THIRD_PERSON and self.last_person:
            return [self.last_person]
        own = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in FIRST_PERSON), None)
        if own is not None and (lemma in OWN_STATE and head.tag_ in ("NN", "NNP") or lemma in OWN_MISSIONS):
            # "my Administration", "our Government", "our diplomats": the speaker's state, or a joint
            # statement's signers' ("our governments" are the participants, below)
            if own.lower_ in FIRST_PLURAL and self.authors:
                return list(self.authors)
            if self.speaker:
                return [self.speaker]
        if not collective:
            return []
        if self.authors and lemma in COLLECTIVE and any(
                c.dep_ == "poss" and c.lower_ in FIRST_PLURAL for c in head.children):
            return list(self.authors)       # "our countries", "our two nations": the signers, as "we"
        counted = any(c.lower_ in JOINT_DETERMINERS for c in head.children)
        if not counted and any(c.dep_ in ("amod", "compound") and c.lower_ in UNBOUND_GROUP for c in head.children):
            return []       # "Global leaders supported ...", "world leaders", "business leaders": no one's parties
        if low == "they" or (lemma in COLLECTIVE and (head.tag_ in ("NNS", "NNPS") or counted or low in ("both",))) \
                or (lemma in COUNTED_COLLECTIVE and counted) or capital_plural(head):
            return [Placeholder.PARTICIPANTS]
        return []

    # -- running state across sentences -----------------------------------------------------
    def start_sentence(self, sent: Span):
        """Update who is speaking: a transcript line 'Name: ...', a paragraph 'X stressed that ...'."""
        # A paragraph starts here when only spaces separate the sentence from a line break.
        # (Looking back from the sentence start avoids copying doc.text for every sentence.)
        i = sent.start_char
        text = self._text
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        if i == 0 or text[i - 1] == "\n":
            self.reporter = None
            root = sent.root
            if root.lemma_.lower() in REPORTING and any(c.dep_ == "ccomp" for c in root.children):
                codes = [c for c in self.sources(root) if is_code(c)]
                if len(codes) == 1:
                    self.reporter = codes[0]
        if sent.start_char in self.turns:
            # "PRIME MINISTER LAPID:" opens his turn; a label naming no one known ("MODERATOR:",
            # "MS. PSAKI:") is the publisher's side, as an unlabelled line is
            self.speaker = self.turns[sent.start_char] or self.speaker_default
            return
        first = sent[:16]       # a label opens a line: only its first words are read
        if ":" not in text[first.start_char:first.end_char]:
            return      # no colon among them (found in the text, not word by word): no label
        toks = list(first)
        for i, t in enumerate(toks[:16]):
            if t.text.endswith(":") and i > 0:
                # "President of Turkey Recep Tayyip Erdogan (retranslated): ..."; a clause before
                # the colon is the speaker's own words, no label ("I told Foreign Minister Zarif
                # that I was extremely disappointed: ...": still the Foreign Secretary's "we")
                if any(w.tag_ in FINITE_TAGS and w.is_lower and toks[j - 1].text != "("
                       for j, w in enumerate(toks[:i]) if j > 0):
                    break       # a finite verb; not "(retranslated)" in a label
                ms = [m for _, m in self.actors_in(toks[:i]) if m.kind in PERSON_KINDS]
                if ms and all(m.code == ms[0].code for m in ms):
                    self.speaker = ms[0].code
                break

    def end_sentence(self, sent: Span):
        """Remember the sentence's main actor for 'he', 'she' and 'it' in the next one."""
        root = sent.root
        codes = [c for c in self.sources(root) if is_code(c)]
        if len(codes) == 1:
            self.last_actor = codes[0]
            subj = subject_token(root)
            if subj is not None and any(m.kind in PERSON_KINDS for _, m in self.actors_in(np_tokens(subj))):
                self.last_person = codes[0]
            elif subj is not None and subj.lower_ in THIRD_PERSON:
                self.last_person = codes[0]


def _addressed(verb: Token, subj: Token) -> bool:
    """The verb's subject is a form of address set off by a comma before it ("Mr President, thank you",
    "Your Majesty, thank you for ..."), the verb opening its line and said to "you"."""
    comma = [t for t in subj.doc[subj.i:verb.i] if t.text == ","]
    return subj.i < verb.i and subj.pos_ == "PROPN" and bool(comma) and comma[0].i > subj.i \
        and all(t.is_punct for t in subj.doc[comma[0].i:verb.i]) \
        and any(c.lower_ in SECOND_PERSON for c in verb.children) and _opens_line(verb)


def _opens_line(verb: Token) -> bool:
    """The verb opens its line but for a speaker's label and a form of address before it
    ("President of Russia Vladimir Putin: Mr President, thank you for the invitation", "Well, thank
    you"): a label ends at its colon, an address is a name, a title or an interjection."""
    toks = verb.sent[:verb.i - verb.sent.start]
    colon = max((t.i for t in toks if t.text.endswith(":")), default=None)
    if verb.dep_ != "ROOT" and (colon is None or verb.dep_ != "dep"):
        return False    # "President of Iran Ebrahim Raisi (retranslated): Thank you": the parser hangs the line on the label
    rest = [t for t in toks if colon is None or t.i > colon]
    return all(t.is_punct or t.is_space or t.pos_ in ("PROPN", "INTJ") for t in rest)
