"""Material acts announced in government statements, in several house styles
(tests/data/coding/measures.jsonl; issue #12, twelfth session): benefits ended for those they were
granted to and countries taken out of programmes (SANCTION), documents told as doers, costs and
accountability as warnings (THREATEN, GUIDE.md), commanded deployments (MOBILIZE), strikes by their
kind (ASSAULT), aid delivered or contributed (AID), each with near-misses that must not code."""
import pytest

from conftest import coding_cases, event_key as key, table_case_keys


@pytest.mark.parametrize("case", coding_cases("measures.jsonl"), ids=lambda c: c["why"])
def test_measure(case):
    events = table_case_keys(case, "measures")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))


@pytest.mark.parametrize("case", coding_cases("scheduled_measures.jsonl"), ids=lambda c: c["why"])
def test_scheduled_measures(case):
    """Thirty-fourth session (issue #12, class accuse34): a measure announced with its term ("for a
    month", "for a period of five years") or its start hour ("from noon on Friday") is taken
    (SANCTION), not a warning; near-misses: no term, a purpose after "for"."""
    events = table_case_keys(case, "scheduled_measures")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))


@pytest.mark.parametrize("case", coding_cases("decided_acts.jsonl"), ids=lambda c: c["why"])
def test_decided_acts(case):
    """Thirty-fifth session (issue #12, class fp35): a decision taken to cut back ("decided to
    postpone", "to deprive", "to suspend"), not to act ("not to send", "to no longer have"), or a
    choice still open ("whether to grant") is no intent to cooperate (AGREE); near-misses: decisions
    to restore, extend, reduce tariffs jointly, send."""
    events = table_case_keys(case, "decided_acts")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
