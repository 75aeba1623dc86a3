"""coder/history.py on hand-built parses: the story's date and the dates a clause's own phrases
name (docs/coder.md, "What is not coded")."""
from datetime import date

import pytest

from readout.coder.history import clause_date, in_dated_paragraph, record_story, story_date, told_now, told_past
from readout.coder.status import ClauseStatus
from readout.coder.records import StoryContext

IN_MARCH = ("In March, Chile met Peru.", """
    In     in     ADP   IN   prep   4
    March  March  PROPN NNP  pobj   0
    ,      ,      PUNCT ,    punct  4
    Chile  Chile  PROPN NNP  nsubj  4
    met    meet   VERB  VBD  ROOT   4
    Peru   Peru   PROPN NNP  dobj   4
    .      .      PUNCT .    punct  4
""")
ON_DAY = ("Peru voted on March 2, 2019.", """
    Peru   Peru   PROPN NNP  nsubj   1
    voted  vote   VERB  VBD  ROOT    1
    on     on     ADP   IN   prep    1
    March  March  PROPN NNP  pobj    2
    2      2      NUM   CD   nummod  3
    ,      ,      PUNCT ,    punct   3
    2019   2019   NUM   CD   nummod  3
    .      .      PUNCT .    punct   1
""")
OBJECT_FIRST = ("Chile met Peru on March 2, 2019.", """
    Chile  Chile  PROPN NNP  nsubj   1
    met    meet   VERB  VBD  ROOT    1
    Peru   Peru   PROPN NNP  dobj    1
    on     on     ADP   IN   prep    1
    March  March  PROPN NNP  pobj    3
    2      2      NUM   CD   nummod  4
    ,      ,      PUNCT ,    punct   4
    2019   2019   NUM   CD   nummod  4
    .      .      PUNCT .    punct   1
""")
NOUN_OBJECT_FIRST = ("Chile condemned the attack on March 2, 2019.", """
    Chile     Chile     PROPN NNP  nsubj   1
    condemned condemn   VERB  VBD  ROOT    1
    the       the       DET   DT   det     3
    attack    attack    NOUN  NN   dobj    1
    on        on        ADP   IN   prep    1
    March     March     PROPN NNP  pobj    4
    2         2         NUM   CD   nummod  5
    ,         ,         PUNCT ,    punct   5
    2019      2019      NUM   CD   nummod  5
    .         .         PUNCT .    punct   1
""")
LAST_MONTH = ("Peru voted last month.", """
    Peru   Peru   PROPN NNP  nsubj     1
    voted  vote   VERB  VBD  ROOT      1
    last   last   ADJ   JJ   amod      3
    month  month  NOUN  NN   npadvmod  1
    .      .      PUNCT .    punct     1
""")
UNDATED = ("Chile will meet Peru.", """
    Chile  Chile  PROPN NNP  nsubj  2
    will   will   AUX   MD   aux    2
    meet   meet   VERB  VB   ROOT   2
    Peru   Peru   PROPN NNP  dobj   2
    .      .      PUNCT .    punct  2
""")
IN_A_YEAR = ("In 2023, Chile met Peru.", """
    In     in     ADP   IN   prep   4
    2023   2023   NUM   CD   pobj   0
    ,      ,      PUNCT ,    punct  4
    Chile  Chile  PROPN NNP  nsubj  4
    met    meet   VERB  VBD  ROOT   4
    Peru   Peru   PROPN NNP  dobj   4
    .      .      PUNCT .    punct  4
""")
STORY = date(2024, 6, 1)


@pytest.mark.parametrize("case, root, expected", [
    (IN_MARCH, 4, date(2024, 3, 31)),     # the latest March not after the story, its last day
    (ON_DAY, 1, date(2019, 3, 2)),        # a full date
    (LAST_MONTH, 1, date(2024, 5, 28)),   # "last month": older than the story's slack, at least
    (OBJECT_FIRST, 1, date(2019, 3, 2)),  # past a name met, the date is the meeting's (a name has no date)
    (NOUN_OBJECT_FIRST, 1, None),         # past a common noun the date may be the noun's own act
    (IN_A_YEAR, 4, date(2023, 12, 31)),   # a year before the story's: its last day at the latest
    (UNDATED, 2, None),
])
def test_the_date_a_clause_names(parse, case, root, expected):
    doc = parse(*case)
    assert clause_date(doc[root], STORY) == expected


