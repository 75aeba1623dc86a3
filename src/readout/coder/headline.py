"""Which event a story is mainly about (docs/coder.md, "Headline and participants"): its meeting
or call, else what its title says its side did, else what it opens with."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from readout.cameo import types_on_side, types_with
from readout.coder.membership import is_body
from readout.coder.records import Event, is_code
from readout.coder.title_words import ANSWER, DEEDS, IN, TITLE_WORD, TitleActs, _event_forms, singular, title_words
from readout.coder.word_index import words_in
from readout.lexicons import word_class

__all__ = ["story_headline", "choose_headline", "news_lead", "title_act", "title_words", "TitleActs", "response_measure", "opening_condemnation",
           "meeting_hosts", "opening_meeting", "passing_visit", "signed_at", "ties_established", "welcomed_lead", "brokered_lead", "measure_told_with", "censure_of", "first_named", "others_outcome", "listed_in_title"]

CONDEMNATION = "ACCUSE"
REJECTION = "REJECT"
WARNING = "THREATEN"     # a title's measure read as a warning: the deed told after it is what was taken
REGARD = word_class("regard_noun")      # "In view of this, ...", "In light of this, ...": a response here only
HOST = word_class("host_verb")          # "thanked Saudi Arabia for hosting the meeting"
MEETING_NOUNS = word_class("meeting_noun")
GATHERINGS = MEETING_NOUNS | word_class("gathering_noun")     # "a session of the Council", "the ceremony"
SIGNING_VERBS = word_class("signing_verb")      # "signed the following Joint Declaration": the signing leads
FOLLOWING = word_class("cataphoric_modifier")      # "signed the following Joint Declaration": the text is the document
SIGNED = "057"      # CAMEO's signing of a formal agreement (SUPPORT)
DEFINITE = word_class("definite_det")
DELEGATES = word_class("delegate_noun")     # "hosting leaders of ASEAN": the people of a group of states
POLITIES = word_class("polity_noun")        # "the China-Pacific Island Countries Foreign Ministers' Meeting"
PLURAL_TAGS = ("NNS", "NNPS")
DELEGATE_PREPS = word_class("delegate_prep")     # "delegations from over 90 states"
PART_PREP = "of"        # "the plenary session of the summit": a part of the gathering
PAIRS = word_class("pair_determiner")        # "officials of the two countries": a pair, not a group
HOST_REACH = 2      # a host is thanked for the meeting within two sentences of it
PRAISE = "SUPPORT"      # PLOVER's praise and endorsement, one type like CONDEMNATION and WELCOME
CENSURE = types_on_side("conflict")
WELCOME = "SUPPORT"     # "I welcome this agreement": an outcome welcomed, no actor
OUTCOMES = types_with("welcomed")     # "Israel and Lebanon have agreed to ...": what a welcome is about
LEAD = 2        # a story's lead: its first two sentences (the first is often the title repeated)
TITLED = types_with("titled")     # a title's act that may be what its story is about (not a promise)
THANKS = word_class("thanks_word")      # "Thank you very much": the words of a courtesy
COURTESY_GROUNDS = word_class("courtesy_ground")    # "thank our hosts for their hospitality"
SECOND_PERSON = "you"
THANKED_PREPS = word_class("thanked_prep")     # "grateful to Pope Francis": the one thanked
TIES_WORDS = word_class("ties_word")        # "establish", "resumption": a title's relations set up
TIES_NOUNS = word_class("ties_noun")        # "relations", "ties": what they set up
TIES_CODES = ("054", "057")     # CAMEO's recognition and signing: relations told as done
PASSING_PATH = ("pobj", "prep", "attr", "acomp", "npadvmod")     # "who is on a visit to X": up to the relative clause
PASSING_REACH = 4
RELATIVE = "relcl"     # "X, who is visiting Cairo at the head of a delegation ...": a clause on a visitor
METONYM = "metonym"     # a capital or a seat of government named for its state
UNNAMED = 1 << 30       # an actor the story's words never name: after all it names
LISTED = re.compile(r"\s*(?:,|-|–|&|\band\b)(?:\s*\band\b)?\s*(?:the\s+)?$", re.I)     # ", and the ": one list


def story_headline(doc: Doc, events: list[Event], consult: Event | None, parties: list[str], side: str | None,
                   media: bool = False, title: str = "", title_codes: list[str] = (),
                   statement: bool = False, hosts: dict[int, set[str]] | None = None,
                   acts: "TitleActs | None" = None, titled: Event | None = None,
                   brokered: dict[int, frozenset[str]] | None = None,
                   named: dict[str, int] | None = None,
                   title_lists: list[frozenset[str]] | None = None) -> Event | None:
    """The headline: a news agency's lead between two others (`media`), else the main meeting (unless
    the title names no meeting and the side's act it names is told before it), else the side's act
    its title names, else what the story opens with (choose_headline). `acts`: the title's act words
    (title_words), where the caller has the title's actors and the trigger lexicon. `titled`: the
    side's act the title's own clause tells (resolve.title_event), which comes before the act its
    words name where the story tells no meeting. `named`: where the story first names each actor;
    `title_lists`: the actors its title lists together (listed_in_title)."""
    if named:
        # one act told of several at once ("A, B, C and D signed the following declaration", "call
        # on both parties"): the side's own, toward the first other party the story names (GUIDE.md)
        events = sorted(events, key=lambda e: (e.sentence, e.start, *named_rank(e, side, named)))
    if not statement:
        consult = opening_meeting(events, consult, side, title_codes, acts)
    # A news agency's report whose lead is an act between two others ("Saudi Arabia and Iran have
    # agreed to resume relations", from Xinhua) is about that act, not the talks told after it
    # (eval/styles decision 12); a government's statement is about its own reaction. So is any
    # other text of a government's that reports no meeting ("Release of Professor X": "X has been
    # released from detention in Myanmar ... The Government welcomes his release").
    between = others_outcome(events, consult, side, title_lists or (), acts)
    if between is not None:
        return between
    lead = news_lead(events, side) if media else welcomed_lead(events, side) if statement or consult is None else None
    if lead is not None and (consult is None or consult.sentence > lead.sentence):
        return lead
    if statement and consult is not None:
        lead = brokered_lead(events, consult, side, brokered or {})
        if lead is not None:
            return lead
    named = title_act(doc, events, title, side, title_codes, acts)
    ties = ties_established(events, consult, side, title_codes, acts)
    if ties is not None:
        # "China, Nauru resume diplomatic ties": relations established, told as done in the lead,
        # are what the story is about, the talks around the signing its setting (TUNE2.md 29,
        # FRESH16.md V13, FRESH31.md AN8)
        consult, named = None, ties
    if consult is None:
        # the act the title's own clause tells, where the story has no meeting (a meeting told after
        # the lead still yields only to the act the title's words name, below: "China, Solomon Islands
        # establish diplomatic relations" over talks told after the ceremony would be right, but held
        # out texts title other readouts so)
        named = titled or named
    elif named is not None and acts is not None and (not acts.meeting or _named_first(doc, named, acts, events)) \
            and not _with_talks(doc, named) \
            and ((named.sentence < consult.sentence and (consult.sentence >= LEAD or (not acts.meeting and named.type in DEEDS)))
                 or (not acts.meeting and named.type in TITLED and named.sentence == consult.sentence
                     and named.start < consult.start)):
        # "Condolences to the family of Shinzo Abe" over their meetings recalled later; "India's
        # assistance to Myanmar" over the call told after the aid: a title that names no meeting
        # names what the story is about, where the story tells that act first and the meeting
        # only after its lead (a readout tells its meeting in its lead); so too where the title
        # names that act before the meeting ("X condemns attack on Y; Crown Prince calls Emir of Y");
        # and where the title names no meeting and the opening sentence tells its act before a call
        # added to it ("Foreign Secretary condemns Iran's seizure of ...": "has condemned Iran's
        # seizure of ..., and has spoken to Iranian Foreign Minister Zarif"), not a promise (AGREE:
        # a report's title quotes what its talks promised)
        consult = None
    if consult is None and named is None and acts is not None and acts.meeting:
        named = titled_meeting(events, side, title_codes)
    headline = (named or response_measure(doc, events, side)
                if consult is None else None) or choose_headline(
        events if consult is not None else _past_courtesies(doc, events), consult, parties, side, statement, media)
    if headline is not None and headline.type == "CONSULT":
        headline = signed_at(doc, events, headline, consult or headline) or headline
    if headline is not None and headline.type == "CONSULT" and acts is not None and acts.medium \
            and headline.mode in (None, "visit") and (not acts.with_whom or {headline.source, headline.target} & acts.with_whom):
        # "Statement on phone call between Prime Minister and President of USA", "PM call with
        # ...": the title says how the leaders met where the story's words for it did not
        headline.mode = acts.medium
    if headline is not None and headline.type == "CONSULT" and headline.mode is None:
        # no phone, video or third-party cue: the parties met in person
        headline.mode = "multilateral" if len(parties) >= 3 else "visit"
    if headline is not None and headline.type == "CONSULT" and headline.mode == "visit" \
            and 0 <= headline.trigger < len(doc) and _group_met(doc[headline.trigger], headline):
        # "is hosting leaders of ASEAN", "co-chaired the China-Pacific Island Countries Foreign
        # Ministers' Meeting": the side met a group of states in person, three or more (GUIDE.md)
        headline.mode = "multilateral"
    if headline is not None and consult is not None and headline.type == "CONSULT" and headline.mode == "visit" \
            and any(codes - {headline.source, headline.target} for i, codes in (hosts or {}).items()
                    if consult.sentence <= i <= consult.sentence + HOST_REACH):
        headline.mode = "third-party"   # "thanked Saudi Arabia for hosting the meeting" (decision 32)
    return headline


def named_rank(e: Event, side: str | None, named: dict[str, int]) -> tuple[bool, int]:
    """Where an act ranks among those told by the same words: the side's own first, by where the
    story first names its other party; the others' as they came."""
    return (False, named.get(e.target, UNNAMED)) if e.source == side else (True, 0)


