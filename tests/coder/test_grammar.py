"""coder/grammar.py on hand-built parses: clause heads, subjects, noun phrases, negation."""
import pytest

from readout.coder.grammar import (clause_of, condition_clauses, extraposed, head_of, is_negated, np_tokens,
                                   offer_condition, shares_passive, stands_for_main_verb, subject_token,
                                   unplaced)

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
SIGNED = ("The treaty was signed by Iran.", """
    The     the     DET   DT   det       1
    treaty  treaty  NOUN  NN   nsubjpass 3
    was     be      AUX   VBD  auxpass   3
    signed  sign    VERB  VBN  ROOT      3
    by      by      ADP   IN   agent     3
    Iran    Iran    PROPN NNP  pobj      4
    .       .       PUNCT .    punct     3
""")
DELEGATION = ("The delegation of Iran, which arrived in Doha, met officials in Qatar.", """
    The         the         DET   DT   det       1
    delegation  delegation  NOUN  NN   nsubj     10
    of          of          ADP   IN   prep      1
    Iran        Iran        PROPN NNP  pobj      2
    ,           ,           PUNCT ,    punct     3
    which       which       PRON  WDT  nsubj     6
    arrived     arrive      VERB  VBD  relcl     3
    in          in          ADP   IN   prep      6
    Doha        Doha        PROPN NNP  pobj      7
    ,           ,           PUNCT ,    punct     1
    met         meet        VERB  VBD  ROOT      10
    officials   official    NOUN  NNS  dobj      10
    in          in          ADP   IN   prep      10
    Qatar       Qatar       PROPN NNP  pobj      12
    .           .           PUNCT .    punct     10
""")
# The parser joins "underscored" to the modal that-clause's "won": it belongs to "reiterated".
UNDERSCORED = ("He reiterated that a war can never be won and underscored the need for talks.", """
    He           he          PRON  PRP  nsubj     1
    reiterated   reiterate   VERB  VBD  ROOT      1
    that         that        SCONJ IN   mark      8
    a            a           DET   DT   det       4
    war          war         NOUN  NN   nsubjpass 8
    can          can         AUX   MD   aux       8
    never        never       ADV   RB   neg       8
    be           be          AUX   VB   auxpass   8
    won          win         VERB  VBN  ccomp     1
    and          and         CCONJ CC   cc        8
    underscored  underscore  VERB  VBD  conj      8
    the          the         DET   DT   det       12
    need         need        NOUN  NN   dobj      10
    for          for         ADP   IN   prep      12
    talks        talk        NOUN  NNS  pobj      13
    .            .           PUNCT .    punct     1
""")
COUNTERPRODUCTIVE = ("It was counterproductive to accuse China.", """
    It                 it                 PRON  PRP  nsubj     1
    was                be                 AUX   VBD  ROOT      1
    counterproductive  counterproductive  ADJ   JJ   acomp     1
    to                 to                 PART  TO   aux       4
    accuse             accuse             VERB  VB   xcomp     1
    China              China              PROPN NNP  dobj      4
    .                  .                  PUNCT .    punct     1
""")
READY = ("It is ready to help.", """
    It     it     PRON  PRP  nsubj     1
    is     be     AUX   VBZ  ROOT      1
    ready  ready  ADJ   JJ   acomp     1
    to     to     PART  TO   aux       4
    help   help   VERB  VB   xcomp     2
    .      .      PUNCT .    punct     1
""")
CURFEW = ("Algeria imposed a curfew in Tunis.", """
    Algeria  Algeria  PROPN NNP  nsubj     1
    imposed  impose   VERB  VBD  ROOT      1
    a        a        DET   DT   det       3
    curfew   curfew   NOUN  NN   dobj      1
    in       in       ADP   IN   prep      3
    Tunis    Tunis    PROPN NNP  pobj      4
    .        .        PUNCT .    punct     1
""")


@pytest.mark.parametrize("case, token, clause", [
    (NOT_AGREE, 6, 5),         # the object of "meet" is in the "meet" clause
    (NOT_AGREE, 0, 3),
    (DELEGATION, 8, 6),        # "Doha" is in the relative clause
    (DELEGATION, 3, 10),       # "Iran" of the subject phrase is in the main clause
])
def test_clause_of(parse, case, token, clause):
    assert clause_of(parse(*case)[token]).i == clause


