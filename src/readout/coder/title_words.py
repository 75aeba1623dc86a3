"""What a story's title says it is about (docs/coder.md, "Headline and participants"): its act
words and their deed types, whether it names a meeting and its medium, and the word forms of acts."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from readout.cameo import plover_type, types_with
from readout.coder.records import Event
from readout.lexicons import word_class

__all__ = ["TitleActs", "title_words", "TITLE_WORD", "singular"]

ANSWER = word_class("answer_noun")      # "In response, X is expelling ...", "in retaliation"
IN = "in"       # "in response to": the preposition _answers reads too
OF = "of"       # "a message of condolences": the noun an act's trigger carries
TITLE_WORD = re.compile(r"[^\W\d_]+")
NOMINAL_STEM = 5        # the shortest verb stem whose regular nouns a title's word is read as
NOMINAL_SUFFIXES = word_class("nominal_suffix")     # "congratulat" + ion(s): a verb's regular nouns
DEEDS = types_with("deed")      # material acts: what a title's act word names by its type
AID_NOUNS = word_class("aid_noun")      # "India's Assistance to Myanmar": a title's noun for aid given
AID = "AID"
MEETING_TITLE = word_class("meeting_title_word")    # "PM meeting with Chancellor Merz": the title names a meeting
PHONE = word_class("phone_word")
COURTESY = word_class("in_person_call_word")
VIDEO = word_class("video_word")
# the title's word right after an actor's name is that actor's act: "US designation", "Russia's
# attacks", "Iranian-directed attacks"
AGENT_GAP = re.compile(r"(?:['’]s)?\s*$|-[^\W\d_]+\s*$")
JOINED = re.compile(r"\s*(?:,|-|–|&|\band\b)\s*$")     # "Australia and", "China,", "U.S.-": a list of agents


@dataclass(frozen=True)
class TitleActs:
    """What a title says the story is about: the forms of its act words the side may have done (not
    those it gives to another actor: "the US designation of ..." is the US's act), the PLOVER types
    the trigger lexicon gives them, whether one names the side's response ("Canada's response to
    U.S. tariffs"), whether the title names a meeting, and the medium of the call it names."""

    words: frozenset[str] = frozenset()
    types: tuple[str, ...] = ()         # in title order
    response: bool = False
    meeting: bool = False
    medium: str | None = None           # "phone" or "video"
    with_whom: frozenset[str] = frozenset()     # the actors the title names after the call's medium
    before_meeting: frozenset[str] = frozenset()    # the act words told before the meeting it names
    types_before_meeting: frozenset[str] = frozenset()  # the deed types of those words


def title_words(title: str, mentions, side: str | None, patterns) -> TitleActs:
    """The title's act words (TitleActs): each word not inside an actor's name, less one whose agent
    is another actor named just before it ("US designation", "Russia's attacks",
    "Iranian-directed attacks"); its types are those of the trigger lexicon's verbs and nouns of that
    form that are deeds (a title's "Press Briefing" or "Statement" names no words of the side:
    those match only by the trigger's own form, title_act)."""
    found = [(m.start(), m.end(), m.group().lower()) for m in TITLE_WORD.finditer(title or "")]
    lowered = {w for _, _, w in found}
    words, types, response, before, owned = set(), [], False, None, False
    for start, end, word in found:
        if any(m.start <= start < m.end and not _guessed_tail(m, start, title, patterns) for m in mentions):
            before, owned = None, False
            continue
        agent = next((m for m in mentions if m.end <= start and AGENT_GAP.match(title[m.end:start])), None)
        if agent is not None and agent.code != side and not _joined_with_side(agent, mentions, title, side):
            before, owned = word, False
            continue
        words.add(word)
        types += [t for t in _deed_forms(patterns).get(word, ()) if t not in types]
        if word in AID_NOUNS and AID not in types:
            # "India's assistance to Myanmar following the earthquake": the noun names the aid the
            # story tells by its carrying verbs ("was flown to Yangon"), no trigger word of its own
            types.append(AID)
        # the side's response ("Canada's response to ...", one word of its own between: "Canada's
        # initial response") or one told as such ("... in response to the price cap"); not a role's
        # name ("COVID-19 Response Coordinator")
        response = response or (word in ANSWER and (agent is not None or owned or before == IN))
        before, owned = word, agent is not None
    # the medium of a call the title names with whom ("phone call between the Prime Minister and the
    # President of USA"); not of another meeting the title names first ("on the NATO Summit and Call
    # with President Zelenskyy": the call is not the summit's)
    spoken = next((s for s, _, w in found if w in VIDEO or w in PHONE), None)
    medium = None
    if spoken is not None and (not mentions or any(m.start > spoken for m in mentions)) and not lowered & COURTESY:
        # ("Courtesy call by the Foreign Minister on the Prime Minister" is a visit)
        medium = "video" if lowered & VIDEO else "phone"
    with_whom = frozenset(m.code for m in mentions if spoken is not None and m.start > spoken)
    meeting_at = next((s for s, _, w in found if w in MEETING_TITLE), None)
    early = frozenset(w for s, _, w in found if w in words and meeting_at is not None and s < meeting_at)
    early_types = frozenset(t for w in early for t in _deed_forms(patterns).get(w, ()))
    return TitleActs(frozenset(words), tuple(t for t in types if t), response,
                     bool(lowered & MEETING_TITLE), medium, with_whom, early, early_types)


def _joined_with_side(agent, mentions, title: str, side: str | None) -> bool:
    """True where the agent of a title's word is listed with the side ("Australia and Papua New Guinea
    sign ...", "China, Solomon Islands establish ...", "U.S.-UK Reach ..."): the word is the act of
    both, the side's too."""
    return any(m.code == side and m.end <= agent.start and JOINED.match(title[m.end:agent.start]) for m in mentions)


def _event_forms(doc: Doc, e: Event) -> set[str]:
    """The forms of an event's trigger word; none for an event told only in the title
    (resolve.title_event, trigger -1), which has no word in the body."""
    if e.trigger < 0:
        return set()
    trigger = doc[e.trigger]
    # "sent a message of condolences": a title's "Condolences to ..." names the act by what its
    # trigger noun is a message of (not a verb's object: "celebrated a partnership" is no act the
    # title's "Deepening the Partnership" names)
    carried = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == OF for g in c.children
               if g.dep_ == "pobj" and g.pos_ == "NOUN"] if trigger.pos_ == "NOUN" else []
    return _forms(trigger).union(*(_forms(t) for t in carried))


