"""A war label told as its doer's own act in a clause of time that frames the sentence ("since Russia launched
its full-scale invasion", "as Russia wages its war") is the speaker's label, its stance (GUIDE.md: labels give
the holder's stance); told in the sentence's own clause it stays an act told of its doer. Sentences written for
readout in several house styles."""
import pytest

from conftest import MFA, UK, WH, stance_keys as _keys

FRAMED = [
    ("It has been one year since Russia launched its brutal war against Ukraine.", WH, ("USA", "oppose", "ukraine", "RUS")),
    ("Since Russia launched its illegal invasion, the UK has provided Ukraine with military aid.", UK,
     ("GBR", "oppose", "ukraine", "RUS")),
    ("We are acting to strengthen Europe's energy security as Russia wages its brutal war against Ukraine.", WH,
     ("USA", "oppose", "ukraine", "RUS")),
]
TOLD = [
    ("The President said Russia continued its invasion of Ukraine overnight.", WH),
    ("The President said Russia launched its invasion of Ukraine in 2022.", WH),
    ("Wang Yi said Russia launched its special military operation after long consultations.", MFA),
]


@pytest.mark.parametrize("text,publisher,key", FRAMED)
def test_a_war_label_in_a_framing_clause_is_the_speakers_stance(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher", TOLD)
def test_a_war_act_told_in_the_main_clause_is_no_label(text, publisher):
    assert not any(k[2] == "ukraine" and k[1] == "oppose" for k in _keys(text, publisher))