def first_named(mentions) -> dict[str, int]:
    """Where the story first names each actor (a character offset), not by a place in it ("who is
    visiting New Delhi", told before the parties to the meeting)."""
    named: dict[str, int] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.form != METONYM:
            named.setdefault(m.code, m.start)
    return named


def _past_courtesies(doc: Doc, events: list[Event]) -> list[Event]:
    """The events a story opens with, past its courtesies, where it tells an act beside them."""
    # "THE PRESIDENT: Thank you very much. ...", "I thank our Armenian hosts for their hospitality":
    # the courtesy is coded (a thanks to the one addressed) but is not what the text is about;
    # thanks on real grounds ("thank Egypt and Qatar for their partnership") stay its act
    acts = [e for e in events if not _courtesy(doc, e)]
    return acts if any(e.target for e in acts) else events


def _courtesy(doc: Doc, e: Event) -> bool:
    """Whether an event is a courtesy: thanks to "you" or for hospitality, on no other ground."""
    if e.type != PRAISE or not 0 <= e.trigger < len(doc) or doc[e.trigger].lemma_.lower() not in THANKS:
        return False
    tok = doc[e.trigger]
    grounds = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
               for g in c.children if g.dep_ in ("pobj", "pcomp")]
    thanked = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    thanked += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in THANKED_PREPS for g in c.children if g.dep_ == "pobj"]
    return all(g.lemma_.lower() in COURTESY_GROUNDS for g in grounds) and (
        bool(grounds) or all(c.lower_ == SECOND_PERSON for c in thanked))


