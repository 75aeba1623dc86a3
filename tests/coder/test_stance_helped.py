"""Twenty-sixth session (issue #12, a stance's key right when its issue is found): a verb of helping
(helping_verb: help, assist, aid, enable, empower) backs the helped actor in what it does, as "supports
Pakistan's fight against terrorism" does (GUIDE.md), whether the parser makes the helped actor the verb's
object or the subject of its small clause. Sentences written for readout in several house styles, with
near misses (docs/coder.md, "Stances")."""
import pytest

from conftest import CANADA, IRAN, KREMLIN, MFA, UK, WH, stance_keys as _keys

HELPED = [
    ("China is ready to help Pakistan fight terrorism.", MFA, ("CHN", "support", "terrorism", "PAK")),
    ("The Minister said China will help Laos tackle the COVID-19 pandemic.", MFA, ("CHN", "support", "covid19", "LAO")),
    ("Russia will continue to help the Syrian Government restore the country's unity and territorial integrity.",
     KREMLIN, ("RUS", "support", "sovereignty", "SYR")),
    ("The President pledged to help Haiti restore democracy.", WH, ("USA", "support", "democracy", "HTI")),
    ("Russia will assist Afghanistan in combating terrorism.", KREMLIN, ("RUS", "support", "terrorism", "AFG")),
    ("The United States will assist Jordan in countering violent extremism and terrorism.", WH,
     ("USA", "support", "terrorism", "JOR")),
    ("Britain will empower Kenya to tackle terrorism in the region.", UK, ("GBR", "support", "terrorism", "KEN")),
    ("The Prime Minister said Canada would enable Ukraine to defend its sovereignty.", CANADA,
     ("CAN", "support", "sovereignty", "UKR")),
]


@pytest.mark.parametrize("text,publisher,key", HELPED)
def test_a_helper_backs_the_helped_actor(text, publisher, key):
    assert key in _keys(text, publisher)


# the helped actor's own doing is no stance of its own, and help to a wrong is no backing the helper says
NOT_HELPED = [
    ("China is ready to help Pakistan fight terrorism.", MFA, ("PAK", "oppose", "terrorism", None)),
    ("Russia will assist Afghanistan in combating terrorism.", KREMLIN, ("RUS", "oppose", "terrorism", None)),
    ("The Foreign Minister said Iran helps Syria attack Israel.", IRAN, ("IRN", "support", "israel_palestine", "SYR")),
]

# the speaker helped ("helping us tackle ...") holds its own stance, as before
OWN_DOING = [
    ("These new steps will help us tackle the climate crisis.", WH, ("USA", "support", "climate", None)),
    ("The agreement will help us fight terrorism together.", UK, ("GBR", "oppose", "terrorism", None)),
]


@pytest.mark.parametrize("text,publisher,key", OWN_DOING)
def test_a_helped_speaker_keeps_its_stance(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_HELPED)
def test_the_helped_actor_holds_no_stance_of_its_own(text, publisher, key):
    assert key not in _keys(text, publisher)
