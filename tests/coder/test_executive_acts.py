"""Conflict acts told in executive and official language, in several house styles
(tests/data/coding/executive.jsonl; issue #12, tenth session): releases (RETREAT), expulsions
served or ordered, trade preferences ended and tariffs told as their own subject (SANCTION),
warnings on a condition (THREATEN), each with near-misses that must not code (GUIDE.md: history,
another side's measures, a threat of weather)."""
import pytest

from conftest import coding_cases, event_key as key, table_case_keys


@pytest.mark.parametrize("case", coding_cases("executive.jsonl"), ids=lambda c: c["why"])
def test_executive(case):
    events = table_case_keys(case, "executive")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