def _group_met(trigger, meeting: Event) -> bool:
    """True where a meeting's words name its other side as a group of states: the leaders or
    ministers of a body (`delegate_noun` in the plural, the partner a body with members: "hosting
    leaders of ASEAN"), a meeting noun named for countries in the plural ("the China-Pacific
    Island Countries Foreign Ministers' Meeting"), or its people from many states; not where the
    meeting's word is told in a relative clause on a visitor ("Lavrov, who is in China to take part
    in the meeting of the foreign ministers of Afghanistan's neighbouring countries, held talks with
    Wang Yi": the gathering is why the visitor is there, the pair's talks are bilateral)."""
    if any(t.dep_ == RELATIVE for t in (trigger, *trigger.ancestors)):
        return False
    body = is_body(meeting.source) or is_body(meeting.target)
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "attr")]
    # the partner phrase may hang on the meeting the verb's object names ("convened a roundtable
    # with the leaders of the G7")
    near = [trigger, *(g for h in (trigger, *objects) for c in h.children if c.dep_ == "prep" for g in c.children
                       if g.dep_ == "pobj"), *objects]
    if body and any(t.tag_ in PLURAL_TAGS and t.lemma_.lower() in DELEGATES and t is not trigger for t in near):
        return True
    if any(t.lemma_.lower() in MEETING_NOUNS and any(
            m.tag_ in PLURAL_TAGS and _singular(m) in POLITIES for m in t.subtree if m.i < t.i) for t in near):
        return True
    # "Delegations from over 90 states and international organisations took part. The summit was
    # chaired by ...": the gathering itself (a meeting noun its trigger is or governs), its people
    # told as from many states in its sentence or the one before; not a meeting held at such a
    # gathering ("In Tehran, where the leaders of the guarantor states gathered for a summit, Putin
    # met with Erdogan": a bilateral meeting)
    # (or a part of one: "the plenary session of the Russia-Africa Summit")
    part_of = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == PART_PREP for g in c.children if g.dep_ == "pobj"]
    if not any(t.lemma_.lower() in GATHERINGS for t in (trigger, *trigger.children, *part_of)):
        return False
    sent = trigger.sent
    before = [sent.doc[sent.start - 1].sent] if sent.start > 0 else []
    # or in the sentence after ("co-chaired the plenary session of the summit. The summit brought
    # together delegations from all 54 African states"): a lead tells the gathering, then who came
    after = [sent.doc[sent.end].sent] if sent.end < len(sent.doc) else []
    return any(_from_states(t) for s in (*before, sent) for t in s) or any(
        _from_states(t) and _of_the_gathering(t) for s in after for t in s)


