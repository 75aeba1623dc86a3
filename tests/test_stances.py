"""Stances found (or not) in sentences written for these tests (GUIDE.md, Stances)."""
import pytest

from readout.pipeline import code_text

CALL = "President Biden spoke by phone with Prime Minister Kishida of Japan. "
MUST_FIND = [
    ("China firmly supports Iran in safeguarding national sovereignty.", ("CHN", "support", "sovereignty", "IRN")),
    ("President Biden voiced concerns about Russia's escalation of troops near Ukraine.",
     ("USA", "oppose", "ukraine", "RUS")),
    ("President Biden raised concerns about Beijing's unfair trade practices, crackdown in Hong Kong and abuses in Tibet.",
     ("USA", "oppose", "tibet", "CHN")),
    ("President Biden reaffirmed his support for Georgia's sovereignty.", ("USA", "support", "sovereignty", "GEO")),
    ("President Biden raised concerns about Beijing's practices in Tibet and Hong Kong, as well as human rights "
     "more broadly.", ("USA", "oppose", "human_rights", "CHN")),
    ("We will impose severe costs on Russia for this reckless act of aggression against Ukraine.",
     ("USA", "oppose", "ukraine", "RUS")),
    ("President Biden raised concerns about the DPRK's repeated missile launches.",
     ("USA", "oppose", "korean_peninsula", "PRK")),
    ("The President voiced concerns over the sudden Russian military build-up near Ukraine's borders.",
     ("USA", "oppose", "ukraine", "RUS")),
    ("President Biden warned that a further Russian invasion of Ukraine would cause great suffering.",
     ("USA", "oppose", "ukraine", "RUS")),
    (CALL + "The leaders expressed mutual support in defending sovereignty and upholding international law.",
     ("JPN", "support", "multilateralism", "USA")),
]
MUST_NOT_FIND = [
    ("President Biden voiced concerns about Russia's escalation of troops near Ukraine.",
     ("RUS", "oppose", "ukraine", None)),
    ("The ministers talked about the Idlib de-escalation zone in Syria.", ("RUS", "oppose", "syria", "SYR")),
    ("President Biden reaffirmed his support for Georgia's sovereignty.", ("USA", "support", "ukraine", None)),
    ("The two leaders exchanged views on countering terrorism.", ("USA", "oppose", "terrorism", None)),
    ("President Biden expressed concern over the rapid spread of the coronavirus.", ("USA", "oppose", "covid19", None)),
    ("The President voiced concerns over the sudden Russian military build-up near Ukraine's borders.",
     ("USA", "support", "ukraine", "RUS")),
    ("President Biden warned that a further Russian invasion of Ukraine would cause great suffering.",
     ("RUS", "oppose", "ukraine", None)),
    (CALL + "The leaders expressed mutual interest in closer trade ties and praised efforts to address climate change.",
     ("USA", "support", "climate", "JPN")),
]


def _keys(text):
    rec = code_text(text, date="2021-06-01", publisher="The White House")
    return {(s["holder"], s["polarity"], s["issue"], s["toward"]) for s in rec["stances"]}


@pytest.mark.parametrize("text,key", MUST_FIND)
def test_must_find(text, key):
    assert key in _keys(text)


@pytest.mark.parametrize("text,key", MUST_NOT_FIND)
def test_must_not_find(text, key):
    assert key not in _keys(text)
