"""coder/meetings.py on hand-built parses: how a meeting was held, and partners met together or
in turn (docs/coder.md, "At whom"). The parses are those of test_targets.py."""
import pytest

from readout.coder.meetings import consult_mode, parties_met, separate_meetings
from readout.coder.records import Placeholder
from readout.coder.triggers import find_triggers

from test_targets import (ACTORS, MET_OFFICIALS_FROM, MET_THEN, NATO_SUMMIT, PHONE_TALKS, SEPARATE_TALKS,
                          TALKS_BY_PHONE, TALKS_ON, THANKED, patterns, targets_of)  # noqa: F401 (fixture)

SPOKE_ON_SIDELINES = ("Iran spoke with Iraq on the sidelines of the summit.", """
    Iran      Iran      PROPN NNP  nsubj     1
    spoke     speak     VERB  VBD  ROOT      1
    with      with      ADP   IN   prep      1
    Iraq      Iraq      PROPN NNP  pobj      2
    on        on        ADP   IN   prep      1
    the       the       DET   DT   det       6
    sidelines sideline  NOUN  NNS  pobj      4
    of        of        ADP   IN   prep      6
    the       the       DET   DT   det       9
    summit    summit    NOUN  NN   pobj      7
    .         .         PUNCT .    punct     1
""")
SPOKE_DURING_VISIT = ("Iran spoke with Iraq during his visit.", """
    Iran   Iran   PROPN NNP  nsubj     1
    spoke  speak  VERB  VBD  ROOT      1
    with   with   ADP   IN   prep      1
    Iraq   Iraq   PROPN NNP  pobj      2
    during during ADP   IN   prep      1
    his    his    PRON  PRP$ poss      6
    visit  visit  NOUN  NN   pobj      4
    .      .      PUNCT .    punct     1
""")
SPOKE_ON_VISIT = ("Iran spoke with Iraq on his visit.", """
    Iran  Iran  PROPN NNP  nsubj     1
    spoke speak VERB  VBD  ROOT      1
    with  with  ADP   IN   prep      1
    Iraq  Iraq  PROPN NNP  pobj      2
    on    on    ADP   IN   prep      1
    his   his   PRON  PRP$ poss      6
    visit visit NOUN  NN   pobj      4
    .     .     PUNCT .    punct     1
""")
SPOKE_BY_PHONE_ON_SIDELINES = ("Iran spoke by phone with Iraq on the sidelines of the summit.", """
    Iran      Iran      PROPN NNP  nsubj     1
    spoke     speak     VERB  VBD  ROOT      1
    by        by        ADP   IN   prep      1
    phone     phone     NOUN  NN   pobj      2
    with      with      ADP   IN   prep      1
    Iraq      Iraq      PROPN NNP  pobj      4
    on        on        ADP   IN   prep      1
    the       the       DET   DT   det       8
    sidelines sideline  NOUN  NNS  pobj      6
    of        of        ADP   IN   prep      8
    the       the       DET   DT   det       11
    summit    summit    NOUN  NN   pobj      9
    .         .         PUNCT .    punct     1
""")
BILATERAL_WITH = ("Iran held bilateral talks with Iraq, Syria and Turkey.", """
    Iran      Iran      PROPN NNP  nsubj     1
    held      hold      VERB  VBD  ROOT      1
    bilateral bilateral ADJ   JJ   amod      3
    talks     talk      NOUN  NNS  dobj      1
    with      with      ADP   IN   prep      3
    Iraq      Iraq      PROPN NNP  pobj      4
    ,         ,         PUNCT ,    punct     5
    Syria     Syria     PROPN NNP  conj      5
    and       and       CCONJ CC   cc        7
    Turkey    Turkey    PROPN NNP  conj      7
    .         .         PUNCT .    punct     1
""")
BILATERAL_BETWEEN = ("Iran held bilateral talks between Iraq and Syria.", """
    Iran      Iran      PROPN NNP  nsubj     1
    held      hold      VERB  VBD  ROOT      1
    bilateral bilateral ADJ   JJ   amod      3
    talks     talk      NOUN  NNS  dobj      1
    between   between   ADP   IN   prep      3
    Iraq      Iraq      PROPN NNP  pobj      4
    and       and       CCONJ CC   cc        5
    Syria     Syria     PROPN NNP  conj      5
    .         .         PUNCT .    punct     1
""")