def _of_the_gathering(people) -> bool:
    """True where people told after a gathering came to that one: they are the sentence's subject
    ("Ministers from eight member states took part") or the object of a verb whose subject is a
    definite gathering ("The summit brought together delegations from 54 states"); not people at
    another gathering the sentence tells ("later attended a summit that brought together ...")"""
    while people.dep_ in ("pobj", "prep"):     # "The heads of delegations of the member states met"
        people = people.head
    verb = people.head
    if people.dep_ == "nsubj":
        return verb.dep_ == "ROOT"
    return people.dep_ == "dobj" and verb.dep_ == "ROOT" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in GATHERINGS and any(d.lower_ in DEFINITE for d in c.children)
        for c in verb.children)


def _from_states(tok) -> bool:
    """True for people in the plural from or of states in the plural, not two ("delegations from over
    90 states"; not "officials of the two countries", a pair)."""
    # the phrase may hang on the verb whose object the people are ("brought together delegations
    # from all 54 African states")
    preps = [*tok.children, *(tok.head.children if tok.dep_ == "dobj" else ())]
    return tok.tag_ in PLURAL_TAGS and tok.lemma_.lower() in DELEGATES and any(
        g.dep_ == "pobj" and g.tag_ in PLURAL_TAGS and _singular(g) in POLITIES
        and not any(c.lower_ in PAIRS for c in g.children)
        for p in preps if p.dep_ == "prep" and p.lower_ in DELEGATE_PREPS for g in p.children)


def _singular(tok) -> str:
    """A plural noun's singular, where the tagger's lemma of a capitalized plural is the word itself
    ("Countries" -> country)."""
    return singular(tok.lemma_.lower())


def signed_at(doc: Doc, events: list[Event], meeting: Event, consult: Event) -> Event | None:
    """The pair's signing of "the following" document, told in the meeting's own sentence or before
    it ("met in Jerusalem today and signed the following Joint Declaration"): the text is the
    document signed, so the signing is what it is about and the meeting its setting (eval/styles
    FRESH26.md AF16, FRESH23.md); None otherwise (a report that the leaders "met and signed a joint
    statement" is about the meeting)."""
    pair = {meeting.source, meeting.target}
    return next((e for e in sorted(events, key=lambda e: (e.sentence, e.start)) if e.cameo == SIGNED
                 and {e.source, e.target} == pair and e.sentence <= consult.sentence and e.trigger >= 0
                 and _signs_following(doc[e.trigger])), None)


def _signs_following(verb) -> bool:
    """True for a signing verb whose document is "the following" one: the text that comes next."""
    return verb.lemma_.lower() in SIGNING_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") and any(a.lower_ in FOLLOWING for a in c.children) for c in verb.children)


def ties_established(events: list[Event], consult: Event | None, side: str | None, title_codes,
                     acts: "TitleActs | None") -> Event | None:
    """Where the title tells relations established, resumed or restored (`ties_word` with
    `ties_noun`: "China, Solomon Islands establish diplomatic relations"), before any meeting it
    names, and the story's lead tells them done (a recognition or signing, CAMEO 054 or 057), the
    pair's bond: the side's first praise or endorsement of a party the title names (else that
    party's of the side); None otherwise, or where the story tells no meeting (the title's act
    is found without it)."""
    if consult is None or acts is None or side is None or not acts.words & TIES_NOUNS:
        return None
    said = acts.words & TIES_WORDS
    if not said or (acts.meeting and not said & acts.before_meeting):
        return None
    if not any(e.type == PRAISE and e.cameo in TIES_CODES and e.sentence < LEAD for e in events):
        return None
    partners = set(title_codes) - {side}
    pair = [e for e in sorted(events, key=lambda e: (e.sentence, e.start)) if e.type == PRAISE
            and {e.source, e.target} & partners and side in (e.source, e.target)]
    return next((e for e in pair if e.source == side), pair[0] if pair else None)