@pytest.mark.parametrize("case, root, expected", [(IN_MARCH, 4, True), (UNDATED, 2, False)])
def test_told_in_the_past(parse, case, root, expected):
    assert told_past(parse(*case)[root]) is expected


@pytest.mark.parametrize("given, expected", [
    ("2024-06-01", date(2024, 6, 1)),
    ("2024-06-01T09:30:00", date(2024, 6, 1)),
    ("2024-13-40", None),                 # unreadable: no date rather than an error
    (None, None),
])
def test_the_story_date(parse, given, expected):
    doc = parse(*UNDATED)
    doc._.context = StoryContext(date=given)
    assert story_date(doc) == expected


MEDAL = ("Doe will receive a medal for acts while serving in Korea on July 3, 1951. He refused evacuation.", """
    Doe         Doe         PROPN NNP  nsubj   2
    will        will        AUX   MD   aux     2
    receive     receive     VERB  VB   ROOT    2
    a           a           DET   DT   det     4
    medal       medal       NOUN  NN   dobj    2
    for         for         ADP   IN   prep    4
    acts        act         NOUN  NNS  pobj    5
    while       while       SCONJ IN   mark    8
    serving     serve       VERB  VBG  advcl   2
    in          in          ADP   IN   prep    8
    Korea       Korea       PROPN NNP  pobj    9
    on          on          ADP   IN   prep    8
    July        July        PROPN NNP  pobj    11
    3           3           NUM   CD   nummod  12
    ,           ,           PUNCT ,    punct   12
    1951        1951        NUM   CD   nummod  12
    .           .           PUNCT .    punct   2
    He          he          PRON  PRP  nsubj   18
    refused     refuse      VERB  VBD  ROOT    18
    evacuation  evacuation  NOUN  NN   dobj    18
    .           .           PUNCT .    punct   18
""")


@pytest.mark.parametrize("story, expected", [(date(2022, 6, 27), True), (date(1951, 7, 4), False)])
def test_deeds_after_an_announced_award_for_acts_years_back_are_history(parse, story, expected):
    doc = parse(*MEDAL)
    assert in_dated_paragraph(list(doc.sents)[1], story) is expected


OVER_THE_YEARS = ("Over the last three years, Chile opened embassies. Chile recognized Peru.", """
    Over        over        ADP   IN   prep     6
    the         the         DET   DT   det      4
    last        last        ADJ   JJ   amod     4
    three       three       NUM   CD   nummod   4
    years       year        NOUN  NNS  pobj     0
    ,           ,           PUNCT ,    punct    6
    Chile       Chile       PROPN NNP  nsubj    6
    opened      open        VERB  VBD  ROOT     6
    embassies   embassy     NOUN  NNS  dobj     6
    .           .           PUNCT .    punct    6
    Chile       Chile       PROPN NNP  nsubj    11
    recognized  recognize   VERB  VBD  ROOT     11
    Peru        Peru        PROPN NNP  dobj     11
    .           .           PUNCT .    punct    11
""")


def test_acts_after_a_first_sentence_spanning_years_past_are_history(parse):
    doc = parse(*OVER_THE_YEARS)
    assert in_dated_paragraph(list(doc.sents)[1], date(2024, 8, 27))


