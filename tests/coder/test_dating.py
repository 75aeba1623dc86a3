"""coder/dating.py: the date of a statement whose headline is its own side's act."""
import pytest

from readout.actors import Mention
from readout.coder.dating import statement_date
from readout.coder.records import Event

ANSWERED = ("Yesterday , Nauru announced the decision . China welcomes the decision .", """
    Yesterday  yesterday  NOUN  NN   npadvmod  3
    ,          ,          PUNCT ,    punct     3
    Nauru      Nauru      PROPN NNP  nsubj     3
    announced  announce   VERB  VBD  ROOT      3
    the        the        DET   DT   det       5
    decision   decision   NOUN  NN   dobj      3
    .          .          PUNCT .    punct     3
    China      China      PROPN NNP  nsubj     8
    welcomes   welcome    VERB  VBZ  ROOT      8
    the        the        DET   DT   det       10
    decision   decision   NOUN  NN   dobj      8
    .          .          PUNCT .    punct     8
""")
OWN_DATE = ("On March 2 , Russia expelled the diplomats of Lithuania .", """
    On         on         ADP   IN   prep      5
    March      March      PROPN NNP  pobj      0
    2          2          NUM   CD   nummod    1
    ,          ,          PUNCT ,    punct     5
    Russia     Russia     PROPN NNP  nsubj     5
    expelled   expel      VERB  VBD  ROOT      5
    the        the        DET   DT   det       7
    diplomats  diplomat   NOUN  NNS  dobj      5
    of         of         ADP   IN   prep      7
    Lithuania  Lithuania  PROPN NNP  pobj      8
    .          .          PUNCT .    punct     5
""")
THING_DATED = ("In response to the decision of May 17 , Russia restricts the outlets .", """
    In         in         ADP   IN   prep      10
    response   response   NOUN  NN   pobj      0
    to         to         ADP   IN   prep      1
    the        the        DET   DT   det       4
    decision   decision   NOUN  NN   pobj      2
    of         of         ADP   IN   prep      4
    May        May        PROPN NNP  pobj      5
    17         17         NUM   CD   nummod    6
    ,          ,          PUNCT ,    punct     10
    Russia     Russia     PROPN NNP  nsubj     10
    restricts  restrict   VERB  VBZ  ROOT      10
    the        the        DET   DT   det       12
    outlets    outlet     NOUN  NNS  dobj      10
    .          .          PUNCT .    punct     10
""")


def head(source, type_, trigger, sentence=0):
    return Event(source, type_, "NRU", None, "051", 1.0, sentence, 0, 1, trigger)


def with_actors(doc, actors):
    doc._.actors = [Mention(doc.text.index(name), doc.text.index(name) + len(name), name, code, "country", None, None)
                    for name, code in actors.items()]
    return doc


@pytest.mark.parametrize("case, actors, event, side, resolved, date", [
    # "Yesterday, Nauru announced ... China welcomes": China's welcome is dated when China spoke
    (ANSWERED, {"Nauru": "NRU", "China": "CHN"}, head("CHN", "SUPPORT", 8, 1), "CHN", "2024-01-15", "2024-01-16"),
    # the side's own act told with yesterday's date keeps it
    (ANSWERED, {"Nauru": "CHN", "China": "CHN"}, head("CHN", "SUPPORT", 8, 1), "CHN", "2024-01-15", "2024-01-15"),
    # a meeting keeps the date read from the opening
    (ANSWERED, {"Nauru": "NRU", "China": "CHN"}, head("CHN", "CONSULT", 8, 1), "CHN", "2024-01-15", "2024-01-15"),
    # another side's act as the headline keeps it too
    (ANSWERED, {"Nauru": "NRU", "China": "CHN"}, head("NRU", "SUPPORT", 3), "CHN", "2024-01-15", "2024-01-15"),
    # the act's own clause names its date
    (OWN_DATE, {"Russia": "RUS", "Lithuania": "LTU"}, head("RUS", "SANCTION", 5), "RUS", "2024-01-16", "2024-03-02"),
    # the date of a thing ("the decision of May 17") is not the act's: the publication date
    (THING_DATED, {"Russia": "RUS"}, head("RUS", "COERCE", 10), "RUS", "2024-05-17", "2024-06-25"),
])
def test_statement_date(parse, case, actors, event, side, resolved, date):
    doc = with_actors(parse(*case), actors)
    published = "2024-06-25" if case is THING_DATED else ("2024-03-03" if case is OWN_DATE else "2024-01-16")
    assert statement_date(doc, event, side, resolved, published) == date


def test_statement_date_without_a_headline_keeps_the_resolved_date(parse):
    doc = with_actors(parse(*ANSWERED), {"China": "CHN"})
    assert statement_date(doc, None, "CHN", "2024-01-15", "2024-01-16") == "2024-01-15"
