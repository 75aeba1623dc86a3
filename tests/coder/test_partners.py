"""coder/partners.py on hand-built parses: whom an intended act is done with, and who is no partner
(docs/coder.md, "At whom")."""
import pytest

from conftest import coding_cases, event_key as key, table_case_keys

from readout.coder.partners import adversary, companions, home_beneficiary, home_partner, partners, references

ACTORS = {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL"}
WORK_WITH = ("Chile will work with Peru against Bolivia.", """
    Chile    Chile    PROPN NNP  nsubj  2
    will     will     AUX   MD   aux    2
    work     work     VERB  VB   ROOT   2
    with     with     ADP   IN   prep   2
    Peru     Peru     PROPN NNP  pobj   3
    against  against  ADP   IN   prep   2
    Bolivia  Bolivia  PROPN NNP  pobj   5
    .        .        PUNCT .    punct  2
""")
PREVENT = ("Chile committed to preventing Bolivia from acting.", """
    Chile       Chile     PROPN NNP  nsubj  1
    committed   commit    VERB  VBD  ROOT   1
    to          to        ADP   IN   prep   1
    preventing  prevent   VERB  VBG  pcomp  2
    Bolivia     Bolivia   PROPN NNP  dobj   3
    from        from      ADP   IN   prep   3
    acting      act       VERB  VBG  pcomp  5
    .           .         PUNCT .    punct  1
""")
CONSISTENT = ("Chile acted consistent with Peru's rulings.", """
    Chile       Chile       PROPN NNP  nsubj  1
    acted       act         VERB  VBD  ROOT   1
    consistent  consistent  ADJ   JJ   acomp  1
    with        with        ADP   IN   prep   2
    Peru        Peru        PROPN NNP  poss   6
    's          's          PART  POS  case   4
    rulings     ruling      NOUN  NNS  pobj   3
    .           .           PUNCT .    punct  1
""")
CONGRESS = ("Chile will work with Congress.", """
    Chile     Chile     PROPN NNP  nsubj  2
    will      will      AUX   MD   aux    2
    work      work      VERB  VB   ROOT   2
    with      with      ADP   IN   prep   2
    Congress  congress  PROPN NNP  pobj   3
    .         .         PUNCT .    punct  2
""")

WITH_EACH_OTHER_AND_WITH = ("Chile and Bolivia will work with each other and with Peru.", """
    Chile    Chile    PROPN NNP  nsubj  4
    and      and      CCONJ CC   cc     0
    Bolivia  Bolivia  PROPN NNP  conj   0
    will     will     AUX   MD   aux    4
    work     work     VERB  VB   ROOT   4
    with     with     ADP   IN   prep   4
    each     each     DET   DT   det    7
    other    other    ADJ   JJ   pobj   5
    and      and      CCONJ CC   cc     5
    with     with     ADP   IN   conj   5
    Peru     Peru     PROPN NNP  pobj   9
    .        .        PUNCT .    punct  4
""")


def test_the_partner_of_work_with_is_kept_and_what_it_is_against_is_not(parse, analyse):
    doc = parse(*WORK_WITH)
    keep = partners([doc[2]], analyse(doc, ACTORS))
    assert 4 in keep and 6 not in keep


def test_a_repeated_with_joined_to_the_first_keeps_its_partner(parse, analyse):
    doc = parse(*WITH_EACH_OTHER_AND_WITH)
    assert 10 in partners([doc[4]], analyse(doc, ACTORS))     # "with each other and with Peru"


def test_the_object_of_prevent_is_an_adversary_not_a_partner(parse, analyse):
    doc = parse(*PREVENT)
    an = analyse(doc, ACTORS)
    assert adversary(an, doc[4])                # "preventing Bolivia"
    assert not adversary(an, doc[0])


def test_a_cited_standard_names_no_partner(parse):
    doc = parse(*CONSISTENT)
    assert references(doc[1]) == {3, 4, 5, 6}   # "with Peru's rulings"


def test_the_speakers_own_lawmakers_are_a_home_partner(parse):
    assert home_partner(parse(*CONGRESS)[2])
    assert not home_partner(parse(*WORK_WITH)[2])

ALONG_WITH = ("Chile funds the project along with Peru.", """
    Chile    Chile    PROPN NNP  nsubj  1
    funds    fund     VERB  VBZ  ROOT   1
    the      the      DET   DT   det    3
    project  project  NOUN  NN   dobj   1
    along    along    ADP   IN   prep   1
    with     with     ADP   IN   prep   4
    Peru     Peru     PROPN NNP  pobj   5
    .        .        PUNCT .    punct  1
""")
TOGETHER_WITH = ("Chile funds the project together with Peru.", """
    Chile     Chile     PROPN NNP  nsubj   1
    funds     fund      VERB  VBZ  ROOT    1
    the       the       DET   DT   det     3
    project   project   NOUN  NN   dobj    1
    together  together  ADV   RB   advmod  5
    with      with      ADP   IN   prep    1
    Peru      Peru      PROPN NNP  pobj    5
    .         .         PUNCT .    punct   1
""")
ALONGSIDE = ("Chile condemned the attack alongside Peru.", """
    Chile      Chile      PROPN NNP  nsubj  1
    condemned  condemn    VERB  VBD  ROOT   1
    the        the        DET   DT   det    3
    attack     attack     NOUN  NN   dobj   1
    alongside  alongside  ADP   IN   prep   1
    Peru       Peru       PROPN NNP  pobj   4
    .          .          PUNCT .    punct  1
""")


@pytest.mark.parametrize("case, found", [(ALONG_WITH, {5, 6}), (TOGETHER_WITH, {4, 5, 6}), (ALONGSIDE, {4, 5}),
                                         (WORK_WITH, set())])
def test_a_companion_named_along_with_the_act_is_no_partner(parse, case, found):
    doc = parse(*case)
    assert companions(doc[[t.dep_ for t in doc].index("ROOT")]) == found


FAMILIES = ("Chile will help Chilean families.", """
    Chile     Chile     PROPN NNP  nsubj  2
    will      will      AUX   MD   aux    2
    help      help      VERB  VB   ROOT   2
    Chilean   chilean   ADJ   JJ   amod   4
    families  family    NOUN  NNS  dobj   2
    .         .         PUNCT .    punct  2
""")
READINESS = ("the readiness of Chile to help", """
    the        the        DET   DT   det    1
    readiness  readiness  NOUN  NN   ROOT   1
    of         of         ADP   IN   prep   1
    Chile      Chile      PROPN NNP  pobj   2
    to         to         PART  TO   aux    5
    help       help       VERB  VB   acl    1
""")
TIES = ("Chile will deepen Chilean cooperation.", """
    Chile        Chile        PROPN NNP  nsubj  2
    will         will         AUX   MD   aux    2
    deepen       deepen       VERB  VB   ROOT   2
    Chilean      chilean      ADJ   JJ   amod   4
    cooperation  cooperation  NOUN  NN   dobj   2
    .            .            PUNCT .    punct  2
""")


@pytest.mark.parametrize("sentence, trigger, domestic", [
    (FAMILIES, 2, True),        # "will help Chilean families": its own people, aimed at itself
    (READINESS, 1, False),      # "the readiness of Chile": the pledge's holder, no beneficiary
    (TIES, 2, False),           # "Chilean cooperation": one side of a tie, whose partner is elsewhere
])
def test_a_pledge_to_its_own_people_is_home(parse, analyse, sentence, trigger, domestic):
    doc = parse(*sentence)
    an = analyse(doc, {"Chilean": "CHL", "Chile": "CHL"})
    arguments = an.actors_in(list(doc[trigger + 1:]))      # the actors named after the trigger
    assert home_beneficiary(an, doc[trigger], arguments, "CHL") is domestic


@pytest.mark.parametrize("case", coding_cases("private_people.jsonl"), ids=lambda c: c["why"])
def test_private_people(case):
    # a people's own demands, calls with private people named by name alone (issue #12, twenty-second session)
    events = table_case_keys(case, "private_people")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))


@pytest.mark.parametrize("case", coding_cases("helped_purposes.jsonl"), ids=lambda c: c["why"])
def test_helped_purposes(case):
    # an intent done with unnamed partners is aimed at the actor its purpose helps (issue #12, twenty-fourth session)
    events = table_case_keys(case, "helped_purposes")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
