"""coder/reliance.py on hand-built parses: counting on another side asks it (REQUEST); a side that
can count on another's support is promised it (SUPPORT) (docs/coder.md, "Counting on another side")."""
import pytest

from readout.coder.reliance import reliance

ACTORS = {"Chile": "CHL", "Peru": "PER", "Chilean": "CHL"}
COUNT = ("We count on Chile's support.", """
    We       we       PRON  PRP  nsubj  1
    count    count    VERB  VBP  ROOT   1
    on       on       ADP   IN   prep   1
    Chile    Chile    PROPN NNP  poss   5
    's       's       PART  POS  case   3
    support  support  NOUN  NN   pobj   2
    .        .        PUNCT .    punct  1
""")
CAN_COUNT = ("Peru can count on Chile's support.", """
    Peru     Peru     PROPN NNP  nsubj  2
    can      can      AUX   MD   aux    2
    count    count    VERB  VB   ROOT   2
    on       on       ADP   IN   prep   2
    Chile    Chile    PROPN NNP  poss   6
    's       's       PART  POS  case   4
    support  support  NOUN  NN   pobj   3
    .        .        PUNCT .    punct  2
""")
CAN_RELY_OURS = ("Peru can continue to rely on our support.", """
    Peru      Peru      PROPN NNP  nsubj  2
    can       can       AUX   MD   aux    2
    continue  continue  VERB  VB   ROOT   2
    to        to        PART  TO   aux    4
    rely      rely      VERB  VB   xcomp  2
    on        on        ADP   IN   prep   4
    our       our       PRON  PRP$ poss   7
    support   support   NOUN  NN   pobj   5
    .         .         PUNCT .    punct  2
""")
RELIES = ("Peru relies on Chilean gas.", """
    Peru     Peru     PROPN NNP  nsubj  1
    relies   rely     VERB  VBZ  ROOT   1
    on       on       ADP   IN   prep   1
    Chilean  Chilean  ADJ   JJ   amod   4
    gas      gas      NOUN  NN   pobj   2
    .        .        PUNCT .    punct  1
""")
TO_ACT = ("Peru could count on Chile to meet its obligations.", """
    Peru         Peru        PROPN NNP  nsubj  2
    could        could       AUX   MD   aux    2
    count        count       VERB  VB   ROOT   2
    on           on          ADP   IN   prep   2
    Chile        Chile       PROPN NNP  pobj   3
    to           to          PART  TO   aux    6
    meet         meet        VERB  VB   advcl  2
    its          its         PRON  PRP$ poss   8
    obligations  obligation  NOUN  NNS  dobj   6
    .            .           PUNCT .    punct  2
""")
GERUND = ("We count on continuing our dialogue.", """
    We          we         PRON  PRP  nsubj  1
    count       count      VERB  VBP  ROOT   1
    on          on         ADP   IN   prep   1
    continuing  continue   VERB  VBG  pcomp  2
    our         our        PRON  PRP$ poss   5
    dialogue    dialogue   NOUN  NN   dobj   3
    .           .          PUNCT .    punct  1
""")


@pytest.mark.parametrize("case, speaker, expected", [
    (COUNT, "PER", [("PER", "REQUEST", "CHL")]),      # counting on a side asks it
    (CAN_COUNT, None, [("CHL", "SUPPORT", "PER")]),   # a side that can count on another is promised backing
    (CAN_RELY_OURS, "CHL", [("CHL", "SUPPORT", "PER")]),   # "our support": the text's own side
    (RELIES, None, []),                               # "relies on" without "can": how things are
    (TO_ACT, None, []),                               # counted on to act: a pledge, no backing
    (GERUND, "PER", []),                              # counting on an act of one's own
])
def test_reliance(parse, analyse, case, speaker, expected):
    doc = parse(*case)
    an = analyse(doc, ACTORS, speaker=speaker)
    assert [(e.source, e.type, e.target) for e in reliance(an, doc[:], 0)] == expected
