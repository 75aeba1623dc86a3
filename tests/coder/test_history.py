"""coder/history.py on hand-built parses: the story's date and the dates a clause's own phrases
name (docs/coder.md, "What is not coded")."""
from datetime import date

import pytest

from readout.coder.history import clause_date, in_dated_paragraph, story_date, told_past
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
STORY = date(2024, 6, 1)


@pytest.mark.parametrize("case, root, expected", [
    (IN_MARCH, 4, date(2024, 3, 31)),     # the latest March not after the story, its last day
    (ON_DAY, 1, date(2019, 3, 2)),        # a full date
    (LAST_MONTH, 1, date(2024, 5, 28)),   # "last month": older than the story's slack, at least
    (OBJECT_FIRST, 1, None),              # past an object the date may be the object's
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
