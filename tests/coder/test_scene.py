"""coder/scene.py on hand-built parses: a doerless attack is done where it happened, in domestic
mode only (docs/coder.md, "Acts told without their doer")."""
import pytest

from readout.coder.records import StoryContext
from readout.coder.scene import scene_sources
from readout.coder.triggers import find_triggers

PATTERNS = [{"verb": "kill", "cameo": "190"}, {"verb": "praise", "cameo": "051"}]
ACTORS = {"Peru": "PER", "Lima": "PER", "Chilean": "CHL", "Bolivian": "BOL"}
IN_LIMA = ("Two guards were killed in Lima.", """
    Two     two     NUM   CD   nummod     1
    guards  guard   NOUN  NNS  nsubjpass  3
    were    be      AUX   VBD  auxpass    3
    killed  kill    VERB  VBN  ROOT       3
    in      in      ADP   IN   prep       3
    Lima    Lima    PROPN NNP  pobj       4
    .       .       PUNCT .    punct      3
""")
ONE_NAMED = ("Two Chilean guards were killed.", """
    Two      two      NUM   CD   nummod     2
    Chilean  chilean  ADJ   JJ   amod       2
    guards   guard    NOUN  NNS  nsubjpass  4
    were     be       AUX   VBD  auxpass    4
    killed   kill     VERB  VBN  ROOT       4
    .        .        PUNCT .    punct      4
""")
TWO_NAMED = ("Chilean and Bolivian guards were killed.", """
    Chilean   chilean   ADJ   JJ   amod       3
    and       and       CCONJ CC   cc         0
    Bolivian  bolivian  ADJ   JJ   conj       0
    guards    guard     NOUN  NNS  nsubjpass  5
    were      be        AUX   VBD  auxpass    5
    killed    kill      VERB  VBN  ROOT       5
    .         .         PUNCT .    punct      5
""")
PRAISED = ("Two guards were praised in Lima.", """
    Two      two     NUM   CD   nummod     1
    guards   guard   NOUN  NNS  nsubjpass  3
    were     be      AUX   VBD  auxpass    3
    praised  praise  VERB  VBN  ROOT       3
    in       in      ADP   IN   prep       3
    Lima     Lima    PROPN NNP  pobj       4
    .        .       PUNCT .    punct      3
""")


@pytest.fixture(scope="module")
def patterns(patterns_of):
    return patterns_of(PATTERNS)


@pytest.mark.parametrize("case, domestic, expected", [
    (IN_LIMA, True, ("PER",)),       # the place its clause names
    (ONE_NAMED, True, ("CHL",)),     # else the one actor its sentence names
    (TWO_NAMED, True, ()),           # two: no telling which
    (IN_LIMA, False, ()),            # story coding names no doer it is not told
    (PRAISED, True, ()),             # praise is not done at a scene
])
def test_a_doerless_attack_is_done_where_it_happened(parse, analyse, patterns, case, domestic, expected):
    doc = parse(*case)
    doc._.context = StoryContext(date="2024-03-01", domestic=domestic)
    trig = find_triggers(doc[:], patterns)[0]
    assert scene_sources(analyse(doc, ACTORS), trig, doc[:]) == expected
