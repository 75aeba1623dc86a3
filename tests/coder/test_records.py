"""coder/records.py: what the coder hands on, and the placeholder parties."""
import pytest

from readout.coder.records import Event, NotParty, Placeholder, Stance, StoryContext, is_code


def event(source, type_, target):
    return Event(source, type_, target, None, "040", 1.0, 0, 0, 10, 1)


@pytest.mark.parametrize("a, b, same", [
    (("CHN", "CONSULT", "IRN"), ("IRN", "CONSULT", "CHN"), True),      # symmetric (plover_types.tsv)
    (("CHN", "COOPERATE", "IRN"), ("IRN", "COOPERATE", "CHN"), True),
    (("CHN", "SUPPORT", "IRN"), ("IRN", "SUPPORT", "CHN"), False),
    (("CHN", "CONSULT", None), ("CHN", "CONSULT", None), True),
])
def test_event_key(a, b, same):
    assert (event(*a).key() == event(*b).key()) is same


@pytest.mark.parametrize("party, code", [
    ("CHN", True), (None, False), (Placeholder.PARTICIPANTS, False), (NotParty("USA"), False),
])
def test_is_code(party, code):
    assert is_code(party) is code


def test_records_as_written():
    assert event("CHN", "CONSULT", "IRN").as_dict() == {
        "source": "CHN", "type": "CONSULT", "target": "IRN", "mode": None, "cameo": "040", "goldstein": 1.0,
        "sentence": 0, "start": 0, "end": 10}
    stance = Stance("USA", "oppose", "ukraine", "RUS", 1, 5, 9)
    assert stance.key() == ("USA", "oppose", "ukraine", "RUS") and stance.as_dict()["toward"] == "RUS"


def test_story_context_year():
    assert StoryContext(date="2021-08-18").year == 2021 and StoryContext().year is None
