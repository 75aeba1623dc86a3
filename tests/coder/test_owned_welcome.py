"""A welcome of a position owned by "their" or "his counterparts'" in a story of talks is aimed
at the other parties, as a welcome of "Japan's commitment" is at Japan (tests/data/coding/
owned_welcome.jsonl; issue #12, class 6, wrong targets): White House, Chinese and UK readouts, with
near-misses (welcoming their arrival is the visit itself; a named owner keeps the welcome); and a
welcomed release or return of people, an outcome aimed at no one (GUIDE.md, second round), unless
its releaser is named as its owner or by "by"."""
import pytest

from conftest import coding_cases, event_key as key, table_case_keys


@pytest.mark.parametrize("case", coding_cases("owned_welcome.jsonl"), ids=lambda c: c["why"])
def test_owned_welcome(case):
    events = table_case_keys(case, "owned_welcome")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
