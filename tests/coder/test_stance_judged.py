"""coder/stance_judged.py on hand-built parses: the word-level tests the stance finder asks of an
issue phrase (docs/coder.md, "Stances")."""
from readout.coder.stance_judged import judged_in_clause, judged_wrong, obliged, owned_by_other_issue

SOVEREIGNTY = ("Chile respects Peru's sovereignty.", """
    Chile        Chile        PROPN NNP  nsubj  1
    respects     respect      VERB  VBZ  ROOT   1
    Peru         Peru         PROPN NNP  poss   4
    's           's           PART  POS  case   2
    sovereignty  sovereignty  NOUN  NN   dobj   1
    .            .            PUNCT .    punct  1
""")
VIOLATE = ("The strikes violate international law.", """
    The            the            DET   DT   det    1
    strikes        strike         NOUN  NNS  nsubj  2
    violate        violate        VERB  VBP  ROOT   2
    international  international  ADJ   JJ   amod   4
    law            law            NOUN  NN   dobj   2
    .              .              PUNCT .    punct  2
""")
MUST = ("Peru must respect the ceasefire.", """
    Peru       Peru       PROPN NNP  nsubj  2
    must       must       AUX   MD   aux    2
    respect    respect    VERB  VB   ROOT   2
    the        the        DET   DT   det    4
    ceasefire  ceasefire  NOUN  NN   dobj   2
    .          .          PUNCT .    punct  2
""")
LAUNCHED = ("Bolivia launched an invasion of Peru.", """
    Bolivia   Bolivia   PROPN NNP  nsubj  1
    launched  launch    VERB  VBD  ROOT   1
    an        an        DET   DT   det    3
    invasion  invasion  NOUN  NN   dobj   1
    of        of        ADP   IN   prep   3
    Peru      Peru      PROPN NNP  pobj   4
    .         .         PUNCT .    punct  1
""")


def test_a_country_that_owns_an_issue_is_not_one_itself(parse):
    doc = parse(*SOVEREIGNTY)
    assert owned_by_other_issue(doc[2], {4})        # "Peru's sovereignty"
    assert not owned_by_other_issue(doc[2], set())


def test_a_wrongdoing_verb_judges_its_subject(parse):
    assert judged_wrong(parse(*VIOLATE)[2])
    assert not judged_wrong(parse(*MUST)[2])        # "respect" judges no one


def test_what_must_be_done_is_obliged(parse):
    assert obliged(parse(*MUST)[2])
    assert not obliged(parse(*VIOLATE)[2])


def test_a_wrongful_act_carried_out_is_no_stance_of_its_doer(parse):
    assert not judged_in_clause(parse(*LAUNCHED)[3])    # "launched an invasion"
    assert judged_in_clause(parse(*SOVEREIGNTY)[4])    # no wrongful act: nothing to withhold
