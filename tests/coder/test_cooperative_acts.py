"""Cooperative acts in several house styles (tests/data/coding/cooperative.jsonl): at whom praise,
backing and meetings are aimed and who gives them (GUIDE.md: a welcomed act is aimed at its actor,
joint acts once per party, no event of a party on itself, a meeting in a third country between two
sides, recognition is SUPPORT)."""
import pytest

from conftest import coding_cases, event_key as key, table_case_keys


@pytest.mark.parametrize("case", coding_cases("cooperative.jsonl"), ids=lambda c: c["why"])
def test_cooperative(case):
    events = table_case_keys(case, "cooperative")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
