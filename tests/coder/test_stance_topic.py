"""coder/stance_topic.py: the story's conflict, counted sentence by sentence, and the nouns that
stand for it ("the crisis", "a ceasefire") where they have no place of their own."""
import pytest

from readout.coder.stance_topic import conflict_keys, count_conflicts, implicit_mentions, story_conflict

CEASEFIRE = ("They called for a ceasefire and peace in Sudan.", """
    They      they      PRON  PRP  nsubj  1
    called    call      VERB  VBD  ROOT   1
    for       for       ADP   IN   prep   1
    a         a         DET   DT   det    4
    ceasefire ceasefire NOUN  NN   pobj   2
    and       and       CCONJ CC   cc     4
    peace     peace     NOUN  NN   conj   4
    in        in        ADP   IN   prep   6
    Sudan     Sudan     PROPN NNP  pobj   7
    .         .         PUNCT .    punct  1
""")


def test_conflict_keys_are_the_settlement_issues():
    assert {"ukraine", "israel_palestine", "syria"} <= conflict_keys()
    assert not {"terrorism", "hong_kong", "climate"} & conflict_keys()


@pytest.mark.parametrize("named, conflict", [
    ([["ukraine"]], "ukraine"),                             # the only conflict named, once (polar24)
    ([["ukraine"], ["syria"]], None),                       # two named once each: neither
    ([["ukraine"], ["ukraine", "climate"]], "ukraine"),
    ([["ukraine", "syria"], ["syria", "ukraine"]], None),   # a tie: no one conflict
    ([["terrorism"], ["terrorism"]], None),                 # not a conflict key
])
def test_story_conflict(parse, named, conflict):
    doc = parse(*CEASEFIRE)
    for issues in named:
        count_conflicts(doc, issues)
    assert story_conflict(doc) == conflict


def test_implicit_mentions_skip_a_noun_with_a_place_of_its_own(parse, analyse):
    doc = parse(*CEASEFIRE)
    found = implicit_mentions(analyse(doc, {"Sudan": "SDN"}), doc[:], set())
    assert [(t.text, peace) for t, peace in found] == [("ceasefire", True)]