def test_head_of_mends_a_verb_joined_to_a_modal_that_clause(parse):
    doc = parse(*UNDERSCORED)
    assert doc[10].head.i == 8 and head_of(doc[10]).i == 1
    assert head_of(doc[8]).i == 1          # an ordinary head stays


@pytest.mark.parametrize("case, token, negated", [
    (NOT_AGREE, 3, True), (NOT_AGREE, 5, False),      # the negation sits on "agree", not "meet"
    (UNDERSCORED, 8, True),                            # "never"
    (SIGNED, 3, False),
])
def test_is_negated(parse, case, token, negated):
    assert is_negated(parse(*case)[token]) is negated


@pytest.mark.parametrize("case, verb, subject", [
    (NOT_AGREE, 3, 0), (NOT_AGREE, 5, None), (SIGNED, 3, 1), (DELEGATION, 6, 5),
])
def test_subject_token(parse, case, verb, subject):
    found = subject_token(parse(*case)[verb])
    assert (found.i if found is not None else None) == subject


def test_np_tokens_leave_out_relative_clauses_and_other_prepositions(parse):
    doc = parse(*DELEGATION)
    assert " ".join(t.text for t in sorted(np_tokens(doc[1]), key=lambda t: t.i)) == "The delegation of Iran"
    assert [t.text for t in np_tokens(doc[11])] == ["officials"]


def test_unplaced_drops_the_place_of_a_phrase(parse):
    doc = parse(*CURFEW)
    assert [t.text for t in unplaced(doc[3])] == ["curfew", "a"]


@pytest.mark.parametrize("case, extra", [(COUNTERPRODUCTIVE, True), (READY, False), (SIGNED, False)])
def test_extraposed_it(parse, case, extra):
    doc = parse(*case)
    assert extraposed(doc[doc[:].root.i]) is extra


SUMMONED_AND_HANDED = ("The envoy was summoned and handed a note.", """
    The       the       DET   DT   det       1
    envoy     envoy     NOUN  NN   nsubjpass 3
    was       be        AUX   VBD  auxpass   3
    summoned  summon    VERB  VBN  ROOT      3
    and       and       CCONJ CC   cc        3
    handed    hand      VERB  VBD  conj      3
    a         a         DET   DT   det       7
    note      note      NOUN  NN   dobj      5
    .         .         PUNCT .    punct     3
""")
INDICTED_AND_RESIGNED = ("The minister was indicted and resigned.", """
    The       the       DET   DT   det       1
    minister  minister  NOUN  NN   nsubjpass 3
    was       be        AUX   VBD  auxpass   3
    indicted  indict    VERB  VBN  ROOT      3
    and       and       CCONJ CC   cc        3
    resigned  resign    VERB  VBD  conj      3
    .         .         PUNCT .    punct     3
""")


@pytest.mark.parametrize("case, verb, expected", [
    (SUMMONED_AND_HANDED, 5, True),      # a verb of giving shares the passive, whatever its tag
    (INDICTED_AND_RESIGNED, 5, False),   # a past tense of its own
    (SUMMONED_AND_HANDED, 3, False),     # the passive verb itself is joined to nothing
])
def test_a_verb_joined_to_a_passive_shares_it_only_as_a_participle_or_verb_of_giving(parse, case, verb, expected):
    doc = parse(*case)
    assert shares_passive(doc[verb]) is expected


