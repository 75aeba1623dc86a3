"""Clues beside a clause's tense and dates that status.py's history test reads (docs/coder.md, "What
is not coded"): a past relative clause that is news of the story's days ("the meeting he held
yesterday", "..., after which the two presidents held talks", "..., whom she thanked for ..."), a
span or year that dates something else than the act ("thanked the EU for its support since the start
of the war", "the Indus Waters Treaty of 1960"), a past perfect dated on the story's day, and a
complement set back by the "since" of the verb it hangs on. Split from status.py, which calls these
from ClauseStatus.history."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.grammar import on_whom
from readout.coder.history import HISTORY_MARKERS, PAST_PERIODS, PAST_WORDS, YEAR
from readout.lexicons import word_class

__all__ = ["recent_ago", "news_relative", "dated_today", "dates_grounds", "dates_a_thing", "governor_since", "over_long_span", "record_since",
           "lapse_before", "told_then"]

GROUNDS_PREPS = word_class("grounds_prep")
WEEKDAYS = word_class("weekday")
DAY_TIMES = word_class("attack_time_word")     # "this morning", "this evening"
NOW_WORDS = word_class("now_word")      # "the meeting he held yesterday": not background
ONE_DAY = word_class("one_day_noun")        # "the day before", "the previous evening": one day back
BACK_WORDS = word_class("day_back_word")
DOCUMENTS = word_class("signed_document")      # "under the 1951 Mutual Defense Treaty": the year dates the treaty
DATE_PREPS = word_class("date_prep")            # "in the 2015 agreement, Iran committed ...": the document's time is the act's
SEQUENCE_PREPS = word_class("sequence_prep")      # "after which the two presidents held talks"
RELATIVE_PRONOUNS = word_class("relative_pronoun")
PLACE_RELATIVES = word_class("place_relative")     # "travelled to Muscat, where he met ..."
REPORTER_PRONOUNS = word_class("reporter_pronoun")
DESCRIBING_VERBS = word_class("describing_verb")   # "the sanctions, which the diplomats called illegitimate"
LONG_SPANS = word_class("long_span_noun")        # "In the years that followed", "For decades"
LIFE_SPANS = word_class("life_span_noun")        # "Over her lifetime", "During his career"
SPAN_LIMITS = word_class("span_limit_word")        # "the years ahead", "over the next decades"
SPAN_UNITS = word_class("span_unit_noun")          # "For more than five years, ...", "In the year since, ..."
TENURE_NOUNS = word_class("tenure_noun")          # "In his final weeks in office"
SPAN_PREPS = word_class("span_prep")              # "For ... years", "In the year since", "Over the past months"
RECORD_WORDS = word_class("record_word")         # "the first meeting since", "its largest attack since"
LAPSE_NOUNS = word_class("lapse_noun")          # "a week after", "seven years after": the act before is that far back
NEAR_COUNTS = word_class("near_count_word")     # "two days after": still within the story's days
RECENT_UNITS = word_class("recent_ago_unit")     # "a few hours ago", "moments ago"
SHORT_SPANS = word_class("short_span_adjective")    # "a short time ago"
THEN_NOUNS = word_class("then_time_noun")         # "at the time", "at that time": a time told before
THEN_DETS = word_class("then_time_det")


def recent_ago(ago: Token) -> bool:
    """An "ago" whose span is within the story's days ("A short time ago, the United States military
    carried out strikes", "a few hours ago", "two days ago"): news of the day, not background."""
    if ago.lower_ != "ago":
        return False    # "since the moment X took office": "since" reaches back whatever its noun
    spans = [c for c in ago.children if c.dep_ in ("npadvmod", "pobj", "nmod")]
    return bool(spans) and all(
        s.lemma_.lower() in RECENT_UNITS
        or (s.lemma_.lower() == "time" and any(c.dep_ == "amod" and c.lower_ in SHORT_SPANS for c in s.children))
        or (s.lemma_.lower() == "day" and any(c.dep_ in ("nummod", "det") and c.lower_ in NEAR_COUNTS for c in s.children))
        for s in spans)


