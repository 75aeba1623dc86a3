"""coder/stance_toward.py and the polarity a stance takes toward an actor, on hand-built parses
(GUIDE.md: "supports Pakistan's fight against terrorism" -> (CHN, support, terrorism, PAK))."""
import pytest

from readout.coder.stances import StanceFinder
from readout.issues import IssueLexicon

SUPPORT_FOR = ("Japan reaffirmed its support for Ukraine.", """
    Japan       Japan       PROPN NNP  nsubj  1
    reaffirmed  reaffirm    VERB  VBD  ROOT   1
    its         its         PRON  PRP$ poss   3
    support     support     NOUN  NN   dobj   1
    for         for         ADP   IN   prep   3
    Ukraine     Ukraine     PROPN NNP  pobj   4
    .           .           PUNCT .    punct  1
""")
FIGHT = ("China supports Pakistan's fight against terrorism.", """
    China      China      PROPN NNP  nsubj  1
    supports   support    VERB  VBZ  ROOT   1
    Pakistan   Pakistan   PROPN NNP  poss   4
    's         's         PART  POS  case   2
    fight      fight      NOUN  NN   dobj   1
    against    against    ADP   IN   prep   4
    terrorism  terrorism  NOUN  NN   pobj   5
    .          .          PUNCT .    punct  1
""")
STANDS_WITH = ("China stands with Russia against terrorism.", """
    China      China      PROPN NNP  nsubj  1
    stands     stand      VERB  VBZ  ROOT   1
    with       with       ADP   IN   prep   1
    Russia     Russia     PROPN NNP  pobj   2
    against    against    ADP   IN   prep   1
    terrorism  terrorism  NOUN  NN   pobj   4
    .          .          PUNCT .    punct  1
""")
PREVENT = ("Israel vowed to prevent Iran from acquiring nuclear weapons.", """
    Israel     Israel     PROPN NNP  nsubj  1
    vowed      vow        VERB  VBD  ROOT   1
    to         to         PART  TO   aux    3
    prevent    prevent    VERB  VB   xcomp  1
    Iran       Iran       PROPN NNP  dobj   3
    from       from       ADP   IN   prep   3
    acquiring  acquire    VERB  VBG  pcomp  5
    nuclear    nuclear    ADJ   JJ   amod   8
    weapons    weapon     NOUN  NNS  dobj   6
    .          .          PUNCT .    punct  1
""")
COMMENDED = ("Biden commended Australia's support for Ukraine.", """
    Biden      Biden      PROPN NNP  nsubj  1
    commended  commend    VERB  VBD  ROOT   1
    Australia  Australia  PROPN NNP  poss   4
    's         's         PART  POS  case   2
    support    support    NOUN  NN   dobj   1
    for        for        ADP   IN   prep   4
    Ukraine    Ukraine    PROPN NNP  pobj   5
    .          .          PUNCT .    punct  1
""")
CONCERNS = ("Biden raised concerns about the crackdown in Hong Kong.", """
    Biden      Biden      PROPN NNP  nsubj  1
    raised     raise      VERB  VBD  ROOT   1
    concerns   concern    NOUN  NNS  dobj   1
    about      about      ADP   IN   prep   2
    the        the        DET   DT   det    5
    crackdown  crackdown  NOUN  NN   pobj   3
    in         in         ADP   IN   prep   5
    Hong       Hong       PROPN NNP  compound  8
    Kong       Kong       PROPN NNP  pobj   6
    .          .          PUNCT .    punct  1
""")
LABEL = ("Biden condemned Russia's brutal aggression.", """
    Biden       Biden       PROPN NNP  nsubj  1
    condemned   condemn     VERB  VBD  ROOT   1
    Russia      Russia      PROPN NNP  poss   5
    's          's          PART  POS  case   2
    brutal      brutal      ADJ   JJ   amod   5
    aggression  aggression  NOUN  NN   dobj   1
    .           .           PUNCT .    punct  1
""")
HOSTED = ("Mexico hosted a US delegation to further the fight against fentanyl.", """
    Mexico      Mexico      PROPN NNP  nsubj  1
    hosted      host        VERB  VBD  ROOT   1
    a           a           DET   DT   det    4
    US          US          PROPN NNP  compound 4
    delegation  delegation  NOUN  NN   dobj   1
    to          to          PART  TO   aux    6
    further     further     VERB  VB   advcl  1
    the         the         DET   DT   det    8
    fight       fight       NOUN  NN   dobj   6
    against     against     ADP   IN   prep   8
    fentanyl    fentanyl    NOUN  NN   pobj   9
    .           .           PUNCT .    punct  1
""")
MEASURE = ("Japan raised concerns about China's import restrictions.", """
    Japan         Japan        PROPN NNP  nsubj  1
    raised        raise        VERB  VBD  ROOT   1
    concerns      concern      NOUN  NNS  dobj   1
    about         about        ADP   IN   prep   2
    China         China        PROPN NNP  poss   7
    's            's           PART  POS  case   4
    import        import       NOUN  NN   compound 7
    restrictions  restriction  NOUN  NNS  pobj   3
    .             .            PUNCT .    punct  1
""")
SCENE = ("Biden condemned the crackdown on peaceful protesters in Iran.", """
    Biden       Biden      PROPN NNP  nsubj  1
    condemned   condemn    VERB  VBD  ROOT   1
    the         the        DET   DT   det    3
    crackdown   crackdown  NOUN  NN   dobj   1
    on          on         ADP   IN   prep   3
    peaceful    peaceful   ADJ   JJ   amod   6
    protesters  protester  NOUN  NNS  pobj   4
    in          in         ADP   IN   prep   3
    Iran        Iran       PROPN NNP  pobj   7
    .           .          PUNCT .    punct  1
""")
COORDINATED = ("Biden backed the sovereignty of Ukraine and Georgia.", """
    Biden        Biden        PROPN NNP  nsubj  1
    backed       back         VERB  VBD  ROOT   1
    the          the          DET   DT   det    3
    sovereignty  sovereignty  NOUN  NN   dobj   1
    of           of           ADP   IN   prep   3
    Ukraine      Ukraine      PROPN NNP  pobj   4
    and          and          CCONJ CC   cc     5
    Georgia      Georgia      PROPN NNP  conj   5
    .            .            PUNCT .    punct  1
""")
ACTORS = {"China": "CHN", "Ukraine": "UKR", "Russia": "RUS", "Pakistan": "PAK", "Japan": "JPN", "Iran": "IRN",
          "Israel": "ISR", "Australia": "AUS", "Biden": ("USA", "person"),
          "Mexico": "MEX", "US": "USA", "Georgia": "GEO"}


