"""Releases the coder missed as the headline act (head29): people let go, and a release that names no
releaser but the state that held them; sentences written for readout, not corpus text."""
import pytest

from conftest import KREMLIN, UK, WH, story

CANADA = "Government of Canada"
INDIA = "Ministry of External Affairs of India"
FRANCE = "Ministry for Europe and Foreign Affairs of France"
JAPAN = "Ministry of Foreign Affairs of Japan"


def _story(text, publisher):
    from readout.pipeline import code_stories

    return next(code_stories([story("released", text, title="Statement", date="2024-03-01", publisher=publisher)]))


def _events(text, publisher):
    return {(e["source"], e["type"], e["target"]) for e in _story(text, publisher)["events"]}


LET_GO = [
    ("Today the Houthis let two American citizens go after a long captivity.", WH, ("YEM", "RETREAT", "USA")),
    ("Chinese authorities let the two Canadians go on Friday.", CANADA, ("CHN", "RETREAT", "CAN")),
    ("The Taliban let the British aid worker go this morning.", UK, ("AFG", "RETREAT", "GBR")),
    # near misses: no people held let go
    ("We will not let Russia go unpunished.", WH, None),
    ("Let me go through the details of the agreement with Mexico.", WH, None),
]


def _assert_release(text, publisher, key):
    """The release KEY is coded from TEXT, or with KEY None no RETREAT at all."""
    found = _events(text, publisher)
    if key is None:
        assert not any(t == "RETREAT" for _, t, _ in found), found
    else:
        assert key in found, found


@pytest.mark.parametrize("text, publisher, key", LET_GO)
def test_people_let_go_are_released(text, publisher, key):
    _assert_release(text, publisher, key)


HELD = [
    ("India welcomes the release of eight Indian nationals detained in Qatar.", INDIA, ("QAT", "RETREAT", "IND")),
    ("The UK welcomes the release of British citizens held by the Houthis.", UK, ("YEM", "RETREAT", "GBR")),
    ("The release of the French hostages held in Mali is a great relief.", FRANCE, ("MLI", "RETREAT", "FRA")),
    ("Canada welcomes the release of the Canadian citizens who had been detained in Iran.", CANADA,
     ("IRN", "RETREAT", "CAN")),
    # near misses: a release asked for stays a request; no holder named, no releaser; a release
    # discussed, hoped for or promised in a deal is not told as done
    ("India calls for the release of nationals detained in Qatar.", INDIA, None),
    ("India welcomes the release of eight Indian nationals.", INDIA, None),
    ("Prime Minister Kishida requested the early release of the Japanese national detained in China.", JAPAN, None),
    ("The discussion focused on the immediate release of foreign hostages held in the Gaza Strip.", KREMLIN, None),
    ("The deal will result in the release of a number of hostages held by Hamas, including Americans.", WH, None),
    ("The release of the Americans detained in Venezuela would be a welcome step.", WH, None),
]


@pytest.mark.parametrize("text, publisher, key", HELD)
def test_a_release_naming_no_releaser_is_the_holders(text, publisher, key):
    _assert_release(text, publisher, key)


def test_a_welcomed_release_then_the_release_told_heads_the_statement():
    text = ("The United States welcomes the release of U.S. citizens John Smith and Mary Jones. Their families "
            "endured months of uncertainty. Today the Houthis let two American citizens go after a long captivity, "
            "and both are on their way home.")
    head = _story(text, WH)["headline"]
    assert (head["source"], head["type"], head["target"]) == ("YEM", "RETREAT", "USA")


REDUCED_RELATIVE = [
    ("Foreign Minister Jan Lipavsky announced today that Tomas Novak, the Czech aid worker imprisoned in "
     "Belarus since March 2021, has been released by the Belarusian authorities and is on his way home.",
     "Ministry of Foreign Affairs of the Czech Republic", ("BLR", "RETREAT", "CZE")),
    # near miss: the participle is the clause's own verb, and the passive keeps its own subject
    ("Canada announced that the envoy detained two suspects, and the suspects were released by the police.",
     CANADA, None),
]


@pytest.mark.parametrize("text, publisher, key", REDUCED_RELATIVE)
def test_a_release_after_a_reduced_relative_keeps_its_subject(text, publisher, key):
    """'X, the aid worker detained in Iran since 2022, has been released by ...': the parser reads the
    participle as X's verb and leaves the passive with no subject (nlp.reduced_relative_subjects)."""
    _assert_release(text, publisher, key)