@pytest.mark.parametrize("case, parties, mode", [
    (TALKS_BY_PHONE, 2, "phone"),
    (TALKS_ON, 2, None),
    (TALKS_ON, 3, "multilateral"),
    (PHONE_TALKS, 2, "phone"),          # the medium on the meeting noun wins over its usual mode
    (NATO_SUMMIT, 2, "multilateral"),   # a body's own summit: many members meet
    (SPOKE_ON_SIDELINES, 2, "visit"),   # "spoke with" is a call, but not on a summit's sidelines
    (SPOKE_ON_SIDELINES, 3, "multilateral"),
    (SPOKE_DURING_VISIT, 2, "visit"),
    (SPOKE_ON_VISIT, 2, "phone"),       # "on his visit": the talk's topic, not its setting
    (SPOKE_BY_PHONE_ON_SIDELINES, 2, "phone"),   # the medium named wins
])
def test_consult_mode(parse, analyse, patterns, case, parties, mode):
    doc = parse(*case)
    trig = find_triggers(doc[:], patterns)[0]
    assert consult_mode(trig, doc[:], parties, trig.pattern.cameo, analyse(doc, ACTORS)) == mode


def test_no_mode_outside_meetings(parse, analyse, patterns):
    _, an, trig = targets_of(parse, analyse, patterns, THANKED, "thanked")
    assert consult_mode(trig, trig.token.sent, 2, trig.pattern.cameo) is None


@pytest.mark.parametrize("case, trigger, separate", [
    (SEPARATE_TALKS, "talks", True),
    (MET_THEN, "met", True),
    (MET_OFFICIALS_FROM, "met", False),
    (TALKS_ON, "talks", False),
    (BILATERAL_WITH, "talks", True),        # bilateral meetings with several: one with each
    (BILATERAL_BETWEEN, "talks", False),    # bilateral talks between two: they met each other
])
def test_separate_meetings(parse, analyse, patterns, case, trigger, separate):
    _, _, trig = targets_of(parse, analyse, patterns, case, trigger)
    assert separate_meetings(trig) is separate


CALLS_WITH = ("Iran held calls with Iraq and Syria.", """
    Iran  Iran  PROPN NNP  nsubj    1
    held  hold  VERB  VBD  ROOT     1
    calls call  NOUN  NNS  dobj     1
    with  with  ADP   IN   prep     2
    Iraq  Iraq  PROPN NNP  pobj     3
    and   and   CCONJ CC   cc       4
    Syria Syria PROPN NNP  conj     4
    .     .     PUNCT .    punct    1
""")
A_CALL_WITH = ("Iran held a call with Iraq and Syria.", """
    Iran  Iran  PROPN NNP  nsubj    1
    held  hold  VERB  VBD  ROOT     1
    a     a     DET   DT   det      3
    call  call  NOUN  NN   dobj     1
    with  with  ADP   IN   prep     3
    Iraq  Iraq  PROPN NNP  pobj     4
    and   and   CCONJ CC   cc       5
    Syria Syria PROPN NNP  conj     5
    .     .     PUNCT .    punct    1
""")
HOSTED_VISITS = ("Iran hosted State Visits with Iraq and Syria.", """
    Iran   Iran   PROPN NNP  nsubj    1
    hosted host   VERB  VBD  ROOT     1
    State  State  PROPN NNP  compound 3
    Visits Visits PROPN NNPS dobj     1
    with   with   ADP   IN   prep     3
    Iraq   Iraq   PROPN NNP  pobj     4
    and    and    CCONJ CC   cc       5
    Syria  Syria  PROPN NNP  conj     5
    .      .      PUNCT .    punct    1
""")


@pytest.mark.parametrize("case, trigger, separate", [
    (CALLS_WITH, "calls", True),        # calls in the plural with two partners: one with each
    (A_CALL_WITH, "call", False),       # one call with both: all three on it
    (HOSTED_VISITS, "hosted", True),    # the verb's object counts ("State Visits", left unlemmatized)
])
def test_countable_meetings_in_the_plural_are_one_with_each(parse, analyse, patterns_of, case, trigger, separate):
    doc = parse(*case)
    pats = patterns_of([{"noun": "call", "cameo": "040"}, {"verb": "host", "obj": ["visit", "Visits"], "cameo": "043"}])
    trig = next(t for t in find_triggers(doc[:], pats) if t.token.text == trigger)
    assert separate_meetings(trig) is separate


