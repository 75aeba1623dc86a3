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

# a disowned wrong (terrorism, interference, unilateralism, hegemonism) named with no polarity word: the label
LABELS = [
    ("Lin Jian said the U.S.'s so-called reciprocal tariffs are a typical act of unilateralism.", MFA,
     ("CHN", "oppose", "unilateralism", "USA")),
    ("Mao Ning said the sanctions announced by Washington are an act of bullying.", MFA,
     ("CHN", "oppose", "hegemonism", "USA")),
    ("The Iranian regime remains the world's leading state sponsor of terrorism.", WH,
     ("USA", "oppose", "terrorism", "IRN")),
]
NOT_LABELS = [
    # only discussed: no stance; a label with no doer found stays uncoded
    ("The two leaders discussed the threat of terrorism in the Sahel.", WH, ("USA", "oppose", "terrorism", None)),
    ("Peskov said the investigation into the interference was continuing.", KREMLIN,
     ("RUS", "oppose", "interference", None)),
    # a group named in the phrase is the issue itself, not a state's conduct (TUNE2 31)
    ("The President said our forces had killed the ISIS terrorists who attacked the base in Syria.", WH,
     ("USA", "oppose", "terrorism", "SYR")),
    # said in a negated clause: no label
    ("The Foreign Secretary said Qatar is not a sponsor of terrorism.", UK, ("GBR", "oppose", "terrorism", "QAT")),
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


@pytest.mark.parametrize("text,publisher,key", LABELS)
def test_a_disowned_wrong_named_of_a_doer_is_the_speakers_label(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_LABELS)
def test_a_wrong_only_discussed_or_of_no_one_found_gives_no_label(text, publisher, key):
    assert key not in _keys(text, publisher)
