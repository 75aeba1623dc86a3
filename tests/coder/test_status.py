"""coder/status.py on hand-built parses: negated, announced, asked for, history, described, discussed."""
import pytest

from readout.coder.grammar import clause_of
from readout.coder.status import ClauseStatus, Modality
from readout.lexicons import word_class

NOT_AGREE = ("Russia did not agree to meet Ukraine.", """
    Russia   Russia   PROPN NNP  nsubj     3
    did      do       AUX   VBD  aux       3
    not      not      PART  RB   neg       3
    agree    agree    VERB  VB   ROOT      3
    to       to       PART  TO   aux       5
    meet     meet     VERB  VB   xcomp     3
    Ukraine  Ukraine  PROPN NNP  dobj      5
    .        .        PUNCT .    punct     3
""")
FAILED = ("Iran failed to reach an agreement.", """
    Iran       Iran       PROPN NNP  nsubj     1
    failed     fail       VERB  VBD  ROOT      1
    to         to         PART  TO   aux       3
    reach      reach      VERB  VB   xcomp     1
    an         an         DET   DT   det       5
    agreement  agreement  NOUN  NN   dobj      3
    .          .          PUNCT .    punct     1
""")
WILL = ("China will support Iran.", """
    China    China    PROPN NNP  nsubj     2
    will     will     AUX   MD   aux       2
    support  support  VERB  VB   ROOT      2
    Iran     Iran     PROPN NNP  dobj      2
    .        .        PUNCT .    punct     2
""")
SHOULD = ("The two sides should deepen ties.", """
    The     the     DET   DT   det       2
    two     two     NUM   CD   nummod    2
    sides   side    NOUN  NNS  nsubj     4
    should  should  AUX   MD   aux       4
    deepen  deepen  VERB  VB   ROOT      4
    ties    tie     NOUN  NNS  dobj      4
    .       .       PUNCT .    punct     4
""")
WOULD = ("Russia would respond.", """
    Russia   Russia   PROPN NNP  nsubj     2
    would    would    AUX   MD   aux       2
    respond  respond  VERB  VB   ROOT      2
    .        .        PUNCT .    punct     2
""")
POLITE = ("We would like to thank Japan.", """
    We     we     PRON  PRP  nsubj     2
    would  would  AUX   MD   aux       2
    like   like   VERB  VB   ROOT      2
    to     to     PART  TO   aux       4
    thank  thank  VERB  VB   xcomp     2
    Japan  Japan  PROPN NNP  dobj      4
    .      .      PUNCT .    punct     2
""")
READY = ("Turkey is ready to host talks.", """
    Turkey  Turkey  PROPN NNP  nsubj     1
    is      be      AUX   VBZ  ROOT      1
    ready   ready   ADJ   JJ   acomp     1
    to      to      PART  TO   aux       4
    host    host    VERB  VB   xcomp     2
    talks   talk    NOUN  NNS  dobj      4
    .       .       PUNCT .    punct     1
""")
UNLESS = ("Turkey will host talks unless the fighting stops.", """
    Turkey    Turkey    PROPN NNP  nsubj     2
    will      will      AUX   MD   aux       2
    host      host      VERB  VB   ROOT      2
    talks     talk      NOUN  NNS  dobj      2
    unless    unless    SCONJ IN   mark      7
    the       the       DET   DT   det       6
    fighting  fighting  NOUN  NN   nsubj     7
    stops     stop      VERB  VBZ  advcl     2
    .         .         PUNCT .    punct     2
""")
IF = ("Turkey will host talks if the fighting stops.", """
    Turkey    Turkey    PROPN NNP  nsubj     2
    will      will      AUX   MD   aux       2
    host      host      VERB  VB   ROOT      2
    talks     talk      NOUN  NNS  dobj      2
    if        if        SCONJ IN   mark      7
    the       the       DET   DT   det       6
    fighting  fighting  NOUN  NN   nsubj     7
    stops     stop      VERB  VBZ  advcl     2
    .         .         PUNCT .    punct     2
""")
LOOKS_FORWARD = ("Biden looks forward to meeting Modi.", """
    Biden    Biden    PROPN NNP  nsubj     1
    looks    look     VERB  VBZ  ROOT      1
    forward  forward  ADV   RB   advmod    1
    to       to       ADP   IN   prep      1
    meeting  meet     VERB  VBG  pcomp     3
    Modi     Modi     PROPN NNP  dobj      4
    .        .        PUNCT .    punct     1
""")
CALLED_ON = ("China called on Russia to withdraw its forces.", """
    China     China     PROPN NNP  nsubj     1
    called    call      VERB  VBD  ROOT      1
    on        on        ADP   IN   prep      1
    Russia    Russia    PROPN NNP  pobj      2
    to        to        PART  TO   aux       5
    withdraw  withdraw  VERB  VB   xcomp     1
    its       its       PRON  PRP$ poss      7
    forces    force     NOUN  NNS  dobj      5
    .         .         PUNCT .    punct     1
""")
SINCE = ("Iran has traded with Iraq since 2014.", """
    Iran    Iran   PROPN NNP  nsubj     2
    has     have   AUX   VBZ  aux       2
    traded  trade  VERB  VBN  ROOT      2
    with    with   ADP   IN   prep      2
    Iraq    Iraq   PROPN NNP  pobj      3
    since   since  SCONJ IN   prep      2
    2014    2014   NUM   CD   pobj      5
    .       .      PUNCT .    punct     2
""")
HAD = ("Iran had halted aid.", """
    Iran    Iran  PROPN NNP  nsubj     2
    had     have  AUX   VBD  aux       2
    halted  halt  VERB  VBN  ROOT      2
    aid     aid   NOUN  NN   dobj      2
    .       .     PUNCT .    punct     2
""")
SAID_HAD = ("Iran said it had halted aid.", """
    Iran    Iran  PROPN NNP  nsubj     1
    said    say   VERB  VBD  ROOT      1
    it      it    PRON  PRP  nsubj     4
    had     have  AUX   VBD  aux       4
    halted  halt  VERB  VBN  ccomp     1
    aid     aid   NOUN  NN   dobj      4
    .       .     PUNCT .    punct     1
""")
IN_2015 = ("Iran signed the deal in 2015.", """
    Iran    Iran  PROPN NNP  nsubj     1
    signed  sign  VERB  VBD  ROOT      1
    the     the   DET   DT   det       3
    deal    deal  NOUN  NN   dobj      1
    in      in    ADP   IN   prep      1
    2015    2015  NUM   CD   pobj      4
    .       .     PUNCT .    punct     1
""")
PLAN = ("Iran rejected a plan to attack Iraq.", """
    Iran      Iran    PROPN NNP  nsubj     1
    rejected  reject  VERB  VBD  ROOT      1
    a         a       DET   DT   det       3
    plan      plan    NOUN  NN   dobj      1
    to        to      PART  TO   aux       5
    attack    attack  VERB  VB   acl       3
    Iraq      Iraq    PROPN NNP  dobj      5
    .         .       PUNCT .    punct     1
""")
# As the parser often has it: the purpose clause hangs on "Modi", the partner.
TO_EXPRESS = ("Biden spoke with Modi to express support.", """
    Biden    Biden    PROPN NNP  nsubj     1
    spoke    speak    VERB  VBD  ROOT      1
    with     with     ADP   IN   prep      1
    Modi     Modi     PROPN NNP  pobj      2
    to       to       PART  TO   aux       5
    express  express  VERB  VB   acl       3
    support  support  NOUN  NN   dobj      5
    .        .        PUNCT .    punct     1
""")
DISCUSSED = ("The ministers discussed countering terrorism.", """
    The         the        DET   DT   det       1
    ministers   minister   NOUN  NNS  nsubj     2
    discussed   discuss    VERB  VBD  ROOT      2
    countering  counter    VERB  VBG  xcomp     2
    terrorism   terrorism  NOUN  NN   dobj      3
    .           .          PUNCT .    punct     2
""")
COMMITMENT = ("The ministers discussed their commitment to countering terrorism.", """
    The         the         DET   DT   det       1
    ministers   minister    NOUN  NNS  nsubj     2
    discussed   discuss     VERB  VBD  ROOT      2
    their       their       PRON  PRP$ poss      4
    commitment  commitment  NOUN  NN   dobj      2
    to          to          ADP   IN   prep      4
    countering  counter     VERB  VBG  pcomp     5
    terrorism   terrorism   NOUN  NN   dobj      6
    .           .           PUNCT .    punct     2
""")


