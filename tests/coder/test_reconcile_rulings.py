"""The gold adjudications' general rulings on hand-built texts (tests/data/coding/reconcile_rulings.jsonl;
issue #12, twenty-ninth session, audit29): a host's welcome of a visiting leader is the meeting, no SUPPORT
(RECONCILE26 R26-6); "looks forward to" an outcome is a hope, no AGREE (R26-7); "open to" an act of talks is
readiness; aid given "and will continue to do so" is AID and an AGREE (RECONCILE24 R7). Near misses keep
their events (a welcome of the guest's visit, thanks, "looks forward to meeting")."""
import pytest

from conftest import coding_cases, event_key as key, table_case_keys


@pytest.mark.parametrize("case", coding_cases("reconcile_rulings.jsonl"), ids=lambda c: c["why"])
def test_reconcile_rulings(case):
    events = table_case_keys(case, "reconcile_rulings")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
