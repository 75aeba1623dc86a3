"""When a clause happened, for status.py's history test: the story's date, the date a clause or
its phrases name ("in March", "on January 31, 1968", "last month", "59 years ago"), and a
paragraph whose first sentence dates what follows (docs/coder.md, "What is not coded")."""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from spacy.tokens import Token

from readout.coder.grammar import VENUE_PREPS, clause_of, doc_text, paragraph_breaks, remembered
from readout.coder.word_index import forms_in
from readout.dates import MONTHS
from readout.lexicons import word_class

__all__ = ["life_deed", "time_clause_date", "head_time_date", "noun_date", "story_date", "told_past", "in_dated_paragraph", "record_story", "personnel_story", "career_sentences", "told_now", "clause_date", "HISTORY_DAYS",
           "YEAR", "FUTURE_AUX", "HISTORY_MARKERS", "PAST_WORDS"]

FUTURE_AUX = word_class("future_aux")
HISTORY_MARKERS = word_class("history_marker")
PAST_WORDS = word_class("past_word")
PERIOD_NOUNS = word_class("period_noun")          # "over the last three and a half years"
PAST_PERIODS = word_class("past_period")          # "last month", "earlier this year"
EARLIER = word_class("earlier_word")
THEN_MARKS = word_class("then_mark")              # "in July 2018, when he held talks": the clause is of that date
DATE_PREPS = word_class("date_prep")              # "in March", "on January 31, 1968"
DOCUMENT_PREPS = word_class("document_prep")      # "In Executive Order 14257 of April 2, 2025, I imposed ..."
MONTH_NAMES = word_class("month")
WEEKDAYS = word_class("weekday")      # "held in Jeddah on Friday": the latest Friday up to the story
SPAN_OPENERS = word_class("span_opener")          # "Since taking office", "From Day One", "Under the ... Administration"
TENURE_NOUNS = word_class("tenure_noun")
NOW_WORDS = word_class("now_word")                # "today", "yesterday"
DEATH_TITLE = word_class("death_title_word")      # "Statement ... on the Passing of ..."
MOURNING_TITLE = word_class("mourning_title_word")  # "Condolences to the family of ..."
LIFE_PRONOUNS = word_class("life_pronoun")        # "He negotiated the free trade agreement"
PERSONNEL_TITLE = word_class("personnel_title_word")  # "... Announces Intent to Nominate ...", "Appoints Members to ..."
NOW_PERIODS = word_class("now_period")            # "this week", "this morning"
DATED_DEEDS = word_class("dated_deed_verb")       # "imposed sanctions on X last month": the date is the deed's
YEAR = re.compile(r"^(1[6-9]|20)\d\d$")    # "established diplomatic relations in 1897" too
TITLE_WORD = re.compile(r"[^\W\d_]+")
# GUIDE.md: acts "within a day or two of the story" are coded, older ones are history; one day of
# slack for a story dated the day after.
HISTORY_DAYS = 3
COLON = frozenset({":"})      # where a label ends ("Guyana: In July 2022, ...")


def story_date(doc) -> date | None:
    """The story's date (doc._.context), or None when it gives none or an unreadable one."""
    ctx = doc._.context
    if ctx is None or not ctx.date:
        return None
    try:
        return date.fromisoformat(ctx.date[:10])
    except ValueError:
        return None


def told_past(clause: Token) -> bool:
    """A simple past or present perfect clause, active or passive ("launched", "have endorsed",
    "were deported")."""
    if clause.tag_ == "VBD":
        return True
    # a past passive is as past as its active: "German diplomats were expelled" after a dated opening
    return clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" or c.dep_ == "auxpass" and c.tag_ == "VBD"
                                        for c in clause.children)


