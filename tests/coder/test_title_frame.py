"""coder/title_frame.py: the measure a story's title names as its frame."""
import pytest

from conftest import coding_cases, event_key as key, table_case_keys
from readout.actors import Mention
from readout.coder.patterns import load_patterns
from readout.coder.records import Event
from readout.coder.title_frame import title_measure


def mention(title, text, code):
    start = title.index(text)
    return Mention(start, start + len(text), text, code, "country", None, None)


def measure(title, named, side, events=()):
    found = title_measure(title, [mention(title, t, c) for t, c in named], side, load_patterns(), list(events))
    return found and (found.source, found.type, found.target, found.trigger)


@pytest.mark.parametrize("title, named, side, key", [
    # a document's title, a noun phrase, a headline clause: the side's measure at the first actor named after it
    ("Executive Order on Blocking Property of Persons Undermining Stability in Mali", [("Mali", "MLI")], "USA",
     ("USA", "SANCTION", "MLI", -1)),
    ("Foreign Ministry statement on the expulsion of Estonian diplomats", [("Estonian", "EST")], "RUS",
     ("RUS", "SANCTION", "EST", -1)),
    ("Suspension of visa issuance for officials of Myanmar", [("Myanmar", "MMR")], "AUS", ("AUS", "SANCTION", "MMR", -1)),
    ("Severance of diplomatic relations with Nicaragua", [("Nicaragua", "NIC")], "BRA", ("BRA", "SANCTION", "NIC", -1)),
    ("Recall of India's Ambassador to Canada", [("India", "IND"), ("Canada", "CAN")], "IND",
     ("IND", "SANCTION", "CAN", -1)),
    ("Recall of the Brazilian Ambassador in Lisbon", [("Brazilian", "BRA"), ("Lisbon", "PRT")], "BRA",
     ("BRA", "SANCTION", "PRT", -1)),
    # the RETREAT of a measure the title ends
    ("Executive Order on the Termination of Emergency With Respect to Liberia", [("Liberia", "LBR")], "USA",
     ("USA", "RETREAT", "LBR", -1)),
    ("Japan lifts the ban on imports from Georgia", [("Japan", "JPN"), ("Georgia", "GEO")], "JPN",
     ("JPN", "RETREAT", "GEO", -1)),
    # a word that names a measure only with other objects, or other acts
    ("Statement on the Withdrawal of Troops from Niger", [("Niger", "NER")], "FRA", None),
    ("President Holds Talks with Chancellor of Austria", [("Austria", "AUT")], "USA", None),
    ("President Announces Intent to Nominate Ambassador to Chile", [("Chile", "CHL")], "USA", None),
    ("Readout of the Call with the Prime Minister of Norway", [("Norway", "NOR")], "USA", None),
    ("Lithuania sanctions three Chinese officials", [("Lithuania", "LTU"), ("Chinese", "CHN")], "LTU",
     ("LTU", "SANCTION", "CHN", -1)),
    # no actor named after it: a measure on all comers ("Imposing Tariffs on Imported Heavy Trucks")
    ("Proclamation on Imposing Tariffs on Imported Heavy Trucks", [], "USA", ("USA", "SANCTION", None, -1)),
    # the side named as its object, or another as its agent: another's measure
    ("Comment on the sanctions imposed against Russia by Japan", [("Russia", "RUS"), ("Japan", "JPN")], "RUS", None),
    ("Statement on the expulsion of Russian diplomats from Bulgaria", [("Russian", "RUS"), ("Bulgaria", "BGR")], "RUS",
     None),
    ("Statement on sanctions imposed by the United Kingdom", [("United Kingdom", "GBR")], "IRN", None),
    # a measure the side's title censures is another's, one it denies none; a name's word is no measure ended
    ("Poland will not expel Belarusian diplomats", [("Poland", "POL"), ("Belarusian", "BLR")], "POL", None),
    ("Cuba condemns its designation as a State Sponsor of Terrorism", [("Cuba", "CUB")], "CUB", None),
    ("Law revoking ratification of the Comprehensive Nuclear-Test-Ban Treaty", [], "RUS", ("RUS", "SANCTION", None, -1)),
    # no measure named
    ("Statement on the situation in Sudan", [("Sudan", "SDN")], "USA", None),
])
def test_title_measure_is_the_sides_measure_its_title_names(title, named, side, key):
    assert measure(title, named, side) == key


def test_a_measure_the_body_tells_leaves_the_title_alone():
    told = Event("USA", "SANCTION", "IRN", None, "163", -8.0, 0, 0, 10, 3)
    assert measure("Executive Order on Imposing Sanctions on Iran", [("Iran", "IRN")], "USA", [told]) is None


@pytest.mark.parametrize("case", coding_cases("title_frame.jsonl"), ids=lambda c: c["why"])
def test_a_titles_measure_is_coded_where_the_body_yields_none(case):
    events = table_case_keys(case, "title_frame")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