def titled_meeting(events: list[Event], side: str | None, title_codes) -> Event | None:
    """A text that is no report of talks but whose title names them with a state ("Statements for
    the press following Russian-US talks", "Remarks by the President and the Chancellor of Germany
    Before Bilateral Meeting"): the side's first meeting with a state its title names, wherever
    the text tells it; None where it tells none (a body the title names, "Meeting of the Security
    Council", may be the side's own organ)."""
    named = {c for c in title_codes if not is_body(c)} - {side}
    return next((e for e in sorted(events, key=lambda e: (e.sentence, e.start)) if e.type == "CONSULT"
                 and side in (e.source, e.target) and {e.source, e.target} & named), None)


def opening_meeting(events: list[Event], consult: Event | None, side: str | None, title_codes,
                    acts: "TitleActs | None") -> Event | None:
    """The main meeting: where none was found or only one told later (its partner told by an office
    the resolver placed late: "Prime Minister Abiy Ahmed and Egyptian President Al-Sisi held talks
    today in Sochi"; "President Bukele received ... Rubio" before a word read as a call), the side's
    meeting with a state the title names, where the title names a meeting ("PM Abiy, President
    Al-Sisi agree to resume technical talks on GERD") and the story's first sentence with an act
    tells it; else `consult` as found."""
    if acts is None or not acts.meeting or not events:
        return consult
    meeting = titled_meeting(events, side, title_codes)
    if meeting is None or meeting.sentence != min(e.sentence for e in events):
        return consult
    return meeting if consult is None or consult.sentence > meeting.sentence else consult


def passing_visit(trigger, pair: set, own: set, title_codes) -> bool:
    """True for a meeting told in a relative clause ("Wang Yi, who is on a visit to Germany, answered
    questions on ...", "President Yoon, who is on a state visit to the United Kingdom, signed off on
    ...") with a party the title leaves out where it names another actor: where the visitor is, not
    the story's meeting (a title naming both its parties, "Japan-China Summit Meeting", keeps it)."""
    named = set(title_codes) - set(own)
    if not named or not {c for c in pair if is_code(c)} - set(own) - named:
        return False
    tok = trigger
    for _ in range(PASSING_REACH):
        if tok.dep_ == "relcl":
            return True
        if tok.dep_ not in PASSING_PATH or tok.head is tok:
            return False
        tok = tok.head
    return False


def meeting_hosts(doc: Doc, mentions) -> dict[int, set[str]]:
    """Per sentence index, the actors a sentence names where it tells someone hosting the meeting
    ("expressed its gratitude to Saudi Arabia for hosting the meeting"); sentences without one
    are left out."""
    out = {}
    for index, sent in enumerate(doc.sents):
        if any(t.lemma_.lower() in HOST and any(
                c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS and any(d.lower_ in DEFINITE for d in c.children)
                for c in t.children) for t in words_in(sent, HOST)):
            out[index] = {m.code for m in mentions if sent.start_char <= m.start < sent.end_char}
    return out


def _named_first(doc: Doc, named: Event, acts: TitleActs, events: list[Event] = ()) -> bool:
    """True where the title tells the side's act before the meeting it names ("Saudi Arabia
    condemns Israeli aggression on Qatar; Crown Prince calls Emir of Qatar"): the act's own word,
    or a deed word of its type, or the word of an act of its type the body tells with no target
    (`events`), comes before the title's first meeting word."""
    return bool(_event_forms(doc, named) & acts.before_meeting) or named.type in acts.types_before_meeting \
        or any(e.source == named.source and e.type == named.type and e.target is None
               and _event_forms(doc, e) & acts.before_meeting for e in events)


def _with_talks(doc: Doc, e: Event) -> bool:
    """True where the act's own sentence tells the talks it came of ("signed a treaty ... following
    their talks in Pyongyang"): the story leads with its meeting, the act told as its outcome."""
    return e.trigger >= 0 and any(t.lemma_.lower() in MEETING_NOUNS and t.pos_ == "NOUN" for t in doc[e.trigger].sent)