@pytest.fixture(scope="module")
def finder():
    return StanceFinder(IssueLexicon())


@pytest.mark.parametrize("case, stances", [
    (SUPPORT_FOR, [("JPN", "support", "ukraine", "UKR")]),        # the issue is the actor backed
    (FIGHT, [("CHN", "support", "terrorism", "PAK")]),            # the word above judges Pakistan's fight
    (STANDS_WITH, [("CHN", "support", "terrorism", "RUS")]),
    (PREVENT, [("ISR", "oppose", "nonproliferation", "IRN")]),    # the object of a counter word
    (COMMENDED, [("USA", "support", "ukraine", "AUS")]),          # a judged position: toward its owner
    (CONCERNS, [("USA", "oppose", "hong_kong", "CHN")]),          # the issue's usual doer (GUIDE.md)
    (LABEL, [("USA", "oppose", "ukraine", "RUS")]),               # a war act named by its doer alone
    # the object of a verb that takes no side is no toward: regression, was (MEX, oppose, ..., USA)
    (HOSTED, [("MEX", "support", "counternarcotics", None)]),
    # a measure is its possessor's act, not a good it owns: regression, was (JPN, support, trade, CHN)
    (MEASURE, [("JPN", "oppose", "trade", "CHN")]),
    (SCENE, [("USA", "oppose", "human_rights", "IRN")]),          # no doer named: the country it happens in
    (COORDINATED, [("USA", "support", "sovereignty", "UKR"), ("USA", "support", "sovereignty", "GEO")]),
])
def test_toward_and_its_polarity(parse, analyse, finder, case, stances):
    doc = parse(*case)
    found = finder.find(analyse(doc, ACTORS), doc[:], 0)
    assert [(s.holder, s.polarity, s.issue, s.toward) for s in found] == stances
