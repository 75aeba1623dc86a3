"""An act told as what the importance or need is of, or as the aim the parser hangs on "discussed",
is a view or a topic, no act; an announced reaffirmation of a commitment to a side is a future act
(tests/data/coding/shared_views.jsonl; issue #12, thirty-sixth session, prec36: wrong keys of the
judged White House samples), with near misses that still code."""
import pytest

from conftest import coding_cases, event_key as key, table_case_keys


@pytest.mark.parametrize("case", coding_cases("shared_views.jsonl"), ids=lambda c: c["why"])
def test_shared_views(case):
    events = table_case_keys(case, "shared_views")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