def title_act(doc: Doc, events: list[Event], title: str, side: str | None, title_codes: list[str],
              acts: TitleActs | None = None) -> Event | None:
    """The side's first act toward an actor its title names (any actor, where it names none), told
    with the title's own verb or noun or of a type the title's act words have ("Pakistan recalls
    its Ambassador from Iran": the recall, not the condemnation told before it); None where the
    title names no such act. Where the title names a deed and a word ("Russian Ambassador summoned
    as UK expels Russian defence attaché"), the deed: the measure is what the story is about, the
    summons its protest. Where it names the side's response ("Australia's response to
    Iranian-directed attacks"), the side's deed toward that actor."""
    if acts is None:
        acts = TitleActs(frozenset(w.lower() for w in TITLE_WORD.findall(title)))
    if not acts.words or side is None:
        return None
    deeds = types_with("deed")
    toward = [e for e in sorted(events, key=lambda e: (e.sentence, e.start)) if e.source == side
              and e.target is not None and (e.target in title_codes or not title_codes)]
    if acts.response:
        measure = next((e for e in toward if e.type in deeds and e.type in CENSURE), None)
        if measure is not None:
            return measure
    # "Saudi Arabia condemns Israeli aggression on Qatar": the title's word names the act the body
    # tells with no target ("condemns in the strongest terms the brutal Israeli aggression"); its
    # type toward an actor the title names is that act ("regards the attack as a flagrant violation")
    aimless = {e.type for e in events if e.source == side and e.target is None and e.type in CENSURE
               and _event_forms(doc, e) & acts.words}
    named = [e for e in toward if _event_forms(doc, e) & acts.words or e.type in acts.types or e.type in aimless]
    if not named:
        return None
    # a deed told by the title's own word before one of a type its words may name ("Two officials
    # ... declared persona non grata": the declaration, not the arrest told first, whose type
    # "declared" may also name as a state of emergency)
    first = next((e for e in named if e.type in deeds and _event_forms(doc, e) & acts.words),
                 next((e for e in named if e.type in deeds), named[0]))
    if first.type == WARNING:
        # "Remarks on China's Countermeasures Against U.S. Individuals": the measure the title names
        # read as a warning in the story ("has decided to take countermeasures"), taken as the
        # side's deed toward the same actor it tells ("decided to impose sanctions on ...")
        return next((e for e in sorted(events, key=lambda e: (e.sentence, e.start)) if e.source == side
                     and e.target == first.target and e.type in deeds and e.type in CENSURE), first)
    return first


def others_outcome(events: list[Event], consult: Event | None, side: str | None,
                   lists: list[frozenset[str]], acts: "TitleActs | None") -> Event | None:
    """An outcome between two others that the title lists together, told in the story's lead no
    later than its meeting ("Saudi Arabia, Qatar agree to reopen borders", from Kuwait's agency;
    "Statement on the Israel-Lebanon Maritime Boundary Agreement"; "Qatar Announces Success of its
    Mediation between the United States and Iran"): what a mediator's or witness's text is about,
    its own talks and thanks the setting; None where the title names a meeting or lists no such
    pair ("China announces countermeasures against U.S. companies over Taiwan arms sales")."""
    if side is None or acts is None or acts.meeting:
        return None
    ordered = sorted(events, key=lambda e: (e.sentence, e.start))
    lead = sorted({e.sentence for e in ordered})[:LEAD]
    # a joint text of the side and the others it lists ("Joint communiqué of the Governments of Brazil,
    # Colombia and Mexico"), whose act the side shares, is its own act, not one it brokered
    shared = {(x.sentence, x.start) for x in events if x.source == side}
    return next((e for e in ordered if e.sentence in lead and e.type in OUTCOMES and e.source != side
                 and e.target is not None and e.target != side and (consult is None or e.sentence <= consult.sentence)
                 and any({e.source, e.target} <= g and not (side in g and (e.sentence, e.start) in shared)
                         for g in lists)), None)


def listed_in_title(title: str, mentions) -> list[frozenset[str]]:
    """The actors a title lists together, each list's codes ("Saudi Arabia, Qatar agree", "the
    Israel-Lebanon Maritime Boundary Agreement", "between the DRC and Rwanda", "of the United
    States, the Kingdom of Bahrain, and the State of Israel")."""
    lists: list[set[str]] = []
    last = None
    for m in sorted(mentions, key=lambda m: m.start):
        if last is not None and m.start >= last.end and LISTED.match(title[last.end:m.start]):
            lists[-1].add(m.code)
        else:
            lists.append({m.code})
        last = m
    return [frozenset(g) for g in lists if len(g) >= 2]