def in_dated_paragraph(sent, story: date) -> bool:
    """The sentence follows, in its paragraph, a first sentence whose main clause is dated days
    before the story ("In May, the United States chaired ..."); worked out once per sentence."""
    doc = sent.doc
    cache = doc.user_data.setdefault("readout.dated_paragraph", {})
    if sent.start in cache:
        return cache[sent.start]
    start = max((b for b in paragraph_breaks(doc) if b < sent.start_char), default=0)
    text = doc_text(doc)
    while start < sent.start_char and (text[start].isspace() or text[start] in ("-", "*", "\u2022")):
        start += 1      # the paragraph's first word, past the break and a bullet
    span = doc.char_span(start, start + 1, alignment_mode="expand") if start < sent.start_char else None
    first = span[0].sent if span is not None and len(span) else None
    found = False
    if first is not None and first.start < sent.start:
        root = first.root
        if not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in FUTURE_AUX) for c in root.children):
            when = clause_date(root, story)
            found = when is not None and (story - when).days > HISTORY_DAYS or _long_ago(root, story)
        else:
            # "X will receive the Medal of Honor for acts ... while serving in Vietnam on January 31,
            # 1968": an announced act about deeds set years back; what follows tells those deeds
            found = any(c.dep_ == "advcl" and _long_ago(c, story) for c in root.children)
    cache[sent.start] = found
    return found


def record_story(doc, story: date) -> bool:
    """The story's first paragraph opens a past or present perfect main clause on a span of time
    reaching back ("From Day One, President Biden identified ...", "Since taking office, my
    Administration has ...", "Under the Biden-Harris Administration, the United States has ...",
    "Over the past four years, ..."), and no news of the story's own days ("Today, ..."): the story
    is a record of that span, and its undated past acts are told as part of it (status.py); worked
    out once per doc."""
    cache = doc.user_data
    if "readout.record_story" in cache:
        return cache["readout.record_story"]
    if personnel_story(doc):
        cache["readout.record_story"] = True
        return True
    text = doc_text(doc)
    end = next((b for b in paragraph_breaks(doc) if text[:b].strip()), len(text))
    found = False
    for sent in doc.sents:
        if sent.start_char >= end:
            break
        if told_now(sent.root) and not _nowadays(sent.root):
            found = False   # "Today, the World Bank Board voted ... Since Day One, I have called for ...":
            break           # a lead with news of the story's days is news, the span its background
        root = sent.root
        if told_past(root) and any(c.i < root.i and _spans_back(c, story) for c in root.children):
            found = True
    cache["readout.record_story"] = found
    return found


def personnel_story(doc) -> bool:
    """The story's title announces nominations or appointments ("President Biden Announces His
    Intent to Nominate Key Administration Leaders", "Nominations Sent to the Senate", "Appoints
    Members to ..."): its past acts are the nominees' careers ("served as ..., where she
    established alliances to ...", "was asked to serve on the Russia investigation"), a record."""
    ctx = doc._.context
    title = ctx.title if ctx is not None else None
    return bool(title) and any(w.lower() in PERSONNEL_TITLE for w in TITLE_WORD.findall(title))


def life_deed(clause: Token) -> bool:
    """In a story whose title marks a death, an undated past act of the one mourned, told by "he",
    "she" or a name from the title ("He negotiated the free trade agreement", "Shinzo Abe ... visited
    Russia on many occasions"): a life recalled, not news of the story's days."""
    ctx = clause.doc._.context
    text = (ctx.title or "") if ctx is not None else ""
    words = {w.lower() for w in TITLE_WORD.findall(text)}
    if not words & (DEATH_TITLE | MOURNING_TITLE):
        return False
    # the one mourned is named after the title's last "of" ("on the Passing of X", "to the family
    # of X"), not the one who condoles ("Xi Jinping receives message of condolences")
    mourned = {w.lower() for w in TITLE_WORD.findall(text.rsplit(" of ", 1)[-1])} if " of " in text else set()
    c = clause
    for _ in range(4):
        subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            break
        if c.dep_ not in ("xcomp", "advcl", "acl", "conj") or c.head.i == c.i:
            return False
        c = clause_of(c.head)     # "she championed the enlargement of NATO to welcome ...": the subject's clause
    else:
        return False
    if not told_past(c) or told_now(c):
        return False
    return (subj.lower_ in LIFE_PRONOUNS and bool(words & DEATH_TITLE)) or (subj.pos_ == "PROPN" and subj.lower_ in mourned)


