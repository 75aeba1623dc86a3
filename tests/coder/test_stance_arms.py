"""A weapon sought (docs/coder.md, "Stances", coder/stance_arms.py): whoever speaks of a named country getting a
nuclear weapon opposes that country's acts on the issue, whatever word governs the phrase (ensure, prevent, never
allow), on the weapon's issue (nonproliferation, as the dev gold codes it). Sentences written for readout in several house styles."""
import pytest

from conftest import UK, WH, stance_keys as _keys

SOUGHT = [
    ("The Secretary restated his resolve to make sure that Iran never obtains a nuclear weapon.", WH,
     ("USA", "oppose", "nonproliferation", "IRN")),
    ("The Prime Minister said the United Kingdom would never allow Iran to build a nuclear weapon.", UK,
     ("GBR", "oppose", "nonproliferation", "IRN")),
    ("Both leaders stressed the need to stop Iran from getting a nuclear weapon.", WH,
     ("USA", "oppose", "nonproliferation", "IRN")),
    ("Iran cannot be permitted to possess nuclear weapons, the Foreign Secretary said.", UK,
     ("GBR", "oppose", "nonproliferation", "IRN")),
    ("Iran must never produce, acquire or test a nuclear weapon.", WH, ("USA", "oppose", "nonproliferation", "IRN")),
    ("The ministers vowed to keep North Korea from acquiring more nuclear weapons.", WH,
     ("USA", "oppose", "nonproliferation", "PRK")),
]
NOT_SOUGHT = [
    ("The Secretary restated his resolve to make sure that Iran never obtains a nuclear weapon.", WH,
     ("USA", "support", "nonproliferation", "IRN")),
    ("The Prime Minister said the United Kingdom would never allow Iran to build a nuclear weapon.", UK,
     ("GBR", "support", "nonproliferation", "IRN")),
    ("The ministers vowed to keep North Korea from acquiring more nuclear weapons.", WH,
     ("USA", "support", "nonproliferation", "PRK")),
]


@pytest.mark.parametrize("text,publisher,key", SOUGHT)
def test_a_weapon_a_country_would_get_is_opposed_toward_it(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_SOUGHT)
def test_a_weapon_sought_is_no_backing_of_the_seeker(text, publisher, key):
    assert key not in _keys(text, publisher)
