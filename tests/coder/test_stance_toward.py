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
MEDDLING = ("Politicians in Japan engineered one reckless act after another, meddling in China's internal affairs.", """
    Politicians  politician  NOUN  NNS  nsubj  3
    in           in          ADP   IN   prep   0
    Japan        Japan       PROPN NNP  pobj   1
    engineered   engineer    VERB  VBD  ROOT   3
    one          one         NUM   CD   nummod 6
    reckless     reckless    ADJ   JJ   amod   6
    act          act         NOUN  NN   dobj   3
    after        after       ADP   IN   prep   6
    another      another     PRON  DT   pobj   7
    ,            ,           PUNCT ,    punct  3
    meddling     meddle      VERB  VBG  advcl  3
    in           in          ADP   IN   prep   10
    China        China       PROPN NNP  poss   14
    's           's          PART  POS  case   12
    internal     internal    ADJ   JJ   amod   15
    affairs      affair      NOUN  NNS  pobj   11
    .            .           PUNCT .    punct  3
""")
ATTEMPTS = ("Japan warned against Russian attempts to interfere in elections.", """
    Japan        Japan        PROPN NNP  nsubj  1
    warned       warn         VERB  VBD  ROOT   1
    against      against      ADP   IN   prep   1
    Russian      russian      ADJ   JJ   amod   4
    attempts     attempt      NOUN  NNS  pobj   2
    to           to           PART  TO   aux    6
    interfere    interfere    VERB  VB   acl    4
    in           in           ADP   IN   prep   6
    elections    election     NOUN  NNS  pobj   7
    .            .            PUNCT .    punct  1
""")
SUCH = ("Russia held a rally in Tokyo. Japan will not tolerate such interference in its internal affairs.", """
    Russia       Russia       PROPN NNP  nsubj  1
    held         hold         VERB  VBD  ROOT   1
    a            a            DET   DT   det    3
    rally        rally        NOUN  NN   dobj   1
    in           in           ADP   IN   prep   3
    Tokyo        Tokyo        PROPN NNP  pobj   4
    .            .            PUNCT .    punct  1
    Japan        Japan        PROPN NNP  nsubj  10
    will         will         AUX   MD   aux    10
    not          not          PART  RB   neg    10
    tolerate     tolerate     VERB  VB   ROOT   10
    such         such         ADJ   JJ   amod   12
    interference interference NOUN  NN   dobj   10
    in           in           ADP   IN   prep   12
    its          its          PRON  PRP$ poss   16
    internal     internal     ADJ   JJ   amod   16
    affairs      affair       NOUN  NNS  pobj   13
    .            .            PUNCT .    punct  10
""")
ANY = ("Russia held a rally in Tokyo. Japan will not tolerate any interference in its internal affairs.", """
    Russia       Russia       PROPN NNP  nsubj  1
    held         hold         VERB  VBD  ROOT   1
    a            a            DET   DT   det    3
    rally        rally        NOUN  NN   dobj   1
    in           in           ADP   IN   prep   3
    Tokyo        Tokyo        PROPN NNP  pobj   4
    .            .            PUNCT .    punct  1
    Japan        Japan        PROPN NNP  nsubj  10
    will         will         AUX   MD   aux    10
    not          not          PART  RB   neg    10
    tolerate     tolerate     VERB  VB   ROOT   10
    any          any          DET   DT   det    12
    interference interference NOUN  NN   dobj   10
    in           in           ADP   IN   prep   12
    its          its          PRON  PRP$ poss   16
    internal     internal     ADJ   JJ   amod   16
    affairs      affair       NOUN  NNS  pobj   13
    .            .            PUNCT .    punct  10
""")
WITH_SUPPORT = ("Japan condemned Russia's war against Ukraine, waged with the support of Belarus.", """
    Japan      Japan      PROPN NNP  nsubj  1
    condemned  condemn    VERB  VBD  ROOT   1
    Russia     Russia     PROPN NNP  poss   4
    's         's         PART  POS  case   2
    war        war        NOUN  NN   dobj   1
    against    against    ADP   IN   prep   4
    Ukraine    Ukraine    PROPN NNP  pobj   5
    ,          ,          PUNCT ,    punct  4
    waged      wage       VERB  VBN  acl    4
    with       with       ADP   IN   prep   8
    the        the        DET   DT   det    11
    support    support    NOUN  NN   pobj   9
    of         of         ADP   IN   prep   11
    Belarus    Belarus    PROPN NNP  pobj   12
    .          .          PUNCT .    punct  1
""")
THANKED = ("Japan condemned Russia's war and thanked Belarus for its support for Ukraine.", """
    Japan      Japan      PROPN NNP  nsubj  1
    condemned  condemn    VERB  VBD  ROOT   1
    Russia     Russia     PROPN NNP  poss   4
    's         's         PART  POS  case   2
    war        war        NOUN  NN   dobj   1
    and        and        CCONJ CC   cc     1
    thanked    thank      VERB  VBD  conj   1
    Belarus    Belarus    PROPN NNP  dobj   6
    for        for        ADP   IN   prep   6
    its        its        PRON  PRP$ poss   10
    support    support    NOUN  NN   pobj   8
    for        for        ADP   IN   prep   10
    Ukraine    Ukraine    PROPN NNP  pobj   11
    .          .          PUNCT .    punct  1
""")
NOUN_AS_VERB = ("Japan condemned reports of Russia placing mines, interference in Japan's internal affairs.", """
    Japan        Japan        PROPN NNP  nsubj  1
    condemned    condemn      VERB  VBD  ROOT   1
    reports      report       NOUN  NNS  nsubj  8
    of           of           ADP   IN   prep   2
    Russia       Russia       PROPN NNP  pobj   3
    placing      place        VERB  VBG  acl    2
    mines        mine         NOUN  NNS  dobj   5
    ,            ,            PUNCT ,    punct  8
    interference interference VERB  VBP  ccomp  1
    in           in           ADP   IN   prep   8
    Japan        Japan        PROPN NNP  poss   13
    's           's           PART  POS  case   10
    internal     internal     ADJ   JJ   amod   13
    affairs      affair       NOUN  NNS  pobj   9
    .            .            PUNCT .    punct  1
""")
ACTORS = {"China": "CHN", "Ukraine": "UKR", "Russia": "RUS", "Pakistan": "PAK", "Japan": "JPN", "Iran": "IRN",
          "Israel": "ISR", "Australia": "AUS", "Biden": ("USA", "person"),
          "Mexico": "MEX", "US": "USA", "Georgia": "GEO", "Tokyo": "JPN", "Belarus": "BLR", "Russian": "RUS"}


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


