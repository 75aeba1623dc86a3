"""How a meeting or call is told (docs/coder.md, "At whom"): who was met or called rather than
what was discussed, how it was held (its mode), and whether partners named together were met
together or in turn. Used by targets.py and events.py."""
from __future__ import annotations

from spacy.tokens import Span, Token

from readout.actors import PERSON_KINDS, STATE_KINDS
from readout.cameo import plover_type
from readout.coder.grammar import VENUE_PREPS, clause_of, np_tokens, occasion_prep, sentences_before, subject_token
from readout.coder.lists import listed_people
from readout.coder.patterns import Kind
from readout.coder.records import is_code
from readout.coder.sources import Analysis
from readout.coder.triggers import Trigger, shared_occasion
from readout.lexicons import word_class

__all__ = ["parties_met", "meeting_partners", "consult_mode", "met_apart", "separate_meetings", "hosted_between", "hosted_sides", "led_on",
           "mediators", "sequel_sides"]

MEETING_NOUNS = word_class("meeting_noun")
DELEGATES = word_class("delegate_noun")         # "the first meeting of the three leaders": people counted
PAIRS = word_class("pair_determiner")           # "of the two leaders": a pair
DISCUSS = word_class("discuss_word")
WITH_PREPS = word_class("partner_prep")        # "talks with X", "between X and Y"
ORIGIN_PREPS = word_class("origin_prep")       # "officials from Japan"
SEPARATE = word_class("separate_word")         # "held separate meetings with A and B"
BILATERAL = word_class("bilateral_word")       # "held bilateral meetings with A, B and C"
COUNTABLE = word_class("countable_meeting")     # "hosted State Visits with the leaders of A, B and C"
AMONG = word_class("among_prep")               # "the dialogue among Palestinian factions"
MANY_PARTIES = word_class("party_group_noun") | word_class("side_noun") | word_class("generic_agent") \
    | word_class("polity_noun")
ALL_TOGETHER = word_class("all_together_word")  # "following separate meetings and a trilateral session"
PHONE_WORDS = word_class("phone_word")
COURTESY = word_class("in_person_call_word")   # "paid a courtesy call on": a visit, not a telephone call
MEDIUM_PREPS = word_class("medium_prep")       # "talks by phone"
JOINING_VERBS = word_class("joining_verb")     # "met virtually today, joined by President Zelenskyy"
VIDEO_WORDS = word_class("video_word")
MEDIA = PHONE_WORDS | VIDEO_WORDS                # "by phone", "by video"
IN_PERSON = word_class("in_person_setting")     # "on the margins of the summit"
SETTING_PREPS = word_class("setting_prep")
OCCASIONS = word_class("in_person_occasion")    # "at the summit", "during his visit"
OCCASION_PREPS = word_class("occasion_prep")
MEDIATION = word_class("mediation_noun")        # "held in Muscat with the mediation of Oman"
MEDIATING = word_class("mediation_verb")        # "in talks facilitated by the Prime Minister of X"
GO_BETWEEN_NOUNS = MEDIATION | word_class("backing_word")      # "with the mediation / support of X": no partner met
MANNER_NOUNS = GO_BETWEEN_NOUNS | word_class("attendance_word")   # "with the participation of": no meeting in turn
MEDIATION_PREPS = word_class("mediation_prep")  # "under the mediation of", "with the mediation of"
AGENT_PREPS = word_class("maker_prep")       # "the mediation of Qatar", "mediation by Oman"
SEQUENCE_PREPS = word_class("sequence_prep")   # "agreed on a ceasefire following talks held in Doha"
# "a call to His Highness Sheikh X", "met his counterpart, Foreign Minister Y": named in apposition
ENVOY_WORDS = word_class("honorific_noun") | word_class("delegate_noun")
LEADING_VERBS = word_class("group_head_verb")   # "a delegation of India, headed by A, and ..."
CONVENE_VERBS = word_class("convene_verb")      # "hosted a meeting between A and B"
BETWEEN_PREPS = word_class("pair_only_prep")


