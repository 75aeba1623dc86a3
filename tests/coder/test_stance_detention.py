"""Eighteenth session (issue #12, stance polarity): a detention labelled wrongful is the speaker's opposition on
human_rights toward the detaining state, whatever word governs the phrase (FRESH8 M16: "after more than 1,000 days
of arbitrary detention" is a label's stance; coder/stance_detention.py). Sentences written for readout."""
import pytest

from conftest import UK, WH, stance_keys as _keys

LABELLED = [
    # the release welcomed is no backing of the detention
    ("Today we welcome home Daniel, a teacher who was arbitrarily detained in Belarus for two years.", WH,
     ("USA", "oppose", "human_rights", "BLR")),
    ("We will not rest until every British national unjustly held in Iran is home.", UK,
     ("GBR", "oppose", "human_rights", "IRN")),
    # the detainer named by its agent, or by its possessor
    ("The President raised the cases of two aid workers wrongfully detained by the government of Venezuela.", WH,
     ("USA", "oppose", "human_rights", "VEN")),
    ("Russia's unlawful imprisonment of the journalist must end.", UK, ("GBR", "oppose", "human_rights", "RUS")),
    ("She returns after four years of wrongful imprisonment in Myanmar.", WH, ("USA", "oppose", "human_rights", "MMR")),
]
NOT_LABELLED = [
    ("Today we welcome home Daniel, a teacher who was arbitrarily detained in Belarus for two years.", WH,
     ("USA", "support", "human_rights", "BLR")),
    # a detention told without a word that makes it wrongful, or denied one
    ("Five men were detained in Canada on charges of fraud.", UK, ("GBR", "oppose", "human_rights", "CAN")),
    ("The two suspects were lawfully detained in Canada.", UK, ("GBR", "oppose", "human_rights", "CAN")),
    # "hold" as a verb of meeting is no detention
    ("The two leaders will hold unjustly long talks in Russia.", WH, ("USA", "oppose", "human_rights", "RUS")),
]


@pytest.mark.parametrize("text,publisher,key", LABELLED)
def test_a_wrongful_detention_is_opposed_toward_the_detainer(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_LABELLED)
def test_no_label_no_stance_on_the_detention(text, publisher, key):
    assert key not in _keys(text, publisher)
