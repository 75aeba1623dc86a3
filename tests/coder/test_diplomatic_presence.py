"""A state's diplomatic presence abroad opened, closed, suspended or called home (tests/data/coding/
diplomatic_presence.jsonl; issue #12, thirtieth session), each with near-misses that must not code: the
capital of a mission opened, closed or suspended names the host state, not a venue; an envoy's withdrawal
or required departure and a border's closure as nouns; a measure announced with its start date ("as of
today") or "formally" is taken, not threatened; the bare items of a list of measures a government decided
("has decided to take the following measures: 1. Recall the Ambassador") are its acts, a list asked of
others is not; an envoy requested to leave is expelled."""
import pytest

from conftest import coding_cases, event_key as key, table_case_keys


@pytest.mark.parametrize("case", coding_cases("diplomatic_presence.jsonl"), ids=lambda c: c["why"])
def test_diplomatic_presence(case):
    events = table_case_keys(case, "diplomatic_presence")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
