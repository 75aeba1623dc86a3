"""Twenty-fourth session (issue #12, polar24: stance polarity, and stances lost once their issue is matched): the
story's one conflict named once, claims held, a partner's own fight, wrongs named as labels (coder/stances.py,
stance_topic.py, stance_polarity.py, stance_clues.py; docs/coder.md, "Stances"). Sentences written for readout.
"""
import pytest

from conftest import JAPAN, KREMLIN, MFA, UK, WH, stance_keys as _keys

# a story naming one conflict, once, is about it: a ceasefire called for later settles that conflict
ONE_CONFLICT = [
    ("Vladimir Putin and Viktor Orban discussed the situation around Ukraine. Viktor Orban called for a ceasefire.",
     KREMLIN, ("HUN", "support", "ukraine", None)),
    ("The Prime Minister met German Chancellor Olaf Scholz. They discussed Ukraine. Chancellor Scholz stressed the "
     "need for a ceasefire.", UK, ("DEU", "support", "ukraine", None)),
]
# two conflicts named once each: no story conflict, the ceasefire is of neither
TWO_CONFLICTS = [
    ("President Biden spoke with Prime Minister Netanyahu about Gaza. They discussed the war in Ukraine. The leaders "
     "called for a ceasefire.", WH, ("USA", "support", "ukraine", None)),
]

# a claim its subject says it has: "has sovereignty over", "has sovereign rights"; not "has no sovereignty"
CLAIMS = [
    ("China has indisputable sovereignty over Huangyan Dao and its adjacent waters.", MFA,
     ("CHN", "support", "sovereignty", None)),
    ("The Northern Territories are islands over which Japan has sovereignty.", JAPAN,
     ("JPN", "support", "sovereignty", None)),
]
NOT_CLAIMS = [
    ("The spokesman said Japan has no sovereignty over the disputed reef.", JAPAN, ("JPN", "support", "sovereignty", None)),
]


@pytest.mark.parametrize("text,publisher,key", ONE_CONFLICT)
def test_the_one_conflict_named_once_is_the_storys(text, publisher, key):
    assert key in _keys(text, publisher)
@pytest.mark.parametrize("text,publisher,key", TWO_CONFLICTS)
def test_a_ceasefire_between_two_conflicts_named_once_settles_neither(text, publisher, key):
    assert key not in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", CLAIMS)
def test_a_claim_its_subject_says_it_has_is_backed(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_CLAIMS)
def test_a_claim_denied_is_no_backing(text, publisher, key):
    assert key not in _keys(text, publisher)