def welcomed_lead(events: list[Event], side: str | None) -> Event | None:
    """A statement that opens with an act between two others and whose side only welcomes it
    ("Israel and Lebanon have agreed to a cessation of hostilities ... I welcome this agreement";
    "Sweden became the thirty-second member of NATO ... I welcome Sweden as a full Ally"), or with
    an outcome another granted its side, is about that act; None otherwise."""
    ordered = sorted(events, key=lambda e: (e.sentence, e.start))
    own = [e for e in ordered if e.source == side]
    first = [e for e in ordered if e.sentence == ordered[0].sentence] if ordered else []
    granted = next((e for e in first if e.target == side and e.type in OUTCOMES and e.type in DEEDS), None)
    if granted is not None and not any(e.source == side for e in first):
        # "five innocent Americans have been freed by Iran": a material outcome another actor granted
        # the side, told first with no act of its own, is what its statement is about (FRESH26.md AF3);
        # not a promise to it ("X agreed to ...")
        return granted
    if own and own[0].type == WELCOME and own[0].target is None:
        # "The United States welcomes the release of U.S. citizens X and Y ... Today the Houthis let X
        # and Y go": a welcome aimed at no one is of an outcome (GUIDE.md), and where the story's first
        # act toward someone is an outcome another granted the side, that is the outcome welcomed and
        # what the statement is about, as where it is told first
        aimed = next((e for e in ordered if e.target is not None), None)
        if aimed is not None and aimed.target == side and aimed.source != side and aimed.type in OUTCOMES \
                and aimed.type in DEEDS:
            return aimed
    # the side's first act only welcomes, congratulates or thanks, whoever it names ("I welcome
    # Finland into the Alliance", "I thank Egypt and Qatar for their partnership in reaching this
    # deal"): praise of a party or a broker is the side's reaction to the outcome told before it
    if not ordered or not own or own[0].type != WELCOME:
        return None
    if any(side in (e.source, e.target) for e in first):
        return None
    return next((e for e in first if e.target is not None and e.type in OUTCOMES), None)


def brokered_lead(events: list[Event], consult: Event, side: str | None,
                  brokered: dict[int, frozenset[str]]) -> Event | None:
    """A statement whose meeting is told with what two of the others agreed between them
    ("Joint Statement of the United States, Sudan and Israel: Trump, Netanyahu, Burhan and Hamdok
    spoke today and agreed to the normalization of relations between Sudan and Israel") is about
    that agreement, which the side brokered (eval/styles fresh20 Z4, fresh23); None otherwise."""
    for e in sorted(events, key=lambda e: (e.sentence, e.start)):
        pair = brokered.get(e.trigger)
        if e.type == "AGREE" and pair and side not in pair and e.sentence == consult.sentence \
                and {e.source, e.target} == pair:
            return e
    return None


def response_measure(doc: Doc, events: list[Event], side: str | None) -> Event | None:
    """The side's first deed toward someone told as its response ("In response, France, Germany
    and the United Kingdom are taking steps to cancel air services agreements with Iran"): what a
    statement that condemns, then acts, is about; None where it tells no such deed."""
    deeds = types_with("deed")
    for e in sorted(events, key=lambda e: (e.sentence, e.start)):
        if e.source == side and e.target is not None and e.type in deeds and e.trigger >= 0 \
                and _answers(doc[e.trigger].sent):
            return e
    return None


def _answers(sent) -> bool:
    """True for a sentence told as a response: "In response, ...", "in retaliation for ...", "In view of this, ..."."""
    return any((t.lower_ in ANSWER or t.lower_ in REGARD) and t.head.lower_ == IN for t in sent)


