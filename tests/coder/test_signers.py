"""coder/signers.py on hand-built parses: whom a joint text's "we" stands for when the text names no
one, by its lead or its title (docs/coder.md, "Headline and participants")."""
import pytest

from readout.coder.signers import title_signers
from readout.coder.sources import Analysis

ANDES = {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL"}
WE_CONDEMN = """    We         we         PRON  PRP  nsubj     {v}
    condemn    condemn    VERB  VBP  ROOT      {v}
    Bolivia    Bolivia    PROPN NNP  dobj      {v}
    .          .          PUNCT .    punct     {v}
"""
ISSUED_BY = ("The following statement was issued by Chile and Peru. We condemn Bolivia.", """
    The        the        DET   DT   det       2
    following  following  ADJ   JJ   amod      2
    statement  statement  NOUN  NN   nsubjpass 4
    was        be         AUX   VBD  auxpass   4
    issued     issue      VERB  VBN  ROOT      4
    by         by         ADP   IN   agent     4
    Chile      Chile      PROPN NNP  pobj      5
    and        and        CCONJ CC   cc        6
    Peru       Peru       PROPN NNP  conj      6
    .          .          PUNCT .    punct     4
""" + WE_CONDEMN.format(v=11))
MET_AND_RELEASED = ("Chile and Peru met and released the following declaration. We condemn Bolivia.", """
    Chile        Chile        PROPN NNP  nsubj     3
    and          and          CCONJ CC   cc        0
    Peru         Peru         PROPN NNP  conj      0
    met          meet         VERB  VBD  ROOT      3
    and          and          CCONJ CC   cc        3
    released     release      VERB  VBD  conj      3
    the          the          DET   DT   det       8
    following    following    ADJ   JJ   amod      8
    declaration  declaration  NOUN  NN   dobj      5
    .            .            PUNCT .    punct     3
""" + WE_CONDEMN.format(v=11))
ONE_ISSUER = ("The following statement was issued by Chile. We condemn Bolivia.", """
    The        the        DET   DT   det       2
    following  following  ADJ   JJ   amod      2
    statement  statement  NOUN  NN   nsubjpass 4
    was        be         AUX   VBD  auxpass   4
    issued     issue      VERB  VBN  ROOT      4
    by         by         ADP   IN   agent     4
    Chile      Chile      PROPN NNP  pobj      5
    .          .          PUNCT .    punct     4
""" + WE_CONDEMN.format(v=9))
DISCUSSED = ("Chile and Peru discussed the following proposal. We condemn Bolivia.", """
    Chile      Chile      PROPN NNP  nsubj     3
    and        and        CCONJ CC   cc        0
    Peru       Peru       PROPN NNP  conj      0
    discussed  discuss    VERB  VBD  ROOT      3
    the        the        DET   DT   det       6
    following  following  ADJ   JJ   amod      6
    proposal   proposal   NOUN  NN   dobj      3
    .          .          PUNCT .    punct     3
""" + WE_CONDEMN.format(v=9))


@pytest.mark.parametrize("case, authors", [
    # the lead says who issued the text that follows: its "we" is each of them
    (ISSUED_BY, ("CHL", "PER")),
    (MET_AND_RELEASED, ("CHL", "PER")),
    # one issuer's statement keeps "we" the publisher's
    (ONE_ISSUER, ()),
    # a text discussed, not issued, is not theirs
    (DISCUSSED, ()),
])
def test_a_lead_that_tells_who_issued_the_following_text_names_its_we(parse, analyse, case, authors):
    doc = parse(*case)
    an = analyse(doc, ANDES, "USA")
    assert an.authors == authors
    assert an.sources(doc[len(doc) - 3]) == (authors or ("USA",))


COMPOUND_TITLE = ("Chile-Peru Joint Leaders' Statement.", """
    Chile      Chile      PROPN NNP  compound  2
    -          -          PUNCT HYPH punct     2
    Peru       Peru       PROPN NNP  compound  4
    Joint      joint      ADJ   JJ   amod      4
    Leaders    leader     NOUN  NNS  poss      6
    '          '          PART  POS  case      4
    Statement  statement  NOUN  NN   ROOT      6
    .          .          PUNCT .    punct     6
""")
TOPIC_TITLE = ("Joint Statement on the Chile-Peru Meeting.", """
    Joint      joint      ADJ   JJ   amod      1
    Statement  statement  NOUN  NN   ROOT      1
    on         on         ADP   IN   prep      1
    the        the        DET   DT   det       7
    Chile      Chile      PROPN NNP  compound  6
    -          -          PUNCT HYPH punct     6
    Peru       Peru       PROPN NNP  compound  7
    Meeting    meeting    NOUN  NN   pobj      2
    .          .          PUNCT .    punct     1
""")
PLAIN_TITLE = ("Chile-Peru Leaders' Statement.", """
    Chile      Chile      PROPN NNP  compound  2
    -          -          PUNCT HYPH punct     2
    Peru       Peru       PROPN NNP  compound  3
    Leaders    leader     NOUN  NNS  poss      5
    '          '          PART  POS  case      3
    Statement  statement  NOUN  NN   ROOT      5
    .          .          PUNCT .    punct     5
""")


@pytest.mark.parametrize("case, signers", [
    # the signers named before the noun of a joint text
    (COMPOUND_TITLE, ("CHL", "PER")),
    # names in what the text is about are no signers
    (TOPIC_TITLE, ()),
    # a text that does not call itself joint has no signers
    (PLAIN_TITLE, ()),
])
def test_a_joint_texts_title_names_its_signers(parse, analyse, case, signers):
    assert title_signers(analyse(parse(*case), ANDES, "USA")) == signers


@pytest.mark.parametrize("case, title, authors", [
    # the text names no one: the title's signers are its "we"
    (("We condemn Bolivia.", WE_CONDEMN.format(v=1)), ("CHL", "PER"), ("CHL", "PER")),
    # the text's own lead names its issuers: they win over the title
    (ISSUED_BY, ("BOL", "PER"), ("CHL", "PER")),
])
def test_the_title_names_we_where_the_text_does_not(parse, analyse, case, title, authors):
    doc = parse(*case)
    an = Analysis(doc, analyse(doc, ANDES, "USA").mentions, speaker_default="USA", title_voice=title)
    assert an.authors == authors