@pytest.mark.parametrize("case, stances", [
    # a wrongful act told as a verb is its subject's deed: regression, was toward null
    (MEDDLING, [("CHN", "oppose", "interference", "JPN")]),
    # a noun the tagger read as a verb ("-ence") is no clause: the parse's subject is not its doer (a dev readout's
    # list of concerns got toward USA from one)
    (NOUN_AS_VERB, [("JPN", "oppose", "interference", None)]),
])
def test_wrongful_verb_aimed_at_its_subject(parse, analyse, finder, case, stances):
    doc = parse(*case)
    found = finder.find(analyse(doc, ACTORS, speaker="CHN"), doc[:], 0)
    assert [(s.holder, s.polarity, s.issue, s.toward) for s in found] == stances


@pytest.mark.parametrize("case, stances", [
    # whose attempt the wrongful act is: regression, was toward null
    (ATTEMPTS, [("JPN", "oppose", "election_interference", "RUS")]),
    # a war opposed and another's backing of it told beside: both aimed at (the gold keeps both)
    (WITH_SUPPORT, [("JPN", "oppose", "ukraine", "RUS"), ("JPN", "oppose", "ukraine", "BLR")]),
    # backing of the victim is no backing of the war
    (THANKED, [("JPN", "oppose", "ukraine", "RUS"), ("JPN", "support", "ukraine", "UKR")]),
])
def test_wrongdoer_named_beside(parse, analyse, finder, case, stances):
    doc = parse(*case)
    found = finder.find(analyse(doc, ACTORS), doc[:], 0)
    assert sorted((s.holder, s.polarity, s.issue, s.toward) for s in found) == sorted(stances)


@pytest.mark.parametrize("case, toward", [
    (SUCH, "RUS"),      # "such interference": the deed just told, its doer (regression, was null)
    (ANY, None),        # "any interference": anyone's
])
def test_such_act_is_the_deed_told_before(parse, analyse, finder, case, toward):
    doc = parse(*case)
    an = analyse(doc, ACTORS)
    found = []
    for index, sent in enumerate(doc.sents):
        an.start_sentence(sent)
        found += finder.find(an, sent, index)
        an.end_sentence(sent)
    assert [(s.holder, s.polarity, s.issue, s.toward) for s in found] == [("JPN", "oppose", "interference", toward)]