def career_sentences(doc) -> set[int]:
    """In a story that announces nominations or appointments, the sentences (by index) whose main
    clause tells the past with no word of the story's days: a nominee's career ("She led the
    COVID-19 response at ...", "he advocated for religious freedom"), no position of the side's."""
    if not personnel_story(doc):
        return set()
    return {i for i, s in enumerate(doc.sents) if told_past(s.root) and not told_now(s.root)}


def _nowadays(clause: Token) -> bool:
    """"Our world today faces many challenges": a simple present whose now word follows its subject
    tells how things are these days, no news of the story's days ("Today, the President announces
    ...", "the President today announced ..." are news)."""
    if clause.tag_ not in ("VBZ", "VBP"):
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(
        subj.i < c.i < clause.i and c.lower_ in NOW_WORDS for c in clause.children if c.dep_ in ("npadvmod", "advmod"))


def _spans_back(adjunct: Token, story: date) -> bool:
    """An opening adjunct that names a span reaching back to a tenure's start or years before:
    "Since taking office", "Since President Biden took office", "From Day One", "Under the
    Biden-Harris Administration", "Over the past four years", "Since 2021"; not "In 2021"."""
    if adjunct.dep_ not in ("prep", "advcl", "npadvmod"):
        return False
    first = adjunct.left_edge
    if first.lower_ not in SPAN_OPENERS:
        return False
    words = {t.lower_ for t in adjunct.subtree}
    return bool(words & TENURE_NOUNS or words & PERIOD_NOUNS and words & PAST_WORDS
                or any(YEAR.match(t.text) and int(t.text) < story.year for t in adjunct.subtree))


def told_now(clause: Token) -> bool:
    """The clause is anchored in the story's own days by a word of its own: "today", "yesterday",
    "this week", "this morning" (a record's acts so told are news, not part of the record)."""
    for t in clause.subtree:
        if clause_of(t).i != clause.i:
            continue
        if t.lower_ in NOW_WORDS or t.lower_ in NOW_PERIODS and t.i > 0 and t.doc[t.i - 1].lower_ == "this":
            return True
    return False


def _long_ago(clause: Token, story: date) -> bool:
    """The clause is set years back: "On a hot summer day 59 years ago, ...", "In 1968, ...",
    "Since 2014, ...", "Over the last three and a half years, ..." (its own adjuncts, not its
    objects)."""
    for c in clause.children:
        if c.dep_ not in ("prep", "npadvmod", "advmod"):
            continue
        words = {t.lower_ for t in c.subtree}
        if c.i < clause.i and words & PERIOD_NOUNS and words & PAST_WORDS:
            return True     # opening the sentence; not "praised his leadership over the past three years"
        for t in c.subtree:
            if t.lower_ in HISTORY_MARKERS or YEAR.match(t.text) and int(t.text) < story.year:
                return True
    return False


def clause_date(clause: Token, story: date) -> date | None:
    """The date a clause's own dating phrases give ("In March", "last month", "earlier this year"),
    or None. A phrase dates the clause only where a date word heads it ("on his visit to Kyiv last
    month" dates the visit), before the verb only as the sentence's opening, and after it not past
    an object ("condemned the attacks on Israel on October 7": the date may be the attacks'), though
    past a place ("the consultative meeting held in Jeddah on Friday") or the object of a deed
    ("suspended its participation in the treaty in February")."""
    # Remembered per doc: every trigger of a clause, and every clause below it, asks of it.
    return remembered(clause.doc, "readout.clause_date", (clause.i, story), lambda: _clause_date(clause, story))