def news_relative(clause: Token) -> bool:
    """A relative clause told as news of the story's days, not background, though in the past: what
    came next ("after which"), how the news was judged, what was done there then or to whom then,
    or dated now or on a weekday ("the meeting he held yesterday with X")."""
    return _next_in_sequence(clause) or _named_so(clause) or _there_then(clause) or _done_to_whom(clause) \
        or any(c.lower_ in NOW_WORDS for c in clause.children if c.dep_ in ("npadvmod", "advmod")) \
        or _on_weekday(clause)


def dates_grounds(span: Token, clause: Token) -> bool:
    """A span back in time right after the grounds of a simple-past act ("thanked the EU for its
    support since the start of the war", "praised Qatar for its mediation over the past year"): the
    parser hangs it on the verb, but it dates the grounds; the thanks is the story's. A perfect
    ("has supported Ukraine since 2014") stays a span of the act itself."""
    if span.dep_ not in ("prep", "npadvmod") or any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children):
        return False
    # (the parser may hang a phrase of the grounds on the verb between them: "thanked Modi for India's
    # support in the fight against terrorism since 2008", "in the fight" read as the verb's)
    between = {t.i for c in clause.children if c.dep_ == "prep" and c.i < span.i and c.lower_ not in GROUNDS_PREPS
               for t in c.subtree}
    # ("thanked Modi for ...": the parser may hang the grounds on the one thanked)
    preps = [*clause.children, *(g for d in clause.children if d.dep_ == "dobj" for g in d.children)]
    return any(c.dep_ == "prep" and c.lower_ in GROUNDS_PREPS and c.i < span.i
               and all(i in between for i in range(c.right_edge.i + 1, span.left_edge.i))
               for c in preps)


def dates_a_thing(year: Token) -> bool:
    """ "The Indus Waters Treaty of 1960", "the Act of 1964", "the 1951 Mutual Defense Treaty": a
    year in an "of" phrase of a noun, or before a document's noun, dates that thing, not the act told of it."""
    head = year.head
    if year.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
        return True
    # "reaffirmed the commitment ... under the 1951 Mutual Defense Treaty", "support for the 2015
    # Paris Agreement": a year before a document's noun names that document; not one a date
    # preposition makes the act's time ("In the 2015 agreement, Iran committed ...")
    return year.dep_ in ("nummod", "compound", "amod") and head.i > year.i and head.lemma_.lower() in DOCUMENTS \
        and not (head.dep_ == "pobj" and head.head.lower_ in DATE_PREPS)


def _named_so(clause: Token) -> bool:
    """A relative clause naming its head ("the sanctions imposed by Ottawa, which the diplomats called
    illegitimate") tells how the news was judged, not background: a describing verb whose object is
    the relative pronoun."""
    return clause.lemma_.lower() in DESCRIBING_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in clause.children)


def dated_today(clause: Token) -> bool:
    """A clause dated on the story's day ("informed them that this morning a strike had been
    delivered", "had arrived earlier today"): a past perfect so dated is the day's news."""
    for c in clause.children:
        if c.dep_ not in ("npadvmod", "advmod", "prep"):
            continue
        words = {t.lower_ for t in c.subtree}
        if words & NOW_WORDS or ("this" in words and words & DAY_TIMES) or (words & ONE_DAY and words & BACK_WORDS):
            return True     # "the day before, the leaders had held talks in Kiev": the story's days
    return False


def _on_weekday(clause: Token) -> bool:
    """A relative clause dated by a weekday ("the attack that Hamas launched on Saturday", "the
    talks he held on Tuesday"): news of the story's week, not background; a date further back is
    still found by ClauseStatus._dated_before (status.py)."""
    return any(c.dep_ in ("prep", "npadvmod") and (c.lower_ in WEEKDAYS or any(
        g.dep_ == "pobj" and g.lower_ in WEEKDAYS for g in c.children)) for c in clause.children)


def _there_then(clause: Token) -> bool:
    """A relative clause on "where" after a place with no date of its own ("travelled to Muscat on
    Tuesday, where he met Omani Foreign Minister Badr Albusaidi") tells what was done there then,
    as dated as the clause it hangs on; not "the Geneva talks in 2015, where he met John Kerry"."""
    if not any(c.dep_ == "advmod" and c.lower_ in PLACE_RELATIVES for c in clause.children):
        return False
    inside = {t.i for t in clause.subtree}
    outside = [t.lower_ for t in clause.head.subtree if t.i not in inside]
    # nor "travelled to Israel last month, where he met ...": the parser hangs the clause on the date
    return not any(YEAR.match(w) for w in outside) and not any(
        a in PAST_WORDS and b in PAST_PERIODS for a, b in zip(outside, outside[1:]))