def meeting_partners(an: Analysis, trig: Trigger) -> set[int]:
    """Token indices of the phrases naming who was met or called: "with X", "between X and Y",
    "met X", "a call from X", "officials from X", "a U.S.-Colombia roundtable"."""
    clause = trig.clause
    heads = []
    # "X was received / officially welcomed by Y": the one received (a verb pattern on its own clause)
    if clause.i == trig.token.i and trig.pattern.mode and any(a.dep_ == "agent" for a in clause.children):
        heads += [c for c in clause.children if c.dep_ == "nsubjpass"]
    for head in (trig.token, clause):
        for c in head.children:
            if c.dep_ == "prep" and (c.lower_ in WITH_PREPS or c.lower_ in ORIGIN_PREPS):
                # "met with X", "received a call from X", "met officials from X"; "a video call with
                # European leaders and with the NATO Secretary General": the repeated preposition too
                heads += [g for p in [c, *c.conjuncts] if p.lower_ == c.lower_ for g in p.children if g.dep_ == "pobj"
                          and g.lemma_.lower() not in GO_BETWEEN_NOUNS]    # not "with the support of the UN"
                # "spoke with Prime Minister Modi to discuss ...", misparsed as "Modi to discuss"
                heads += [n for g in c.children if g.dep_ == "pcomp" for n in g.children if n.dep_ == "nsubj"]
            elif c.dep_ in ("dobj", "dative") and trig.pattern.kind == Kind.VERB and trig.pattern.mode:
                heads.append(c)      # "met X", "visited X"; not "discussed the crisis"
            elif c.dep_ == "prep" and c.lower_ in VENUE_PREPS and trig.pattern.kind == Kind.VERB and trig.pattern.mode:
                # "received in Baku the Foreign Minister of Spain": the parser hangs the one received
                # on the place, in apposition; not "met in Doha, Qatar" (a place's country)
                heads += [a for g in c.children if g.dep_ == "pobj" for a in g.children
                          if a.dep_ == "appos" and (_person(an, a) or a.lemma_.lower() in ENVOY_WORDS)]
            if c.dep_ == "prep" and c.lower_ in MEDIUM_PREPS:
                # "met today by video with President Zelenskyy", "spoke by telephone with X": the
                # parser hangs the partner on the medium
                heads += [g for m in c.children if m.dep_ == "pobj" and m.lemma_.lower() in MEDIA
                          for p in m.children if p.dep_ == "prep" and p.lower_ in WITH_PREPS
                          for g in p.children if g.dep_ == "pobj"]
            if c.dep_ in ("advcl", "acl") and c.tag_ == "VBN" and c.lemma_.lower() in JOINING_VERBS:
                # "We, the Leaders of the G7, met virtually today, joined by President Zelenskyy":
                # who joined the meeting was met (one's own officials are no partner: same source)
                heads += [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            if c.dep_ == "dobj" and c.i != trig.token.i:
                # "convened a meeting with X", "hosted talks between X and Y"; not "discussed the
                # conflict between X and Y" nor "discussed Iran's relationship with Russia": what
                # is discussed is a topic, whoever it names
                found = [g for p in c.children if p.dep_ == "prep" and p.lower_ in WITH_PREPS
                         for g in p.children if g.dep_ == "pobj"]
                if trig.token.lemma_.lower() in DISCUSS:
                    # "discussed the crisis with Chancellor Scholz" (a misattached partner); a
                    # meeting discussed is a topic too ("discussed his recent visit to Israel")
                    heads += [g for g in found if g.head.lower_ == "with" and _person(an, g)]
                elif c.lemma_.lower() in MEETING_NOUNS:
                    heads += found
                else:
                    heads += [g for g in found if g.head.lower_ == "with"]
    if trig.pattern.kind == Kind.NOUN and shared_occasion(trig.token):
        # "Putin told his Turkish counterpart at their talks": "their" are the teller and the told
        heads += [c for c in trig.token.head.head.children if c.dep_ in ("dobj", "dative")]
    if trig.pattern.kind == Kind.NOUN:
        # "a U.S.-Colombia roundtable", "the Japan-China Foreign Ministers' Meeting": the
        # meeting's own modifiers name its sides
        heads += [c for c in trig.token.children if c.dep_ in ("compound", "amod", "nmod")]
    # "hosted talks between delegations of Russia, led by A, and Ukraine, led by B": the parser
    # hangs the leaders' participles on the talks, and the next side on the first leader
    meetings = [trig.token] if trig.pattern.kind == Kind.NOUN else [
        c for c in trig.token.children if c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS]
    heads += [y for m in meetings for y in led_on(an, m)]
    keep = set()
    for h in heads:
        # "with Chancellor Scholz of Germany, President Macron of France, and Prime Minister
        # Starmer of the United Kingdom": the parser hangs the rest of the list on the verb
        members = listed_people(an, h)
        if members and not _subject_of_next(h.doc, max(members) + 1):
            keep.update(members)
        # "with Adm. John Aquilino, Commander, U.S. Indo-Pacific Command and senior officials from
        # Australia": a partner's title in apposition takes the rest of the list as its conjuncts;
        # the list goes on at "officials from X", not at the names and titles of one side's people
        listed = [h, *h.conjuncts] + [y for a in h.children if a.dep_ == "appos" for y in a.conjuncts
                                      if y.pos_ == "NOUN"]
        listed += [y for x in list(listed) for y in led_on(an, x)]
        for x in listed:
            keep.update(t.i for t in _named_partner(an, x))
            keep -= _owner_of_place(an, x)
            if x.pos_ != "PROPN":
                # "senior officials from Australia, Japan, and New Zealand"
                keep.update(t.i for p in x.children if p.dep_ == "prep" and p.lower_ in ORIGIN_PREPS
                            for g in p.children if g.dep_ == "pobj" for y in [g, *g.conjuncts]
                            for t in np_tokens(y))
    return keep


def mediators(an: Analysis, trig: Trigger) -> list[str]:
    """The go-betweens of a meeting, in text order: who the talks were held "under the mediation of",
    "with the mediation of", "under the auspices of" ("talks held in Doha under the mediation of Qatar
    and Türkiye": Qatar, Türkiye), or who "facilitated" or "mediated" them ("met X in talks facilitated
    by the Prime Minister of Y": Y). A go-between takes part: it meets each side (mode `multilateral`)
    and the other go-betweens, and the sides meet `third-party` (eval/styles README decision 12, FRESH.md
    decision 32). Only on the meeting's own clause, and not where the meeting is what is discussed
    ("discussed the talks mediated by Oman": a topic)."""
    if trig.token.lemma_.lower() in DISCUSS:
        return []
    clause, phrases = trig.clause, []
    # the meeting noun's own participle ("following talks held in Doha under the mediation of X")
    own = {clause.i} | {c.i for c in trig.token.children if c.dep_ == "acl" and c.tag_ == "VBN"}
    if trig.token.head.lower_ in SEQUENCE_PREPS:
        # "agreed to reopen the border following talks held in Jeddah under the mediation of X": the
        # parser may hang the go-between on the act the talks led to
        clause = clause_of(trig.token.head)
        own.add(clause.i)
    if trig.token.lemma_.lower() in MEDIATING and trig.pattern.kind == Kind.VERB and trig.token.dep_ != "acl":
        # "Egypt mediated talks between Israel and Hamas": the subject is the go-between
        phrases += [s for s in trig.token.children if s.dep_ == "nsubj"]
    if trig.token.lemma_.lower() in MEDIATING and trig.token.dep_ == "acl":
        # the go-between's own participle is the trigger ("following negotiations mediated by X")
        phrases += [g for a in trig.token.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    for t in clause.subtree:
        if t.dep_ == "pobj" and {t.lemma_.lower(), t.lower_} & MEDIATION and t.head.lower_ in MEDIATION_PREPS \
                and clause_of(t).i in own:
            # "under the mediation of Qatar and Türkiye", "with the mediation of Oman"
            phrases += [g for p in t.children if p.dep_ == "prep" and p.lower_ in AGENT_PREPS
                        for g in p.children if g.dep_ == "pobj"]
        elif t.lemma_.lower() in MEDIATING and t.dep_ == "acl" and clause_of(t.head).i == clause.i \
                and (t.head.i == trig.token.i or t.head.lemma_.lower() in MEETING_NOUNS):
            # "in talks facilitated by the Prime Minister of X", "talks mediated by the EU"
            phrases += [g for a in t.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    out = []
    for g in phrases:
        for _, m in an.actors_in(list(g.subtree)):
            if m.code not in out:
                out.append(m.code)
    return out


def sequel_sides(an: Analysis, tok: Token) -> tuple[str, ...]:
    """The sides of talks told as what an act of theirs followed ("Pakistan and Afghanistan have agreed
    to an immediate ceasefire following talks held in Doha under the mediation of Qatar and Türkiye",
    "A and B agreed on the text after negotiations mediated by C"): two or more actors the subject of the
    act names held those talks. A meeting noun after a `sequence_prep` (or the go-between's participle
    on it) with no side of its own; one actor alone ("Russia warned Ukraine following talks in Geneva")
    names no sides: the talks may have been anyone's. Such talks are the setting of the act, not what
    the story is about (resolve.py: no main meeting; eval/styles README decision 12)."""
    if tok.dep_ == "acl" and tok.lemma_.lower() in MEDIATING:
        tok = tok.head          # "following negotiations mediated by the United Arab Emirates"
    prep = occasion_prep(tok)       # "after three days of talks, A and B reached an agreement"
    if tok.lemma_.lower() not in MEETING_NOUNS or prep.lower_ not in SEQUENCE_PREPS:
        return ()
    for verb in prep.ancestors:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        codes: list[str] = []
        for h in (subj, *subj.conjuncts):
            for _, m in an.actors_in(np_tokens(h)):
                if m.code not in codes:
                    codes.append(m.code)
        return tuple(codes) if len(codes) >= 2 else ()
    return ()


def hosted_between(trig: Trigger) -> Token | None:
    """The verb by which the act's subject hosts or convenes talks between others, or None: "The Kingdom
    hosted in Jeddah today a meeting between a delegation of A and a delegation of B", "Türkiye hosted
    talks between Russia and Ukraine", "convened a round of talks between ..." (GUIDE.md: talks hosted
    or mediated by a third party are third-party between the two sides)."""
    tok = trig.token
    if trig.pattern.kind == Kind.NOUN:
        obj = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            obj = tok.head.head     # "a round of talks"
        meetings, host = [tok], (obj.head if obj.dep_ == "dobj" else None)
    else:
        meetings, host = [o for o in _hosted_objects(tok) if o.lemma_.lower() in MEETING_NOUNS], tok
    if host is not None and host.lemma_.lower() in CONVENE_VERBS and any(
            c.dep_ == "prep" and c.lower_ in BETWEEN_PREPS for m in meetings for c in m.children):
        return host
    return None


def hosted_sides(an: Analysis, host: Token) -> set[str]:
    """The actors the talks a host verb's object names are between ("hosted a round of talks between
    the Government of A and the Government of B"): A and B."""
    return {m.code for o in _hosted_objects(host) for c in o.children
            if c.dep_ == "prep" and c.lower_ in BETWEEN_PREPS for _, m in an.actors_in(list(c.subtree))}


def _hosted_objects(verb: Token) -> list[Token]:
    """A host verb's objects and, for a measure word, what it counts ("hosted a round of talks
    between ...": "round" and "talks")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"]


def led_on(an: Analysis, x: Token) -> list[Token]:
    """The list going on after a side's leader set off by commas: "a meeting between a delegation of
    India, headed by A, and a delegation of Pakistan, headed by B" (the parser makes the second
    delegation a conjunct of A); each such conjunct of the agent of a leading participle on `x` that
    is another side: a noun like `x` ("a delegation") or a state named by itself ("and Ukraine, led
    by B"), not a co-leader ("led by A, Deputy Attorney General Lisa O. Monaco, and C")."""
    def side(y: Token) -> bool:
        if y.pos_ == "NOUN":
            return y.lemma_.lower() == x.lemma_.lower()
        m = an.tok_mention.get(y.i)
        return m is not None and m.kind in STATE_KINDS and all(an.tok_mention.get(t.i) is m for t in np_tokens(y)
                                                              if t.pos_ in ("PROPN", "NOUN"))
    # the parser may hang the participle on the side's state ("a delegation of the United States of
    # America, headed by A and B, and a delegation of Ukraine")
    return [y for n in np_tokens(x) for a in n.children if a.dep_ == "acl" and a.tag_ == "VBN"
            and a.lemma_.lower() in LEADING_VERBS
            for ag in a.children if ag.dep_ == "agent" for g in ag.children if g.dep_ == "pobj"
            for y in g.conjuncts if y.i > g.i and side(y)]


def _named_partner(an: Analysis, x: Token) -> list[Token]:
    """A partner phrase's tokens; where it names no actor ("a call to His Highness", "with his
    counterpart"), its apposition's too, which names the one called ("His Highness Sheikh Tamim
    bin Hamad Al Thani, Emir of the State of Qatar"); only after an honorific or a word for an
    envoy, not after a place ("visiting San Francisco, the United States": where, not whom)."""
    tokens = np_tokens(x)
    if x.lemma_.lower() not in ENVOY_WORDS:
        return tokens
    while not an.actors_in(tokens):
        nxt = next((a for a in x.children if a.dep_ == "appos"), None)
        if nxt is None:
            break
        x = nxt
        tokens += np_tokens(x)
    return tokens


def _subject_of_next(doc, i: int) -> bool:
    """True where a verb follows a list of partners: its last name is the subject of a new clause
    ("met with Prime Minister Kishida of Japan, and President Xi of China called for calm")."""
    return i < len(doc) and doc[i].pos_ in ("VERB", "AUX") and doc[i].sent == doc[i - 1].sent


def _owner_of_place(an: Analysis, x: Token) -> set[int]:
    """The possessor of a place that names another country ("visited China's Taiwan region"):
    the visit is to that place, not a meeting with its owner."""
    owners = [c for c in x.children if c.dep_ == "poss"]
    if not owners:
        return set()
    owned = {t.i for c in owners for t in c.subtree}
    owner_codes = {an.tok_mention[i].code for i in owned if i in an.tok_mention}
    places = [an.tok_mention[t.i] for t in np_tokens(x) if t.i not in owned and t.i in an.tok_mention]
    if any(m.kind == "country" and m.code not in owner_codes for m in places):
        return owned
    return set()


def parties_met(sources, targets) -> int:
    """How many parties a meeting's sources and targets are: a placeholder beside two named sides
    stands for them ("held the annual leaders' meeting with X": the leaders are the two), no third
    party (GUIDE.md: three or more in person is multilateral)."""
    met = set(sources) | {t for t in targets if t}
    named = {c for c in met if is_code(c)}
    return len(named) if len(named) >= 2 else len(met)


def consult_mode(trig: Trigger, sent: Span, n_parties: int, code: str, an: Analysis | None = None) -> str | None:
    """How a meeting or call was held: phone, video, visit, third-party, multilateral, or None."""
    if plover_type(code) != "CONSULT":
        return None
    words = {t.lower_ for t in sent}
    if words & VIDEO_WORDS:
        return "video"
    # "held phone talks", "talks by telephone": the medium named on the meeting itself wins
    # over its word's usual mode (talks are usually held in person)
    own = {c.lower_ for c in trig.token.children if c.dep_ in ("compound", "amod")}
    # "received a phone call from X", "took a call": the medium named on what the verb's object is
    for obj in (c for c in trig.token.children if c.dep_ == "dobj"):
        own |= {obj.lower_} | {c.lower_ for c in obj.children if c.dep_ in ("compound", "amod")}
    own |= {g.lower_ for head in (trig.token, trig.clause) for c in head.children
            if c.dep_ == "prep" and c.lower_ in MEDIUM_PREPS for g in c.subtree}
    if own & COURTESY:
        return "multilateral" if n_parties >= 3 else "visit"     # "received a courtesy call from the visiting minister"
    if own & PHONE_WORDS:
        return "phone"
    if trig.token.lemma_.lower() in DISCUSS:
        pass    # "discussed the talks mediated by Türkiye", "discussed the mediation of Oman": a topic
    elif any(t.dep_ == "pobj" and {t.lemma_.lower(), t.lower_} & MEDIATION and clause_of(t).i == trig.clause.i
             for t in trig.clause.subtree):
        # "talks ... were held in Muscat with the mediation of Oman", "in Washington under the
        # auspices of the United States"; not "met to discuss the mediation" (a clause of its own)
        return "third-party"
    elif any(t.lemma_.lower() in MEDIATING and t.dep_ == "acl" and any(c.dep_ == "agent" for c in t.children)
             and clause_of(t.head).i == trig.clause.i for t in trig.clause.subtree):
        # "met with X in talks facilitated by Y", "negotiations mediated by Y": a go-between's
        # meeting, as "with the mediation of Y"; not "met to discuss a deal brokered by Y" (a
        # clause of its own)
        return "third-party"
    if an is not None and trig.pattern.kind == Kind.NOUN and _of_a_body(an, trig.token):
        return "multilateral"       # "the NATO summit", "a meeting of the SCO Council"
    if an is not None and _among_many(an, trig.token):
        return "multilateral"       # "the dialogue among Palestinian factions": many met together
    mode = trig.pattern.mode
    if mode == "phone" and trig.token.lower_ not in PHONE_WORDS and _in_person(an, trig):
        # "spoke with X on the margins of the G20 summit": a talk is a call by default (readouts'
        # "spoke with"), but one held at a summit or in a capital is a meeting (GUIDE.md: a meeting
        # in a third country between two sides is a visit)
        mode = "visit"
    if mode:
        if mode == "visit" and n_parties >= 3:
            return "multilateral"
        return mode
    near = {t.lower_ for t in trig.clause.subtree}
    if near & PHONE_WORDS:
        return "phone"
    if n_parties >= 3:
        return "multilateral"
    return None


def _among_many(an: Analysis, noun: Token) -> bool:
    """True when a meeting is held "among" several parties in the plural ("the reconciliation
    dialogue among Palestinian factions", "talks among the three countries"): three or more met
    together, though they may code as one country (GUIDE.md: three or more in person are
    multilateral). Not "among other things" (no party)."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in AMONG:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS")):
            if obj.lemma_.lower() in MANY_PARTIES or an.actors_in(list(obj.subtree)):
                return True
    return False


def _in_person(an: Analysis | None, trig: Trigger) -> bool:
    """True when a talk's own clause names an in-person setting: "on the sidelines of the summit",
    "during his visit", "in Moscow" (a capital as a place)."""
    clause = trig.clause
    for t in clause.subtree:
        if t.dep_ != "pobj" or t.head.lower_ not in SETTING_PREPS or clause_of(t).i != clause.i:
            continue
        lemma = t.lemma_.lower()
        if lemma in IN_PERSON:
            return True
        # an occasion or a capital only as the talk's own setting: not "spoke with X about the
        # attack in Kyiv", "talked with X on his visit" (topics)
        if t.head.head.i in (trig.token.i, clause.i) and (
                (an is not None and t.i in an.venues) or (lemma in OCCASIONS and t.head.lower_ in OCCASION_PREPS)):
            return True
    return False


def _of_a_body(an: Analysis, noun: Token) -> bool:
    """True when a meeting noun names an inter-governmental body as its own ("the BRICS summit",
    "a meeting of the G20"): many members meet, whoever is named beside it. Not where it names
    the body with another party ("the EU-China summit", "the ASEAN-Japan summit"): that is a
    meeting of two sides, whose mode the parties give (GUIDE.md: visit for two in person)."""
    own = [t for c in noun.children if c.dep_ in ("compound", "nmod", "poss", "amod")
           or (c.dep_ == "prep" and c.lower_ == "of") for t in c.subtree]
    named = [m for _, m in an.actors_in(own)]
    return any(m.kind == "igo" for m in named) and len({m.code for m in named}) == 1


def _person(an: Analysis, tok: Token) -> bool:
    """True when a phrase names a person, who can be talked with ("with Chancellor Scholz"),
    rather than a country, which a topic names ("relationship with Russia")."""
    return any(m.kind in PERSON_KINDS for x in [tok, *tok.conjuncts] for _, m in an.actors_in(np_tokens(x)))


def separate_meetings(trig: Trigger) -> bool:
    """'held separate meetings with A and B', 'met with A, then with B', 'spoke separately with
    A and B', 'held bilateral meetings with A, B and C', 'hosted State Visits with the leaders of A, B
    and C' (a countable meeting in the plural): one meeting with each partner, not one of all of
    them together."""
    near = [c for h in {trig.token, trig.clause} for c in h.children]
    if any(t.lower_ in SEPARATE for c in near for t in [c, *c.children]):
        return True         # "separate meetings", "spoke separately", "then with B"
    if any(c.lower_ in BILATERAL for c in trig.token.children) and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in near):
        return True         # "bilateral meetings with A, B and C"; not "bilateral talks between A and B"
    if any(_countable_plural(n) and any(c.dep_ == "prep" and c.lower_ in WITH_PREPS for c in [*near, *n.children, *(
            g for a in n.children if a.dep_ == "acl" for g in a.children)])   # "calls held today with A and B"
           for n in [trig.token, *(c for c in trig.token.children if c.dep_ == "dobj")]):
        return True         # "held calls with A and B", "hosted State Visits with the leaders of A, B and C"
    if _ongoing(trig.clause):
        return True         # "we are consulting with Japan, Canada and New Zealand": each, as it goes
    if sum(1 + sum(1 for p in c.conjuncts if p.lower_ == c.lower_) for c in near
           if c.dep_ == "prep" and c.lower_ in WITH_PREPS and not _mediation_phrase(c)) >= 2:
        return True         # "met with A and then with B" (also the second phrase joined to the first)
    return _counted_nearby(trig.token)


def _mediation_phrase(prep: Token) -> bool:
    """"with the mediation of China", "with the support of CARICOM", "with the participation of A and B":
    how the talks were held or who else took part, not a second partner met in turn."""
    return any(g.dep_ == "pobj" and {g.lemma_.lower(), g.lower_} & MANNER_NOUNS for g in prep.children)


def _counted_nearby(tok: Token) -> bool:
    """"Fidan held phone calls with several counterparts on Sunday. Fidan spoke with A, B and C.
    During the calls, ...": the sentence just before or after counts the meetings in the plural, so
    the partners listed were met one by one, not in one call of all of them."""
    doc = tok.doc
    around = [*sentences_before(tok, 1)]
    if tok.sent.end < len(doc):
        around.append(doc[tok.sent.end].sent)
    # "Following separate meetings and a trilateral session, the two leaders ...": where the count
    # comes with a meeting of them all together, they also met together
    return any(_countable_plural(t) for s in around for t in s) and not any(
        t.lower_ in ALL_TOGETHER and t.dep_ == "amod" and t.head.tag_ in ("NN", "NNP")
        for s in around for t in s) and not _counted_together(tok.sent)


def _counted_together(sent) -> bool:
    """True where a meeting's own sentence counts its people as more than two ("the first meeting
    of the three leaders", "a summit of the five foreign ministers"): they met together, whatever
    separate meetings the sentence before or after tells."""
    return any(t.lemma_.lower() in MEETING_NOUNS and any(
        g.tag_ in ("NNS", "NNPS") and g.lemma_.lower() in DELEGATES and any(
            n.dep_ == "nummod" and n.lower_ not in PAIRS for n in g.children)
        for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")
        for t in sent)


def met_apart(trig: Trigger) -> bool:
    """'A and B each spoke with C': the subjects met the partner one by one, not each other (a word
    of separateness inside the subject; "A and B separately met C", where the parser hangs it on the
    verb, is caught by the caller's separate_meetings)."""
    subj = subject_token(trig.clause)
    return subj is not None and any(t.lower_ in SEPARATE for t in subj.subtree)


def _countable_plural(noun: Token) -> bool:
    """A meeting noun counted in the plural ("calls", "State Visits"; the parser may leave a
    capitalized plural unlemmatized): meetings, one with each partner."""
    low = noun.lower_
    return noun.tag_ in ("NNS", "NNPS") and (noun.lemma_.lower() in COUNTABLE or low[:-1] in COUNTABLE)


def _ongoing(verb: Token) -> bool:
    """A meeting verb in the present, simple or progressive ("are consulting with", "consults
    regularly with"): consultations going on with each, not one meeting of them all."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def visit_settings(an: Analysis, events: list, sent: Span) -> list:
    """A visit told in a relative clause or participle on a side that meets someone else in the same
    sentence ("Ishiba, who is visiting Vientiane, Laos, to attend the summit, held a meeting with
    Premier Li", "Aliyev, who is on a working visit to Belgium, met with Charles Michel") is where the
    meeting took place: the place visited is no participant unless the meeting names it."""
    doc = sent.doc
    dropped = set()
    for trigger in {e.trigger for e in events if e.cameo == "042"}:
        clause = clause_of(doc[trigger])
        if not (clause.dep_ == "relcl" or clause.dep_ == "acl" and clause.tag_ == "VBG"):
            continue
        inside = {t.i for t in clause.subtree}
        # the visitor's phrase outside the clause: its first actor is the visitor; a place it names
        # after it is the parser's (the country after the city visited hung on the visitor:
        # "Ishiba, Prime Minister of Japan, who is visiting Vientiane, Lao People's Democratic
        # Republic, ... held a meeting"), so the setting too
        named = [an.tok_mention[t.i].code for t in clause.head.subtree if t.i not in inside and t.i in an.tok_mention]
        if not named:
            continue
        v = named[0]
        met = [x for x in events if x.type == "CONSULT" and x.trigger not in inside
               and is_code(x.source) and is_code(x.target)]
        own = {x.trigger for x in met if x.source == v}
        for place in {e.target for e in events if e.trigger == trigger and e.source == v and is_code(e.target)}:
            placed = [x for x in met if place in named and x.trigger in own and place in (x.source, x.target)]
            rest = [x for x in met if x not in placed]
            if any(v in (x.source, x.target) for x in rest) and not any(place in (x.source, x.target) for x in rest):
                dropped |= {id(x) for x in placed} | {id(e) for e in events if e.trigger == trigger
                                                      and {e.source, e.target} == {v, place}}
    return [e for e in events if id(e) not in dropped]
