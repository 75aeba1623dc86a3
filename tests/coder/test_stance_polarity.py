"""coder/stance_polarity.py: which word governs an issue and which side it takes, on hand-built
parses (GUIDE.md, Stances; counter_polarity.tsv)."""
import pytest

from readout.coder.stance_polarity import (
    act_lemma, counter_phrase, issue_of_doer, nearest_polarity, polarity_above, resolve_polarity, under_pretext)
from readout.issues import IssueLexicon

END_WAR = ("They must end the war in Gaza.", """
    They   they   PRON  PRP  nsubj  2
    must   must   AUX   MD   aux    2
    end    end    VERB  VB   ROOT   2
    the    the    DET   DT   det    4
    war    war    NOUN  NN   dobj   2
    in     in     ADP   IN   prep   4
    Gaza   Gaza   PROPN NNP  pobj   5
    .      .      PUNCT .    punct  2
""")
VIOLENCE = ("They condemned violence against Palestinians.", """
    They          they          PRON  PRP  nsubj  1
    condemned     condemn       VERB  VBD  ROOT   1
    violence      violence      NOUN  NN   dobj   1
    against       against       ADP   IN   prep   2
    Palestinians  Palestinians  PROPN NNPS pobj   3
    .             .             PUNCT .    punct  1
""")
PRETEXT = ("China opposes interference under the pretext of human rights.", """
    China         China         PROPN NNP  nsubj     1
    opposes       oppose        VERB  VBZ  ROOT      1
    interference  interference  NOUN  NN   dobj      1
    under         under         ADP   IN   prep      2
    the           the           DET   DT   det       5
    pretext       pretext       NOUN  NN   pobj      3
    of            of            ADP   IN   prep      5
    human         human         ADJ   JJ   amod      8
    rights        right         NOUN  NNS  pobj      6
    .             .             PUNCT .    punct     1
""")
PRETEXT_PAIR = ("Russia opposes meddling in the name of democracy and human rights.", """
    Russia     Russia     PROPN NNP  nsubj     1
    opposes    oppose     VERB  VBZ  ROOT      1
    meddling   meddling   NOUN  NN   dobj      1
    in         in         ADP   IN   prep      2
    the        the        DET   DT   det       5
    name       name       NOUN  NN   pobj      3
    of         of         ADP   IN   prep      5
    democracy  democracy  NOUN  NN   pobj      6
    and        and        CCONJ CC   cc        7
    human      human      ADJ   JJ   amod      10
    rights     right      NOUN  NNS  conj      7
    .          .          PUNCT .    punct     1
""")
EXCUSE = ("Iran rejects meddling, using human rights as an excuse.", """
    Iran       Iran       PROPN NNP  nsubj     1
    rejects    reject     VERB  VBZ  ROOT      1
    meddling   meddling   NOUN  NN   dobj      1
    ,          ,          PUNCT ,    punct     1
    using      use        VERB  VBG  advcl     1
    human      human      ADJ   JJ   amod      6
    rights     right      NOUN  NNS  dobj      4
    as         as         ADP   IN   prep      4
    an         an         DET   DT   det       9
    excuse     excuse     NOUN  NN   pobj      7
    .          .          PUNCT .    punct     1
""")
DURING = ("Firms reduced output during the pandemic.", """
    Firms     firm      NOUN  NNS  nsubj  1
    reduced   reduce    VERB  VBD  ROOT   1
    output    output    NOUN  NN   dobj   1
    during    during    ADP   IN   prep   1
    the       the       DET   DT   det    5
    pandemic  pandemic  NOUN  NN   pobj   3
    .         .         PUNCT .    punct  1
""")
TOLERATE = ("Canada will not tolerate interference.", """
    Canada        Canada        PROPN NNP  nsubj  3
    will          will          AUX   MD   aux    3
    not           not           PART  RB   neg    3
    tolerate      tolerate      VERB  VB   ROOT   3
    interference  interference  NOUN  NN   dobj   3
    .             .             PUNCT .    punct  3
""")


