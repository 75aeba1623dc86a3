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


@pytest.mark.parametrize("actors, date", [
    ({"China": "CHN", "Nauru": "CHN"}, "2024-01-15"),     # the side's own act dated yesterday keeps it
    ({"China": "CHN"}, "2024-01-16"),                     # another's act dated yesterday: publication
])
def test_statement_date_without_a_headline_is_the_sides_act_or_publication(parse, actors, date):
    doc = with_actors(parse(*ANSWERED), actors)
    assert statement_date(doc, None, "CHN", "2024-01-15", "2024-01-16", statement=True) == date


def test_a_story_not_called_a_statement_without_a_headline_keeps_the_resolved_date(parse):
    # "Yesterday, the National Climate Advisor convened ...": a readout of a meeting at home
    doc = with_actors(parse(*ANSWERED), {"China": "CHN"})
    assert statement_date(doc, None, "CHN", "2024-01-15", "2024-01-16") == "2024-01-15"


# A statement with no act abroad is dated when its side acted: what it reacts to ("last night's
# shooting", "yesterday's attack") dated the day before is not its date (FRESH3.md decision 16).
REACTED = [
    ("Statement from President Biden on the Shooting in Uvalde", "The White House", "2022-05-25",
     "Jill and I are praying for the families of the children killed in last night's horrific shooting in "
     "Uvalde, Texas. I have ordered flags to be flown at half-staff.", "2022-05-25"),
    ("Statement from the Prime Minister on the attack in Southport", "Prime Minister's Office, 10 Downing Street",
     "2024-07-30", "My thoughts are with the families of those killed in yesterday's horrific attack in "
     "Southport. I have asked the police to provide every support to the community.", "2024-07-30"),
    ("Statement by the Prime Minister on the shooting in Toronto", "Prime Minister of Canada", "2018-07-23",
     "Last night's senseless shooting on Danforth Avenue in Toronto has shaken Canadians. Our thoughts are "
     "with the victims and their families.", "2018-07-23"),
    # near miss: the side's own act, dated yesterday, keeps its date
    ("Statement from President Biden on signing the Inflation Reduction Act", "The White House", "2022-08-17",
     "Yesterday, President Biden signed the Inflation Reduction Act into law. The law will lower costs for "
     "families.", "2022-08-16"),
    # near miss: a readout of a meeting at home held yesterday is dated by the meeting
    ("Readout of the National Climate Task Force Meeting", "The White House", "2022-06-22",
     "Yesterday, National Climate Advisor Gina McCarthy convened the National Climate Task Force to discuss "
     "extreme heat.", "2022-06-21"),
]


@pytest.mark.parametrize("title, publisher, published, text, date", REACTED, ids=[r[0][:40] for r in REACTED])
def test_a_statement_with_no_act_abroad_is_not_dated_by_what_it_reacts_to(title, publisher, published, text, date):
    from conftest import story
    from readout.pipeline import code_stories

    record = next(code_stories([story("dated", text, title=title, date=published, publisher=publisher)]))
    assert record["headline"] is None
    assert record["date"] == date


def test_a_statement_the_prefilter_leaves_unparsed_is_coded_not_lost():
    """Regression: a statement with no trigger word whose opening dates another day crashed
    (E030, sentence boundaries unset) and the story was lost."""
    from conftest import story
    from readout.pipeline import code_stories

    text = "On Monday, heavy floods struck the valley and many homes were lost."
    record = next(code_stories([story("floods", text, title="Statement on the floods", date="2024-05-08",
                                      publisher=None)]))
    assert record["events"] == [] and record["date"] == "2024-05-06"