# As the model parses them: an inverted condition hung as a ccomp on the first of two joined verbs.
SHOULD_RESPOND = ("Should Iran or Syria respond, the President may raise or expand the duties.", """
    Should     should     AUX   MD   aux       4
    Iran       Iran       PROPN NNP  nsubj     4
    or         or         CCONJ CC   cc        1
    Syria      Syria      PROPN NNP  conj      1
    respond    respond    VERB  VBP  ccomp     9
    ,          ,          PUNCT ,    punct     9
    the        the        DET   DT   det       7
    President  President  PROPN NNP  nsubj     9
    may        may        AUX   MD   aux       9
    raise      raise      VERB  VB   ROOT      9
    or         or         CCONJ CC   cc        9
    expand     expand     VERB  VB   conj      9
    the        the        DET   DT   det       13
    duties     duty       NOUN  NNS  dobj      11
    .          .          PUNCT .    punct     9
""")
READY_AS_SOON = ("Russia is ready for negotiations as soon as Kiev withdraws its troops.", """
    Russia        Russia       PROPN NNP  nsubj   1
    is            be           AUX   VBZ  ROOT    1
    ready         ready        ADJ   JJ   acomp   1
    for           for          ADP   IN   prep    2
    negotiations  negotiation  NOUN  NNS  pobj    3
    as            as           ADV   RB   advmod  6
    soon          soon         ADV   RB   advmod  1
    as            as           SCONJ IN   mark    9
    Kiev          Kiev         PROPN NNP  nsubj   9
    withdraws     withdraw     VERB  VBZ  advcl   6
    its           its          PRON  PRP$ poss    11
    troops        troop        NOUN  NNS  dobj    9
    .             .            PUNCT .    punct   1
""")
TRAVEL_AS_SOON = ("He will travel as soon as the situation allows.", """
    He         he         PRON  PRP  nsubj   2
    will       will       AUX   MD   aux     2
    travel     travel     VERB  VB   ROOT    2
    as         as         ADV   RB   advmod  4
    soon       soon       ADV   RB   advmod  2
    as         as         SCONJ IN   mark    8
    the        the        DET   DT   det     7
    situation  situation  NOUN  NN   nsubj   8
    allows     allow      VERB  VBZ  advcl   4
    .          .          PUNCT .    punct   2
""")


@pytest.mark.parametrize("verb", [9, 11], ids=["first verb", "joined verb"])
def test_an_inverted_condition_hangs_on_both_joined_verbs(parse, verb):
    doc = parse(*SHOULD_RESPOND)
    assert [c.i for c in condition_clauses(doc[verb], {"if"})] == [4]


@pytest.mark.parametrize("case, verb, ready", [(READY_AS_SOON, 9, 1), (TRAVEL_AS_SOON, 8, None)],
                         ids=["readiness", "no readiness"])
def test_offer_condition(parse, case, verb, ready):
    found = offer_condition(parse(*case)[verb])
    assert (found.i if found is not None else None) == ready


RESORTED_SAID = ("Youths resorted to violence, officials said.", """
    Youths     youth     NOUN  NNS  nsubj     6
    resorted   resort    VERB  VBN  acl       0
    to         to        ADP   IN   prep      1
    violence   violence  NOUN  NN   pobj      2
    ,          ,         PUNCT ,    punct     6
    officials  official  NOUN  NNS  nsubj     6
    said       say       VERB  VBD  ROOT      6
    .          .         PUNCT .    punct     6
""")
DONATED_NO_VERB = ("Doctors from aid groups donated goods.", """
    Doctors  doctor  NOUN  NNS  ROOT      0
    from     from    ADP   IN   prep      0
    aid      aid     NOUN  NN   compound  3
    groups   group   NOUN  NNS  pobj      1
    donated  donate  VERB  VBN  acl       3
    goods    good    NOUN  NNS  dobj      4
    .        .       PUNCT .    punct     0
""")
MET_DETAINED = ("The President met Americans detained by Russia.", """
    The        the        DET   DT   det    1
    President  president  PROPN NNP  nsubj  2
    met        meet       VERB  VBD  ROOT   2
    Americans  american   PROPN NNPS dobj   2
    detained   detain     VERB  VBN  acl    3
    by         by         ADP   IN   agent  4
    Russia     Russia     PROPN NNP  pobj   5
    .          .          PUNCT .    punct  2
""")


@pytest.mark.parametrize("case, participle, expected", [
    (RESORTED_SAID, 1, True),      # the noun is a second subject of "said": "resorted" is its verb
    (DONATED_NO_VERB, 4, True),    # no verb at the root: "donated" is the sentence's verb
    (MET_DETAINED, 4, False),      # a passive participle describing the noun
])
def test_a_participle_on_a_noun_stands_for_the_main_verb_only_in_a_misparse(parse, case, participle, expected):
    doc = parse(*case)
    assert stands_for_main_verb(doc[participle]) is expected
