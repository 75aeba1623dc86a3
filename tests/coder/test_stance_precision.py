"""Twenty-first session (issue #12, stance precision): causes of false stances that recur across publishers.
Sentences written for readout in several house styles, each with the stance that must not code and,
where one should, the stance that must (docs/coder.md, "Stances")."""
import pytest

from conftest import CANADA, IRAN, JAPAN, MFA, TURKEY, UK, WH, stance_keys as _keys


# syria and afghanistan are conflicts whose country is the scene, not a side: naming the country, its people
# or a city in it aims no stance on the conflict at anyone (backing the people is a SUPPORT event)
SIDELESS = [
    ("Foreign Minister Fidan said Turkey would keep standing by the Syrian people in this new period.", TURKEY,
     ("TUR", "support", "syria", "SYR")),
    ("Canada will continue to support the people of Afghanistan with food and medicine.", CANADA,
     ("CAN", "support", "afghanistan", "AFG")),
    ("The spokesman condemned the Israeli air strike on an Iranian residential building in Damascus.", IRAN,
     ("IRN", "oppose", "syria", "ISR")),
    ("The Secretary thanked Qatar for its help during the evacuation of Afghans from Kabul.", WH,
     ("USA", "support", "afghanistan", "QAT")),
]
SIDELESS_SETTLEMENT = [
    # backing a settlement of the conflict stays a stance, toward no one
    ("The two ministers stressed the need for a political settlement of the Syrian crisis.", MFA,
     ("CHN", "support", "syria", None)),
]


@pytest.mark.parametrize("text,publisher,key", SIDELESS)
def test_a_sideless_conflict_aims_no_stance_at_an_actor(text, publisher, key):
    assert key not in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", SIDELESS_SETTLEMENT)
def test_a_settlement_of_a_sideless_conflict_is_backed(text, publisher, key):
    assert key in _keys(text, publisher)