@pytest.mark.parametrize("case, issue_at, word, polarity", [
    (END_WAR, 6, "end", "counter"),             # ending a wrong act is fighting it, not opposing the place
    (VIOLENCE, 4, "violence", "oppose"),        # "against" a victim is no counter word
    (DURING, 5, None, None),                    # cutting output during the pandemic is no fight against it
    (TOLERATE, 4, "tolerate", "oppose"),        # "will not tolerate" opposes
])
def test_nearest_polarity(parse, case, issue_at, word, polarity):
    doc = parse(*case)
    found = nearest_polarity(doc[issue_at], {issue_at})
    assert (found[0].text, found[1]) == (word, polarity) if word else found is None


def test_under_pretext(parse):
    doc = parse(*PRETEXT)
    assert under_pretext(doc[8]) and not under_pretext(doc[2])


def test_under_pretext_takes_every_coordinated_item_and_the_as_excuse_form(parse):
    pair, excuse = parse(*PRETEXT_PAIR), parse(*EXCUSE)
    assert under_pretext(pair[7]) and under_pretext(pair[10]) and not under_pretext(pair[2])
    assert under_pretext(excuse[6]) and not under_pretext(excuse[2])


def test_polarity_above_stops_at_the_first_polarity_word(parse):
    doc = parse(*VIOLENCE)
    assert polarity_above(doc[2])[0].text == "condemned"
    assert polarity_above(doc[1]) is None


@pytest.mark.parametrize("raw, issue, aimed, flipped, polarity", [
    ("counter", "terrorism", False, False, "oppose"),        # fight terrorism
    ("counter", "covid19", False, False, "support"),         # fight the epidemic: the response
    ("counter", "israel_palestine", False, False, "support"),    # end the war in Gaza: a settlement
    ("oppose", "climate", False, False, "support"),          # the threat posed by climate change
    ("oppose", "press_freedom", False, False, "support"),    # concerns about journalists' safety
    ("oppose", "israel_palestine", False, False, None),      # "the war in Gaza" alone: no side
    ("oppose", "interference", False, False, "oppose"),
    ("support", "terrorism", False, True, "oppose"),         # support for counter-terrorism
    ("support", "interference", False, True, "oppose"),      # respect for non-interference
    ("support", "nonproliferation", False, True, "support"),     # support for non-proliferation
    ("counter", "terrorism", True, False, "oppose"),         # preventing X's terrorism: toward X
    ("support", "terrorism", True, True, "support"),         # supports X's counter-terrorism efforts
])
def test_resolve_polarity(raw, issue, aimed, flipped, polarity):
    assert resolve_polarity(raw, issue, aimed, flipped) == polarity


@pytest.mark.parametrize("text, issue, flipped", [
    ("counter-terrorism", "terrorism", True),
    ("counterterrorism", "terrorism", True),
    ("non-proliferation", "nonproliferation", True),
    ("non-market practices", "trade", False),   # "market practices" is no trade phrase of its own
    ("terrorism", "terrorism", False),
])
def test_counter_phrase(text, issue, flipped):
    assert counter_phrase(text, IssueLexicon().issues[issue].patterns) == flipped


def test_issue_of_doer_only_for_a_doer_of_one_issue():
    doers = issue_of_doer()
    assert doers["RUS"] == "ukraine" and doers["PRK"] == "korean_peninsula"
    assert "CHN" not in doers       # Hong Kong, Xinjiang, Tibet, the South China Sea


def test_act_lemma_joins_build_up(parse):
    doc = parse("the build-up", """
        the    the    DET   DT   det       3
        build  build  NOUN  NN   compound  3
        -      -      PUNCT HYPH punct     3
        up     up     NOUN  NN   ROOT      3
    """)
    assert act_lemma(doc[3]) == "buildup" and act_lemma(doc[1]) == "build"
