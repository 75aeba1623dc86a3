"""Hopes and denied intents (docs/coder.md, "Stances"): what someone hopes others do, told with the verb or
the noun ("expressed the hope that ..."), is the hoper's stance, and a good hoped of someone judges no act of
theirs (toward null); an intent denied with "no" ("had no intention of implementing ...") is no stance of
anyone's. Sentences written for readout in several house styles, with near misses."""
import pytest

from conftest import KREMLIN, MFA, UK, WH, stance_keys as _keys

HOPES = [
    ("Vladimir Putin expressed the hope that the new Ukrainian leadership would take steps towards a settlement of "
     "the conflict in Donbass.", KREMLIN, ("RUS", "support", "ukraine", None)),
    ("Vladimir Putin said he hoped the new Ukrainian leadership would take steps towards a settlement of the "
     "conflict in Donbass.", KREMLIN, ("RUS", "support", "ukraine", None)),
    ("President Biden expressed hope that Israel and Hamas would agree to a ceasefire in Gaza.", WH,
     ("USA", "support", "israel_palestine", None)),
    ("The Prime Minister voiced the hope that Iran would return to full compliance with the JCPOA.", UK,
     ("GBR", "support", "iran_nuclear_deal", None)),
    ("Wang Yi expressed the hope that the Philippine side would respect China's sovereignty over Huangyan Dao.", MFA,
     ("CHN", "support", "sovereignty", None)),
    # the hoper, not whoever reports the hope
    ("The Foreign Secretary said Iran hopes that the JCPOA can be restored.", UK,
     ("IRN", "support", "iran_nuclear_deal", None)),
    ("The Foreign Secretary noted Iran's hope that the JCPOA could be restored.", UK,
     ("IRN", "support", "iran_nuclear_deal", None)),
]


@pytest.mark.parametrize("text,publisher,key", HOPES)
def test_a_hope_is_the_hopers_stance_toward_no_one(text, publisher, key):
    keys = _keys(text, publisher)
    assert key in keys
    assert not any(k[2] == key[2] and k[0] != key[0] for k in keys)     # not the one hoped of, nor the reporter


DENIED = [
    ("Vladimir Putin said it was clear Kiev had no intention of implementing the Minsk agreements.", KREMLIN, "ukraine"),
    ("The spokesperson said Washington has no intention of respecting the one-China principle.", MFA, "taiwan"),
    ("The President said Russia has no plans to honor the New START treaty.", WH, "arms_control"),
]
INTENDED = [
    ("Vladimir Putin said Russia has every intention of implementing the Minsk agreements.", KREMLIN,
     ("RUS", "support", "ukraine", None)),
    ("Wang Yi said China and Pakistan reaffirmed their intention to jointly combat terrorism.", MFA,
     ("PAK", "oppose", "terrorism", None)),
]


@pytest.mark.parametrize("text,publisher,issue", DENIED)
def test_an_intent_denied_is_no_stance(text, publisher, issue):
    assert not any(k[2] == issue and k[1] == "support" for k in _keys(text, publisher))


@pytest.mark.parametrize("text,publisher,key", INTENDED)
def test_an_intent_stated_is_a_stance(text, publisher, key):
    assert key in _keys(text, publisher)


# what a view or approach rests on is the stance of whoever holds it, unless the view is rejected
APPROACHES = [
    ("Vladimir Putin stressed that Moscow and Brasilia shared an approach based on the central role of the United "
     "Nations and respect for international law.", KREMLIN, ("BRA", "support", "multilateralism", None)),
    ("Wang Yi said China and Brazil share a vision based on respect for sovereignty and territorial integrity.", MFA,
     ("CHN", "support", "sovereignty", None)),
]


@pytest.mark.parametrize("text,publisher,key", APPROACHES)
def test_what_an_approach_rests_on_is_its_holders_stance(text, publisher, key):
    assert key in _keys(text, publisher)


def test_an_approach_rejected_is_no_backing_of_what_it_rests_on():
    keys = _keys("The President rejected an approach based on respect for international law.", WH)
    assert ("USA", "support", "multilateralism", None) not in keys