def _clause_date(clause: Token, story: date) -> date | None:
    doc = clause.doc
    deed = clause.lemma_.lower() in DATED_DEEDS
    for c in _dating_phrases(clause):
        if c.i > clause.i and not deed and any(t.pos_ == "NOUN" and not _placed(clause, t)
                                               for t in doc[clause.i + 1:c.left_edge.i]):
            continue    # a common noun between may be an act the date is of; a name (a person met, a
                        # country travelled to) is not: "met Prime Minister X in Jerusalem in January"
        if c.i < clause.i and any(not t.is_punct for t in doc[_opening(clause.sent):c.left_edge.i]):
            continue    # before the verb, only a sentence's opening dates it ("In March, ..."), not a
                        # phrase inside what opens it ("Recalling the resolutions of March 2, ...")
        when = _date_in(c, clause, story)
        if when is not None:
            return when
    for c in clause.children:
        if c.i > clause.i or c.left_edge.i != _opening(clause.sent):
            continue
        # "In Proclamations issued earlier this year, I suspended ...": the act told in a document
        # is dated by the participle that dates the document (the parser may hang the participle
        # on the verb)
        dated = [c] if c.dep_ == "advcl" and c.tag_ == "VBN" and not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in c.children) else []
        if c.dep_ == "prep" and c.lower_ == "in":
            dated = [a for g in c.children if g.dep_ == "pobj" for a in g.children
                     if a.dep_ == "acl" and a.tag_ == "VBN" and a.i > g.i]
        for a in dated:
            when = clause_date(a, story)
            if when is not None:
                return when
        if c.dep_ == "prep" and c.lower_ in DATE_PREPS and told_past(clause):
            # "During President Xi's state visit to Russia in June, the two heads of state agreed
            # ...": an act told in the past at an occasion dates itself by the occasion's date
            when = next((w for g in c.children if g.dep_ == "pobj" for w in [_occasion_date(g, story)]
                         if w is not None), None)
            if when is not None:
                return when
        if c.dep_ == "prep" and c.lower_ in DOCUMENT_PREPS and told_past(clause):
            # "In Executive Order 14257 of April 2, 2025, I imposed ...", "By Proclamation 9705 of
            # March 8, 2018, I ...": an act told as done in a document is as old as the document's
            # date of its own (a day, not a bare year: "In the Treaty of 1960" names a thing)
            when = next((w for g in c.children if g.dep_ == "pobj"
                         for w in [_document_date(g, story)] if w is not None), None)
            if when is not None:
                return when
    return None


def _document_date(noun: Token, story: date) -> date | None:
    """The day a document noun gives itself by "of <month> <day>[, <year>]" ("Executive Order 14257
    of April 2, 2025", "an Executive Order of February 1, 2025"), or None."""
    # (the parser may hang the "of" on the document's number: "Order 14257 of April 2")
    for c in [*noun.children, *(g for n in noun.children if n.dep_ in ("nummod", "appos") for g in n.children)]:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        words = list(c.subtree)
        day = _month_day(words)
        if day is None:
            continue
        return _phrase_date(words, story)
    return None


def _occasion_date(noun: Token, story: date) -> date | None:
    """The date an occasion that opens a past clause gives by a dating phrase of its own ("your state
    visit to Russia in June", "the summit in Lima last year"); a month alone counts here, the act
    told in the past being done."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in DATE_PREPS and any(g.dep_ == "pobj" and _date_word(g) for g in c.children):
            when = _phrase_date([t for t in c.subtree if clause_of(t).i == clause_of(noun).i], story)
            if when is not None:
                return when
    return noun_date(noun, story, True)


def phrase_dates(clause: Token, story: date) -> list[date]:
    """The dates all of a clause's own dating phrases give, wherever they stand ("had received X in
    Jeddah on Monday": past the object too, which clause_date leaves to the object)."""
    return [w for c in _dating_phrases(clause)
            for w in [_date_in(c, clause, story)] if w is not None]


def _opening(sent) -> int:
    """Where a sentence's own words start: past a label ending in a colon that heads it, as a fact
    sheet's bullets do ("Civil-Nuclear Cooperation: In November 2023, our two countries signed
    ...", "Guyana: In July 2022, ...")."""
    label = next((t.i for t in forms_in(sent, COLON) if sent.root.i in (t.head.i, t.head.head.i)), None)
    return label + 1 if label is not None and label < sent.root.i else sent.start


