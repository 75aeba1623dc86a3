"""Foreign readouts' recurring constructions (tests/data/coding/foreign_readouts.jsonl; issue #12, thirteenth
session), in several house styles, each with near-misses that must not code: a span back in time right after
the grounds of a thanks dates the grounds, not the thanks; backing aimed at no one ("supports the convening of
a peace conference", "supports all efforts") is a stated position, its stance only, unless the backed thing is
an outcome or the backing is announced; an announced effort ("will continue its efforts to ...") is AGREE aimed
at no one (eval/styles/README.md decision 3)."""
import pytest

from conftest import coding_cases, event_key as key, table_case_keys


@pytest.mark.parametrize("case", coding_cases("foreign_readouts.jsonl"), ids=lambda c: c["why"])
def test_foreign_readouts(case):
    events = table_case_keys(case, "foreign_readouts")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
