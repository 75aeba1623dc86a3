"""coder/departures.py on hand-built parses: departures ordered with no orderer named are the text's
own side's expulsions (envoys) or deportations (nationals) (docs/coder.md, "Expulsions told as a
deadline")."""
import pytest

from readout.coder.departures import departures

ACTORS = {"Chile": "CHL", "Peru": "PER", "Peruvian": "PER", "Chilean": "CHL"}
MUST = ("Three Peruvian diplomats must leave Chile within a week.", """
    Three      three      NUM   CD   nummod  2
    Peruvian   Peruvian   ADJ   JJ   amod    2
    diplomats  diplomat   NOUN  NNS  nsubj   4
    must       must       AUX   MD   aux     4
    leave      leave      VERB  VB   ROOT    4
    Chile      Chile      PROPN NNP  dobj    4
    within     within     ADP   IN   prep    4
    a          a          DET   DT   det     8
    week       week       NOUN  NN   pobj    6
    .          .          PUNCT .    punct   4
""")
SHOULD = ("Three Peruvian diplomats should leave Chile.", """
    Three      three      NUM   CD   nummod  2
    Peruvian   Peruvian   ADJ   JJ   amod    2
    diplomats  diplomat   NOUN  NNS  nsubj   4
    should     should     AUX   MD   aux     4
    leave      leave      VERB  VB   ROOT    4
    Chile      Chile      PROPN NNP  dobj    4
    .          .          PUNCT .    punct   4
""")
HOURS = ("Peruvian nationals in Chile have 72 hours to leave the country.", """
    Peruvian   Peruvian   ADJ   JJ   amod    1
    nationals  national   NOUN  NNS  nsubj   4
    in         in         ADP   IN   prep    1
    Chile      Chile      PROPN NNP  pobj    2
    have       have       VERB  VBP  ROOT    4
    72         72         NUM   CD   nummod  6
    hours      hour       NOUN  NNS  dobj    4
    to         to         PART  TO   aux     8
    leave      leave      VERB  VB   relcl   6
    the        the        DET   DT   det     10
    country    country    NOUN  NN   dobj    8
    .          .          PUNCT .    punct   4
""")
DIRECTED = ("Two officials of the Peruvian Embassy have been directed to depart.", """
    Two        two        NUM   CD   nummod   1
    officials  official   NOUN  NNS  nsubjpass 8
    of         of         ADP   IN   prep     1
    the        the        DET   DT   det      5
    Peruvian   Peruvian   ADJ   JJ   amod     5
    Embassy    Embassy    PROPN NNP  pobj     2
    have       have       AUX   VBP  aux      8
    been       be         AUX   VBN  auxpass  8
    directed   direct     VERB  VBN  ROOT     8
    to         to         PART  TO   aux      10
    depart     depart     VERB  VB   xcomp    8
    .          .          PUNCT .    punct    8
""")
ARE_TO = ("The Peruvian envoy is to leave the State.", """
    The        the        DET   DT   det      2
    Peruvian   Peruvian   ADJ   JJ   amod     2
    envoy      envoy      NOUN  NN   nsubj    3
    is         be         AUX   VBZ  ROOT     3
    to         to         PART  TO   aux      5
    leave      leave      VERB  VB   xcomp    3
    the        the        DET   DT   det      7
    State      state      NOUN  NN   dobj     5
    .          .          PUNCT .    punct    3
""")
OTHER_STATE = ("Chilean citizens must leave Peru.", """
    Chilean    Chilean    ADJ   JJ   amod    1
    citizens   citizen    NOUN  NNS  nsubj   3
    must       must       AUX   MD   aux     3
    leave      leave      VERB  VB   ROOT    3
    Peru       Peru       PROPN NNP  dobj    3
    .          .          PUNCT .    punct   3
""")
TROOPS = ("Peruvian troops must leave Chile.", """
    Peruvian   Peruvian   ADJ   JJ   amod    1
    troops     troop      NOUN  NNS  nsubj   3
    must       must       AUX   MD   aux     3
    leave      leave      VERB  VB   ROOT    3
    Chile      Chile      PROPN NNP  dobj    3
    .          .          PUNCT .    punct   3
""")
CONDITIONAL = ("Peruvian diplomats must leave Chile if they spy.", """
    Peruvian   Peruvian   ADJ   JJ   amod    1
    diplomats  diplomat   NOUN  NNS  nsubj   3
    must       must       AUX   MD   aux     3
    leave      leave      VERB  VB   ROOT    3
    Chile      Chile      PROPN NNP  dobj    3
    if         if         SCONJ IN   mark    7
    they       they       PRON  PRP  nsubj   7
    spy        spy        VERB  VBP  advcl   3
    .          .          PUNCT .    punct   3
""")


@pytest.mark.parametrize("case, expected", [
    (MUST, [("CHL", "SANCTION", "PER")]),           # envoys told to leave: expelled
    (HOURS, [("CHL", "COERCE", "PER")]),            # nationals given a deadline: deported; "in Chile" is no nationality
    (DIRECTED, [("CHL", "SANCTION", "PER")]),       # a passive with no agent: the text's own side orders it
    (ARE_TO, [("CHL", "SANCTION", "PER")]),
    (SHOULD, []),                                   # advice, no order
    (OTHER_STATE, []),                              # one's own citizens told to leave another state: advice
    (TROOPS, []),
    (CONDITIONAL, []),                              # on a condition: a warning (THREATEN elsewhere), no expulsion                                   # troops leaving are a demand (demands.py), no expulsion
])
def test_departures(parse, analyse, case, expected):
    doc = parse(*case)
    an = analyse(doc, ACTORS, speaker="CHL")
    assert [(e.source, e.type, e.target) for e in departures(an, doc[:], 0)] == expected