def _done_to_whom(clause: Token) -> bool:
    """A simple past relative clause on "whom" with a pronoun subject ("called on Prime Minister Modi,
    to whom he conveyed the President's congratulations", "met the King, whom she thanked for ...")
    tells what the story's actor did to that person then, as dated as the clause it hangs on; not
    "the Chancellor, whom he first met in 2015" (a year of its own), nor "which"/"who" clauses that
    describe their head ("the United States, which withdrew from the deal")."""
    if clause.tag_ != "VBD" or not any(c.dep_ == "nsubj" and c.lower_ in REPORTER_PRONOUNS for c in clause.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    return on_whom(clause) and not any(YEAR.match(t.text) for t in clause.subtree)


def governor_since(clause: Token) -> bool:
    """The verb whose complement the clause is, up a chain of complements, is set back by a
    "since" or "previously" of its own: "Since Russia began deploying troops to the Ukrainian
    border", "since they started massing forces", "Russia has continued since 2014 to occupy
    Crimea"; the complement tells the same span (not "began deploying troops today")."""
    g = clause
    while g.dep_ == "xcomp" and g.head.i != g.i and g.head.pos_ in ("VERB", "AUX"):
        g = g.head
        if any(c.lower_ in HISTORY_MARKERS and c.dep_ in ("prep", "mark", "advmod") for c in g.children):
            return True
    return False


def _next_in_sequence(clause: Token) -> bool:
    """A relative clause on "after which" ("was officially welcomed by President X, after which the
    two presidents held talks") tells what came next, not background."""
    return any(c.dep_ == "prep" and c.lower_ in SEQUENCE_PREPS and any(
        g.dep_ == "pobj" and g.lower_ in RELATIVE_PRONOUNS for g in c.children) for c in clause.children)


def over_long_span(clause: Token) -> bool:
    """A past clause told over a long span by an adjunct of its own: a bare plural of years with no
    number ("In the years that followed, ... were deported", "Over the decades, the King met ...",
    "For decades, X imposed ...") or a person's life or career ("Over her lifetime she met thirteen
    Presidents", "During his career"), or a counted span fronted before the subject (_span_back);
    not "for five years" after the verb (how long an act lasts), "in the years ahead" or "the
    coming decades" (a future span), "following months of negotiations", nor an announced act."""
    if clause.tag_ != "VBD" and not (clause.tag_ == "VBN" and any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in clause.children)):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return False
    for c in clause.children:
        if c.dep_ != "prep":
            continue
        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if obj is None:
            continue
        mods = [g for g in obj.children if g.dep_ in ("nummod", "amod", "advmod", "compound")]
        if c.lower_ in GROUNDS_PREPS and any(d.dep_ == "dobj" and d.i < c.i for d in clause.children) \
                and any(p.dep_ == "prep" and p.lower_ == "of" for p in obj.children):
            continue    # "thanked Putin for many years of constructive cooperation": the grounds, not when
        if any(g.dep_ == "prep" and g.lower_ == "of" for g in obj.children):
            continue    # "following months of negotiations": what filled the span, which the act follows
        if dates_grounds(c, clause):
            continue    # "thanked France for its support over the past years": the span dates the grounds
        if obj.lower_ in LONG_SPANS and not any(g.like_num or g.lower_ in SPAN_LIMITS
                                                 for g in [*mods, *obj.rights]):
            return True     # "for many years" too; "the years ahead" is not
        if obj.lower_ in LIFE_SPANS and any(g.dep_ == "poss" for g in obj.children):
            return True
        if obj.lemma_.lower() in SPAN_UNITS and _span_back(c, obj, clause):
            return True
    return False


