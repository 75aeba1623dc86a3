"""The title as the story's frame: a measure its title names that the body's words did not yield
(docs/coder.md, "Headline and participants")."""
from __future__ import annotations

import re

from readout.cameo import cameo, plover_type
from readout.coder.title_words import TITLE_WORD, _inflections, singular, title_words
from readout.coder.records import Event
from readout.lexicons import word_class

__all__ = ["title_measure"]

MEASURE = "SANCTION"    # the measures a government takes by its own act: sanctions, expulsions, recalls, bans
EASED = "RETREAT"       # a measure the side ends ("Termination of Emergency With Respect to Burundi")
EASED_CODE = "085"      # CAMEO: ease economic sanctions, boycott or embargo (PLOVER RETREAT)
ENDING = word_class("measure_end_word")
ENDED = word_class("ended_measure_noun")
ENDED_REACH = 3     # "Termination of Emergency", "Revocation of Syria Sanctions": the ended measure within three words
NEGATIONS = word_class("negation_word")     # "Hungary will not recall its ambassador": no measure taken
CENSURES = ("ACCUSE", "REJECT")     # "Cuba condemns its designation as ...": the measure is another's, censured
AGENT_PREP = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)     # "sanctions imposed by the EU": another's
POSTED = word_class("posted_noun")      # "Recall of the Brazilian Ambassador in Tel Aviv": the side's own envoy
POST_PREPS = word_class("envoy_post_prep")     # the envoy's post, not whence it is expelled ("Russian diplomats from Bulgaria")
ENVOY = re.compile(r"^(?:['’]s)?((?:\s+[^\W\d_]+){1,3}?)\s+(\w+)\b", re.UNICODE)


def title_measure(title: str, mentions, side: str | None, patterns, events: list[Event], acts=None) -> Event | None:
    """The side's measure its title names as what the story is about ("Executive Order on Imposing
    Sanctions with Respect to Iran", "Expulsion of Russian Diplomats", "Proclamation on Suspension
    of Entry ...", "Country X recalls its ambassador"), aimed at the first actor the title names after
    the measure's word (none where it names none: "Imposing Sanctions on the International Criminal
    Court", tariffs on all imports); None where the body tells any measure of the side, where the
    title names the side itself as the measure's object ("Statement on the sanctions against Russia"
    from Moscow) or another as its agent ("sanctions imposed by the EU"). `acts`: the title's words
    (title_words) where the caller has read them already."""
    if side is None or not title or patterns is None:
        return None
    if acts is None:
        acts = title_words(title, mentions, side, patterns)
    words = [(m, m.group().lower()) for m in TITLE_WORD.finditer(title)]
    # the side ending a measure it names ("Proclamation on Terminating Suspensions of Entry ...",
    # "UK lifts asset freezes on Syrian entities"): its RETREAT, not a measure taken
    # (its object: "Revocation of Syria Sanctions", not a word of a name further on, "Law revoking
    # ratification of the Comprehensive Nuclear-Test-Ban Treaty")
    end = next((i for i, (_, w) in enumerate(words) if w in acts.words and _lemma_in(w, ENDING)
                and any(singular(x) in ENDED for _, x in words[i + 1:i + 1 + ENDED_REACH])), None)
    kind = EASED if end is not None else MEASURE
    if acts.meeting or any(e.source == side and e.type == kind for e in events) \
            or (kind == MEASURE and MEASURE not in acts.types):
        return None
    for i, (m, word) in enumerate(words):
        if word not in acts.words:
            continue
        code = (EASED_CODE if i == end else None) if kind == EASED else _measure_code(word, [w for _, w in words[i + 1:]], patterns)
        if code is None:
            continue
        if any(_censures(w, patterns) or w in NEGATIONS for _, w in words[:i]):
            return None
        after = sorted((x for x in mentions if x.start >= m.end()), key=lambda x: x.start)
        if any(x.code == side and not _own_envoy(title, x) for x in after) \
                or any(AGENT_PREP.search(title[:x.start]) for x in after):
            return None
        target = next((x.code for x in after if x.code and x.code != side), None)
        return Event(side, kind, target, None, code, cameo(code).goldstein, 0, 0, 0, -1)
    return None