def _hosted_for(count: str) -> tuple[str, str]:
    """'Iran hosted Iraq and Syria for the summit, the first meeting of the COUNT leaders. Earlier, Iran
    held separate meetings with each.'"""
    text = (f"Iran hosted Iraq and Syria for the summit, the first meeting of the {count} leaders. "
            "Earlier, Iran held separate meetings with each.")
    return text, f"""
    Iran     Iran     PROPN NNP  nsubj    1
    hosted   host     VERB  VBD  ROOT     1
    Iraq     Iraq     PROPN NNP  dobj     1
    and      and      CCONJ CC   cc       2
    Syria    Syria    PROPN NNP  conj     2
    for      for      ADP   IN   prep     1
    the      the      DET   DT   det      7
    summit   summit   NOUN  NN   pobj     5
    ,        ,        PUNCT ,    punct    7
    the      the      DET   DT   det      11
    first    first    ADJ   JJ   amod     11
    meeting  meeting  NOUN  NN   appos    7
    of       of       ADP   IN   prep     11
    the      the      DET   DT   det      15
    {count:8} {count:8} NUM   CD   nummod   15
    leaders  leader   NOUN  NNS  pobj     12
    .        .        PUNCT .    punct    1
    Earlier  early    ADV   RBR  advmod   19
    ,        ,        PUNCT ,    punct    19
    Iran     Iran     PROPN NNP  nsubj    20
    held     hold     VERB  VBD  ROOT     20
    separate separate ADJ   JJ   amod     22
    meetings meeting  NOUN  NNS  dobj     20
    with     with     ADP   IN   prep     22
    each     each     PRON  DT   pobj     23
    .        .        PUNCT .    punct    20
"""


HOSTED_NO_COUNT = ("Iran hosted Iraq and Syria for the summit. Earlier, Iran held separate meetings with each.", """
    Iran     Iran     PROPN NNP  nsubj    1
    hosted   host     VERB  VBD  ROOT     1
    Iraq     Iraq     PROPN NNP  dobj     1
    and      and      CCONJ CC   cc       2
    Syria    Syria    PROPN NNP  conj     2
    for      for      ADP   IN   prep     1
    the      the      DET   DT   det      7
    summit   summit   NOUN  NN   pobj     5
    .        .        PUNCT .    punct    1
    Earlier  early    ADV   RBR  advmod   12
    ,        ,        PUNCT ,    punct    12
    Iran     Iran     PROPN NNP  nsubj    12
    held     hold     VERB  VBD  ROOT     12
    separate separate ADJ   JJ   amod     14
    meetings meeting  NOUN  NNS  dobj     12
    with     with     ADP   IN   prep     14
    each     each     PRON  DT   pobj     15
    .        .        PUNCT .    punct    12
""")


@pytest.mark.parametrize("case, separate", [
    # twenty-eighth session: the meeting's own sentence counts three or more ("the first meeting of the
    # three leaders"): together, whatever separate meetings the next sentence tells
    (_hosted_for("three"), False),
    (_hosted_for("four"), False),
    # near misses: a pair counted; no count at all (the separate meetings nearby decide)
    (_hosted_for("two"), True),
    (HOSTED_NO_COUNT, True),
])
def test_a_meeting_counted_as_three_or_more_is_together(parse, patterns_of, case, separate):
    doc = parse(*case)
    pats = patterns_of([{"verb": "host", "obj": ["Iraq"], "cameo": "043"}])
    trig = next(t for t in find_triggers(doc[:], pats) if t.token.text == "hosted")
    assert separate_meetings(trig) is separate


@pytest.mark.parametrize("sources, targets, count", [
    # twenty-eighth session: "held the annual leaders' meeting with X" (the leaders a placeholder
    # beside the two named sides): two parties, no third
    ((Placeholder.PARTICIPANTS, "CHL"), ["PER"], 2),
    (("CHL",), [Placeholder.COUNTERPART, "PER"], 2),
    # three named parties; a placeholder with one named side still counts (whom it stands for is unknown)
    (("CHL",), ["PER", "BOL"], 3),
    ((Placeholder.PARTICIPANTS,), ["PER"], 2),
    (("CHL",), ["PER", None], 2),
])
def test_a_placeholder_beside_two_named_sides_is_no_third_party(sources, targets, count):
    assert parties_met(sources, targets) == count