def choose_headline(events: list[Event], consult: Event | None, parties: list[str],
                    publisher_country: str | None, statement: bool = False, news: bool = False) -> Event | None:
    """The story's main interaction: its meeting or call (with several parties, the publisher's
    side and the first other party named), else the publisher's first meeting, its opening
    condemnation or its first act toward someone."""
    if consult is not None:
        pair = {consult.source, consult.target}
        if len(parties) >= 3 and publisher_country in parties:
            # several parties: the publisher's side with the first other party named (GUIDE.md)
            pair = {publisher_country, next(p for p in parties if p != publisher_country)}
        # the pair's event as kept (an earlier mention may have kept it), held as the main one was
        e = next((e for e in events if e.type == "CONSULT" and {e.source, e.target} == pair), consult)
        return Event(e.source, e.type, e.target, consult.mode, e.cameo, e.goldstein, e.sentence, e.start,
                     e.end, e.trigger)
    # no meeting between named parties: its side's first meeting with someone (a partner the
    # text did not name in the meeting's clause), else its opening condemnation, else its first
    # act toward someone (what a statement opens with is what it is about), first as the text
    # tells it ("The treaty will be held in abeyance until Pakistan abjures ...": the measure, then
    # the condition's request)
    events = sorted(events, key=lambda e: (e.sentence, e.start))
    for e in events:
        # in a statement (by its title), only a meeting it opens with ("Premier Li is on a visit
        # to Switzerland", told in a press conference's last answer, is not what it is about)
        if e.source == publisher_country and e.type == "CONSULT" and e.target and not (statement and e.sentence > 0):
            # (a news agency's report that leads with a quote still reports the meeting it was said at)
            return (None if news else _outcome_before(events, e)) or e
    own = [e for e in events if e.source == publisher_country]
    if own and own[0].type == CONDEMNATION and own[0].target is None:
        return opening_condemnation(own)
    if own and own[0].type == WELCOME and own[0].target is None and own[0] is events[0] \
            and not any(e.sentence == own[0].sentence for e in events[1:]):
        # "We welcome the order issued today by the Court. ... We appreciate South Africa's
        # initiative": a release that opens with a sentence that only welcomes an outcome is about
        # that welcome, its first act (eval/styles FRESH22.md AB5); one that goes on in the same
        # sentence to an act toward someone is about that act
        return own[0]
    if own and own[0].type == REJECTION:
        # "China firmly opposes this move and strongly condemns it": the condemnation is the
        # statement's act, the opposition its ground
        condemned = [e for e in own if e.sentence == own[0].sentence and e.type == CONDEMNATION]
        if condemned:
            return opening_condemnation(condemned)
    for test in (lambda e: e.source == publisher_country and e.target, lambda e: e.target):
        for e in events:
            if test(e):
                e = measure_told_with(e, own)
                return censure_of(e, own) if statement else e
    return events[0] if events else None


def _outcome_before(events: list[Event], meeting: Event) -> Event | None:
    """The pair's outcome told before the side's meeting, or before it in its sentence ("Prime
    Minister Natano and I signed the treaty when we met here", "the UK has committed to open its
    market ... the two leaders met"): what a text that reports no main meeting leads with is what it
    is about, the meeting its setting; None where the meeting comes first."""
    pair = {meeting.source, meeting.target}
    return next((e for e in events if (e.sentence, e.start) < (meeting.sentence, meeting.start)
                 and e.type in OUTCOMES and e.type != "CONSULT" and {e.source, e.target} == pair), None)


def measure_told_with(first: Event, own: list[Event]) -> Event:
    """A side's words of conflict that carry its measure in the same sentence ("summoned the
    chargé d'affaires and informed him that two members of staff have been declared persona non
    grata"): the measure toward the same actor is the act, the summons how it was delivered."""
    if first.type in DEEDS or first.type not in CENSURE:
        return first
    return next((e for e in own if e.sentence == first.sentence and e.target == first.target
                 and e.type in DEEDS and e.type in CENSURE), first)


def censure_of(first: Event, own: list[Event]) -> Event:
    """A statement that opens by praising an actor and goes on to censure the same actor ("We
    commend the Venezuelan people ... We have serious concerns that the result ... does not
    reflect the will of the Venezuelan people") is about the censure (eval/styles FRESH3.md
    decision 10): praise of a people sets the scene for criticism of its authorities."""
    if first.type != PRAISE:
        return first
    return next((e for e in own if e.target == first.target and e.type in CENSURE), first)


def news_lead(events: list[Event], side: str | None) -> Event | None:
    """The act between two parties other than `side` that opens a story, where its first sentence
    with events has no act of `side` nor a meeting; else None."""
    if not events:
        return None
    first = [e for e in events if e.sentence == events[0].sentence]
    if any(e.type == "CONSULT" for e in first):
        return None
    joint = {e.source for e in first if e.target is None}
    if side in joint and len(joint) >= 2:
        # "China and Honduras on Sunday established diplomatic relations": that act between the
        # two, as the story goes on to tell it ("signed a joint communique")
        return next((e for e in events if e.type in {x.type for x in first} and e.source == side
                     and e.target in joint), None)
    if any(side in (e.source, e.target) for e in first):
        return None
    return next((e for e in first if e.target is not None), None)


def opening_condemnation(acts: list[Event]) -> Event:
    """A statement that opens by condemning what no named actor did ("strongly condemns the
    terrorist attack", then condolences to Pakistan) is about that condemnation; where the same
    sentence names whom it condemns ("express concern over the situation and condemn Iran's
    attack"), that one."""
    first = acts[0]
    return next((e for e in acts if e.sentence == first.sentence and e.type == first.type and e.target), first)
