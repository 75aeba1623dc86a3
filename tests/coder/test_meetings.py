"""coder/meetings.py on hand-built parses: how a meeting was held, and partners met together or
in turn (docs/coder.md, "At whom"). The parses are those of test_targets.py."""
import pytest

from readout.coder.meetings import consult_mode, separate_meetings
from readout.coder.triggers import find_triggers

from test_targets import (ACTORS, MET_OFFICIALS_FROM, MET_THEN, NATO_SUMMIT, PHONE_TALKS, SEPARATE_TALKS,
                          TALKS_BY_PHONE, TALKS_ON, THANKED, patterns, targets_of)  # noqa: F401 (fixture)


@pytest.mark.parametrize("case, parties, mode", [
    (TALKS_BY_PHONE, 2, "phone"),
    (TALKS_ON, 2, None),
    (TALKS_ON, 3, "multilateral"),
    (PHONE_TALKS, 2, "phone"),          # the medium on the meeting noun wins over its usual mode
    (NATO_SUMMIT, 2, "multilateral"),   # a body's own summit: many members meet
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
])
def test_separate_meetings(parse, analyse, patterns, case, trigger, separate):
    _, _, trig = targets_of(parse, analyse, patterns, case, trigger)
    assert separate_meetings(trig) is separate