# A record: the lead opens on a span reaching back ("From Day One"), and a bulleted line follows.
RECORD = ("From Day One, Chile has backed Peru. - Chile signed a pact with Peru.", """
    From    from    ADP   IN   prep     6
    Day     Day     PROPN NNP  pobj     0
    One     one     NUM   CD   nummod   1
    ,       ,       PUNCT ,    punct    6
    Chile   Chile   PROPN NNP  nsubj    6
    has     have    AUX   VBZ  aux      6
    backed  back    VERB  VBN  ROOT     6
    Peru    Peru    PROPN NNP  dobj     6
    .       .       PUNCT .    punct    6
    -       -       PUNCT NFP  punct    11
    Chile   Chile   PROPN NNP  nsubj    11
    signed  sign    VERB  VBD  ROOT     11
    a       a       DET   DT   det      13
    pact    pact    NOUN  NN   dobj     11
    with    with    ADP   IN   prep     13
    Peru    Peru    PROPN NNP  pobj     14
    .       .       PUNCT .    punct    11
""")
# The same span after a lead that tells today's news: a news story with background.
NEWS_FIRST = ("Today, Chile met Peru. Since taking office, Chile has backed Peru. - Chile signed a pact with Peru.", """
    Today   today   NOUN  NN   npadvmod 3
    ,       ,       PUNCT ,    punct    3
    Chile   Chile   PROPN NNP  nsubj    3
    met     meet    VERB  VBD  ROOT     3
    Peru    Peru    PROPN NNP  dobj     3
    .       .       PUNCT .    punct    3
    Since   since   SCONJ IN   prep     12
    taking  take    VERB  VBG  pcomp    6
    office  office  NOUN  NN   dobj     7
    ,       ,       PUNCT ,    punct    12
    Chile   Chile   PROPN NNP  nsubj    12
    has     have    AUX   VBZ  aux      12
    backed  back    VERB  VBN  ROOT     12
    Peru    Peru    PROPN NNP  dobj     12
    .       .       PUNCT .    punct    12
    -       -       PUNCT NFP  punct    17
    Chile   Chile   PROPN NNP  nsubj    17
    signed  sign    VERB  VBD  ROOT     17
    a       a       DET   DT   det      19
    pact    pact    NOUN  NN   dobj     17
    with    with    ADP   IN   prep     19
    Peru    Peru    PROPN NNP  pobj     20
    .       .       PUNCT .    punct    17
""")
# A record's act told as the story's own news.
RECORD_TODAY = ("From Day One, Chile has backed Peru. - Today Chile signed a pact.", """
    From    from    ADP   IN   prep     6
    Day     Day     PROPN NNP  pobj     0
    One     one     NUM   CD   nummod   1
    ,       ,       PUNCT ,    punct    6
    Chile   Chile   PROPN NNP  nsubj    6
    has     have    AUX   VBZ  aux      6
    backed  back    VERB  VBN  ROOT     6
    Peru    Peru    PROPN NNP  dobj     6
    .       .       PUNCT .    punct    6
    -       -       PUNCT NFP  punct    12
    Today   today   NOUN  NN   npadvmod 12
    Chile   Chile   PROPN NNP  nsubj    12
    signed  sign    VERB  VBD  ROOT     12
    a       a       DET   DT   det      14
    pact    pact    NOUN  NN   dobj     12
    .       .       PUNCT .    punct    12
""")


@pytest.mark.parametrize("case, record", [
    (RECORD, True),         # "From Day One, Chile has backed Peru": a record of the tenure
    (NEWS_FIRST, False),    # "Today, Chile met Peru" first: news, the span its background
    (IN_A_YEAR, False),     # "In 2023" is a date, no span reaching back
    (IN_MARCH, False),
])
def test_a_story_opening_on_a_span_reaching_back_is_a_record(parse, case, record):
    assert record_story(parse(*case), STORY) is record


@pytest.mark.parametrize("case, root, now", [(RECORD_TODAY, 12, True), (RECORD, 11, False)])
def test_told_now(parse, case, root, now):
    assert told_now(parse(*case)[root]) is now


@pytest.mark.parametrize("case, verb, history", [
    (RECORD, 11, True),         # "Chile signed a pact with Peru" in a record: part of the record
    (RECORD_TODAY, 12, False),  # "Today Chile signed a pact": the story's news
    (NEWS_FIRST, 17, False),    # a news story's undated act is its news
])
def test_undated_past_acts_of_a_record_are_history(parse, case, verb, history):
    doc = parse(*case)
    doc._.context = StoryContext(date=STORY.isoformat())
    tok = doc[verb]
    assert ClauseStatus(tok, tok, None, STORY.year).history is history


@pytest.mark.parametrize("text", ["on Monday China Iran met", "Last month China and Iran met"])
def test_a_weekday_or_past_period_in_a_story_of_year_one_codes_without_overflow(text):
    """A fuzzed story dated 0001-01-01: "on Monday" and "last month" reach back past the first day."""
    from readout.pipeline import code_stories
    from readout.stories import Story

    story = Story(id="y1", text=text, title=None, date="0001-01-01", publisher=None, url=None,
                  path="<test>", line=1, body_start=0, dateline=None)
    errors: list = []
    assert list(code_stories([story], on_error=errors.append))[0] is not None and not errors