def _measure_code(word: str, rest: list[str], patterns) -> str | None:
    """The CAMEO code of the trigger lexicon's measure told by a title's word with what follows it
    (`rest`, lower case): its patterns whose object and particle the rest names ("Blocking Property
    of ...", "Expulsion of Russian Diplomats", "Recall of the Ambassador"), else those that need
    none ("Sanctions", "Suspension of Entry"); a governing verb is not needed, the title names the
    act. None unless all those patterns are measures ("Holds Talks", "Announces Intent", "Call
    with": other acts or none)."""
    after = set(rest) | {singular(w) for w in rest}
    phrase = " ".join(rest)
    fits, bare, governed = [], [], []
    for pats in _inflected(word, patterns):
        for p in pats:
            if p.subj or p.purpose or p.only_future or p.needs_neg or p.on_condition or p.needs_clause \
                    or p.to_clause or p.intent or p.said or (p.prep and not set(p.prep) & after):
                continue
            if not p.obj:
                (governed if p.light else bare).append(p.cameo)
            elif any(o in after or (" " in o and o in phrase) for o in p.obj):
                fits.append(p.cameo)
    # the word alone as the act ("China sanctions ...") before its noun with a governing verb the
    # title need not name ("Suspension of Entry"; not "prepare sanctions", a threat)
    codes = fits or bare or governed
    return codes[0] if codes and {plover_type(c) for c in codes} == {MEASURE} else None


def _inflected(word: str, patterns) -> list:
    """The pattern lists of the lemmas `word` inflects, in the lexicon's order."""
    # read for each word of each title: a pass over every lemma each time cost 2% of the coder's CPU
    # (a pattern set is built once and never changed; held beside its index, its id stays its own,
    # as title_words._deed_forms keeps its index)
    if id(patterns) not in _INFLECTED:
        index: dict[str, list] = {}
        for (_, lemma), pats in patterns.by_lemma.items():
            for form in _inflections(lemma):
                index.setdefault(form, []).append(pats)
        _INFLECTED[id(patterns)] = (patterns, index)
    return _INFLECTED[id(patterns)][1].get(word, [])


_INFLECTED: dict[int, tuple] = {}     # id(pattern set) -> (the set, word form -> its lemmas' pattern lists)


def _own_envoy(title: str, mention) -> bool:
    """True where the side named after a measure's word names its own envoy at a post ("Withdrawal of
    India's High Commissioner to Canada", "Recall of the Brazilian Ambassador in Tel Aviv"): the side
    acts on its envoy, aimed at the post's state, not the measure's object."""
    m = ENVOY.match(title[mention.end:])
    if m is None:
        return False
    words = [w.lower() for w in m.group(1).split()]
    return bool(words) and singular(words[-1]) in POSTED and m.group(2).lower() in POST_PREPS


def _lemma_in(word: str, lemmas) -> bool:
    """Whether a title's word is a form of one of these lemmas ("terminating", "lifts")."""
    return word in lemmas or any(word in _inflections(lemma) for lemma in lemmas)


def _censures(word: str, patterns) -> bool:
    """Whether a title's word before the measure censures what follows ("condemns", "rejects",
    "protests"): the measure named is the censured one, another's."""
    key = (id(patterns), word)     # per pattern set: a user's own lexicon gives its own answer
    if key not in _CENSURING:
        _CENSURING[key] = any(plover_type(p.cameo) in CENSURES and not p.obj and not p.prep
                              for pats in _inflected(word, patterns) for p in pats)
    return _CENSURING[key]


_CENSURING: dict[tuple[int, str], bool] = {}
