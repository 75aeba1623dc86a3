"""coder/demands.py on hand-built parses: demands, hopes and proposals about another actor's acts
(docs/coder.md, "Demands, hopes and proposals")."""
import pytest

from readout.coder.demands import demands
from readout.coder.records import Placeholder

ACTORS = {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL", "Peruvian": "PER"}
REPORTED = ("Chile said Peru must reopen the border.", """
    Chile   Chile   PROPN NNP  nsubj  1
    said    say     VERB  VBD  ROOT   1
    Peru    Peru    PROPN NNP  nsubj  4
    must    must    AUX   MD   aux    4
    reopen  reopen  VERB  VB   ccomp  1
    the     the     DET   DT   det    6
    border  border  NOUN  NN   dobj   4
    .       .       PUNCT .    punct  1
""")
REPORTED_NOT = ("Chile said Peru must not close the border.", """
    Chile   Chile   PROPN NNP  nsubj  1
    said    say     VERB  VBD  ROOT   1
    Peru    Peru    PROPN NNP  nsubj  5
    must    must    AUX   MD   aux    5
    not     not     PART  RB   neg    5
    close   close   VERB  VB   ccomp  1
    the     the     DET   DT   det    7
    border  border  NOUN  NN   dobj   5
    .       .       PUNCT .    punct  1
""")
HOPED = ("Chile hopes that all parties will stay calm.", """
    Chile    Chile   PROPN NNP  nsubj  1
    hopes    hop     VERB  VBZ  ROOT   1
    that     that    SCONJ IN   mark   6
    all      all     DET   DT   det    4
    parties  party   NOUN  NNS  nsubj  6
    will     will    AUX   MD   aux    6
    stay     stay    VERB  VB   ccomp  1
    calm     calm    ADJ   JJ   acomp  6
    .        .       PUNCT .    punct  1
""")
HOPED_ACTOR = ("Chile hopes that Peru will reopen the border.", """
    Chile   Chile   PROPN NNP  nsubj  1
    hopes   hop     VERB  VBZ  ROOT   1
    that    that    SCONJ IN   mark   5
    Peru    Peru    PROPN NNP  nsubj  5
    will    will    AUX   MD   aux    5
    reopen  reopen  VERB  VB   ccomp  1
    the     the     DET   DT   det    7
    border  border  NOUN  NN   dobj   5
    .       .       PUNCT .    punct  1
""")
OWN = ("Peru must reopen the border.", """
    Peru    Peru    PROPN NNP  nsubj  2
    must    must    AUX   MD   aux    2
    reopen  reopen  VERB  VB   ROOT   2
    the     the     DET   DT   det    4
    border  border  NOUN  NN   dobj   2
    .       .       PUNCT .    punct  2
""")
OWN_POSSESSED = ("Peru's army must leave.", """
    Peru   Peru   PROPN NNP  poss   2
    's     's     PART  POS  case   0
    army   army   NOUN  NN   nsubj  4
    must   must   AUX   MD   aux    4
    leave  leave  VERB  VB   ROOT   4
    .      .      PUNCT .    punct  4
""")
OWN_PASSIVE = ("Peru must be heard.", """
    Peru   Peru   PROPN NNP  nsubjpass  3
    must   must   AUX   MD   aux        3
    be     be     AUX   VB   auxpass    3
    heard  hear   VERB  VBN  ROOT       3
    .      .      PUNCT .    punct      3
""")
PROPOSAL = ("Chile said Chile and Peru should deepen ties.", """
    Chile   Chile   PROPN NNP  nsubj  1
    said    say     VERB  VBD  ROOT   1
    Chile   Chile   PROPN NNP  nsubj  6
    and     and     CCONJ CC   cc     2
    Peru    Peru    PROPN NNP  conj   2
    should  should  AUX   MD   aux    6
    deepen  deepen  VERB  VB   ccomp  1
    ties    tie     NOUN  NNS  dobj   6
    .       .       PUNCT .    punct  1
""")
BOTH_SIDES = ("The two sides should deepen ties.", """
    The     the     DET   DT   det     2
    two     two     NUM   CD   nummod  2
    sides   side    NOUN  NNS  nsubj   4
    should  should  AUX   MD   aux     4
    deepen  deepen  VERB  VB   ROOT    4
    ties    tie     NOUN  NNS  dobj    4
    .       .       PUNCT .    punct   4
""")
BARE_PLURAL = ("Countries should deepen ties.", """
    Countries  country  NOUN  NNS  nsubj  2
    should     should   AUX   MD   aux    2
    deepen     deepen   VERB  VB   ROOT   2
    ties       tie      NOUN  NNS  dobj   2
    .          .        PUNCT .    punct  2
""")

ORGAN = ("The Peruvian army must leave.", """
    The       the       DET   DT   det    2
    Peruvian  Peruvian  ADJ   JJ   amod   2
    army      army      NOUN  NN   nsubj  4
    must      must      AUX   MD   aux    4
    leave     leave     VERB  VB   ROOT   4
    .         .         PUNCT .    punct  4
""")
NOT_AN_ORGAN = ("The Peruvian economy must grow.", """
    The       the       DET   DT   det    2
    Peruvian  Peruvian  ADJ   JJ   amod   2
    economy   economy   NOUN  NN   nsubj  4
    must      must      AUX   MD   aux    4
    grow      grow      VERB  VB   ROOT   4
    .         .         PUNCT .    punct  4
""")
CLEAR = ("Chile was clear that Peru must reopen the border.", """
    Chile   Chile   PROPN NNP  nsubj  1
    was     be      AUX   VBD  ROOT   1
    clear   clear   ADJ   JJ   acomp  1
    that    that    SCONJ IN   mark   6
    Peru    Peru    PROPN NNP  nsubj  6
    must    must    AUX   MD   aux    6
    reopen  reopen  VERB  VB   ccomp  1
    the     the     DET   DT   det    8
    border  border  NOUN  NN   dobj   6
    .       .       PUNCT .    punct  1
""")
MADE_IT_CLEAR = ("Chile made it clear that Peru must reopen the border.", """
    Chile   Chile   PROPN NNP  nsubj  1
    made    make    VERB  VBD  ROOT   1
    it      it      PRON  PRP  nsubj  3
    clear   clear   ADJ   JJ   ccomp  1
    that    that    SCONJ IN   mark   7
    Peru    Peru    PROPN NNP  nsubj  7
    must    must    AUX   MD   aux    7
    reopen  reopen  VERB  VB   advcl  3
    the     the     DET   DT   det    9
    border  border  NOUN  NN   dobj   7
    .       .       PUNCT .    punct  1
""")
IT_IS_CLEAR = ("It is clear that Peru must reopen the border.", """
    It      it      PRON  PRP  nsubj  1
    is      be      AUX   VBZ  ROOT   1
    clear   clear   ADJ   JJ   acomp  1
    that    that    SCONJ IN   mark   6
    Peru    Peru    PROPN NNP  nsubj  6
    must    must    AUX   MD   aux    6
    reopen  reopen  VERB  VB   ccomp  1
    the     the     DET   DT   det    8
    border  border  NOUN  NN   dobj   6
    .       .       PUNCT .    punct  1
""")
CLEAR_NO_MODAL = ("Chile was clear that Peru reopened the border.", """
    Chile     Chile     PROPN NNP  nsubj  1
    was       be        AUX   VBD  ROOT   1
    clear     clear     ADJ   JJ   acomp  1
    that      that      SCONJ IN   mark   5
    Peru      Peru      PROPN NNP  nsubj  5
    reopened  reopen    VERB  VBD  ccomp  1
    the       the       DET   DT   det    7
    border    border    NOUN  NN   dobj   5
    .         .         PUNCT .    punct  1
""")


EXPECTS_EXAMPLES = ("Chile expects all countries, including Peru, to reopen borders.", """
    Chile      Chile      PROPN NNP  nsubj  1
    expects    expect     VERB  VBZ  ROOT   1
    all        all        DET   DT   det    3
    countries  country    NOUN  NNS  nsubj  9
    ,          ,          PUNCT ,    punct  3
    including  include    VERB  VBG  prep   3
    Peru       Peru       PROPN NNP  pobj   5
    ,          ,          PUNCT ,    punct  3
    to         to         PART  TO   aux    9
    reopen     reopen     VERB  VB   ccomp  1
    borders    border     NOUN  NNS  dobj   9
    .          .          PUNCT .    punct  1
""")
EXPECTS_GROUP = ("Chile expects Andean countries to reopen borders.", """
    Chile    Chile    PROPN NNP  nsubj  1
    expects  expect   VERB  VBZ  ROOT   1
    Andean   Andean   ADJ   JJ   amod   3
    countries  country  NOUN  NNS  nsubj  5
    to       to       PART  TO   aux    5
    reopen   reopen   VERB  VB   ccomp  1
    borders  border   NOUN  NNS  dobj   5
    .        .        PUNCT .    punct  1
""")
EXPECTS_EVERY = ("Chile expects every nation to reopen borders.", """
    Chile    Chile    PROPN NNP  nsubj  1
    expects  expect   VERB  VBZ  ROOT   1
    every    every    DET   DT   det    3
    nation   nation   NOUN  NN   nsubj  5
    to       to       PART  TO   aux    5
    reopen   reopen   VERB  VB   ccomp  1
    borders  border   NOUN  NNS  dobj   5
    .        .        PUNCT .    punct  1
""")
EXPECTS_REGION = ("Chile expects the countries of the region to reopen borders.", """
    Chile      Chile      PROPN NNP  nsubj  1
    expects    expect     VERB  VBZ  ROOT   1
    the        the        DET   DT   det    3
    countries  country    NOUN  NNS  nsubj  8
    of         of         ADP   IN   prep   3
    the        the        DET   DT   det    6
    region     region     NOUN  NN   pobj   4
    to         to         PART  TO   aux    8
    reopen     reopen     VERB  VB   ccomp  1
    borders    border     NOUN  NNS  dobj   8
    .          .          PUNCT .    punct  1
""")
EXPECTS_THE_COUNTRIES = ("Chile expects the countries to reopen borders.", """
    Chile      Chile      PROPN NNP  nsubj  1
    expects    expect     VERB  VBZ  ROOT   1
    the        the        DET   DT   det    3
    countries  country    NOUN  NNS  nsubj  5
    to         to         PART  TO   aux    5
    reopen     reopen     VERB  VB   ccomp  1
    borders    border     NOUN  NNS  dobj   5
    .          .          PUNCT .    punct  1
""")
ALL_COUNTRIES_OWN = ("All countries should reopen borders.", """
    All        all        DET   DT   det    1
    countries  country    NOUN  NNS  nsubj  3
    should     should     AUX   MD   aux    3
    reopen     reopen     VERB  VB   ROOT   3
    borders    border     NOUN  NNS  dobj   3
    .          .          PUNCT .    punct  3
""")


DESCRIBED_OWN = ("Countries that value peace should reopen borders.", """
    Countries  country    NOUN  NNS  nsubj  5
    that       that       PRON  WDT  nsubj  2
    value      value      VERB  VBP  relcl  0
    peace      peace      NOUN  NN   dobj   2
    should     should     AUX   MD   aux    5
    reopen     reopen     VERB  VB   ROOT   5
    borders    border     NOUN  NNS  dobj   5
    .          .          PUNCT .    punct  5
""")


HOPED_RELEVANT_PARTY = ("Chile hopes that the relevant party will reopen borders.", """
    Chile     Chile     PROPN NNP  nsubj  1
    hopes     hope      VERB  VBZ  ROOT   1
    that      that      SCONJ IN   mark   7
    the       the       DET   DT   det    5
    relevant  relevant  ADJ   JJ   amod   5
    party     party     NOUN  NN   nsubj  7
    will      will      AUX   MD   aux    7
    reopen    reopen    VERB  VB   ccomp  1
    borders   border    NOUN  NNS  dobj   7
    .         .         PUNCT .    punct  1
""")


@pytest.mark.parametrize("case, speaker, expected", [
    (REPORTED, None, [("CHL", "REQUEST", "PER")]),
    (REPORTED_NOT, None, []),                          # a negated reported demand, as before
    (HOPED, None, [("CHL", "REQUEST", None)]),         # "all parties": no one in particular
    (HOPED_ACTOR, None, [("CHL", "REQUEST", "PER")]),
    (OWN, "BOL", [("BOL", "REQUEST", "PER")]),         # a statement's own demand
    (OWN, None, []),                                   # no one speaks: wire news
    (OWN_POSSESSED, "BOL", []),                        # the actor must be the subject itself
    (OWN_PASSIVE, "BOL", []),
    (PROPOSAL, None, [("CHL", "AGREE", "PER")]),       # a proposal for both sides (GUIDE.md)
    (BOTH_SIDES, "BOL", [("BOL", "AGREE", Placeholder.COUNTERPART)]),
    (BARE_PLURAL, "BOL", []),
    (ORGAN, "BOL", [("BOL", "REQUEST", "PER")]),       # a state's organ named by its adjective
    (NOT_AN_ORGAN, "BOL", []),                         # an economy is no one who can be asked
    (CLEAR, None, [("CHL", "REQUEST", "PER")]),        # a position told as firmness
    (MADE_IT_CLEAR, None, [("CHL", "REQUEST", "PER")]),
    (IT_IS_CLEAR, "BOL", []),                          # "it is clear that": no one says it
    (CLEAR_NO_MODAL, None, []),                        # what happened, not a demand
    # a group asked as a whole that is no actor: the examples it names, else no one (GUIDE.md)
    (EXPECTS_EXAMPLES, None, [("CHL", "REQUEST", "PER")]),
    (EXPECTS_GROUP, None, [("CHL", "REQUEST", None)]),
    (EXPECTS_EVERY, None, [("CHL", "REQUEST", None)]),
    (EXPECTS_REGION, None, [("CHL", "REQUEST", None)]),
    (EXPECTS_THE_COUNTRIES, None, []),                 # "the countries": the story's own, not a group at large
    (ALL_COUNTRIES_OWN, "BOL", [("BOL", "REQUEST", None)]),
    (HOPED_RELEVANT_PARTY, None, []),                  # one side left unnamed, no group at large
    (DESCRIBED_OWN, "BOL", [("BOL", "REQUEST", None)]),   # whoever the clause fits ("Countries should ..." stays a maxim)
])
def test_demands(parse, analyse, case, speaker, expected):
    doc = parse(*case)
    an = analyse(doc, ACTORS, speaker=speaker)
    assert [(e.source, e.type, e.target) for e in demands(an, doc[:], 0)] == expected