_DEED_FORMS: dict[int, tuple] = {}     # id -> (the pattern set, kept alive, its index)
_ACT_FORMS: dict[int, tuple] = {}      # id -> (the pattern set, kept alive, every trigger word's forms)


def _guessed_tail(mention, start: int, title: str, patterns) -> bool:
    """True for a title word inside a person's name the resolver guessed from capitals (no known
    name), from the first of its words after the office that is a trigger word's form on: a title
    in title case capitalizes the act too ("Foreign Ministry Spokesperson Announces Sanctions on
    ...", "Spokesperson Mao Ning Condemns ..."), which is no part of the name."""
    if mention.kind != "person" or mention.name is not None or patterns is None:
        return False
    forms = _act_forms(patterns)
    words = [(mention.start + m.start(), m.group().lower()) for m in TITLE_WORD.finditer(title[mention.start:mention.end])]
    role = {w.lower() for w in TITLE_WORD.findall(mention.role or "")}
    cut = next((at for at, w in words if w in forms and w not in role), None)
    return cut is not None and start >= cut


def _act_forms(patterns) -> frozenset[str]:
    """Every inflected form of the trigger lexicon's verbs and nouns."""
    if id(patterns) not in _ACT_FORMS:
        forms = set()
        for _, lemma in patterns.by_lemma:
            forms |= _inflections(lemma)
        _ACT_FORMS[id(patterns)] = (patterns, frozenset(forms))
    return _ACT_FORMS[id(patterns)][1]


def _deed_forms(patterns) -> dict[str, tuple[str, ...]]:
    """Word form -> the deed types of the trigger lexicon's words with that form ("sanctions",
    "closes", "recalled" ...); done acts only, not those coded only when announced or negated."""
    if patterns is None:
        return {}
    if id(patterns) not in _DEED_FORMS:
        index: dict[str, list[str]] = {}
        for (_, lemma), found in patterns.by_lemma.items():
            for p in found:
                kind = plover_type(p.cameo)
                # a word that is the deed only for some purpose or subject ("directed ... to
                # leave", "a tariff will apply", "a missile slammed into") is none alone in a title
                if kind in DEEDS and not p.only_future and not p.needs_neg and not p.purpose and not p.subj:
                    for form in _inflections(lemma):
                        if kind not in index.setdefault(form, []):
                            index[form].append(kind)
        _DEED_FORMS[id(patterns)] = (patterns, {k: tuple(v) for k, v in index.items()})
    return _DEED_FORMS[id(patterns)][1]


def _forms(tok) -> set[str]:
    """The word forms a title may give an act's trigger in: "recall" -> recalls, recalled, recall's nouns."""
    lemma = tok.lemma_.lower()
    return {tok.lower_} | _inflections(lemma) | (_nominals(lemma) if tok.pos_ == "VERB" else set())


def _nominals(lemma: str) -> set[str]:
    """A verb's regular nouns: "congratulate" -> congratulation(s), "commit" -> commitment."""
    # none for a stem of under five letters, whose nouns are too often other words ("state", "station")
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    if len(stem) < NOMINAL_STEM:
        return set()
    return {stem + suffix for suffix in NOMINAL_SUFFIXES}


def _inflections(lemma: str) -> set[str]:
    """A lemma's inflected forms: "recall" -> recalls, recalled, recalling; "close" -> closed ..."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing"}


def singular(word: str) -> str:
    """A plural's singular, enough for the nouns titles and lists use ("countries", "ambassadors")."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
