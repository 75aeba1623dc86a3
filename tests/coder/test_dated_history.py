"""Acts dated days before the story by their own words, in several house styles
(tests/data/coding/dated_history.jsonl; issue #12, class 6): an act told as a noun that dates
itself ("the Vice President's visit to Ghana in November 2023") and a fact sheet's bullet whose
label precedes a dated opening ("Critical Minerals: In May 2023, ... signed ...") are history,
with near-misses that must still code (an announced visit, a visit of the story's days, today's
condemnation of an old attack, a label before today's signing)."""
import pytest

from conftest import coding_cases, event_key as key, table_case_keys


@pytest.mark.parametrize("case", coding_cases("dated_history.jsonl"), ids=lambda c: c["why"])
def test_dated_history(case):
    events = table_case_keys(case, "dated_history")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