def status(parse, case, token, an=None, year=None) -> ClauseStatus:
    tok = parse(*case)[token]
    return ClauseStatus(tok, clause_of(tok), an, year)


@pytest.mark.parametrize("case, token, negated", [
    (NOT_AGREE, 3, True),
    (NOT_AGREE, 5, True),      # "did not agree to meet": no meeting either
    (FAILED, 3, True),         # "failed to reach agreement"
    (WILL, 2, False),
])
def test_negated(parse, case, token, negated):
    assert status(parse, case, token).negated is negated


@pytest.mark.parametrize("case, token, modality", [
    (WILL, 2, Modality.FUTURE),
    (SHOULD, 4, Modality.NORMATIVE),
    (WOULD, 2, Modality.CONDITIONAL),
    (POLITE, 4, None),                  # "would like to thank" is a polite present
    (READY, 4, Modality.FUTURE),        # "is ready to host"
    (NOT_AGREE, 5, Modality.FUTURE),     # "agree to meet": an intended meeting
    (LOOKS_FORWARD, 4, Modality.FUTURE),  # "looks forward to meeting": a meeting still to come
    (COMMITMENT, 6, None),               # "their commitment to countering": no intent verb above
])
def test_modality(parse, case, token, modality):
    assert status(parse, case, token).modality is modality