def _span_back(prep: Token, obj: Token, clause: Token) -> bool:
    """A counted span the clause's fronted adjunct reaches back over: "For more than five years,
    Russia has refused ...", "In the year since, the regime has met ...", "In his final weeks in
    office, X lifted ...". Fronted before the subject it sets when the clause's acts fell, not how
    long one act lasts ("imposed a ban for five years" keeps its ban); not a coming span ("in the
    next two years")."""
    if prep.lower_ not in SPAN_PREPS or any(g.lower_ in SPAN_LIMITS for g in obj.subtree):
        return False    # ("After two years in prison, X was freed": the span ends with the act)
    if any(g.lower_ == "since" and g.i > obj.i for g in obj.subtree):
        return True     # "in the year since", "in the two years since the invasion"
    subject = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or prep.i > subject.i:
        return False
    if any(g.like_num for g in obj.children if g.dep_ == "nummod") and obj.lower_ != obj.lemma_.lower():
        return True     # "For more than five years, ..." (a plural count)
    # "In his final weeks in office": a span of a tenure
    return any(g.dep_ == "poss" for g in obj.children) and any(
        g.dep_ == "prep" and any(o.lower_ in TENURE_NOUNS for o in g.children if o.dep_ == "pobj") for g in obj.children)


def record_since(tok: Token, clause: Token) -> bool:
    """A "since" phrase, or a year inside one, that measures the act against the past after a
    superlative or "first" of the clause's own words past its verb ("launched its largest attack
    since February", "met him today, in the President's first bilateral meeting since taking
    office", "the first such visit since 2015"): the act is the story's news, the span only its
    yardstick; not "Since 2015, X has been the first ..." (the span opens the clause)."""
    since = tok
    while since.lower_ != "since" and since.head.i != since.i and since.i > clause.i:
        since = since.head
    if since.lower_ != "since" or since.i < clause.i:
        return False
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ in RECORD_WORDS for t in clause.doc[clause.i + 1:since.i])


def lapse_before(clause: Token) -> bool:
    """A past clause on "after" whose lapse reaches back beyond the story's days ("The meeting was
    held a week after Israel launched its attacks", "comes almost fifty years after A and B
    established diplomatic relations", "only days after X ended its ties with Y"): the act told is
    the earlier one, background to the news; "hours after", "a day after", "two days after" are news."""
    if clause.dep_ != "advcl" or clause.tag_ not in ("VBD", "VBN"):
        return False
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "after"]
    if not marks:
        return False
    mark = marks[0]
    lapses = [c for t in (mark, clause, clause.head) for c in t.children
              if c.dep_ == "npadvmod" and c.lemma_.lower() in LAPSE_NOUNS and c.i < mark.i
              and (t.i != clause.head.i or c.right_edge.i + 1 == mark.i)]
    return any(_beyond_days(c) for c in lapses)


def _beyond_days(lapse: Token) -> bool:
    """A lapse longer than a day or two: any week, month or year; days in the plural unless counted
    as one or two."""
    if lapse.lemma_.lower() != "day":
        return True
    counts = [c for c in lapse.children if c.dep_ in ("nummod", "det")]
    return lapse.tag_ == "NNS" and not any(c.lower_ in NEAR_COUNTS for c in counts)


def told_then(clause: Token) -> bool:
    """A clause told in the past and dated "at the time" or "at that time" ("which India had rejected
    at the time", "the Kremlin rejected such statements at the time"), or reported by a verb so dated
    ("..., the ministry said at the time"): the time of an earlier act the text recalls, not the
    story's; not "at the same time" (alongside), "at the time of the visit" (a time it names)."""
    if clause.tag_ not in ("VBD", "VBN"):
        return False
    if _at_then(clause):
        return True
    return clause.dep_ == "ccomp" and clause.head.tag_ == "VBD" and _at_then(clause.head)


def _at_then(verb: Token) -> bool:
    """The verb has an "at the time" adjunct that names no time of its own ("at the time of the visit",
    "at the time when ...", "at the same time" do)."""
    return any(p.dep_ == "prep" and p.lower_ == "at" and any(_then_time(n) for n in p.children if n.dep_ == "pobj")
               for p in verb.children)


def _then_time(noun: Token) -> bool:
    """ "the time", "that time" alone (the parser may hang a phrase of the verb on it: "rejected the
    statements at the time as interference")."""
    dets = [c for c in noun.children if c.dep_ == "det"]
    return noun.lower_ in THEN_NOUNS and len(dets) == 1 and dets[0].lower_ in THEN_DETS \
        and all(c.dep_ in ("det", "prep") and c.lower_ != "of" for c in noun.children)