def noun_date(noun: Token, story: date, deed: bool = False) -> date | None:
    """The date an act told as a noun gives itself by a phrase of its own that names a year or a
    past period ("Vice President Harris's visit to Ghana in March 2023", "the summit in Lima last
    year"), or a month's day up to the story's ("the attack on the embassy on April 1" in a story
    of April 16; a deed's any day, "the attacks of October 7th": a deed told as a noun is done), or
    None; a month with no day says nothing here, since a noun can tell a coming act as well as a
    past one ("the visit in March")."""
    # "condemned Russia's missile attack on Odesa in July 2023": the parser may hang the noun's
    # dating phrase on the verb whose object it is, right after the object
    after = [c for c in noun.head.children if c.i == noun.right_edge.i + 1] if noun.dep_ == "dobj" else []
    # "the decision of the EU Council of May 17, 2024": the parser may hang the date on the noun's doer
    owner = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"
             for g in o.children if g.dep_ == "prep" and g.lower_ == "of"]
    for c in [*noun.children, *after, *owner]:
        if c.dep_ == "prep" and (c.lower_ in DATE_PREPS or c.lower_ == "of"):
            head = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ == "npadvmod":
            head = c
        else:
            continue
        if head is None or not (_date_word(head) or any(
                g.dep_ == "compound" and g.lower_ in MONTH_NAMES for g in head.children)):
            continue    # ("of October 7th": the parser heads the date with its day)
        words = [t for t in c.subtree if clause_of(t).i == clause_of(noun).i]
        lows = [t.lower_ for t in words]
        day = _month_day(words)
        if c.lower_ == "of" and day is None:
            continue    # "the Treaty of 1960": the year dates a thing (history_clues.dates_a_thing)
        if not any(YEAR.match(t.text) for t in words) and not any(
                a in PAST_WORDS and b in PAST_PERIODS for a, b in zip(lows, lows[1:])):
            if day is None or not (deed or day <= (story.month, story.day)):
                continue
            try:
                year = story.year if day <= (story.month, story.day) else story.year - 1
                return date(year, *day)
            except ValueError:
                continue
        when = _phrase_date(words, story)
        if when is not None:
            return when
    return None


def _placed(clause: Token, tok: Token) -> bool:
    """A word of a phrase of place on the clause itself ("the meeting held in Jeddah on Friday"):
    a date after it still dates the clause, as it would with no object in between."""
    t = tok
    while t.head.i != clause.i and t.head.i != t.i:
        t = t.head
    return t.head.i == clause.i and t.dep_ == "prep" and t.lower_ in VENUE_PREPS


def time_clause_date(clause: Token, story: date) -> date | None:
    """The date a clause of time gives by a dating phrase of its own, wherever it stands ("while I
    was in Tokyo in September", "when we met last month"), or None."""
    for c in _dating_phrases(clause):
        when = _date_in(c, clause, story)
        if when is not None:
            return when
    return None


def head_time_date(clause: Token, story: date) -> date | None:
    """The date a clause of "when" set after its head takes from the dating phrase the head tells
    just before it ("traveled to the United Kingdom in July 2018, when he held talks with the Prime
    Minister": the talks are of July 2018, whatever object stands between the head's verb and its
    date), or None."""
    head = clause.head
    if clause.dep_ != "advcl" or head.i > clause.i or not any(
            m.dep_ in ("mark", "advmod") and m.lower_ in THEN_MARKS and m.i < clause.i for m in clause.children):
        return None
    for c in _dating_phrases(head):
        if c.right_edge.i < clause.left_edge.i:
            when = _date_in(c, head, story)
            if when is not None:
                return when
    return None


def _date_in(phrase: Token, clause: Token, story: date) -> date | None:
    """The date a dating phrase of the clause gives, read from its words that are the clause's own
    (not a clause hung inside it)."""
    return _phrase_date([t for t in phrase.subtree if clause_of(t).i == clause.i], story)


def _dating_phrases(clause: Token):
    """The clause's children that are dating phrases headed by a date word: "in March", "last
    month" (a prepositional phrase by its object, an adverbial noun phrase by itself)."""
    for c in clause.children:
        if c.dep_ == "prep" and c.lower_ in DATE_PREPS:
            head = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ in ("npadvmod", "advmod"):
            head = c
        else:
            continue
        if head is not None and _date_word(head):
            yield c