@pytest.mark.parametrize("case, ultimatum, condition", [(UNLESS, True, True), (IF, False, True), (WILL, False, False)])
def test_conditioned(parse, case, ultimatum, condition):
    st = status(parse, case, 2)
    assert st.conditioned() is ultimatum                                  # "unless": an ultimatum
    assert st.conditioned(word_class("condition_mark")) is condition     # "if" or "unless"


@pytest.mark.parametrize("case, token, requested", [(CALLED_ON, 5, True), (CALLED_ON, 1, False), (WILL, 2, False)])
def test_requested(parse, case, token, requested):
    assert status(parse, case, token).requested is requested


@pytest.mark.parametrize("case, token, year, history", [
    (SINCE, 2, 2021, True),         # "since 2014"
    (HAD, 2, 2021, True),           # past perfect
    (SAID_HAD, 4, 2021, False),     # past perfect in reported speech is the news
    (IN_2015, 1, 2021, True),       # a year before the story's
    (IN_2015, 1, 2016, False),
    (IN_2015, 1, None, False),
    (WILL, 2, 2021, False),
])
def test_history(parse, case, token, year, history):
    assert status(parse, case, token, year=year).history is history


def test_described(parse, analyse):
    plan = parse(*PLAN)
    assert status(parse, PLAN, 5, an=analyse(plan, {"Iran": "IRN", "Iraq": "IRQ"})).described
    express = parse(*TO_EXPRESS)
    an = analyse(express, {"Biden": ("USA", "person"), "Modi": ("IND", "person")})
    assert not ClauseStatus(express[5], express[5], an).described     # Biden's purpose, not Modi's topic


@pytest.mark.parametrize("case, token, discussed", [(DISCUSSED, 3, True), (COMMITMENT, 6, False), (WILL, 2, False)])
def test_discussed(parse, case, token, discussed):
    assert status(parse, case, token).discussed is discussed


# Someone's act cited as the grounds of another ("sanctioned officials for their support to Iran")
# is no act the story reports; an act named as the object is ("expressed its support for Ukraine").
GROUNDS_OF_SANCTION = ("Canada sanctioned officials for their support to Iran.", """
    Canada     Canada     PROPN NNP  nsubj  1
    sanctioned sanction   VERB  VBD  ROOT   1
    officials  official   NOUN  NNS  dobj   1
    for        for        ADP   IN   prep   1
    their      their      PRON  PRP$ poss   5
    support    support    NOUN  NN   pobj   3
    to         to         ADP   IN   prep   5
    Iran       Iran       PROPN NNP  pobj   6
    .          .          PUNCT .    punct  1
""")
SUPPORT_EXPRESSED = ("Japan expressed its support for Ukraine.", """
    Japan      Japan      PROPN NNP  nsubj  1
    expressed  express    VERB  VBD  ROOT   1
    its        its        PRON  PRP$ poss   3
    support    support    NOUN  NN   dobj   1
    for        for        ADP   IN   prep   3
    Ukraine    Ukraine    PROPN NNP  pobj   4
    .          .          PUNCT .    punct  1
""")


@pytest.mark.parametrize("case, token, described", [(GROUNDS_OF_SANCTION, 5, True), (SUPPORT_EXPRESSED, 3, False)])
def test_an_act_cited_as_grounds_is_described_not_reported(parse, case, token, described):
    doc = parse(*case)
    assert ClauseStatus(doc[token], doc[1]).described is described
