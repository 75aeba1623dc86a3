"""The story as a whole (docs/coder.md, "Headline and participants"): code it sentence by
sentence, find its main interaction and who its participants are; finalize.py then replaces the
placeholders ("the two leaders", "the other side", "you") by actor codes and drops repeats."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from readout.cameo import cameo, types_with
from readout.coder.aid import continued_aid
from readout.coder.bonds import (MEETING_CAMEO as SIGNING_MEETING, bond_acts, brokered_pairs, mutual_signings, pair_agreements,
                                 summit_signings)
from readout.coder.finalize import finalize_events, finalize_stances
from readout.coder.form import lone_speaker, not_readout, question_spans, speaker_labels
from readout.coder.grammar import (ability_modal, clause_of, doc_text, is_negated, paragraph_breaks, sentence_codes,
                                   subject_token)
from readout.coder.history import career_sentences
from readout.coder.keyfilter import in_domain, key_features, key_of, lead_acts
from readout.coder.headline import first_named, listed_in_title, meeting_hosts, passing_visit, story_headline, title_words
from readout.coder.preamble import without_findings
from readout.coder.records import Event, NotParty, Placeholder, StoryContext, is_code
from readout.coder.referred import deeds_referred, joint_judgements
from readout.coder.meetings import sequel_sides
from readout.coder.rosters import REMOTE_MODES, expand_groups, guest_acts, own_pledges, planned_talks
from readout.coder.signers import title_voice
from readout.coder.stance_aims import aimed_concerns
from readout.coder.targets import freed_people
from readout.coder.together import partner_unnamed
from readout.coder.frames import duty_adjective, universal_duty
from readout.coder.title_frame import title_measure
from readout.coder.not_acts import welcomed_guest, welcomed_visitors
from readout.coder.unaimed import aimed_measures
from readout.coder.sources import Analysis
from readout.lexicons import word_class
from readout.lexicons.publishers import publisher_of
from readout.mentions import PERSON_KINDS

HOSTED = cameo("043")     # a hosted visit

__all__ = ["code_doc", "main_consult", "title_event", "meeting_series", "participants_of", "finalize_events", "finalize_stances"]

DISCUSS = word_class("discuss_word")
STANDING = word_class("standing_contact_noun")
TITLED = types_with("titled")       # a title's own act that is what its story is about
HELD_CONTACT = word_class("held_contact_verb")
MEETING_TITLE = word_class("meeting_title_word")     # "Japan-China Summit Meeting", "Xi meets Biden"
MEETING_NOUNS = word_class("meeting_noun")      # "were joined by X for a trilateral meeting": a meeting of its own
DEFINITE = word_class("definite_det")
TITLE_WORD = re.compile(r"[^\W\d_]+")
JOINT_TITLE = re.compile(r"\bjoint\b", re.I)     # "Joint Statement from ... and ...": co-signed, each signer promises
JOINT_DETERMINERS = word_class("joint_determiner")     # "the two leaders", "both sides"
SIDE_NOUNS = word_class("side_noun")        # "the sides discussed", "the parties discussed": the two sides of talks
ROSTER = word_class("roster_word")      # "Participants in the call included ...", "Joining ... were"
SIGNING_VERBS = word_class("signing_verb")      # "signed the following declaration at the summit": no meeting of its own
# a statement, or a spokesperson's press conference (its answers are statements)
STATEMENT = re.compile(r"^\s*(joint\s+)?statement\b|\bstatement (by|from|of|on)\b|\bpress conference\b", re.I)
PARTICIPANTS, COUNTERPART, OTHER = Placeholder.PARTICIPANTS, Placeholder.COUNTERPART, Placeholder.OTHER


def _refusal(tok) -> bool:
    """A refusal told by a negated trigger in the active, said as what will not be ("China will never
    allow ...", "does not accept"): the defiance of an attempt from outside. Not one told in the
    agentless passive or with a modal of ability ("applications received after the deadline will
    not be accepted", "reservations cannot be accepted", "we cannot accept that as a new normal"),
    which keeps the foreign frame as any rejection aimed at no one does."""
    return is_negated(tok) and not (ability_modal(tok) or any(c.dep_ == "auxpass" for c in tok.children))


def _turns(comp, ctx: StoryContext, text: str) -> dict[int, str | None]:
    """A transcript's speaker labels in capitals and whose side each speaks for: the one country
    its person or title names when written as a name ("PRESIDENT BIDEN" -> USA, "PRIME MINISTER
    LAPID" -> ISR), else None."""
    out = {}
    titled = None
    for start, label in speaker_labels(text):
        codes = {m.code for m in comp.resolver.mentions(label, ctx.date, ctx.publisher, ctx.url, ctx.domestic)
                 if m.kind in PERSON_KINDS}
        words = label.lower().split()
        if not codes and len(words) >= 2:
            # "THE CHANCELLOR:" in "Remarks by President Biden and Chancellor Scholz of ...": the one
            # the title names by that office; "CHAIRMAN KIM:" beside "Chairman Kim Jong Un of the
            # Democratic People's Republic of Korea": the one it names by that name
            if titled is None:
                titled = [m for m in comp.resolver.mentions(ctx.title or "", ctx.date, ctx.publisher, ctx.url,
                                                            ctx.domestic) if m.kind in PERSON_KINDS]
            if words[0] in DEFINITE:
                codes = {m.code for m in titled if (m.role or "").lower() == " ".join(words[1:])}
            else:
                codes = {m.code for m in titled if words[-1] in m.text.lower().split()}
        out[start] = codes.pop() if len(codes) == 1 else None
    return out


def _monologue(an: Analysis, text: str) -> bool:
    """A transcript whose every turn speaks for one side, or remarks one label opens: one voice."""
    if an.turns:
        return len({side or an.speaker_default for side in an.turns.values()}) == 1
    return lone_speaker(text)


def code_doc(doc: Doc, comp, ctx: StoryContext) -> Doc:
    """Assign doc._.actors, doc._.events, doc._.stances and doc._.headline; `comp` holds the
    actor resolver, the event coder and the stance finder (nlp.CoderComponent)."""
    country = ctx.publisher_country
    mentions = comp.resolver.mentions(doc_text(doc), ctx.date, ctx.publisher, ctx.url, ctx.domestic)
    text = doc_text(doc)
    title = ctx.title or ""
    other_form = not_readout(title, text)     # a transcript, a fact sheet, remarks ...: no report of talks
    title_mentions = comp.resolver.mentions(title, ctx.date, ctx.publisher, ctx.url, ctx.domestic) if title else []
    an = Analysis(doc, mentions, speaker_default=country, single_voice=other_form,
                  turns=_turns(comp, ctx, text), title_voice=title_voice(comp, title, title_mentions, country),
                  title_states=tuple(dict.fromkeys(m.code for m in title_mentions if m.code != country)))
    raw_events, raw_stances = [], []
    asked = question_spans(text)       # a transcript's questions: the reporters' words, no one's acts
    for index, sent in enumerate(doc.sents):
        an.start_sentence(sent)
        if asked and any(a <= sent.start_char < b for a, b in asked):
            an.end_sentence(sent)
            continue
        raw_events += comp.coder.code_sentence(an, sent, index, ctx.year)
        raw_stances += comp.stances.find(an, sent, index)
        an.end_sentence(sent)

    if _monologue(an, text):
        # remarks in one voice ("THE PRESIDENT: ... May God protect our troops. Thank you."), a
        # briefing by one side's officials: its "you" is the audience, no other party
        raw_events = [e for e in raw_events if not isinstance(e.source, NotParty) and not isinstance(e.target, NotParty)]
    # a nominee's career told in the past is the record, not the side's positions (history.personnel_story)
    career = career_sentences(doc)
    raw_stances = [s for s in raw_stances if s.sentence not in career]
    # "met with a delegation ... headed by A and including B and C": each member met the side and each other
    raw_events = expand_groups(raw_events, doc, mentions)
    # "Trump, Netanyahu and Mohammed bin Zayed agreed to the full normalization of relations between
    # Israel and the United Arab Emirates": the two agree with each other
    brokered = brokered_pairs(raw_events, doc, an)
    raw_events = pair_agreements(raw_events, brokered)
    # "At the summit, A, B and C signed the following declaration": the signers met there
    raw_events = summit_signings(raw_events, doc, an)
    foreign = any(m.code != country for m in mentions) if country else True
    # The side the story speaks for: its publisher's country, or the body a joint statement's
    # "we" names ("We, the Leaders of the G7, ...").
    side = an.authors[0] if len(an.authors) == 1 else country
    # an order's findings: what others did, told before "I hereby order:", moved the issuer to act
    raw_events = without_findings(raw_events, doc, {c for c in (*an.authors, country, side) if c})
    # "Hamas terrorists attacked Israel. The United States condemns this appalling assault": the deed's doer
    raw_events = deeds_referred(raw_events, an)
    # "We express strong displeasure and firm opposition to the decision of X": both judgements are X's
    raw_events = joint_judgements(raw_events, an)
    counts = Counter(m.code for m in mentions if m.code != side)
    # "our embassy is in close contact with Russia" is a consultation, not a meeting a story is about
    # ("had an informal contact with Blinken" is a meeting held)
    standing = {e.trigger for e in raw_events if e.type == "CONSULT" and doc[e.trigger].lemma_.lower() in STANDING
                and doc[e.trigger].head.lemma_.lower() not in HELD_CONTACT}
    title_codes = [m.code for m in title_mentions if m.code != side]
    own = {c for c in (*an.authors, country, side) if c}      # the statement's own parties
    # "Kishida, who is visiting Seoul, attended the Trilateral Summit with Li and Yoon": the visit
    # told in a relative clause is the setting of the meeting
    asides = {e.trigger for e in raw_events if e.type == "CONSULT" and doc[e.trigger].dep_ == "relcl"}
    # the signers' meeting at a summit where they signed: the signing, not that meeting, leads the
    # text (eval/styles FRESH23.md AC11, FRESH10.md P13)
    signing = {e.trigger for e in raw_events if e.type == "CONSULT" and e.cameo == SIGNING_MEETING
               and 0 <= e.trigger < len(doc) and doc[e.trigger].lemma_.lower() in SIGNING_VERBS}
    # talks told as what the sides' act followed ("A and B agreed to a ceasefire following talks held
    # in Doha under the mediation of C"): the setting of that act, which leads (README decision 12)
    # (only where that act is coded: "Following consultations held in Beijing between A and B, Brazil and
    # China released the following joint understandings" tells no act of theirs but the talks)
    signing = signing | {e.trigger for e in raw_events if e.type == "CONSULT" and 0 <= e.trigger < len(doc)
                         and _sequel_of_act(e, raw_events, sequel_sides(an, doc[e.trigger]))}

    # "Wang Yi, who is on a visit to Germany, answered questions on the visit by ... to Taiwan": the
    # visitor's whereabouts, a state the title leaves out, not what the story is about
    passing = {e.trigger for e in raw_events if e.type == "CONSULT" and 0 <= e.trigger < len(doc)
               and passing_visit(doc[e.trigger], {e.source, e.target}, own, title_codes)}

    def may_lead(e: Event) -> bool:
        """Whether the event may be the story's meeting or headline: no standing contact, no signers'
        meeting, no talks an act followed, no visit told in passing."""
        return e.trigger not in standing and not (e.type == "CONSULT" and (e.trigger in signing or e.trigger in passing))

    consult = main_consult([e for e in raw_events if may_lead(e)], ctx.title, title_codes, own, asides,
                           statement=is_statement(title) or other_form)
    # before a roster joins the call: "Participants in the call included A, B and C" met together
    series = meeting_series(raw_events, consult, side)
    raw_events, consult = merge_roster(raw_events, doc, consult, side)
    # With no meeting, the other side of a text that is no report of talks is only whom its title
    # names: the actor it names most is no counterpart ("Thank you" in a gaggle that names one country)
    parties = participants_of(raw_events, consult, side, {} if consult is None and other_form else counts, title_codes)
    if consult is None:
        # No meeting between named parties: after the story's lead, whom one side "discussed X"
        # with is not known (not the actor the story names most); "the two leaders discussed"
        # still names both sides.
        # "They discussed", "the leaders discussed", "the participants discussed" after a meeting
        # with no named party abroad (congressional leaders, CEOs, "allies and partners") are that
        # meeting's people: who they are is not known either, and an actor named in what they
        # discussed is only its topic.
        raw_events = [e for e in raw_events if not (
            e.type == "CONSULT" and e.target == COUNTERPART and e.sentence > 0
            and (is_code(e.source) or (e.source == PARTICIPANTS and not _counted(doc[e.trigger])
                                       and _topic_party(doc[e.trigger], an, parties, side)))
            and doc[e.trigger].lemma_.lower() in DISCUSS)]
    named = sentence_codes(doc, mentions)     # per sentence, the actors its own words name
    # before keys are merged, so that "welcomed X and expressed appreciation for ..." keeps its thanks
    raw_events, greeted = _guests_met(raw_events, an, doc, any(e.type == "CONSULT" for e in raw_events))
    events = finalize_events(raw_events, parties, domestic=ctx.domestic, foreign=foreign,
                             statement=consult is None, series=series, when=ctx.date, side=side,
                             unnamed_other=not (consult is None and other_form),
                             nearby=nearby_codes(doc, mentions, list(dict.fromkeys(c for c in (country, side, *an.authors) if c)) + title_codes),
                             positions={s.sentence for s in raw_stances},
                             refusals={e.trigger for e in raw_events if _refusal(doc[e.trigger])},
                             guests=guest_acts(raw_events, doc, mentions), bonds=bond_acts(raw_events, doc),
                             pledges=own_pledges(raw_events, doc, mentions),
                             # "imposing a 25% tariff on imports of automobiles" in a story naming no partner
                             unaimed={e.trigger for e in raw_events if e.type == "SANCTION" and e.target is None
                                      and 0 <= e.trigger < len(doc) and (universal_duty(an, doc[e.trigger], (e.source,))
                                                                         or duty_adjective(doc[e.trigger]))},
                             freed={e.trigger for e in raw_events if e.type == "SUPPORT" and e.target is None
                                    and 0 <= e.trigger < len(doc) and freed_people(an, doc[e.trigger])},
                             # a joint statement's signers plan together ("will embark together on ...")
                             planned=planned_talks(raw_events, doc, acts=not JOINT_TITLE.search(title))
                             if len(an.authors) < 2 else set(),
                             named=named,
                             told=nearby_codes(doc, mentions, [side]) if series else None)
    # "welcomed the delegation" with no state found for it: hospitality, no outcome welcomed
    events = [e for e in events if not (e.type == "SUPPORT" and e.target is None and 0 <= e.trigger < len(doc)
                                        and welcomed_visitors(doc[e.trigger]))]
    # "welcomed him and his wife" where no state is found for the guest: no meeting with anyone
    events = [e for e in events if not (e.trigger in greeted and e.type == "CONSULT" and not is_code(e.target))]
    # "has provided emergency aid to Myanmar and will continue to do so": the continuation announced
    events = continued_aid(events, doc)
    # an AGREE aimed at no one whose promise is mutual ("joint efforts", "bilateral cooperation"):
    # made to a partner the coder did not find, so no intent without a counterpart (README 3)
    agree_sources = Counter(e.trigger for e in events if e.type == "AGREE")
    events = [e for e in events if not (e.type == "AGREE" and e.target is None and 0 <= e.trigger < len(doc)
                                        and partner_unnamed(doc[e.trigger], agree_sources[e.trigger]))]
    # "signed a new treaty with the Republic of Rwanda": the partner named beside the document signs too
    events = mutual_signings(events, an)
    # "China has decided to sanction 28 people" where the side's other hostile acts hit the US only
    if not ctx.domestic:
        for ev in aimed_measures(raw_events, events, side):
            at = next((i for i, x in enumerate(events) if x.sentence > ev.sentence), len(events))
            events.insert(at, ev)
    # The title's own clause ("Colombia breaks diplomatic relations with the State of Israel"): the
    # side's act it tells is what the story is about, and an event where the body's words for it
    # were not read
    titled = title_event(comp, title, title_mentions, ctx, side, events) if foreign else None
    if titled is not None and titled.trigger < 0:
        events = events + [titled]
    acts = None     # the title's act words, read once for the title's measure and the headline
    if titled is None and consult is None and not ctx.domestic:
        # a measure the title names that the body's legal or nominal words did not yield ("Executive
        # Order on Imposing Sanctions with Respect to Iran": "... are blocked"): the story's own act,
        # abroad by its nature (title_frame.title_measure)
        acts = title_words(title, title_mentions, side, comp.coder.patterns)
        measure = title_measure(title, title_mentions, side, comp.coder.patterns, events, acts)
        if measure is not None:
            events, titled, foreign = events + [measure], measure, True
    # the trained key filter (keyfilter.py): keys it is sure are wrong go before the headline is chosen
    events = _filtered(comp, doc, events, side, ctx, mentions, consult, titled, named)
    # A story that names no actor abroad has no headline (a governor's call about a wildfire).
    publisher = publisher_of(ctx.publisher, ctx.url)
    headline = story_headline(doc, [e for e in events if may_lead(e)], consult, parties, side,
                              media=publisher is not None and not publisher.government,
                              title=title, title_codes=title_codes, statement=is_statement(title),
                              hosts=meeting_hosts(doc, mentions),
                              acts=acts if acts is not None else title_words(title, title_mentions, side,
                                                                              comp.coder.patterns),
                              titled=titled, brokered=brokered, named=first_named(mentions),
                              title_lists=listed_in_title(title, title_mentions)) if foreign else None
    doc._.actors = mentions
    doc._.events = events
    # "raised concerns about foreign interference" with India: held against whom the criticism is aimed at
    doc._.stances = aimed_concerns(finalize_stances(raw_stances, parties), events, doc, mentions)
    doc._.headline = headline
    return doc


def _filtered(comp, doc: Doc, events: list[Event], side, ctx: StoryContext, mentions, consult, titled,
              named: list[set[str]]) -> list[Event]:
    """The events whose keys the component's key filter keeps (all without one, and all of a story
    outside the filter's domain, keyfilter.in_domain); the story's main meeting and the title's act,
    which the headline may name, always stay. With a trace (trainer.py --filter) each story's keys
    and their features are recorded (none for a story outside the domain)."""
    keys, trace = getattr(comp, "key_filter", None), getattr(comp, "filter_trace", None)
    if keys is None and trace is None:
        return events
    if not in_domain(ctx.publisher, ctx.url):
        if trace is not None:
            trace.append({})
        return events
    feats = key_features(doc, events, side, ctx.title or "", mentions, named)
    protect = {key_of(e) for e in events if e is titled or (consult is not None and e.trigger == consult.trigger
                                                           and e.type == consult.type)}
    protect |= lead_acts(doc, events, named)
    if trace is not None:
        trace.append({k: f for k, f in feats.items() if k not in protect})
    return keys.keep(events, feats, protect) if keys is not None else events


def title_event(comp, title: str, mentions, ctx: StoryContext, side: str | None,
                events: list[Event]) -> Event | None:
    """The side's act toward a named actor that the title's own clause tells, of a type a title
    names as what its story is about (plover_types.tsv: titled): the body's event with its key, else
    the title's (trigger -1, no place in the body); None where the title tells none (most titles
    are noun phrases: "Statement on ...", "Readout of ..."), or tells several."""
    if not title or side is None or not mentions or getattr(comp, "parse_title", None) is None:
        return None
    # closed as a sentence: the parser reads "X summons Y" as a clause, not a noun phrase
    tdoc = comp.parse_title(title if title.rstrip()[-1:] in ".!?" else title.rstrip() + ".")
    an = Analysis(tdoc, mentions, speaker_default=ctx.publisher_country, single_voice=True)
    found = []
    for index, sent in enumerate(tdoc.sents):
        an.start_sentence(sent)
        found += comp.coder.code_sentence(an, sent, index, ctx.year)
        an.end_sentence(sent)
    keys = {(e.source, e.type, e.target) for e in found if e.source == side and is_code(e.target)
            and e.target != side and e.type in TITLED and not is_negated(tdoc[e.trigger])}
    if len(keys) != 1:
        return None
    key = keys.pop()
    e = next(e for e in found if (e.source, e.type, e.target) == key)
    told = sorted((x for x in events if (x.source, x.type, x.target) == key), key=lambda x: (x.sentence, x.start))
    if told:
        return told[0]
    if any((x.source, x.type) == key[:2] for x in events):
        # the body tells that act aimed at someone else ("imposed sanctions on 11 individuals and
        # entities in Belarus" under "Japan imposes sanctions on Russian individuals"): its reading
        # of whom the act is aimed at stands
        return None
    return Event(e.source, e.type, e.target, None, e.cameo, e.goldstein, 0, 0, 0, -1)


def _sequel_of_act(meeting: Event, events: list[Event], sides: tuple[str, ...]) -> bool:
    """Whether talks told as what the sides' act followed (`sides`, meetings.sequel_sides) have that act
    coded in their sentence: an event other than a meeting by one of those sides."""
    return bool(sides) and any(e.sentence == meeting.sentence and e.type != "CONSULT" and e.source in sides
                               for e in events)


def _topic_party(trigger, an: Analysis, parties: list[str], side: str | None) -> bool:
    """Whether the party that "they" would meet is named in what they discussed: the topic
    ("discussed how to keep standing with the people of Ukraine"), not the other side."""
    others = [p for p in parties if p != side]
    clause = clause_of(trigger)
    named = {m.code for t in clause.subtree if t.i > trigger.i for m in [an.tok_mention.get(t.i)] if m}
    return bool(others) and others[0] in named


def _counted(trigger) -> bool:
    """Whether the trigger's subject counts its parties ("the two leaders", "both sides"): two
    sides named as a pair are the story's two, where a bare "they" or "the leaders" may be anyone."""
    subj = subject_token(clause_of(trigger))
    return subj is not None and (subj.lower_ in JOINT_DETERMINERS or subj.lemma_.lower() in SIDE_NOUNS
                                 or any(c.lower_ in JOINT_DETERMINERS for c in subj.children))


def meeting_series(events: list[Event], consult: Event | None, side: str | None) -> str | None:
    """ "Held bilateral meetings with the Foreign Ministers of China, Russia and Uzbekistan": the
    main meeting is one party's (the side's, else its meeting's source) with each of two or more
    partners in turn, none with another; that party, else None."""
    if consult is None:
        return None
    hub = side if side in (consult.source, consult.target) else consult.source
    pairs = [(e.source, e.target) for e in events if e.type == "CONSULT" and e.trigger == consult.trigger
             and is_code(e.source) and is_code(e.target)]
    partners = {t for s, t in pairs if s == hub} | {s for s, t in pairs if t == hub}
    return hub if len(partners) >= 2 and all(hub in pair for pair in pairs) else None


def main_consult(events: list[Event], title: str | None = None, title_codes: list[str] = (),
                 own: set[str] = frozenset(), asides: set[int] = frozenset(),
                 statement: bool | None = None) -> Event | None:
    """The story's first meeting or call between named parties (not one only announced); of
    several in that sentence, one with a party a title naming a meeting names ("Japan-China Summit
    Meeting": Ishiba, "visiting Lima, Peru, held a meeting with Xi", met Xi).

    In a statement (by its title) a call mentioned later ("I spoke with ...") is not what the
    story is about; only a meeting or call in its first sentence is, and only one of its `own`
    parties (its publisher's country, its signers) where they are known ("Pelosi visited China's
    Taiwan region" opens China's statement about that visit, not a readout of it). A meeting
    told in a relative clause (`asides`: "Kishida, who is visiting Seoul, attended the Summit
    with Li and Yoon") yields to another in its sentence. `statement` (default: the title calls the
    story a statement) says the story is not a report of talks (form.not_readout: a transcript, a
    fact sheet, remarks): a meeting told after its opening is not what it is about either.
    """
    if statement is None:
        statement = is_statement(title)
    meetings = [e for e in events if e.type == "CONSULT" and is_code(e.source) and is_code(e.target)
                and e.source != e.target]
    if not meetings or (statement and (meetings[0].sentence > 0 or (
            own and not own & {meetings[0].source, meetings[0].target}))):
        return None
    first = meetings[0]
    if first.trigger in asides:
        first = next((e for e in meetings if e.sentence == first.sentence and e.trigger not in asides), first)
    if not (title and set(TITLE_WORD.findall(title.lower())) & MEETING_TITLE):
        return first
    return next((e for e in meetings if e.sentence == first.sentence and {e.source, e.target} & set(title_codes)
                 and not {first.source, first.target} & set(title_codes)), first)


def is_statement(title: str | None) -> bool:
    """True for a story its title calls a statement or a press conference."""
    return bool(title and STATEMENT.search(title))


def merge_roster(events: list[Event], doc: Doc, consult: Event | None, side: str | None
                 ) -> tuple[list[Event], Event | None]:
    """'President Biden held a video call with European leaders. ... Participants in the call
    included A, B and C': the roster joins the side's meeting, one CONSULT per pair (GUIDE.md), and
    the main meeting is the side's with the first party named."""
    roster: list[str] = []
    another = False
    for e in events:
        if e.type == "CONSULT" and (doc[e.trigger].lemma_.lower() in ROSTER
                                    or clause_of(doc[e.trigger]).lemma_.lower() in ROSTER):
            roster += [c for c in (e.source, e.target) if is_code(c) and c != side and c not in roster]
            another = another or _new_meeting(clause_of(doc[e.trigger]))
    if len(roster) < 2 or side is None:
        return events, consult
    if consult is not None and side in (consult.source, consult.target):
        lead = consult
    else:
        lead = next((e for e in events if e.type == "CONSULT" and e.source == side), None)
        if lead is None or (consult is not None and lead.sentence > consult.sentence):
            return events, consult
    named = [c for c in (lead.source, lead.target) if is_code(c) and c != side]
    others = named + [c for c in roster if c not in named]
    # three or more met together in person: multilateral for every pair, the roster's own pairs
    # too; a call by phone or video keeps its medium (GUIDE.md: mode by medium first); not where
    # the roster joins the partners for a meeting of its own ("Later in the day, the two presidents
    # were joined by X for a trilateral meeting": the talks before it stay as they were held)
    mode = lead.mode if lead.mode in REMOTE_MODES or len(others) < 2 or another else "multilateral"
    added = [Event(side, "CONSULT", c, mode, lead.cameo, lead.goldstein, lead.sentence, lead.start,
                   lead.end, lead.trigger) for c in others]
    if mode == "multilateral":
        for e in events:
            own = e.trigger == lead.trigger and e.mode in (None, "visit")
            if e.type == "CONSULT" and (own or (e.mode is None and {e.source, e.target} <= set(others) and (
                    doc[e.trigger].lemma_.lower() in ROSTER or clause_of(doc[e.trigger]).lemma_.lower() in ROSTER))):
                e.mode = mode
    return events + added, added[0]


def _new_meeting(clause) -> bool:
    """True where a roster's clause names a meeting of its own with an indefinite article ("were
    joined by X for a trilateral meeting"), not the one told before ("Participants in the call")."""
    return any(t.lemma_.lower() in MEETING_NOUNS and not any(
        c.dep_ == "det" and c.lower_ in DEFINITE for c in t.children) and any(
        c.dep_ == "det" for c in t.children) for t in clause.subtree)


def participants_of(events: list[Event], consult: Event | None, publisher_country: str | None,
                    mention_counts: dict[str, int], title_codes: list[str] = ()) -> list[str]:
    """Who 'the two leaders', 'both sides' and 'they' are: the parties to the main interaction,
    else the publisher and the actor the story names most."""
    parties: list[str] = []
    if consult is not None and consult.mode == "third-party":
        # "talks between Iran and the US ... with the mediation of Oman": the parties are the two
        # sides; the mediator met each, but "the parties agreed" are the sides
        return [consult.source, consult.target]
    if consult is not None:
        for e in events:
            if e.type == "CONSULT" and e.trigger == consult.trigger:
                for c in (e.source, e.target):
                    if is_code(c) and c not in parties:
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


def nearby_codes(doc: Doc, mentions, always=()) -> list[set[str]]:
    """Per sentence, the actors named in its paragraph up to its end, plus `always` (the
    publisher's country and the title's actors): whom an unnamed 'them' or 'you' of a statement
    can be."""
    breaks = paragraph_breaks(doc)
    out, current, m, k, b = [], set(always), sorted(mentions, key=lambda x: x.start), 0, 0
    for sent in doc.sents:
        if b < len(breaks) and breaks[b] <= sent.start_char:
            current = set(always)
            while b < len(breaks) and breaks[b] <= sent.start_char:
                b += 1
        while k < len(m) and m[k].start < sent.end_char:
            current.add(m[k].code)
            k += 1
        out.append(set(current))
    return out


def _guests_met(events: list[Event], an: Analysis, doc: Doc, met: bool) -> tuple[list[Event], set[int]]:
    """A host's welcome of a visiting leader ("welcomed President X to Egypt / on her visit",
    "Welcoming his guest") is the meeting (RECONCILE26 R26-6): its SUPPORT is dropped where the story
    tells a meeting already (which stays the one the headline is read from), else it becomes that
    CONSULT, a visit; with the triggers so read."""
    greeted = {e.trigger for e in events if e.type == "SUPPORT" and 0 <= e.trigger < len(doc)
               and welcomed_guest(an, doc[e.trigger])}
    if met:
        return [e for e in events if not (e.type == "SUPPORT" and e.trigger in greeted)], greeted
    return [replace(e, type="CONSULT", mode="visit", cameo=HOSTED.code, goldstein=HOSTED.goldstein)
            if e.type == "SUPPORT" and e.trigger in greeted else e for e in events], greeted
