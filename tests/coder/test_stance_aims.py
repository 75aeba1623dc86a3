"""Eighteenth session (issue #12, stance toward): a concern raised with a party is held against that party's
acts on the issue, where the criticism is aimed (GUIDE.md: "Biden raised concerns about ... Xinjiang -> USA
ACCUSE CHN"); coder/stance_aims.py. Sentences written for readout (docs/coder.md, "Stances")."""
import pytest

from conftest import JAPAN, UK, WH, stance_keys as _keys

RAISED_WITH = [
    # a bad raised with the counterpart: against its acts, not against the bad in general
    ("The Prime Minister met President Xi Jinping of China in Beijing today. The Prime Minister raised concerns "
     "about foreign interference.", UK, ("GBR", "oppose", "interference", "CHN")),
    ("Prime Minister Kishida held talks with President Marcos of the Philippines. Prime Minister Kishida voiced "
     "serious concern over cross-border terrorism.", JAPAN, ("JPN", "oppose", "terrorism", "PHL")),
    # a conduct issue: the counterpart's trade practices, its government's human rights record
    ("The Foreign Secretary met Foreign Minister Wang Yi of China in London. She conveyed the UK's concerns about "
     "the growing trade imbalance.", UK, ("GBR", "oppose", "trade", "CHN")),
    ("President Biden held a call with President Xi Jinping of China. President Biden raised concerns about human "
     "rights.", WH, ("USA", "oppose", "human_rights", "CHN")),
]
NOT_AIMED = [
    # concern for a good is backing it, whoever is met
    ("President Biden held a call with President Xi Jinping of China. President Biden expressed concern about "
     "climate change.", WH, ("USA", "oppose", "climate", "CHN")),
    ("President Biden spoke with Prime Minister Netanyahu of Israel. He raised concerns about the safety of aid "
     "workers and humanitarian access.", WH, ("USA", "oppose", "humanitarian", "ISR")),
    # the two sides' shared concern is aimed at neither
    ("The Prime Minister met President Xi Jinping of China in Beijing today. The two leaders expressed concern "
     "about terrorism.", UK, ("GBR", "oppose", "terrorism", "CHN")),
    # no one met: a statement's concern stays on the issue
    ("The United States is concerned about foreign interference in elections.", WH,
     ("USA", "oppose", "interference", "USA")),
]
KEPT = [
    ("President Biden held a call with President Xi Jinping of China. President Biden expressed concern about "
     "climate change.", WH, ("USA", "support", "climate", None)),
    ("The Prime Minister met President Xi Jinping of China in Beijing today. The two leaders expressed concern "
     "about terrorism.", UK, ("GBR", "oppose", "terrorism", None)),
]


@pytest.mark.parametrize("text,publisher,key", RAISED_WITH + KEPT)
def test_a_concern_raised_with_a_party_is_held_against_its_acts(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_AIMED)
def test_concern_for_a_good_or_shared_is_aimed_at_no_one(text, publisher, key):
    assert key not in _keys(text, publisher)