def _month_day(words: list[Token]) -> tuple[int, int] | None:
    """The month and day a dating phrase writes ("on April 1", "of October 7th", "on 6 January"),
    or None."""
    for k, t in enumerate(words):
        if t.lower_ not in MONTH_NAMES or not t.text[:1].isupper():
            continue
        for n in (words[k + 1] if k + 1 < len(words) else None, words[k - 1] if k else None):
            num = n.text.lower().removesuffix("st").removesuffix("nd").removesuffix("rd").removesuffix("th") if n is not None else ""
            if num.isdigit() and 1 <= int(num) <= 31:
                return MONTHS[t.lower_], int(num)
    return None


def _date_word(tok: Token) -> bool:
    """A word that can head a dating phrase: a month, a period ("month", "year"), "earlier", a year."""
    low = tok.lower_
    return low in MONTH_NAMES or low in PAST_PERIODS or low in EARLIER or bool(YEAR.match(tok.text)) \
        or (low in WEEKDAYS and tok.head.lower_ in DATE_PREPS)


def _year_after(day: Token) -> list[int]:
    """The year written right after a month's day ("On September 11, 2001 terrorists ..."), which the
    parser may hang on the noun that follows it rather than on the date."""
    doc = day.doc
    if day.i + 2 < len(doc) and doc[day.i + 1].text == "," and YEAR.match(doc[day.i + 2].text):
        return [int(doc[day.i + 2].text)]
    return []


def _weekday_number(day: str) -> int:
    """Monday 0 ... Sunday 6, as date.weekday() counts."""
    return list(calendar.day_name).index(day.capitalize())


def _phrase_date(words: list[Token], story: date) -> date | None:
    """The latest day a dating phrase can mean ("in March" is March 31 of the latest March not
    after the story), or None when the phrase names no date."""
    lows = [t.lower_ for t in words]
    years = [int(t.text) for t in words if YEAR.match(t.text)]
    last_year = any(a in PAST_WORDS and b in PAST_PERIODS and b.startswith("year") for a, b in zip(lows, lows[1:]))
    for k, t in enumerate(words):
        if lows[k] not in MONTH_NAMES or not t.text[:1].isupper():
            continue
        month = MONTHS[lows[k]]
        nxt = words[k + 1] if k + 1 < len(words) else None
        day = int(nxt.text) if nxt is not None and nxt.text.isdigit() and 1 <= int(nxt.text) <= 31 else None
        if day is None and t.head.lower_ not in DATE_PREPS:
            return None         # "the anniversary of the March on Washington" dates nothing
        if not years and day is not None:
            years = _year_after(nxt)
        year = years[0] if years else story.year - 1 if last_year else None
        if year is None:
            year = story.year if (month, day or 1) <= (story.month, story.day) else story.year - 1
        try:
            return date(year, month, day or calendar.monthrange(year, month)[1])
        except ValueError:
            return None
    if years and years[0] < story.year:
        return date(years[0], 12, 31)   # "In 2024, we co-hosted ..." in a story of 2025
    days = [t for t in words if t.lower_ in WEEKDAYS and t.text[:1].isupper() and t.head.lower_ in DATE_PREPS]
    if len(words) <= 2 and len(days) == 1:
        # "on Friday" alone (not "on Friday, March 3", dated by its month): the latest such day up to the story
        back = (story.weekday() - _weekday_number(days[0].lower_)) % 7
        return story - timedelta(days=back) if story.toordinal() > back else None
    if story.toordinal() <= HISTORY_DAYS + 1:
        return None     # a story dated in the first days of year 1 (fuzzed input): no day before it
    before = story - timedelta(days=HISTORY_DAYS + 1)
    for a, b in zip(lows, lows[1:]):
        if a in PAST_WORDS and b in PAST_PERIODS:
            return before       # "last month", "in the past year"
    if any(w in EARLIER for w in lows) and any(w in PAST_PERIODS for w in lows):
        return before           # "earlier this month"
    return None
