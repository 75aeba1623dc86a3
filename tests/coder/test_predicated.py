"""Criticism and warnings told as the speaker's own predication (tests/data/coding/predicated.jsonl;
issue #12, thirteenth session): a clause whose subject keeps doing a wrong ("persists in jailing",
"continues to deny ... rights", "has plunged X into poverty", "has chosen a path of bloodshed") is the
speaker's ACCUSE of the subject; warnings announced as a course ("will continue to hold X to account"),
pledged by a noun ("their commitment to continue imposing costs"), told as what will not follow ("will
not remain without consequences") or as more pressure on someone; each with near-misses that must not
code (GUIDE.md: history, one's own side, a war in general terms, no actor, no wrong)."""
import pytest

from conftest import coding_cases, event_key as key, table_case_keys


@pytest.mark.parametrize("case", coding_cases("predicated.jsonl"), ids=lambda c: c["why"])
def test_predicated(case):
    events = table_case_keys(case, "predicated")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
