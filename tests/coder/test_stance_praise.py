"""Twenty-second session (issue #12, stance toward): praise aims a stance at the praised actor's conduct on the
issue (GUIDE.md: "supports Pakistan's fight against terrorism" -> toward Pakistan); coder/stance_praise.py.
Sentences written for readout in several house styles (docs/coder.md, "Stances")."""
import pytest

from conftest import KREMLIN, MFA, UK, WH, stance_keys as _keys

PRAISED = [
    # the owner of a noun on the way from the issue up to the praise word
    ("President Biden commended President Lula's leadership in tackling the climate crisis.", WH,
     ("USA", "support", "climate", "BRA")),
    ("The Prime Minister lauded Norway's leadership in fighting climate change.", UK,
     ("GBR", "support", "climate", "NOR")),
    ("Sergey Lavrov expressed appreciation for India's balanced position on the Ukraine crisis.", KREMLIN,
     ("RUS", "support", "ukraine", "IND")),
    ("Wang Yi highly appreciated Pakistan's role in fighting terrorism.", MFA,
     ("CHN", "support", "terrorism", "PAK")),
    # the praise's own object, with the issue on a preposition of the praise verb
    ("The President thanked Poland for its steps to advance democratic reforms in the region.", WH,
     ("USA", "support", "democracy", "POL")),
    ("Vladimir Putin thanked Donald Trump for his desire to help end the Ukraine crisis.", KREMLIN,
     ("RUS", "support", "ukraine", "USA")),
    ("The Prime Minister met President Ruto of Kenya. The Prime Minister thanked President Ruto for the visit and "
     "commended him for his work in fighting climate change.", UK, ("GBR", "support", "climate", "KEN")),
    # a welcome of a position or effort an actor owns judges that actor's conduct
    ("President Biden welcomed Canada's leadership in confronting climate change.", WH,
     ("USA", "support", "climate", "CAN")),
    ("Lavrov welcomed India's readiness to contribute to a political settlement of the Ukraine crisis.", KREMLIN,
     ("RUS", "support", "ukraine", "IND")),
    # praise of a backer, not the partner it stands with
    ("The President praised Japan's leadership in standing with Ukraine.", WH, ("USA", "support", "ukraine", "JPN")),
]
NOT_PRAISED = [
    # the holder praising its own side aims at no one else
    ("The President praised America's leadership in tackling the climate crisis, joined by Brazil.", WH,
     ("USA", "support", "climate", "BRA")),
    # a welcome of what is no position or effort (an outcome, a plan) is aimed at no one (GUIDE.md)
    ("The President welcomed Brazil's plans for tackling the climate crisis.", WH,
     ("USA", "support", "climate", "BRA")),
    # aid given is an act, no stance, praised or not
    ("The Prime Minister thanked Japan for the vaccines it provided to Viet Nam during the pandemic.", UK,
     ("GBR", "support", "covid19", "JPN")),
    # a backed actor with no owner named keeps its aim
    ("The Prime Minister thanked Norway for its steady support to Ukraine.", UK, ("GBR", "support", "ukraine", "NOR")),
    # no praise word: the issue keeps no owner
    ("President Biden discussed President Lula's plans for tackling the climate crisis.", WH,
     ("USA", "support", "climate", "BRA")),
    # praise reported in a clause below a verb of saying is no grounds of that verb
    ("Biden said that the Prime Minister thanked the people for fighting climate change.", WH,
     ("USA", "support", "climate", "GBR")),
]


@pytest.mark.parametrize("text,publisher,key", PRAISED)
def test_praise_aims_the_stance_at_the_praised(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,absent", NOT_PRAISED)
def test_no_praise_no_praised_aim(text, publisher, absent):
    assert absent not in _keys(text, publisher)
