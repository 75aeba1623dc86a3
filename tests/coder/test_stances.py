"""coder/stances.py: stances found (or not) in sentences written for these tests (GUIDE.md,
Stances): on hand-built parses, then through the whole pipeline with the model."""
import pytest

from readout.coder.records import Placeholder
from readout.coder.stances import StanceFinder, act_lemma
from readout.issues import IssueLexicon
from readout.pipeline import code_text

SUPPORTS = ("China supports Ukraine's sovereignty.", """
    China        China        PROPN NNP  nsubj     1
    supports     support      VERB  VBZ  ROOT      1
    Ukraine      Ukraine      PROPN NNP  poss      4
    's           's           PART  POS  case      2
    sovereignty  sovereignty  NOUN  NN   dobj      1
    .            .            PUNCT .    punct     1
""")
NOT_SUPPORT = ("China does not support Ukraine's sovereignty.", """
    China        China        PROPN NNP  nsubj     3
    does         do           AUX   VBZ  aux       3
    not          not          PART  RB   neg       3
    support      support      VERB  VB   ROOT      3
    Ukraine      Ukraine      PROPN NNP  poss      6
    's           's           PART  POS  case      4
    sovereignty  sovereignty  NOUN  NN   dobj      3
    .            .            PUNCT .    punct     3
""")
MUTUAL = ("The leaders expressed mutual support for sovereignty.", """
    The          the          DET   DT   det       1
    leaders      leader       NOUN  NNS  nsubj     2
    expressed    express      VERB  VBD  ROOT      2
    mutual       mutual       ADJ   JJ   amod      4
    support      support      NOUN  NN   dobj      2
    for          for          ADP   IN   prep      4
    sovereignty  sovereignty  NOUN  NN   pobj      5
    .            .            PUNCT .    punct     2
""")
INVASION = ("Biden condemned Russia's invasion of Ukraine.", """
    Biden      Biden     PROPN NNP  nsubj     1
    condemned  condemn   VERB  VBD  ROOT      1
    Russia     Russia    PROPN NNP  poss      4
    's         's        PART  POS  case      2
    invasion   invasion  NOUN  NN   dobj      1
    of         of        ADP   IN   prep      4
    Ukraine    Ukraine   PROPN NNP  pobj      5
    .          .         PUNCT .    punct     1
""")
DISCUSSED = ("The ministers discussed countering terrorism.", """
    The         the        DET   DT   det       1
    ministers   minister   NOUN  NNS  nsubj     2
    discussed   discuss    VERB  VBD  ROOT      2
    countering  counter    VERB  VBG  xcomp     2
    terrorism   terrorism  NOUN  NN   dobj      3
    .           .          PUNCT .    punct     2
""")
ACTORS = {"China": "CHN", "Ukraine": "UKR", "Russia": "RUS", "Biden": ("USA", "person")}


@pytest.fixture(scope="module")
def finder():
    return StanceFinder(IssueLexicon())


@pytest.mark.parametrize("case, stances", [
    (SUPPORTS, [("CHN", "support", "sovereignty", "UKR")]),     # toward: the issue's possessor
    (NOT_SUPPORT, []),                                          # a negated polarity word
    (MUTUAL, [(Placeholder.PARTICIPANTS, "support", "sovereignty", Placeholder.COUNTERPART)]),
    (INVASION, [("USA", "oppose", "ukraine", "RUS")]),          # a wrong act: toward its doer
    (DISCUSSED, []),                                            # only discussed
])
def test_find(parse, analyse, finder, case, stances):
    doc = parse(*case)
    found = finder.find(analyse(doc, ACTORS), doc[:], 0)
    assert [(s.holder, s.polarity, s.issue, s.toward) for s in found] == stances


def test_act_lemma_joins_build_up(parse):
    doc = parse("the build-up", """
        the    the    DET   DT   det       3
        build  build  NOUN  NN   compound  3
        -      -      PUNCT HYPH punct     3
        up     up     NOUN  NN   ROOT      3
    """)
    assert act_lemma(doc[3]) == "buildup" and act_lemma(doc[1]) == "build"

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


def _keys(text):  # with the model
    rec = code_text(text, date="2021-06-01", publisher="The White House")
    return {(s["holder"], s["polarity"], s["issue"], s["toward"]) for s in rec["stances"]}


@pytest.mark.parametrize("text,key", MUST_FIND)
def test_must_find(text, key):
    assert key in _keys(text)


@pytest.mark.parametrize("text,key", MUST_NOT_FIND)
def test_must_not_find(text, key):
    assert key not in _keys(text)
