"""What must be done with no one named to do it (docs/coder.md, "Stances", stance_judged.impersonal_need): "it is
important to ...", "the top priority is to ...", "the first step is to ..." is the stance of whoever says so; a drug
trade is no trade stance. Sentences written for readout in several house styles."""
import pytest

from conftest import KREMLIN, MFA, UK, WH, stance_keys as _keys

NEEDED = [
    ("It is essential to keep up the joint fight against terrorism, the President said.", KREMLIN,
     ("RUS", "oppose", "terrorism", None)),
    ("The most urgent priority is to secure a ceasefire in Gaza.", MFA, ("CHN", "support", "israel_palestine", None)),
    ("The next step is to guarantee unhindered humanitarian access across the country.", UK,
     ("GBR", "support", "humanitarian", None)),
]
NOT_NEEDED = [
    ("We must step up our work against terrorism and the illegal drug trade.", KREMLIN, ("RUS", "support", "trade", None)),
]


FINDINGS = [
    ("I have determined that it is necessary to extend the emergency and to maintain in force the sanctions against the "
     "regime of Belarus.", WH, "sanctions"),
]


@pytest.mark.parametrize("text,publisher,key", NEEDED)
def test_a_need_no_one_is_named_for_is_the_speakers_stance(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,issue", FINDINGS)
def test_a_documents_operative_finding_is_no_stance(text, publisher, issue):
    assert not any(k[2] == issue for k in _keys(text, publisher))


@pytest.mark.parametrize("text,publisher,key", NOT_NEEDED)
def test_the_drug_trade_is_no_trade_stance(text, publisher, key):
    assert key not in _keys(text, publisher)
